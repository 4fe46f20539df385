// The JSON functions over String columns (JSONHas, isValidJSON, JSONLength, JSONType, JSONExtract and its
// typed shorthands, the Raw, Keys and KeysAndValues forms), parsed with simdjson's DOM: one
// parser per block reused for every row, each row parsed in place (column bytes are padded).
// Path arguments are keys or 1-based indexes (negative from the end); invalid JSON or a
// missing path gives the result type's default, never an error.
#include "columns/ColumnArray.h"
#include "columns/ColumnString.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/JSONValueInserter.h"
#include "functions/PlainJSONScanner.h"
#include "functions/StringColumnWriteBuffer.h"
#include "functions/registerFunctions.h"

#include <simdjson.h>

namespace datastore::functions
{
namespace
{
using simdjson::dom::element_type;

struct JSONPathStep
{
    std::string_view key;
    Int64 index = 0;
    bool is_key = false;
};

/// One step down: a key of an object, or the index-th element of an array or member of an object.
bool moveToChild(JSONElement & element, const JSONPathStep & step)
{
    if (step.is_key)
    {
        if (!element.is_object())
            return false;
        auto child = asObject(element).at_key(step.key);
        if (child.error())
            return false;
        element = child.value_unsafe();
        return true;
    }
    if (step.index == 0 || (!element.is_array() && !element.is_object()))
        return false;
    size_t size = element.is_array() ? asArray(element).size() : asObject(element).size();
    size_t magnitude = step.index > 0 ? static_cast<size_t>(step.index) : static_cast<size_t>(-(step.index + 1)) + 1;
    if (magnitude > size)
        return false;
    size_t position = step.index > 0 ? magnitude - 1 : size - magnitude;
    if (element.is_array())
    {
        element = asArray(element).at(position).value_unsafe();
        return true;
    }
    for (auto member : asObject(element))
        if (position-- == 0)
        {
            element = member.value;
            return true;
        }
    return false;
}

/// The path arguments of one block: resolved once when they are all constant, else row by row
/// into a reused vector (keys point into the argument columns).
class JSONPath
{
public:
    JSONPath(const ColumnsWithTypeAndName & arguments, size_t first, size_t count)
    {
        for (size_t i = first; i < first + count; ++i)
        {
            Argument argument;
            argument.column = arguments[i].column;
            argument.is_key = isStringOrFixedString(*arguments[i].type);
            if (!argument.is_key)
                argument.indexes = numericOperand<Int64>(arguments[i].column, arguments[i].type->getTypeId());
            is_constant = is_constant && argument.column->isConst();
            path_arguments.push_back(std::move(argument));
        }
        steps.resize(path_arguments.size());
        if (is_constant)
            fill(0);
    }

    const std::vector<JSONPathStep> & at(size_t row)
    {
        if (!is_constant)
            fill(row);
        return steps;
    }

private:
    struct Argument
    {
        ColumnPtr column;
        NumericOperand<Int64> indexes;
        bool is_key = false;
    };

    void fill(size_t row)
    {
        for (size_t i = 0; i < path_arguments.size(); ++i)
        {
            const auto & argument = path_arguments[i];
            steps[i].is_key = argument.is_key;
            if (argument.is_key)
                steps[i].key = argument.column->getDataAt(argument.column->isConst() ? 0 : row);
            else
                steps[i].index = argument.indexes.is_const ? argument.indexes.constant : argument.indexes.data[row];
        }
    }

    std::vector<Argument> path_arguments;
    std::vector<JSONPathStep> steps;
    bool is_constant = true;
};

/// Each extractor says what it returns and appends one row from the element the path reached;
/// false means the element has no such value and the row gets the default.
struct HasExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &) { return typeByName("UInt8"); }
    bool insert(IColumn & column, JSONElement) const
    {
        static_cast<ColumnUInt8 &>(column).getData().push_back(1);
        return true;
    }
};

/// isValidJSON(json): 1 when the text parses; it takes no path.
struct ValidityExtractor : HasExtractor
{
    static constexpr bool takes_no_path = true;
};

struct LengthExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &) { return typeByName("UInt64"); }
    bool insert(IColumn & column, JSONElement element) const
    {
        size_t size;
        if (element.is_array())
            size = asArray(element).size();
        else if (element.is_object())
            size = asObject(element).size();
        else
            return false;
        static_cast<ColumnUInt64 &>(column).getData().push_back(size);
        return true;
    }
};

struct TypeExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &)
    {
        return typeByName(
            "Enum8('Null' = 0, 'String' = 34, 'Array' = 91, 'Bool' = 98, 'Double' = 100, 'Int64' = 105, 'UInt64' = 117, 'Object' = 123)");
    }
    bool insert(IColumn & column, JSONElement element) const
    {
        Int8 code = 0;
        switch (element.type())
        {
            case element_type::ARRAY:
                code = '[';
                break;
            case element_type::OBJECT:
                code = '{';
                break;
            case element_type::STRING:
                code = '"';
                break;
            case element_type::INT64:
                code = 'i';
                break;
            case element_type::UINT64:
                code = 'u';
                break;
            case element_type::DOUBLE:
                code = 'd';
                break;
            case element_type::BOOL:
                code = 'b';
                break;
            case element_type::NULL_VALUE:
                code = 0;
                break;
        }
        static_cast<ColumnInt8 &>(column).getData().push_back(code);
        return true;
    }
};

