// String functions on bytes (UTF-8 variants count code points; case mapping is ASCII):
// length, empty, lower/upper, concat, substring, position, startsWith/endsWith, trim,
// replaceOne/replaceAll, and pattern matching (LIKE through fast substring checks or RE2,
// match through RE2). Constant patterns are compiled once, when the function is resolved.
#include <re2/re2.h>

#include <array>
#include <memory>
#include <optional>

#include "columns/ColumnMap.h"
#include "columns/ColumnString.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/UTF8Steps.h"
#include "functions/UnicodeCase.h"
#include "functions/registerFunctions.h"
#include "io/WriteBuffer.h"

namespace datastore::functions
{
namespace
{
using enum FunctionFactory::CaseSensitiveness;

void checkStringArgument(const std::string & function, const ColumnWithTypeAndName & argument, size_t position)
{
    if (!isStringOrFixedString(*argument.type))
        throwIllegalType(function, *argument.type, position);
}

/// Row i's bytes of a string column that may be constant.
struct StringArgument
{
    explicit StringArgument(const ColumnPtr & column_) : column(column_), is_const(column_->isConst())
    {
        if (is_const)
            constant = column->getDataAt(0);
    }
    std::string_view at(size_t row) const { return is_const ? constant : column->getDataAt(row); }

