// simpleJSON* (alias visitParam*): ClickHouse's fast JSON field access without a parser. The
// field is the first occurrence of "name": anywhere in the text, at any depth, and the value is
// read from the byte right after the colon (no whitespace is skipped), as ClickHouse does.
#include "columns/ColumnString.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"

#include <algorithm>
#include <functional>

namespace datastore::functions
{
namespace
{
enum class VisitParamKind
{
    Has,
    UInt,
    Int,
    Float,
    Bool,
    Raw,
    String,
};

/// A number, optionally in double quotes; whatever follows it is ignored. No number reads as 0.
template <typename T> T readLeadingNumber(std::string_view value)
{
    if (!value.empty() && value[0] == '"')
        value.remove_prefix(1);
    ReadBufferFromMemory in(value);
    T result = 0;
    try
    {
        if constexpr (std::is_floating_point_v<T>)
            tryReadFloatText(result, in);
        else if (!tryReadIntText(result, in))
            result = 0;
    }
    catch (const Exception &)
    {
        result = 0;
    }
    return result;
}

/// The value's text up to the ',' or '}' that ends it outside brackets and strings; empty if the
/// text ends first. As in ClickHouse, a backslash always skips a following double quote.
/// `expected` is scratch space for the closing characters still awaited.
std::string_view rawValue(std::string_view value, std::string & expected)
{
    expected.clear();
    for (size_t pos = 0; pos < value.size(); ++pos)
    {
        char c = value[pos];
        char current = expected.empty() ? 0 : expected.back();
        if (c == '\\')
        {
            if (pos + 1 < value.size() && value[pos + 1] == '"')
                ++pos;
        }
        else if (current && c == current)
            expected.pop_back();
        else if (current == '"')
            continue;
        else if (c == '[' || c == '{' || c == '"')
            expected.push_back(c == '[' ? ']' : c == '{' ? '}' : '"');
        else if (!current && (c == ',' || c == '}'))
            return value.substr(0, pos);
    }
    return {};
}

template <VisitParamKind kind> class FunctionVisitParam final : public IFunction
{
public:
    explicit FunctionVisitParam(std::string name_)
        : name(std::move(name_))
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        /// Only Strings; ClickHouse's simpleJSONHas reports a FixedString document as a column error.
        if (kind == VisitParamKind::Has && arguments[0].type->getTypeId() == TypeIndex::FixedString)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Function '{}' doesn't support FixedString haystack argument", name);
        for (size_t i = 0; i < 2; ++i)
            if (arguments[i].type->getTypeId() != TypeIndex::String)
                throwIllegalType(name, *arguments[i].type, i + 1);
        checkConstantArgument(name, arguments[1], 1);
        switch (kind)
        {
            case VisitParamKind::Has:
            case VisitParamKind::Bool:
                return typeByName("UInt8");
            case VisitParamKind::UInt:
                return typeByName("UInt64");
            case VisitParamKind::Int:
                return typeByName("Int64");
            case VisitParamKind::Float:
                return typeByName("Float64");
            default:
                return typeByName("String");
        }
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        std::string needle = "\"" + std::string(constantData(*arguments[1].column).getDataAt(0)) + "\":";
        std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
        ColumnPtr json = arguments[0].column->convertToFullColumnIfConst();
        auto result = result_type->createColumn();
        result->reserve(rows);
        std::string scratch;
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view text = json->getDataAt(row);
            auto found = std::search(text.begin(), text.end(), searcher);
            if (found == text.end())
            {
                result->insertDefault();
                continue;
            }
            std::string_view value = text.substr(static_cast<size_t>(found - text.begin()) + needle.size());
            insertValue(*result, value, scratch);
        }
        return result;
    }

private:
    static void insertValue(IColumn & result, std::string_view value, std::string & scratch)
    {
        if constexpr (kind == VisitParamKind::Has)
            static_cast<ColumnUInt8 &>(result).getData().push_back(1);
        else if constexpr (kind == VisitParamKind::Bool)
            static_cast<ColumnUInt8 &>(result).getData().push_back(value.starts_with("true"));
        else if constexpr (kind == VisitParamKind::UInt)
            static_cast<ColumnUInt64 &>(result).getData().push_back(readLeadingNumber<UInt64>(value));
        else if constexpr (kind == VisitParamKind::Int)
            static_cast<ColumnInt64 &>(result).getData().push_back(readLeadingNumber<Int64>(value));
        else if constexpr (kind == VisitParamKind::Float)
            static_cast<ColumnFloat64 &>(result).getData().push_back(readLeadingNumber<Float64>(value));
        else if constexpr (kind == VisitParamKind::Raw)
            static_cast<ColumnString &>(result).insertData(rawValue(value, scratch));
        else
        {
            auto & strings = static_cast<ColumnString &>(result);
            auto & chars = strings.getChars();
            size_t old_size = chars.size();
            try
            {
                ReadBufferFromMemory in(value);
                readJSONStringInto(chars, in);
            }
            catch (const Exception &)
            {
                chars.resize(old_size);
            }
            strings.getOffsets().push_back(chars.size());
        }
    }

    std::string name;
};

template <VisitParamKind kind> void registerVisitParam(FunctionFactory & factory, const std::string & suffix)
{
    std::string name = "simpleJSON" + suffix;
    factory.registerFunction(name, makeCreator<FunctionVisitParam<kind>>(name));
    factory.registerAlias("visitParam" + suffix, name);
}
}

void registerFunctionsVisitParam(FunctionFactory & factory)
{
    registerVisitParam<VisitParamKind::Has>(factory, "Has");
    registerVisitParam<VisitParamKind::UInt>(factory, "ExtractUInt");
    registerVisitParam<VisitParamKind::Int>(factory, "ExtractInt");
    registerVisitParam<VisitParamKind::Float>(factory, "ExtractFloat");
    registerVisitParam<VisitParamKind::Bool>(factory, "ExtractBool");
    registerVisitParam<VisitParamKind::Raw>(factory, "ExtractRaw");
    registerVisitParam<VisitParamKind::String>(factory, "ExtractString");
}
}
