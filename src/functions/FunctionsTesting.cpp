// Functions tests and operators use to make queries fail or take time on purpose:
// throwIf(x[, message]) fails the query where x is non-zero; sleep(s) pauses once per block
// and sleepEachRow(s) once per row, at most 3 seconds per block, as in ClickHouse.
#include <chrono>
#include <cmath>
#include <thread>

#include "base/Exception.h"
#include "columns/ColumnString.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/IFunction.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
constexpr double kMaxSleepSeconds = 3.0;

class FunctionThrowIf final : public IFunction
{
public:
    std::string getName() const override { return "throwIf"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }
    bool isSuitableForConstantFolding() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween("throwIf", arguments.size(), 1, 2);
        if (!isNativeNumber(arguments[0].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of first argument of function throwIf", arguments[0].type->getName());
        if (arguments.size() == 2 && arguments[1].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Second argument of function throwIf must be a constant String");
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr values = arguments[0].column->convertToFullColumnIfConst();
        for (size_t row = 0; row < rows; ++row)
        {
            if (values->getDataAt(row).find_first_not_of('\0') == std::string_view::npos)
                continue;
            std::string message = arguments.size() == 2 ? std::string((*arguments[1].column)[0].get<std::string>())
                                                        : "Value passed to 'throwIf' function is non-zero";
            throw Exception(ErrorCodes::FUNCTION_THROW_IF_VALUE_IS_NON_ZERO, "{}", message);
        }
        return ColumnUInt8::create(rows, 0);
    }
};

class FunctionSleep final : public IFunction
{
public:
    explicit FunctionSleep(bool each_row_) : each_row(each_row_) {}
    std::string getName() const override { return each_row ? "sleepEachRow" : "sleep"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0}; }
    bool isDeterministic() const override { return false; }
    bool isDeterministicInScopeOfQuery() const override { return false; }
    bool isSuitableForConstantFolding() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (!isNativeNumber(arguments[0].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), getName());
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Field value = (*arguments[0].column)[0];
        double seconds = 0;
        if (const auto * u = value.tryGet<UInt64>())
            seconds = static_cast<double>(*u);
        else if (const auto * i = value.tryGet<Int64>())
            seconds = static_cast<double>(*i);
        else if (const auto * f = value.tryGet<Float64>())
            seconds = *f;
        if (!std::isfinite(seconds) || seconds < 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot sleep infinite, very large or negative amount of time (not implemented)");
        double total = each_row ? seconds * static_cast<double>(rows) : (rows ? seconds : 0);
        if (total > kMaxSleepSeconds)
            throw Exception(ErrorCodes::TOO_SLOW, "The maximum sleep time is {} microseconds. Requested: {} microseconds",
                            static_cast<UInt64>(kMaxSleepSeconds * 1e6), static_cast<UInt64>(total * 1e6));
        if (total > 0)
            std::this_thread::sleep_for(std::chrono::duration<double>(total));
        return ColumnUInt8::create(rows, 0);
    }

private:
    bool each_row;
};
}

void registerFunctionsTesting(FunctionFactory & factory)
{
    factory.registerFunction("throwIf", makeCreator<FunctionThrowIf>());
    factory.registerFunction("sleep", makeCreator<FunctionSleep>(false));
    factory.registerFunction("sleepEachRow", makeCreator<FunctionSleep>(true));
}
}