    ColumnPtr column;
    bool is_const;
    std::string_view constant;
};

Int64 integerAt(const ColumnWithTypeAndName & argument, size_t row)
{
    const IColumn & column = argument.column->isConst() ? constantData(*argument.column) : *argument.column;
    size_t index = argument.column->isConst() ? 0 : row;
    Field value = column[index];
    if (const auto * u = value.tryGet<UInt64>())
        return static_cast<Int64>(*u);
    if (const auto * i = value.tryGet<Int64>())
        return *i;
    return 0;
}

size_t utf8Length(std::string_view s)
{
    size_t count = 0;
    for (char c : s)
        count += (static_cast<UInt8>(c) & 0xC0) != 0x80;
    return count;
}

/// length, lengthUTF8, empty, notEmpty: one number per string.
class FunctionStringMeasure final : public IFunction
{
public:
    enum class Kind
    {
        Length,
        LengthUTF8,
        Empty,
        NotEmpty,
    };
    FunctionStringMeasure(std::string name_, Kind kind_) : name(std::move(name_)), kind(kind_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (!(kind != Kind::LengthUTF8 && isArrayOrMap(*arguments[0].type)))
            checkStringArgument(name, arguments[0], 1);
        return typeByName(kind == Kind::Length || kind == Kind::LengthUTF8 ? "UInt64" : "UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        if (isArrayOrMap(*arguments[0].type))
            return executeArray(arguments[0].column, rows);
        StringArgument input(arguments[0].column);
        if (kind == Kind::Length || kind == Kind::LengthUTF8)
        {
            auto result = ColumnUInt64::create(rows);
            auto & out = result->getData();
            for (size_t i = 0; i < rows; ++i)
                out[i] = kind == Kind::Length ? input.at(i).size() : utf8Length(input.at(i));
            return result;
        }
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        for (size_t i = 0; i < rows; ++i)
            out[i] = input.at(i).empty() == (kind == Kind::Empty);
        return result;
    }

private:
    static bool isArrayOrMap(const IDataType & type) { return type.getTypeId() == TypeIndex::Array || type.getTypeId() == TypeIndex::Map; }

    /// length, empty and notEmpty of arrays and maps count elements (a Map is an array of pairs).
    ColumnPtr executeArray(const ColumnPtr & argument, size_t rows) const
    {
        ColumnPtr column = argument->convertToFullColumnIfConst();
        const auto * map = column->as<ColumnMap>();
        const auto & offsets = map ? map->getOffsets() : column->assertCast<ColumnArray>().getOffsets();
        auto size = [&](size_t i) { return offsets[i] - (i == 0 ? 0 : offsets[i - 1]); };
        if (kind == Kind::Length)
        {
            auto result = ColumnUInt64::create(rows);
            for (size_t i = 0; i < rows; ++i)
                result->getData()[i] = size(i);
            return result;
        }
        auto result = ColumnUInt8::create(rows);
        for (size_t i = 0; i < rows; ++i)
            result->getData()[i] = (size(i) == 0) == (kind == Kind::Empty);
        return result;
    }

    std::string name;
    Kind kind;
};

/// lower, upper: ASCII letters only, other bytes unchanged (lowerUTF8/upperUTF8 are in FunctionsStringExtra).
class FunctionCase final : public IFunction
{
public:
    FunctionCase(std::string name_, bool to_upper_) : name(std::move(name_)), to_upper(to_upper_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        checkStringArgument(name, arguments[0], 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringArgument input(arguments[0].column);
        auto result = ColumnString::create();
        for (size_t i = 0; i < rows; ++i)
            result->insertData(input.at(i));
        char from = to_upper ? 'a' : 'A';
        auto & chars = result->getChars();
        for (size_t i = 0; i < chars.size(); ++i)
            if (static_cast<UInt8>(chars[i] - from) < 26)
                chars[i] ^= 0x20;
        return result;
    }

private:
    std::string name;
    bool to_upper;
};

/// concat(a, b, ...): strings as they are, other types in their text form.
/// concatWithSeparator(sep, a, b, ...): the same with the constant String sep between them.
class FunctionConcat final : public IFunction
{
public:
    FunctionConcat(std::string name_, bool with_separator_) : name(std::move(name_)), with_separator(with_separator_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override
    {
        if (with_separator)
            return {0};
        return {};
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (with_separator && arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                "Number of arguments for function {} doesn't match: passed 0, should be at least 1", name);
        if (with_separator && arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of first argument of function {}", arguments[0].type->getName(), name);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string_view separator;
        if (with_separator)
        {
            if (!arguments[0].column->isConst())
                throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Illegal column {} of first argument of function {}. Must be a constant String",
                    arguments[0].type->getName(), name);
            separator = arguments[0].column->getDataAt(0);
        }
        std::vector<ColumnPtr> texts;
        for (size_t i = with_separator; i < arguments.size(); ++i)
            texts.push_back(isStringOrFixedString(*arguments[i].type) ? arguments[i].column : asText(arguments[i], rows));
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        for (size_t i = 0; i < rows; ++i)
        {
            for (size_t part_index = 0; part_index < texts.size(); ++part_index)
            {
                if (part_index > 0)
                    chars.insert(separator.data(), separator.data() + separator.size());
                const auto & text = texts[part_index];
                std::string_view part = text->getDataAt(text->isConst() ? 0 : i);
                chars.insert(part.data(), part.data() + part.size());
            }
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    static ColumnPtr asText(const ColumnWithTypeAndName & argument, size_t rows)
    {
        ColumnPtr column = argument.column->convertToFullColumnIfConst();
        auto result = ColumnString::create();
        FormatSettings settings;
        for (size_t i = 0; i < rows; ++i)
        {
            std::string text;
            {
                WriteBufferFromString out(text);
                argument.type->serializeText(*column, i, out, settings);
            }
            result->insertData(text);
        }
        return result;
    }

    std::string name;
    bool with_separator;
};

/// substring(s, offset[, length]) on bytes: 1-based offsets, negative ones count from the end,
/// a negative length stops that many bytes before the end, offset 0 gives ''.
class FunctionSubstring final : public IFunction
{
public:
    explicit FunctionSubstring(std::string name_) : name(std::move(name_)) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 2, 3);
        checkStringArgument(name, arguments[0], 1);
        for (size_t i = 1; i < arguments.size(); ++i)
            if (!isInteger(*arguments[i].type))
                throwIllegalType(name, *arguments[i].type, i + 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringArgument input(arguments[0].column);
        bool has_length = arguments.size() == 3;
        auto result = ColumnString::create();
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view s = input.at(i);
            Int64 size = static_cast<Int64>(s.size());
            Int64 offset = integerAt(arguments[1], i);
            if (offset == 0)
            {
                result->insertDefault();
                continue;
            }
            Int64 start = offset > 0 ? offset - 1 : size + offset;
            Int64 end = size;
            if (has_length)
            {
                Int64 length = integerAt(arguments[2], i);
                end = length >= 0 ? start + length : size + length;
            }
            start = std::clamp<Int64>(start, 0, size);
            end = std::clamp<Int64>(end, 0, size);
            if (end <= start)
                result->insertDefault();
            else
                result->insertData(s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
        }
        return result;
    }

private:
    std::string name;
};

/// position(haystack, needle[, start]): 1-based byte position of the first occurrence, 0 if
/// none; positionUTF8 and positionCaseInsensitiveUTF8 count code points (the latter compares
/// their lower-case forms). startsWith, endsWith: UInt8.
class FunctionSearch final : public IFunction
{
public:
    enum class Kind
    {
        Position,
        PositionCaseInsensitive,
        PositionUTF8,
        PositionCaseInsensitiveUTF8,
        CountSubstrings,
        CountSubstringsCaseInsensitive,
        CountSubstringsCaseInsensitiveUTF8,
        StartsWith,
        EndsWith,
        /// A prefix must end, and a suffix start, on a code point boundary.
        StartsWithUTF8,
        EndsWithUTF8,
    };
    FunctionSearch(std::string name_, Kind kind_) : name(std::move(name_)), kind(kind_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        bool is_position = kind < Kind::StartsWith;
        if (is_position)
            checkArgumentCountBetween(name, arguments.size(), 2, 3);
        else
            checkArgumentCount(name, arguments.size(), 2);
        checkStringArgument(name, arguments[0], 1);
        checkStringArgument(name, arguments[1], 2);
        bool is_count = kind == Kind::CountSubstrings || kind == Kind::CountSubstringsCaseInsensitive || kind == Kind::CountSubstringsCaseInsensitiveUTF8;
        if (is_count && arguments[0].type->getTypeId() == TypeIndex::FixedString)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Function '{}' doesn't support FixedString haystack argument", name);
        if (arguments.size() == 3 && !isUnsignedInteger(*arguments[2].type))
            throwIllegalType(name, *arguments[2].type, 3);
        return typeByName(is_position ? "UInt64" : "UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringArgument haystack(arguments[0].column);
        StringArgument needle(arguments[1].column);
        bool has_start = arguments.size() == 3;
        if (kind == Kind::PositionUTF8 || kind == Kind::PositionCaseInsensitiveUTF8)
        {
            auto result = ColumnUInt64::create(rows);
            auto & out = result->getData();
            std::string lowered_text;
            std::string lowered_needle;
            for (size_t i = 0; i < rows; ++i)
            {
                size_t start = has_start ? static_cast<size_t>(std::max<Int64>(integerAt(arguments[2], i), 1)) - 1 : 0;
                std::string_view text = haystack.at(i);
                std::string_view wanted = needle.at(i);
                if (kind == Kind::PositionCaseInsensitiveUTF8)
                {
                    /// Lower-casing keeps the number of code points, so positions carry over.
                    text = lowerUTF8(text, lowered_text);
                    wanted = lowerUTF8(wanted, lowered_needle);
                }
                size_t start_byte = byteOffsetOfCodePoint(text, start);
                size_t found = start_byte == std::string_view::npos ? std::string_view::npos : text.find(wanted, start_byte);
                out[i] = found == std::string_view::npos ? 0 : countCodePoints(text.substr(0, found)) + 1;
            }
            return result;
        }
        if (kind == Kind::CountSubstrings || kind == Kind::CountSubstringsCaseInsensitive || kind == Kind::CountSubstringsCaseInsensitiveUTF8)
            return countSubstrings(arguments, haystack, needle, rows);
        if (kind == Kind::Position || kind == Kind::PositionCaseInsensitive)
        {
            auto result = ColumnUInt64::create(rows);
            auto & out = result->getData();
            for (size_t i = 0; i < rows; ++i)
            {
                /// position(h, n, start): the search begins at the 1-based `start` (0 counts as 1).
                size_t start = has_start ? static_cast<size_t>(std::max<Int64>(integerAt(arguments[2], i), 1)) - 1 : 0;
                std::string_view text = haystack.at(i);
                size_t found = start > text.size() ? std::string_view::npos
                    : kind == Kind::Position       ? text.find(needle.at(i), start)
                                                   : findCaseInsensitive(text, needle.at(i), start);
                out[i] = found == std::string_view::npos ? 0 : found + 1;
            }
            return result;
        }
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        auto is_continuation = [](std::string_view s, size_t pos) { return pos < s.size() && isUTF8Continuation(s[pos]); };
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view text = haystack.at(i);
            std::string_view affix = needle.at(i);
            if (kind == Kind::StartsWith || kind == Kind::StartsWithUTF8)
                out[i] = text.starts_with(affix) && !(kind == Kind::StartsWithUTF8 && is_continuation(text, affix.size()));
            else
                out[i] = text.ends_with(affix) && !(kind == Kind::EndsWithUTF8 && is_continuation(affix, 0));
        }
        return result;
    }

private:
    /// countSubstrings(h, n[, start]): non-overlapping occurrences from the 1-based `start` (code
    /// points for the UTF-8 form); an empty needle occurs nowhere.
    ColumnPtr countSubstrings(const ColumnsWithTypeAndName & arguments, const StringArgument & haystack, const StringArgument & needle, size_t rows) const
    {
        auto result = ColumnUInt64::create(rows);
        auto & out = result->getData();
        std::string lowered_text;
        std::string lowered_needle;
        std::optional<NumericOperand<UInt64>> starts;
        if (arguments.size() == 3)
            starts = numericOperand<UInt64>(arguments[2].column, arguments[2].type->getTypeId());
        for (size_t i = 0; i < rows; ++i)
        {
            /// 1-based; 0 counts as 1.
            size_t start = !starts ? 0 : std::max<UInt64>(starts->is_const ? starts->constant : starts->data[i], 1) - 1;
            std::string_view text = haystack.at(i);
            std::string_view wanted = needle.at(i);
            if (kind == Kind::CountSubstringsCaseInsensitiveUTF8)
            {
                text = lowerUTF8(text, lowered_text);
                wanted = lowerUTF8(wanted, lowered_needle);
                start = byteOffsetOfCodePoint(text, start);
            }
            UInt64 count = 0;
            size_t position = start;
            while (!wanted.empty() && position <= text.size())
            {
                size_t found = kind == Kind::CountSubstringsCaseInsensitive ? findCaseInsensitive(text, wanted, position) : text.find(wanted, position);
                if (found == std::string_view::npos)
                    break;
                ++count;
                position = found + wanted.size();
            }
            out[i] = count;
        }
        return result;
    }

    static bool isContinuationByte(char c) { return (static_cast<UInt8>(c) & 0xC0) == 0x80; }

    static size_t countCodePoints(std::string_view text)
    {
        size_t count = 0;
        for (char c : text)
            count += !isContinuationByte(c);
        return count;
    }

    /// Where code point number `index` (from 0) starts; its end when `index` is the count, and
    /// npos past that.
    static size_t byteOffsetOfCodePoint(std::string_view text, size_t index)
    {
        size_t pos = 0;
        for (size_t seen = 0; seen < index; ++seen)
        {
            if (pos >= text.size())
                return std::string_view::npos;
            ++pos;
            while (pos < text.size() && isContinuationByte(text[pos]))
                ++pos;
        }
        return pos;
    }

    /// The text with each well-formed two- to four-byte code point (and ASCII letter) lower-cased.
    static std::string_view lowerUTF8(std::string_view text, std::string & buffer)
    {
        buffer.clear();
        for (size_t pos = 0; pos < text.size();)
        {
            UInt8 lead = static_cast<UInt8>(text[pos]);
            size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
            if (pos + length > text.size())
                length = 1;
            for (size_t k = 1; k < length; ++k)
                if (!isContinuationByte(text[pos + k]))
                    length = 1;
            if (length == 1 && lead >= 0x80)
            {
                buffer += text[pos++];
                continue;
            }
            UInt32 code = length == 1 ? lead : lead & (0xFF >> (length + 1));
            for (size_t k = 1; k < length; ++k)
                code = (code << 6) | (static_cast<UInt8>(text[pos + k]) & 0x3F);
            appendUTF8(buffer, toLowerCodePoint(code));
            pos += length;
        }
        return buffer;
    }

    static void appendUTF8(std::string & out, UInt32 code)
    {
        if (code < 0x80)
            out += static_cast<char>(code);
        else if (code < 0x800)
        {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
        else if (code < 0x10000)
        {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
        else
        {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    /// ASCII letters compared without case, as ClickHouse's positionCaseInsensitive.
    static size_t findCaseInsensitive(std::string_view text, std::string_view needle, size_t start)
    {
        auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
        for (size_t i = start; i + needle.size() <= text.size(); ++i)
        {
            size_t j = 0;
            while (j < needle.size() && lower(text[i + j]) == lower(needle[j]))
                ++j;
            if (j == needle.size())
                return i;
        }
        return std::string_view::npos;
    }

    std::string name;
    Kind kind;
};

/// trimLeft, trimRight, trimBoth(s[, characters]): ASCII spaces, or every byte of the constant
/// `characters` (what trim(BOTH 'xy' FROM s) becomes), as ClickHouse.
class FunctionTrim final : public IFunction
{
public:
    FunctionTrim(std::string name_, bool left_, bool right_) : name(std::move(name_)), left(left_), right(right_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkMandatoryAndOptionalArguments(name, arguments.size(), 1, 1);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 1, "input_string", "String or FixedString", *arguments[0].type);
        checkConstantStringArgument(name, arguments, 1, 2, "trim_character");
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::array<bool, 256> trimmed{};
        if (arguments.size() == 2)
            for (char c : arguments[1].column->getDataAt(0))
                trimmed[static_cast<UInt8>(c)] = true;
        else
            trimmed[' '] = true;
        StringArgument input(arguments[0].column);
        auto result = ColumnString::create();
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view s = input.at(i);
            if (left)
                while (!s.empty() && trimmed[static_cast<UInt8>(s.front())])
                    s.remove_prefix(1);
            if (right)
                while (!s.empty() && trimmed[static_cast<UInt8>(s.back())])
                    s.remove_suffix(1);
            result->insertData(s);
        }
        return result;
    }

private:
    std::string name;
    bool left;
    bool right;
};

/// replaceOne, replaceAll(haystack, needle, replacement): plain substrings; an empty needle
/// leaves the haystack as it is.
class FunctionReplace final : public IFunction
{
public:
    FunctionReplace(std::string name_, bool all_) : name(std::move(name_)), all(all_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 3);
        checkStringArgument(name, arguments[0], 1);
        /// The pattern and the replacement are Strings, never FixedString.
        static constexpr const char * names[] = {"haystack", "pattern", "replacement"};
        for (size_t i = 1; i < 3; ++i)
            if (arguments[i].type->getTypeId() != TypeIndex::String)
                throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, i + 1, names[i], "String", *arguments[i].type);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringArgument haystack(arguments[0].column);
        StringArgument needle(arguments[1].column);
        StringArgument replacement(arguments[2].column);
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view s = haystack.at(i);
            std::string_view from = needle.at(i);
            std::string_view to = replacement.at(i);
            size_t pos = 0;
            while (!from.empty())
            {
                size_t found = s.find(from, pos);
                if (found == std::string_view::npos)
                    break;
                chars.insert(s.data() + pos, s.data() + found);
                chars.insert(to.data(), to.data() + to.size());
                pos = found + from.size();
                if (!all)
                    break;
            }
            chars.insert(s.data() + pos, s.data() + s.size());
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    std::string name;
    bool all;
};

/// A compiled LIKE or match() pattern. LIKE patterns that are a literal with '%' only at the
/// ends become substring checks; the rest become RE2 (with '.' matching newlines).
class PatternMatcher
{
public:
    PatternMatcher(std::string_view pattern, bool is_like, bool case_insensitive)
    {
        if (is_like && !case_insensitive && trySimpleLike(pattern))
            return;
        RE2::Options options;
        options.set_dot_nl(true);
        options.set_case_sensitive(!case_insensitive);
        options.set_log_errors(false);
        std::string expression = is_like ? likeToRegexp(pattern) : std::string(pattern);
        regexp = std::make_unique<RE2>(expression, options);
        if (!regexp->ok())
            throw Exception(
                ErrorCodes::CANNOT_COMPILE_REGEXP,
                "OptimizedRegularExpression: cannot compile re2: {}, error: {}. Look at https://github.com/google/re2/wiki/Syntax for "
                "reference. Please note that if you specify regex as an SQL string literal, the slashes have to be additionally "
                "escaped. For example, to match an opening brace, write '\\(' -- the first slash is for SQL and the second one is "
                "for regex",
                expression,
                regexp->error());
        full_match = is_like;
    }

    bool matches(std::string_view s) const
    {
        switch (kind)
        {
            case Kind::Equals: return s == literal;
            case Kind::Prefix: return s.starts_with(literal);
            case Kind::Suffix: return s.ends_with(literal);
            case Kind::Contains: return s.find(literal) != std::string_view::npos;
            case Kind::Regexp:
                return full_match ? RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *regexp)
                                  : RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *regexp);
        }
        return false;
    }

private:
    enum class Kind
    {
        Equals,
        Prefix,
        Suffix,
        Contains,
        Regexp,
    };

    bool trySimpleLike(std::string_view pattern)
    {
        bool leading = pattern.starts_with('%');
        bool trailing = pattern.size() > static_cast<size_t>(leading) && pattern.ends_with('%');
        std::string_view middle = pattern.substr(leading, pattern.size() - leading - trailing);
        if (middle.find_first_of("%_\\") != std::string_view::npos)
            return false;
        literal = middle;
        kind = leading ? (trailing ? Kind::Contains : Kind::Suffix) : (trailing ? Kind::Prefix : Kind::Equals);
        return true;
    }

    static std::string likeToRegexp(std::string_view pattern)
    {
        std::string result;
        for (size_t i = 0; i < pattern.size(); ++i)
        {
            char c = pattern[i];
            if (c == '%')
                result += ".*";
            else if (c == '_')
                result += '.';
            else
            {
                /// A backslash escapes %, _ and itself; before anything else it is a backslash.
                if (c == '\\' && i + 1 == pattern.size())
                    throw Exception(ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE, "Invalid escape sequence at the end of LIKE pattern '{}'", pattern);
                if (c == '\\' && (pattern[i + 1] == '%' || pattern[i + 1] == '_' || pattern[i + 1] == '\\'))
                    c = pattern[++i];
                result += RE2::QuoteMeta(re2::StringPiece(&c, 1));
            }
        }
        return result;
    }

    Kind kind = Kind::Regexp;
    std::string literal;
    std::unique_ptr<RE2> regexp;
    bool full_match = false;
};

/// like, notLike, ilike, notILike, match.
class FunctionMatch final : public IFunction
{
public:
    FunctionMatch(std::string name_, bool is_like_, bool case_insensitive_, bool negate_)
        : name(std::move(name_)), is_like(is_like_), case_insensitive(case_insensitive_), negate(negate_)
    {
    }
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        checkStringArgument(name, arguments[0], 1);
        checkStringArgument(name, arguments[1], 2);
        if (arguments[1].column && arguments[1].column->isConst())
        {
            pattern_text = arguments[1].column->getDataAt(0);
            constant_matcher = std::make_shared<PatternMatcher>(pattern_text, is_like, case_insensitive);
        }
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringArgument haystack(arguments[0].column);
        StringArgument pattern(arguments[1].column);
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        if (pattern.is_const)
        {
            std::shared_ptr<const PatternMatcher> matcher = constant_matcher;
            if (!matcher || pattern.constant != pattern_text)
                matcher = std::make_shared<PatternMatcher>(pattern.constant, is_like, case_insensitive);
            for (size_t i = 0; i < rows; ++i)
                out[i] = matcher->matches(haystack.at(i)) != negate;
            return result;
        }
        for (size_t i = 0; i < rows; ++i)
            out[i] = PatternMatcher(pattern.at(i), is_like, case_insensitive).matches(haystack.at(i)) != negate;
        return result;
    }

private:
    std::string name;
    bool is_like;
    bool case_insensitive;
    bool negate;
    /// Compiled at resolution when the pattern is a constant; execute() only reads it.
    mutable std::shared_ptr<const PatternMatcher> constant_matcher;
    mutable std::string pattern_text;
};

/// locate(needle, haystack[, start]): position with its first two arguments swapped, MySQL's
/// order (function_locate_has_mysql_compatible_argument_order, on by default since 24.3).
class FunctionLocate final : public IFunction
{
public:
    std::string getName() const override { return "locate"; }
    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override { return position.getReturnType(swapped(arguments)); }
    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        return position.execute(swapped(arguments), result_type, rows);
    }

private:
    static ColumnsWithTypeAndName swapped(ColumnsWithTypeAndName arguments)
    {
        if (arguments.size() >= 2)
            std::swap(arguments[0], arguments[1]);
        return arguments;
    }