template <typename T> struct NumberExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &)
    {
        return typeByName(std::is_same_v<T, Int64> ? "Int64" : std::is_same_v<T, UInt64> ? "UInt64" : "Float64");
    }
    bool insert(IColumn & column, JSONElement element) const
    {
        T value;
        if (!extractJSONNumber(element, value, false))
            return false;
        static_cast<ColumnVector<T> &>(column).getData().push_back(value);
        return true;
    }
};

struct BoolExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &) { return typeByName("UInt8"); }
    bool insert(IColumn & column, JSONElement element) const
    {
        UInt8 value;
        if (!extractJSONBool(element, value))
            return false;
        static_cast<ColumnUInt8 &>(column).getData().push_back(value);
        return true;
    }
};

void insertRaw(ColumnString & strings, JSONElement element)
{
    StringColumnWriteBuffer out(strings.getChars());
    writeJSONElement(element, out);
    out.commit();
    strings.getOffsets().push_back(strings.getChars().size());
}

struct RawExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &) { return typeByName("String"); }
    bool insert(IColumn & column, JSONElement element) const
    {
        insertRaw(static_cast<ColumnString &>(column), element);
        return true;
    }
};

struct ArrayRawExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &) { return typeByName("Array(String)"); }
    bool insert(IColumn & column, JSONElement element) const
    {
        if (!element.is_array())
            return false;
        auto & array = static_cast<ColumnArray &>(column);
        auto & strings = static_cast<ColumnString &>(array.getDataMutable());
        for (JSONElement child : asArray(element))
            insertRaw(strings, child);
        array.finishRow();
        return true;
    }
};

struct KeysExtractor
{
    static constexpr bool has_type_argument = false;
    DataTypePtr resolve(const std::string &) { return typeByName("Array(String)"); }
    bool insert(IColumn & column, JSONElement element) const
    {
        if (!element.is_object())
            return false;
        auto & array = static_cast<ColumnArray &>(column);
        auto & strings = static_cast<ColumnString &>(array.getDataMutable());
        for (auto member : asObject(element))
            strings.insertData(member.key);
        array.finishRow();
        return true;
    }
};

/// Members as (key, value) tuples: values converted to the type (members that do not convert
/// are left out), or as JSON text for the Raw form.
template <bool is_raw> struct KeysAndValuesExtractor
{
    static constexpr bool has_type_argument = !is_raw;
    DataTypePtr resolve(const std::string & type_name)
    {
        DataTypePtr value_type = typeByName(is_raw ? "String" : type_name);
        if constexpr (!is_raw)
            value = makeJSONValueInserter(value_type);
        return typeByName("Array(Tuple(String, " + value_type->getName() + "))");
    }
    bool insert(IColumn & column, JSONElement element) const
    {
        if (!element.is_object())
            return false;
        auto & array = static_cast<ColumnArray &>(column);
        auto & pairs = static_cast<ColumnTuple &>(array.getDataMutable());
        auto & keys = static_cast<ColumnString &>(pairs.getColumnMutable(0));
        IColumn & values = pairs.getColumnMutable(1);
        for (auto member : asObject(element))
        {
            if constexpr (is_raw)
                insertRaw(static_cast<ColumnString &>(values), member.value);
            else if (!value->insert(values, member.value))
                continue;
            keys.insertData(member.key);
        }
        array.finishRow();
        return true;
    }
    std::shared_ptr<JSONValueInserter> value;
};

/// JSONExtract(json, path..., 'Type'), and JSONExtractString as JSONExtract(..., 'String').
struct TypedExtractor
{
    static constexpr bool has_type_argument = true;
    explicit TypedExtractor(std::string fixed_type_ = {})
        : fixed_type(std::move(fixed_type_))
    {
    }
    DataTypePtr resolve(const std::string & type_name)
    {
        DataTypePtr type = typeByName(fixed_type.empty() ? type_name : fixed_type);
        inserter = makeJSONValueInserter(type);
        return type;
    }
    bool insert(IColumn & column, JSONElement element) const { return inserter->insert(column, element); }

    std::string fixed_type;
    std::shared_ptr<JSONValueInserter> inserter;
};

