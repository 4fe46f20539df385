// JSON_EXISTS, JSON_VALUE and JSON_QUERY(json, path): the SQL/JSON functions over a constant
// JSONPath. JSON_EXISTS says whether the path reaches anything; JSON_VALUE gives the first
// scalar it reaches as text (strings unquoted; objects and arrays only with
// function_json_value_return_type_allow_complex, and NULL for nothing only with
// function_json_value_return_type_allow_nullable); JSON_QUERY gives everything it reaches as a
// JSON array. Invalid JSON reaches nothing.
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/SQLJSONPath.h"
#include "functions/StringColumnWriteBuffer.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeNullable.h"

namespace datastore::functions
{
namespace
{
enum class SQLJSONKind
{
    Exists,
    Value,
    Query,
};

class FunctionSQLJSON final : public IFunction
{
public:
    FunctionSQLJSON(std::string name_, SQLJSONKind kind_, const FunctionContext & context_)
        : name(std::move(name_))
        , kind(kind_)
        , context(context_)
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() < 2)
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Function {} requires at least 2 arguments", name);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "JSONPath functions require first argument to be JSON of string, illegal type: {}",
                arguments[0].type->getName());
        if (arguments[1].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Second argument (JSONPath) must be constant string");
        checkConstantArgument(name, arguments[1], 1);
        path = std::make_shared<SQLJSONPath>(constantData(*arguments[1].column).getDataAt(0));
        if (kind == SQLJSONKind::Exists)
            return typeByName("UInt8");
        if (kind == SQLJSONKind::Value)
        {
            /// The settings are at hand only while the query is analyzed.
            allow_complex = setting("function_json_value_return_type_allow_complex");
            if (setting("function_json_value_return_type_allow_nullable"))
                return makeNullable(typeByName("String"));
        }
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr json_column = arguments[0].column->convertToFullColumnIfConst();
        StringRows json(*json_column);
        simdjson::dom::parser parser;
        if (kind == SQLJSONKind::Exists)
        {
            auto result = ColumnUInt8::create(rows);
            auto & found = result->getData();
            for (size_t row = 0; row < rows; ++row)
            {
                JSONElement root;
                std::string_view text = json.at(row);
                found[row] = 0;
                if (!parser.parse(text.data(), text.size(), false).get(root))
                    path->forEachMatch(root, [&](JSONElement) { return !(found[row] = 1); });
            }
            return result;
        }

        auto strings = ColumnString::create();
        auto & chars = strings->getChars();
        auto & offsets = strings->getOffsets();
        offsets.reserve(rows);
        PodArray<UInt8> is_null(rows, 0);
        for (size_t row = 0; row < rows; ++row)
        {
            JSONElement root;
            std::string_view text = json.at(row);
            bool is_valid = !parser.parse(text.data(), text.size(), false).get(root);
            StringColumnWriteBuffer out(chars);
            if (kind == SQLJSONKind::Value)
                is_null[row] = !is_valid || !writeValue(root, out);
            else if (is_valid)
                writeQuery(root, out);
            out.commit();
            offsets.push_back(chars.size());
        }
        if (result_type->isNullable())
            return ColumnNullable::create(std::move(strings), ColumnUInt8::create(std::move(is_null)));
        return strings;
    }

private:
    /// The first match that is a scalar (or anything, when complex values are allowed); false if none.
    bool writeValue(JSONElement root, WriteBuffer & out) const
    {
        bool written = false;
        path->forEachMatch(root, [&](JSONElement element)
        {
            if (!allow_complex && (element.is_array() || element.is_object()))
                return false;
            if (element.is_string())
                writeString(element.get_string().value_unsafe(), out);
            else
                writeSimdJSON(element, out);
            written = true;
            return false;
        });
        return written;
    }

    /// Every match, as the elements of a JSON array written with ", " between them.
    void writeQuery(JSONElement root, WriteBuffer & out) const
    {
        bool any = false;
        path->forEachMatch(root, [&](JSONElement element)
        {
            writeString(any ? ", " : "[", out);
            any = true;
            writeSimdJSON(element, out);
            return true;
        });
        if (any)
            writeChar(']', out);
    }

    /// simdjson's own minified text, as ClickHouse writes these results (numbers as "1e-07"),
    /// built in one buffer per thread rather than in a new string per row.
    static void writeSimdJSON(JSONElement element, WriteBuffer & out)
    {
        thread_local simdjson::internal::string_builder<> builder;
        builder.clear();
        builder.append(element);
        writeString(builder.str(), out);
    }

    bool setting(std::string_view setting_name) const
    {
        std::string type;
        std::string value;
        return context.find_setting && context.find_setting(setting_name, type, value) && (value == "1" || value == "true");
    }

    std::string name;
    SQLJSONKind kind;
    FunctionContext context;
    mutable std::shared_ptr<const SQLJSONPath> path;
    mutable bool allow_complex = false;
};

void registerSQLJSON(FunctionFactory & factory, const std::string & name, SQLJSONKind kind)
{
    factory.registerFunction(
        name, [name, kind](const FunctionContext & context) { return std::make_shared<FunctionSQLJSON>(name, kind, context); });
}
}

void registerFunctionsSQLJSON(FunctionFactory & factory)
{
    registerSQLJSON(factory, "JSON_EXISTS", SQLJSONKind::Exists);
    registerSQLJSON(factory, "JSON_VALUE", SQLJSONKind::Value);
    registerSQLJSON(factory, "JSON_QUERY", SQLJSONKind::Query);
}
}
