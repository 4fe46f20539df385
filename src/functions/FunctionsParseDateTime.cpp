// parseDateTime(text[, format[, time_zone]]) with a MySQL-style format (default
// '%Y-%m-%d %H:%i:%s') and parseDateTimeInJodaSyntax(text, format[, time_zone]) -> DateTime in
// the given zone, and their -OrZero and -OrNull variants.
// The format is compiled once per block; rows are read without allocating, and a failing row
// costs a message only when the function is to throw it.
#include <type_traits>

#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/JodaDateTimeFormat.h"
#include "functions/MySQLDateTimeFormat.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeDateTime.h"

namespace datastore::functions
{
namespace
{
enum class OnError
{
    Throw,
    Zero,
    Null,
};

/// Format: MySQLDateTimeFormat (whose format may be left out) or JodaDateTimeFormat.
template <typename Format>
class FunctionParseDateTime final : public IFunction
{
    static constexpr bool has_default_format = std::is_same_v<Format, MySQLDateTimeFormat>;

public:
    FunctionParseDateTime(std::string name_, OnError on_error_, const FunctionContext & context_)
        : name(std::move(name_)), on_error(on_error_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkMandatoryAndOptionalArguments(name, arguments.size(), has_default_format ? 1 : 2, has_default_format ? 2 : 1);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 1, "time", "String", *arguments[0].type);
        checkConstantStringArgument(name, arguments, 1, 2, "format");
        checkConstantStringArgument(name, arguments, 2, 3, "timezone");
        DataTypePtr type = std::make_shared<DataTypeDateTime>(zone(arguments).getTimeZone());
        return on_error == OnError::Null ? makeNullable(type) : type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Format format(arguments.size() > 1 ? arguments[1].column->getDataAt(0) : std::string_view("%Y-%m-%d %H:%i:%s"));
        const DateLUT & time_zone = zone(arguments);
        StringRows strings(*arguments[0].column);

        auto result = ColumnUInt32::create(rows);
        auto & out = result->getData();
        auto null_map = ColumnUInt8::create(on_error == OnError::Null ? rows : 0, 0);
        ParseError error;
        ParseError * wanted_error = on_error == OnError::Throw ? &error : nullptr;
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view text = strings.at(i);
            DateTimeParts parts;
            Int64 t = 0;
            if (format.parse(text, parts, wanted_error) && parts.toUnixTime(time_zone, t, wanted_error))
            {
                /// As ClickHouse, times past 2106 wrap around in DateTime's 32 bits.
                out[i] = static_cast<UInt32>(t);
                continue;
            }
            if (on_error == OnError::Throw)
                throw Exception(error.code, std::move(error.message));
            out[i] = 0;
            if (on_error == OnError::Null)
                null_map->getData()[i] = 1;
        }
        if (on_error == OnError::Null)
            return ColumnNullable::create(std::move(result), std::move(null_map));
        return result;
    }

private:
    const DateLUT & zone(const ColumnsWithTypeAndName & arguments) const
    {
        std::string zone_name = arguments.size() > 2 ? std::string(arguments[2].column->getDataAt(0)) : context.session_timezone;
        return zone_name.empty() ? DateLUT::serverTimezone() : DateLUT::instance(zone_name);
    }

    std::string name;
    OnError on_error;
    FunctionContext context;
};
}

void registerFunctionsParseDateTime(FunctionFactory & factory)
{
    for (auto [suffix, on_error] : {std::pair{"", OnError::Throw}, std::pair{"OrZero", OnError::Zero}, std::pair{"OrNull", OnError::Null}})
    {
        std::string name = std::string("parseDateTime") + suffix;
        factory.registerFunction(
            name,
            [name, on_error](const FunctionContext & context)
            { return std::make_shared<FunctionParseDateTime<MySQLDateTimeFormat>>(name, on_error, context); });
        std::string joda_name = std::string("parseDateTimeInJodaSyntax") + suffix;
        factory.registerFunction(
            joda_name,
            [joda_name, on_error](const FunctionContext & context)
            { return std::make_shared<FunctionParseDateTime<JodaDateTimeFormat>>(joda_name, on_error, context); });
    }
    factory.registerAlias("str_to_date", "parseDateTimeOrNull", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
