// Ends of strings: left/right(s, n) and their UTF-8 forms keep the first or last n bytes (code
// points), or all but the last or first -n for a negative n; substringIndex(s, delim, count)
// keeps what comes before the count-th delimiter (after the -count-th from the end when count is
// negative), as MySQL's SUBSTRING_INDEX.
#include <limits>

#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/UTF8Steps.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
void checkStringInput(const std::string & function, const IDataType & type, bool is_utf8)
{
    if (type.getTypeId() != TypeIndex::String && (is_utf8 || type.getTypeId() != TypeIndex::FixedString))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", type.getName(), function);
}

/// How many units of a `count`-unit string left/right keep for n.
size_t keptUnits(size_t count, Int64 n)
{
    if (n >= 0)
        return std::min(count, static_cast<size_t>(n));
    size_t dropped = static_cast<size_t>(-(n + 1)) + 1;
    return dropped >= count ? 0 : count - dropped;
}

class FunctionLeftRight final : public IFunction
{
public:
    FunctionLeftRight(std::string name_, bool is_left_, bool is_utf8_) : name(std::move(name_)), is_left(is_left_), is_utf8(is_utf8_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        checkStringInput(name, *arguments[0].type, is_utf8);
        if (!isNativeNumber(arguments[1].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of second argument of function {}", arguments[1].type->getName(), name);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        /// A FixedString is read as the String of its bytes, trailing zero bytes included.
        ColumnPtr input = arguments[0].type->getTypeId() == TypeIndex::FixedString
            ? castColumn(arguments[0].column, arguments[0].type, typeByName("String"))
            : arguments[0].column;
        StringRows strings(*input);
        auto lengths = numericOperand<Int64>(arguments[1].column, arguments[1].type->getTypeId());
        return buildStringColumn(rows, [&](size_t row, auto & chars)
        {
            std::string_view s = strings.at(row);
            Int64 n = lengths.is_const ? lengths.constant : lengths.data[row];
            /// -n has no Int64 value; ClickHouse words it as its substring() or its own bound check.
            if (n == std::numeric_limits<Int64>::min())
            {
                if (is_left)
                    throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Overflow in length argument of substring-like function: {}", n);
                throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Argument of function {} is out of bound: {}", name, n);
            }
            std::string_view kept = is_utf8 ? utf8Part(s, n) : bytePart(s, n);
            chars.insert(kept.begin(), kept.end());
        });
    }

private:
    std::string_view bytePart(std::string_view s, Int64 n) const
    {
        size_t kept = keptUnits(s.size(), n);
        return is_left ? s.substr(0, kept) : s.substr(s.size() - kept);
    }

    std::string_view utf8Part(std::string_view s, Int64 n) const
    {
        size_t count = utf8Length(s);
        size_t kept = keptUnits(count, n);
        return is_left ? s.substr(0, utf8Prefix(s, kept)) : s.substr(utf8Prefix(s, count - kept));
    }

    std::string name;
    bool is_left;
    bool is_utf8;
};

class FunctionSubstringIndex final : public IFunction
{
public:
    FunctionSubstringIndex(std::string name_, bool is_utf8_) : name(std::move(name_)), is_utf8(is_utf8_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkMandatoryAndOptionalArguments(name, arguments.size(), 3, 0);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 1, "s", "String", *arguments[0].type);
        if (arguments[1].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 2, "delim", "String", *arguments[1].type);
        if (!isNativeInteger(arguments[2].type->getTypeId()))
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 3, "count", "UInt or Int", *arguments[2].type);
        checkConstantArgument(name, arguments[1], 1);
        delimiter(arguments[1]);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const std::string_view delim = delimiter(arguments[1]);
        StringRows strings(*arguments[0].column);
        auto counts = numericOperand<Int64>(arguments[2].column, arguments[2].type->getTypeId());
        return buildStringColumn(rows, [&](size_t row, auto & chars)
        {
            std::string_view kept = part(strings.at(row), delim, counts.is_const ? counts.constant : counts.data[row]);
            chars.insert(kept.begin(), kept.end());
        });
    }

private:
    /// A whole code point is found only at code point boundaries of valid UTF-8, so both forms
    /// search bytes; the UTF-8 form only admits a multi-byte delimiter.
    static std::string_view part(std::string_view s, std::string_view delim, Int64 count)
    {
        if (count == 0)
            return {};
        size_t position = count > 0 ? size_t(0) - 1 : s.size();
        size_t wanted = count > 0 ? static_cast<size_t>(count) : static_cast<size_t>(-(count + 1)) + 1;
        for (size_t found = 0; found < wanted; ++found)
        {
            position = count > 0 ? s.find(delim, position + 1) : (position == 0 ? std::string_view::npos : s.rfind(delim, position - 1));
            if (position == std::string_view::npos)
                return s;
        }
        return count > 0 ? s.substr(0, position) : s.substr(position + delim.size());
    }

    std::string_view delimiter(const ColumnWithTypeAndName & argument) const
    {
        std::string_view delim = argument.column->getDataAt(0);
        bool single = is_utf8 ? !delim.empty() && utf8Length(delim) == 1 && !isUTF8Continuation(delim[0]) : delim.size() == 1;
        if (!single)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Second argument to {} must be a single {}", name, is_utf8 ? "UTF-8 character" : "character");
        return delim;
    }

    std::string name;
    bool is_utf8;
};
}

void registerFunctionsStringSlices(FunctionFactory & factory)
{
    using enum FunctionFactory::CaseSensitiveness;
    factory.registerFunction("left", makeCreator<FunctionLeftRight>(std::string("left"), true, false), CaseInsensitive);
    factory.registerFunction("right", makeCreator<FunctionLeftRight>(std::string("right"), false, false), CaseInsensitive);
    factory.registerFunction("leftUTF8", makeCreator<FunctionLeftRight>(std::string("leftUTF8"), true, true));
    factory.registerFunction("rightUTF8", makeCreator<FunctionLeftRight>(std::string("rightUTF8"), false, true));
    factory.registerFunction("substringIndex", makeCreator<FunctionSubstringIndex>(std::string("substringIndex"), false));
    factory.registerFunction("substringIndexUTF8", makeCreator<FunctionSubstringIndex>(std::string("substringIndexUTF8"), true));
    factory.registerAlias("SUBSTRING_INDEX", "substringIndex", CaseInsensitive);
}
}
