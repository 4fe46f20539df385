// toIntervalNanosecond ... toIntervalYear: a number (or a string holding one) as an Interval
// value, what INTERVAL 5 MINUTE parses into. The count is CAST to Int64, floats truncated.
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeInterval.h"

namespace datastore::functions
{
namespace
{
class FunctionToInterval final : public IFunction
{
public:
    explicit FunctionToInterval(IntervalKind kind_) : kind(kind_), result(std::make_shared<DataTypeInterval>(kind_)) {}
    std::string getName() const override { return "toInterval" + std::string(intervalKindName(kind)); }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const IDataType & type = *arguments[0].type;
        if (!isNumber(type) && !isStringOrFixedString(type) && type.getTypeId() != TypeIndex::Interval)
            throwIllegalType(getName(), type, 1);
        return result;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        const auto & argument = arguments[0];
        if (argument.type->getTypeId() == TypeIndex::Interval)
            return argument.column;
        return castColumn(argument.column, argument.type, typeByName("Int64"));
    }

private:
    IntervalKind kind;
    DataTypePtr result;
};
}

void registerFunctionsToInterval(FunctionFactory & factory)
{
    for (auto kind : {IntervalKind::Nanosecond, IntervalKind::Microsecond, IntervalKind::Millisecond, IntervalKind::Second,
                      IntervalKind::Minute, IntervalKind::Hour, IntervalKind::Day, IntervalKind::Week, IntervalKind::Month,
                      IntervalKind::Quarter, IntervalKind::Year})
        factory.registerFunction("toInterval" + std::string(intervalKindName(kind)), makeCreator<FunctionToInterval>(kind));
}
}