    FunctionSearch position{"locate", FunctionSearch::Kind::Position};
};

template <typename F, typename... Args>
FunctionFactory::Creator creator(Args... args)
{
    return [=](const FunctionContext &) { return std::make_shared<F>(args...); };
}
}

void registerFunctionsString(FunctionFactory & factory)
{
    using Measure = FunctionStringMeasure::Kind;
    factory.registerFunction("length", creator<FunctionStringMeasure>(std::string("length"), Measure::Length), CaseInsensitive);
    factory.registerFunction("lengthUTF8", creator<FunctionStringMeasure>(std::string("lengthUTF8"), Measure::LengthUTF8));
    factory.registerAlias("char_length", "lengthUTF8", CaseInsensitive);
    factory.registerAlias("character_length", "lengthUTF8", CaseInsensitive);
    factory.registerFunction("empty", creator<FunctionStringMeasure>(std::string("empty"), Measure::Empty));
    factory.registerFunction("notEmpty", creator<FunctionStringMeasure>(std::string("notEmpty"), Measure::NotEmpty));
    factory.registerFunction("lower", creator<FunctionCase>(std::string("lower"), false), CaseInsensitive);
    factory.registerFunction("upper", creator<FunctionCase>(std::string("upper"), true), CaseInsensitive);
    factory.registerAlias("lcase", "lower", CaseInsensitive);
    factory.registerAlias("ucase", "upper", CaseInsensitive);
    factory.registerFunction("concat", creator<FunctionConcat>(std::string("concat"), false), CaseInsensitive);
    factory.registerFunction("concatWithSeparator", creator<FunctionConcat>(std::string("concatWithSeparator"), true), CaseInsensitive);
    factory.registerAlias("concat_ws", "concatWithSeparator", CaseInsensitive);
    /// Injectivity only lets ClickHouse's optimizer drop GROUP BY keys; the values are the same.
    factory.registerFunction("concatAssumeInjective", creator<FunctionConcat>(std::string("concatAssumeInjective"), false));
    factory.registerFunction(
        "concatWithSeparatorAssumeInjective", creator<FunctionConcat>(std::string("concatWithSeparatorAssumeInjective"), true));
    factory.registerFunction("substring", creator<FunctionSubstring>(std::string("substring")), CaseInsensitive);
    factory.registerAlias("substr", "substring", CaseInsensitive);
    factory.registerAlias("mid", "substring", CaseInsensitive);
    factory.registerFunction("position", creator<FunctionSearch>(std::string("position"), FunctionSearch::Kind::Position), CaseInsensitive);
    factory.registerFunction(
        "positionCaseInsensitive", creator<FunctionSearch>(std::string("positionCaseInsensitive"), FunctionSearch::Kind::PositionCaseInsensitive));
    factory.registerFunction("positionUTF8", creator<FunctionSearch>(std::string("positionUTF8"), FunctionSearch::Kind::PositionUTF8));
    factory.registerFunction(
        "positionCaseInsensitiveUTF8",
        creator<FunctionSearch>(std::string("positionCaseInsensitiveUTF8"), FunctionSearch::Kind::PositionCaseInsensitiveUTF8));
    factory.registerFunction("locate", creator<FunctionLocate>(), CaseInsensitive);
    for (auto [count_name, count_kind] : {std::pair{"countSubstrings", FunctionSearch::Kind::CountSubstrings},
             std::pair{"countSubstringsCaseInsensitive", FunctionSearch::Kind::CountSubstringsCaseInsensitive},
             std::pair{"countSubstringsCaseInsensitiveUTF8", FunctionSearch::Kind::CountSubstringsCaseInsensitiveUTF8}})
        factory.registerFunction(count_name, creator<FunctionSearch>(std::string(count_name), count_kind));
    factory.registerFunction("startsWith", creator<FunctionSearch>(std::string("startsWith"), FunctionSearch::Kind::StartsWith));
    factory.registerFunction("endsWith", creator<FunctionSearch>(std::string("endsWith"), FunctionSearch::Kind::EndsWith));
    factory.registerFunction("startsWithUTF8", creator<FunctionSearch>(std::string("startsWithUTF8"), FunctionSearch::Kind::StartsWithUTF8));
    factory.registerFunction("endsWithUTF8", creator<FunctionSearch>(std::string("endsWithUTF8"), FunctionSearch::Kind::EndsWithUTF8));
    factory.registerFunction("trimLeft", creator<FunctionTrim>(std::string("trimLeft"), true, false));
    factory.registerFunction("trimRight", creator<FunctionTrim>(std::string("trimRight"), false, true));
    factory.registerFunction("trimBoth", creator<FunctionTrim>(std::string("trimBoth"), true, true));
    factory.registerAlias("ltrim", "trimLeft", CaseInsensitive);
    factory.registerAlias("rtrim", "trimRight", CaseInsensitive);
    factory.registerAlias("trim", "trimBoth", CaseInsensitive);
    factory.registerFunction("replaceOne", creator<FunctionReplace>(std::string("replaceOne"), false));
    factory.registerFunction("replaceAll", creator<FunctionReplace>(std::string("replaceAll"), true));
    factory.registerAlias("replace", "replaceAll", CaseInsensitive);
    factory.registerFunction("like", creator<FunctionMatch>(std::string("like"), true, false, false));
    factory.registerFunction("notLike", creator<FunctionMatch>(std::string("notLike"), true, false, true));
    factory.registerFunction("ilike", creator<FunctionMatch>(std::string("ilike"), true, true, false));
    factory.registerFunction("notILike", creator<FunctionMatch>(std::string("notILike"), true, true, true));
    factory.registerFunction("match", creator<FunctionMatch>(std::string("match"), false, false, false));
}
}
