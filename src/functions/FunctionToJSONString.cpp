// toJSONString(value): the value as JSON text, each type written as the JSON output formats
// write it, with the query's output_format_json_* settings (64-bit integers quoted by default).
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringColumnWriteBuffer.h"
#include "functions/registerFunctions.h"
#include "types/FormatSettings.h"

namespace datastore::functions
{
namespace
{
class FunctionToJSONString final : public IFunction
{
public:
    explicit FunctionToJSONString(const FunctionContext & context_)
        : context(context_)
    {
    }

    std::string getName() const override { return "toJSONString"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        /// The settings are at hand only while the query is analyzed.
        settings.json_quote_64bit_integers = setting("output_format_json_quote_64bit_integers", settings.json_quote_64bit_integers);
        settings.json_quote_64bit_floats = setting("output_format_json_quote_64bit_floats", settings.json_quote_64bit_floats);
        settings.json_quote_denormals = setting("output_format_json_quote_denormals", settings.json_quote_denormals);
        settings.json_quote_decimals = setting("output_format_json_quote_decimals", settings.json_quote_decimals);
        settings.json_escape_forward_slashes = setting("output_format_json_escape_forward_slashes", settings.json_escape_forward_slashes);
        settings.json_named_tuples_as_objects = setting("output_format_json_named_tuples_as_objects", settings.json_named_tuples_as_objects);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const IDataType & type = *arguments[0].type;
        const IColumn & column = *arguments[0].column;
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        offsets.reserve(rows);
        StringColumnWriteBuffer out(chars);
        for (size_t row = 0; row < rows; ++row)
        {
            type.serializeTextJSON(column, row, out, settings);
            out.commit();
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    bool setting(std::string_view name, bool fallback) const
    {
        std::string type;
        std::string value;
        if (!context.find_setting || !context.find_setting(name, type, value))
            return fallback;
        return value == "1" || value == "true";
    }

    FunctionContext context;
    mutable FormatSettings settings;
};
}

void registerFunctionToJSONString(FunctionFactory & factory)
{
    factory.registerFunction(
        "toJSONString", [](const FunctionContext & context) { return std::make_shared<FunctionToJSONString>(context); });
}
}
