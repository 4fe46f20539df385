// formatReadableSize (1024-based: 1.50 KiB), formatReadableDecimalSize (1000-based: 1.54 KB)
// and formatReadableQuantity (1.23 million): a number scaled to its largest unit, with two
// decimals, as ClickHouse prints them for dashboards and system tables.
#include <array>
#include <span>

#include <fmt/format.h>

#include "columns/ColumnString.h"
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
constexpr std::array<const char *, 9> binary_units{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
constexpr std::array<const char *, 9> decimal_units{"B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
constexpr std::array<const char *, 22> quantity_units{
    "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion", "septillion", "octillion",
    "nonillion", "decillion", "undecillion", "duodecillion", "tredecillion", "quattuordecillion", "quindecillion",
    "sexdecillion", "septendecillion", "octodecillion", "novemdecillion", "vigintillion"};

class FunctionFormatReadable final : public IFunction
{
public:
    FunctionFormatReadable(const char * name_, double divisor_, std::span<const char * const> units_)
        : name(name_), divisor(divisor_), units(units_)
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (!isNumber(*arguments[0].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "A value of illegal type was provided as 1st argument 'value' to function '{}'. Expected: Number, got: {}", name,
                            arguments[0].type->getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto values = castColumn(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type, typeByName("Float64"));
        const auto & data = values->assertCast<ColumnFloat64>().getData();
        auto result = ColumnString::create();
        fmt::memory_buffer text;
        for (size_t row = 0; row < rows; ++row)
        {
            double value = data[row];
            size_t unit = 0;
            while ((value >= divisor || value <= -divisor) && unit + 1 < units.size())
            {
                value /= divisor;
                ++unit;
            }
            text.clear();
            fmt::format_to(std::back_inserter(text), "{:.2f}", value);
            if (*units[unit])
                fmt::format_to(std::back_inserter(text), " {}", units[unit]);
            result->insertData(text.data(), text.size());
        }
        return result;
    }

private:
    const char * name;
    double divisor;
    std::span<const char * const> units;
};
}

void registerFunctionsFormatReadable(FunctionFactory & factory)
{
    factory.registerFunction("formatReadableSize", [](const FunctionContext &)
                             { return std::make_shared<FunctionFormatReadable>("formatReadableSize", 1024.0, binary_units); });
    factory.registerFunction("formatReadableDecimalSize", [](const FunctionContext &)
                             { return std::make_shared<FunctionFormatReadable>("formatReadableDecimalSize", 1000.0, decimal_units); });
    factory.registerFunction("formatReadableQuantity", [](const FunctionContext &)
                             { return std::make_shared<FunctionFormatReadable>("formatReadableQuantity", 1000.0, quantity_units); });
}
}
