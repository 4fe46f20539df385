// addTupleOfIntervals(t, (INTERVAL 1 DAY, INTERVAL 1 HOUR)) and subtractTupleOfIntervals, which
// `t + (INTERVAL ..., ...)` and `t - (...)` call: each element is added to (subtracted from) the
// running result in turn through plus (minus), as ClickHouse does, so the result type is what
// the last step gives (a Date plus hours is a DateTime).
#include "columns/ColumnTuple.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
namespace
{
class FunctionTupleOfIntervals final : public IFunction
{
public:
    FunctionTupleOfIntervals(std::string name_, std::string step_, const FunctionContext & context_)
        : name(std::move(name_)), step(std::move(step_)), context(context_)
    {
    }
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        TypeIndex type = arguments[0].type->getTypeId();
        if (!isDateType(type) && !isTimeType(type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "A value of illegal type was provided as 1st argument 'date_or_datetime' to function '{}'. Expected: Date, Date32, DateTime or DateTime64, got: {}",
                name, arguments[0].type->getName());
        const auto * tuple = arguments[1].type->as<DataTypeTuple>();
        if (!tuple)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "A value of illegal type was provided as 2nd argument 'intervals_tuple' to function '{}'. Expected: Tuple, got: {}",
                name, arguments[1].type->getName());
        steps.clear();
        step_types.clear();
        DataTypePtr current = arguments[0].type;
        for (const auto & element : tuple->getElements())
        {
            steps.push_back(FunctionFactory::instance().get(step, context));
            current = steps.back()->getReturnType({{nullptr, current, ""}, {nullptr, element, ""}});
            step_types.push_back(current);
        }
        return current;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr tuple_column = arguments[1].column->convertToFullColumnIfConst();
        const auto & tuple = tuple_column->assertCast<ColumnTuple>();
        const auto & elements = arguments[1].type->as<DataTypeTuple>()->getElements();
        ColumnWithTypeAndName current = arguments[0];
        for (size_t i = 0; i < steps.size(); ++i)
        {
            ColumnsWithTypeAndName step_arguments{current, {tuple.getColumnPtr(i), elements[i], ""}};
            current = {steps[i]->execute(step_arguments, step_types[i], rows), step_types[i], ""};
        }
        return current.column;
    }

private:
    std::string name;
    std::string step;
    FunctionContext context;
    /// Set by getReturnType: one plus (minus) per tuple element and the type after each.
    mutable std::vector<FunctionPtr> steps;
    mutable DataTypes step_types;
};
}

void registerFunctionsTupleOfIntervals(FunctionFactory & factory)
{
    factory.registerFunction("addTupleOfIntervals", [](const FunctionContext & context)
        { return std::make_shared<FunctionTupleOfIntervals>("addTupleOfIntervals", "plus", context); });
    factory.registerFunction("subtractTupleOfIntervals", [](const FunctionContext & context)
        { return std::make_shared<FunctionTupleOfIntervals>("subtractTupleOfIntervals", "minus", context); });
}
}