template <typename Extractor> class FunctionJSON final : public IFunction
{
public:
    FunctionJSON(std::string name_, Extractor extractor_, bool takes_type_argument_)
        : name(std::move(name_))
        , extractor(std::move(extractor_))
        , takes_type_argument(takes_type_argument_)
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if constexpr (requires { Extractor::takes_no_path; })
            if (arguments.size() != 1)
                throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} needs exactly one argument", name);
        size_t required = takes_type_argument ? 2 : 1;
        if (arguments.size() < required)
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} requires at least {} argument{}", name,
                takes_type_argument ? "two" : "one", takes_type_argument ? "s" : "");
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "The first argument of function {} should be a string containing JSON, illegal type: {}", name,
                arguments[0].type->getName());
        size_t path_end = arguments.size() - (takes_type_argument ? 1 : 0);
        /// A key is a String, an index an integer of up to 64 bits.
        for (size_t i = 1; i < path_end; ++i)
            if (TypeIndex type = removeNullable(removeLowCardinality(arguments[i].type))->getTypeId();
                type != TypeIndex::String && !(isNativeInteger(type) && nativeNumberSize(type) <= 8))
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                    "The argument {} of function {} should be a string specifying key or an integer specifying index, illegal type: {}",
                    i + 1, name, arguments[i].type->getName());
        std::string type_name;
        if (takes_type_argument)
        {
            const auto & last = arguments.back();
            if (!last.column || !last.column->isConst() || !isStringOrFixedString(*last.type))
                throw Exception(
                    ErrorCodes::ILLEGAL_COLUMN,
                    "The last argument of function {} should be a constant string specifying the return data type, illegal value: {}", name,
                    last.name);
            type_name = std::string(constantData(*last.column).getDataAt(0));
        }
        return extractor.resolve(type_name);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr json = arguments[0].column->convertToFullColumnIfConst();
        /// Column bytes are padded (PodArray), so simdjson may read them in place.
        bool is_padded = json->as<ColumnString>() != nullptr;
        size_t path_size = arguments.size() - 1 - (takes_type_argument ? 1 : 0);
        JSONPath path(arguments, 1, path_size);

        auto result = result_type->createColumn();
        result->reserve(rows);
        simdjson::dom::parser parser;
        auto parse_row = [&](size_t row)
        {
            std::string_view text = json->getDataAt(row);
            JSONElement element;
            bool found = !parser.parse(text.data(), text.size(), !is_padded).get(element);
            for (const auto & step : path.at(row))
                if (found)
                    found = moveToChild(element, step);
            if (!found || !extractor.insert(*result, element))
                result->insertDefault();
        };
        /// JSONExtractString(json, 'key'), the property read of every breakdown: plain documents
        /// are scanned without building simdjson's tree (a third of the time), others parsed.
        if (auto * strings_column = result->as<ColumnString>(); strings_column && extractsStringMember(arguments, path_size))
        {
            auto & strings = *strings_column;
            std::string key(path.at(0)[0].key);
            for (size_t row = 0; row < rows; ++row)
            {
                PlainJSONMember member = findPlainJSONMember(json->getDataAt(row), key);
                if (member.outcome == PlainJSONMember::Outcome::Missing)
                    strings.insertDefault();
                else if (member.outcome == PlainJSONMember::Outcome::Found && member.is_string)
                    strings.insertData(member.value.data(), member.value.size());
                else
                    parse_row(row); /// unsure, or a value other than a string, which the inserter renders
            }
            return result;
        }
        for (size_t row = 0; row < rows; ++row)
            parse_row(row);
        return result;
    }

private:
    bool extractsStringMember(const ColumnsWithTypeAndName & arguments, size_t path_size) const
    {
        if constexpr (std::is_same_v<Extractor, TypedExtractor>)
            return extractor.fixed_type == "String" && path_size == 1 && arguments[1].column->isConst()
                && removeNullable(arguments[1].type)->getTypeId() == TypeIndex::String;
        return false;
    }

    std::string name;
    mutable Extractor extractor;
    bool takes_type_argument;
};

template <typename Extractor>
void registerJSON(
    FunctionFactory & factory, const std::string & name, Extractor extractor = {}, bool takes_type_argument = Extractor::has_type_argument)
{
    factory.registerFunction(
        name,
        [name, extractor, takes_type_argument](const FunctionContext &)
        { return std::make_shared<FunctionJSON<Extractor>>(name, extractor, takes_type_argument); });
}
}

void registerFunctionsJSON(FunctionFactory & factory)
{
    registerJSON<HasExtractor>(factory, "JSONHas");
    registerJSON<ValidityExtractor>(factory, "isValidJSON");
    registerJSON<LengthExtractor>(factory, "JSONLength");
    registerJSON<TypeExtractor>(factory, "JSONType");
    registerJSON<NumberExtractor<Int64>>(factory, "JSONExtractInt");
    registerJSON<NumberExtractor<UInt64>>(factory, "JSONExtractUInt");
    registerJSON<NumberExtractor<Float64>>(factory, "JSONExtractFloat");
    registerJSON<BoolExtractor>(factory, "JSONExtractBool");
    registerJSON(factory, "JSONExtractString", TypedExtractor("String"), false);
    registerJSON<RawExtractor>(factory, "JSONExtractRaw");
    registerJSON<ArrayRawExtractor>(factory, "JSONExtractArrayRaw");
    registerJSON<KeysExtractor>(factory, "JSONExtractKeys");
    registerJSON<KeysAndValuesExtractor<false>>(factory, "JSONExtractKeysAndValues");
    registerJSON<KeysAndValuesExtractor<true>>(factory, "JSONExtractKeysAndValuesRaw");
    registerJSON<TypedExtractor>(factory, "JSONExtract");
}
}
