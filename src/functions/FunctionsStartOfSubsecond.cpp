// toStartOfSecond, toStartOfMillisecond, toStartOfMicrosecond, toStartOfNanosecond
// (DateTime64[, time_zone]): the time rounded down to the unit, in a DateTime64 of at least the
// unit's scale.
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
class FunctionStartOfSubsecond final : public IFunction
{
public:
    FunctionStartOfSubsecond(std::string name_, UInt32 unit_scale_) : name(std::move(name_)), unit_scale(unit_scale_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 1, 2);
        if (arguments[0].type->getTypeId() != TypeIndex::DateTime64)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument for function {}", arguments[0].type->getName(), name);
        checkConstantStringArgument(name, arguments, 1, 2, "timezone");
        UInt32 scale = std::max(unit_scale, decimalScale(*arguments[0].type));
        return std::make_shared<DataTypeDateTime64>(scale, explicitZoneName(arguments, 0, 1));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        UInt32 result_scale = decimalScale(*result_type);
        Int64 widen = powerOf10(result_scale - decimalScale(*arguments[0].type));
        Int64 unit = powerOf10(result_scale - unit_scale);
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        const auto & values = column->assertCast<ColumnInt64>().getData();
        auto result = ColumnInt64::create(rows);
        auto & out = result->getData();
        for (size_t i = 0; i < rows; ++i)
            out[i] = floorDiv(values[i] * widen, unit) * unit;
        return result;
    }

private:
    std::string name;
    UInt32 unit_scale;
};
}

void registerFunctionsStartOfSubsecond(FunctionFactory & factory)
{
    factory.registerFunction("toStartOfSecond", makeCreator<FunctionStartOfSubsecond>(std::string("toStartOfSecond"), UInt32(0)));
    factory.registerFunction("toStartOfMillisecond", makeCreator<FunctionStartOfSubsecond>(std::string("toStartOfMillisecond"), UInt32(3)));
    factory.registerFunction("toStartOfMicrosecond", makeCreator<FunctionStartOfSubsecond>(std::string("toStartOfMicrosecond"), UInt32(6)));
    factory.registerFunction("toStartOfNanosecond", makeCreator<FunctionStartOfSubsecond>(std::string("toStartOfNanosecond"), UInt32(9)));
}
}
