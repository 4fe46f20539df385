// More string functions: hex/unhex, bin/unbin, repeat, substringUTF8, reverse, splitByChar,
// appendTrailingCharIfAbsent, regexpQuoteMeta, lowerUTF8/upperUTF8 and toLowCardinality. Like the base string functions they work on bytes,
// except substringUTF8 and the UTF8 case mappings, which work on code points.
#include <limits>

#include "columns/ColumnAggregateFunction.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnString.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/UnicodeCase.h"
#include "functions/registerFunctions.h"
#include "io/ReadHelpers.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeLowCardinality.h"

namespace datastore::functions
{
namespace
{
void checkString(const std::string & function, const ColumnWithTypeAndName & argument, size_t position)
{
    if (!isStringOrFixedString(*argument.type))
        throwIllegalType(function, *argument.type, position);
}

/// Row `row` of a column that may be constant.
std::string_view textAt(const IColumn & column, size_t row)
{
    return column.isConst() ? column.getDataAt(0) : column.getDataAt(row);
}

constexpr char hex_digits[] = "0123456789ABCDEF";

void appendHexByte(PodArray<char> & out, UInt8 byte)
{
    out.push_back(hex_digits[byte >> 4]);
    out.push_back(hex_digits[byte & 15]);
}

/// The eight bits of a byte, the highest first.
void appendBinByte(PodArray<char> & out, UInt8 byte)
{
    for (int bit = 7; bit >= 0; --bit)
        out.push_back(static_cast<char>('0' + ((byte >> bit) & 1)));
}

/// hex(x): strings byte by byte; integers, dates and Bool big-endian without leading zero bytes;
/// floats and Decimals as their bytes in memory (little-endian), IPv6 as its network-order bytes;
/// aggregate states as their serialized bytes. bin(x) writes the same bytes as eight bits each.
class FunctionHex final : public IFunction
{
public:
    explicit FunctionHex(bool binary_) : binary(binary_) {}
    std::string getName() const override { return binary ? "bin" : "hex"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        bool is_state = type == TypeIndex::AggregateFunction;
        if (!isStringOrFixedString(*arguments[0].type) && type != TypeIndex::IPv6 && type != TypeIndex::UUID && !is_state
            && !dispatchByStorage(type, [](auto) {}))
            throwIllegalType(getName(), *arguments[0].type, 1);
        if (type == TypeIndex::Enum8 || type == TypeIndex::Enum16 || type == TypeIndex::Date32)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), getName());
        if (type == TypeIndex::DateTime64)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Illegal column DateTime64 of argument of function {}", getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr input = arguments[0].column->convertToFullColumnIfConst();
        TypeIndex type = arguments[0].type->getTypeId();
        bool in_memory_order = isNativeFloat(type) || type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64
            || type == TypeIndex::Decimal128 || type == TypeIndex::IPv6;
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        const auto * states = input->as<ColumnAggregateFunction>();
        for (size_t row = 0; row < rows; ++row)
        {
            if (states)
            {
                for (char c : states->serializeStateToString(row))
                    appendByte(chars, static_cast<UInt8>(c));
                offsets.push_back(chars.size());
                continue;
            }
            std::string_view bytes = input->getDataAt(row);
            if (type == TypeIndex::UUID)
            {
                /// Two little-endian 64-bit halves, each printed from its top byte: the UUID's text.
                for (size_t half = 0; half < 16; half += 8)
                    for (size_t i = half + 8; i > half; --i)
                        appendByte(chars, static_cast<UInt8>(bytes[i - 1]));
            }
            else if (isStringOrFixedString(*arguments[0].type) || in_memory_order)
                for (char c : bytes)
                    appendByte(chars, static_cast<UInt8>(c));
            else
            {
                /// Stored little-endian: print from the most significant nonzero byte down.
                size_t top = bytes.size();
                while (top > 1 && bytes[top - 1] == 0)
                    --top;
                for (size_t i = top; i > 0; --i)
                    appendByte(chars, static_cast<UInt8>(bytes[i - 1]));
            }
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    void appendByte(PodArray<char> & out, UInt8 byte) const
    {
        if (binary)
            appendBinByte(out, byte);
        else
            appendHexByte(out, byte);
    }

    bool binary;
};

/// unhex(s): pairs of hex digits to bytes; an odd leading digit stands alone. As in ClickHouse,
/// a non-hex character counts as -1 instead of failing. unbin(s): groups of eight bits to bytes,
/// a short leading group standing alone; any character but '0' is a 1 bit.
class FunctionUnhex final : public IFunction
{
public:
    explicit FunctionUnhex(bool binary_) : binary(binary_) {}
    std::string getName() const override { return binary ? "unbin" : "unhex"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkString(getName(), arguments[0], 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        const size_t digits_per_byte = binary ? 8 : 2;
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view text = textAt(*arguments[0].column, row);
            size_t group = text.size() % digits_per_byte;
            if (group == 0)
                group = digits_per_byte;
            for (size_t i = 0; i < text.size(); i += group, group = digits_per_byte)
            {
                int byte = 0;
                for (size_t k = i; k < i + group; ++k)
                    byte = binary ? byte * 2 + (text[k] != '0') : byte * 16 + hexDigitValue(text[k]);
                chars.push_back(static_cast<char>(byte));
            }
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    bool binary;
};

/// repeat(s, n): s n times; n <= 0 gives ''. space(n) is repeat(' ', n).
class FunctionRepeat final : public IFunction
{
public:
    explicit FunctionRepeat(bool is_space_) : is_space(is_space_) {}
    std::string getName() const override { return is_space ? "space" : "repeat"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (is_space)
        {
            checkArgumentCount(getName(), arguments.size(), 1);
            if (!isNativeInteger(arguments[0].type->getTypeId()))
                throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 1, "n", "Integer", *arguments[0].type);
            return typeByName("String");
        }
        checkArgumentCount(getName(), arguments.size(), 2);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 1, "s", "String", *arguments[0].type);
        if (!isNativeInteger(arguments[1].type->getTypeId()))
            throwIllegalType(getName(), *arguments[1].type, 2);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        /// ClickHouse's fixed bound on the repeat count.
        static constexpr Int64 max_repeat = 1000000;
        const auto & count = arguments[is_space ? 0 : 1];
        auto times = numericOperand<Int64>(count.column, count.type->getTypeId());
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        for (size_t row = 0; row < rows; ++row)
        {
            Int64 n = times.is_const ? times.constant : times.data[row];
            if (n > max_repeat)
                throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "Too many times to repeat ({}), maximum is: {}", n, max_repeat);
            std::string_view text = is_space ? std::string_view(" ") : textAt(*arguments[0].column, row);
            for (Int64 i = 0; i < n; ++i)
                chars.insert(text.data(), text.data() + text.size());
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    bool is_space;
};

/// Byte offset of code point `index` (0-based) in s, or s.size() past the end.
size_t codePointOffset(std::string_view s, size_t index)
{
    size_t pos = 0;
    while (pos < s.size() && index > 0)
    {
        ++pos;
        while (pos < s.size() && (static_cast<UInt8>(s[pos]) & 0xC0) == 0x80)
            ++pos;
        --index;
    }
    return pos;
}

/// substringUTF8(s, offset[, length]): substring's rules counted in code points.
class FunctionSubstringUTF8 final : public IFunction
{
public:
    std::string getName() const override { return "substringUTF8"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        checkString(getName(), arguments[0], 1);
        for (size_t i = 1; i < arguments.size(); ++i)
            if (!isNativeInteger(arguments[i].type->getTypeId()))
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto offset_operand = numericOperand<Int64>(arguments[1].column, arguments[1].type->getTypeId());
        bool has_length = arguments.size() == 3;
        NumericOperand<Int64> length_operand;
        if (has_length)
            length_operand = numericOperand<Int64>(arguments[2].column, arguments[2].type->getTypeId());
        auto result = ColumnString::create();
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view s = textAt(*arguments[0].column, row);
            Int64 offset = offset_operand.is_const ? offset_operand.constant : offset_operand.data[row];
            if (offset == 0)
            {
                result->insertDefault();
                continue;
            }
            Int64 size = 0;
            for (char c : s)
                size += (static_cast<UInt8>(c) & 0xC0) != 0x80;
            /// Unlike the byte version, an offset before the start clamps first: a positive length
            /// then counts from the first code point and a negative one ends that much later.
            Int64 start = offset > 0 ? offset - 1 : std::max<Int64>(size + offset, 0);
            Int64 before_start = offset < 0 ? std::max<Int64>(-offset - size, 0) : 0;
            Int64 end = size;
            if (has_length)
            {
                Int64 length = length_operand.is_const ? length_operand.constant : length_operand.data[row];
                end = length >= 0 ? start + length : size + length + before_start;
            }
            start = std::clamp<Int64>(start, 0, size);
            end = std::clamp<Int64>(end, 0, size);
            if (end <= start)
            {
                result->insertDefault();
                continue;
            }
            size_t begin_byte = codePointOffset(s, static_cast<size_t>(start));
            size_t end_byte = begin_byte + codePointOffset(s.substr(begin_byte), static_cast<size_t>(end - start));
            result->insertData(s.substr(begin_byte, end_byte - begin_byte));
        }
        return result;
    }
};

/// reverse(s): the bytes in reverse order; reverse(array) is arrayReverse(array).
class FunctionReverse final : public IFunction
{
public:
    std::string getName() const override { return "reverse"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (arguments[0].type->getTypeId() == TypeIndex::Array)
        {
            array_reverse = FunctionFactory::instance().get("arrayReverse", FunctionContext {});
            return array_reverse->getReturnType(arguments);
        }
        checkString(getName(), arguments[0], 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (array_reverse)
            return array_reverse->execute(arguments, result_type, rows);
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view text = textAt(*arguments[0].column, row);
            for (size_t i = text.size(); i > 0; --i)
                chars.push_back(text[i - 1]);
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    /// Set when the argument is an array, while the call is resolved.
    mutable FunctionPtr array_reverse;
};

/// appendTrailingCharIfAbsent(s, c): s with the one-byte constant c appended unless s is empty
/// or already ends with it.
class FunctionAppendTrailingCharIfAbsent final : public IFunction
{
public:
    std::string getName() const override { return "appendTrailingCharIfAbsent"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 1, "s", "String", *arguments[0].type);
        if (arguments[1].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 2, "c", "String", *arguments[1].type);
        checkConstantArgument(getName(), arguments[1], 1);
        if (constantData(*arguments[1].column).getDataAt(0).size() != 1)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Second argument of function {} must be a one-character string", getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        char trailing = constantData(*arguments[1].column).getDataAt(0)[0];
        StringRows input(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, ColumnString::Chars & chars)
        {
            std::string_view text = input.at(row);
            chars.insert(text.data(), text.data() + text.size());
            if (!text.empty() && text.back() != trailing)
                chars.push_back(trailing);
        });
    }
};

/// regexpQuoteMeta(s): s with a backslash before each of NUL, \ | ( ) ^ $ . [ ] ? * + { : -, the
/// characters ClickHouse quotes, so that it matches itself as an RE2 pattern.
class FunctionRegexpQuoteMeta final : public IFunction
{
public:
    std::string getName() const override { return "regexpQuoteMeta"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of 1 argument of function {}. Must be String",
                            arguments[0].type->getName(), getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        static constexpr std::string_view quoted("\0\\|()^$.[]?*+{:-", 16);
        StringRows input(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, ColumnString::Chars & chars)
        {
            for (char c : input.at(row))
            {
                if (quoted.find(c) != std::string_view::npos)
                    chars.push_back('\\');
                chars.push_back(c);
            }
        });
    }
};

/// splitByChar(sep, s[, max_substrings]): the pieces of s between single-byte separators, empty
/// ones included; a positive max_substrings keeps only that many first pieces.
class FunctionSplitByChar final : public IFunction
{
public:
    std::string getName() const override { return "splitByChar"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        checkString(getName(), arguments[0], 1);
        if (arguments[1].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 2, "s", "String", *arguments[1].type);
        checkMaxSubstringsArgument(getName(), arguments, 2);
        if (arguments[0].column == nullptr || !arguments[0].column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Illegal column {} of first argument of function splitByChar. Must be constant string.",
                arguments[0].type->getName());
        separator(arguments[0]);
        return std::make_shared<DataTypeArray>(typeByName("String"));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        char sep = separator(arguments[0]);
        Int64 max_pieces = arguments.size() == 3 ? constantNumber<Int64>(constantData(*arguments[2].column), arguments[2].type->getTypeId()) : 0;
        size_t limit = max_pieces > 0 ? static_cast<size_t>(max_pieces) : std::numeric_limits<size_t>::max();
        auto pieces = ColumnString::create();
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view text = textAt(*arguments[1].column, row);
            size_t begin = 0;
            for (size_t count = 0; count < limit; ++count)
            {
                size_t end = text.find(sep, begin);
                pieces->insertData(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
                if (end == std::string_view::npos)
                    break;
                begin = end + 1;
            }
            offsets[row] = pieces->size();
        }
        return ColumnArray::create(std::move(pieces), std::move(offsets));
    }

private:
    static char separator(const ColumnWithTypeAndName & argument)
    {
        std::string_view sep = argument.column->getDataAt(0);
        if (sep.size() != 1)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Illegal separator for function splitByChar. Must be exactly one byte.");
        return sep[0];
    }
};

/// lowerUTF8, upperUTF8: case mapping per code point. Bytes that are not valid UTF-8 and
/// mappings that would change the encoded length are left as they are.
class FunctionCaseUTF8 final : public IFunction
{
public:
    explicit FunctionCaseUTF8(bool to_upper_) : to_upper(to_upper_) {}
    std::string getName() const override { return to_upper ? "upperUTF8" : "lowerUTF8"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkString(getName(), arguments[0], 1);
        if (arguments[0].type->getTypeId() == TypeIndex::FixedString)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Functions lowerUTF8 and upperUTF8 cannot work with FixedString argument");
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnString::create();
        for (size_t row = 0; row < rows; ++row)
            result->insertData(textAt(*arguments[0].column, row));
        auto & chars = result->getChars();
        size_t pos = 0;
        while (pos < chars.size())
        {
            auto byte = static_cast<UInt8>(chars[pos]);
            if (byte < 0x80)
            {
                if (to_upper ? (byte >= 'a' && byte <= 'z') : (byte >= 'A' && byte <= 'Z'))
                    chars[pos] = static_cast<char>(byte ^ 0x20);
                ++pos;
                continue;
            }
            /// Only two-byte sequences hold the mapped scripts (U+0080..U+07FF).
            if ((byte & 0xE0) == 0xC0 && pos + 1 < chars.size() && (static_cast<UInt8>(chars[pos + 1]) & 0xC0) == 0x80)
            {
                UInt32 code_point = ((byte & 0x1FU) << 6) | (static_cast<UInt8>(chars[pos + 1]) & 0x3FU);
                UInt32 mapped = to_upper ? toUpperCodePoint(code_point) : toLowerCodePoint(code_point);
                if (mapped >= 0x80 && mapped < 0x800)
                {
                    chars[pos] = static_cast<char>(0xC0 | (mapped >> 6));
                    chars[pos + 1] = static_cast<char>(0x80 | (mapped & 0x3F));
                }
                pos += 2;
                continue;
            }
            ++pos;
        }
        return result;
    }

private:
    bool to_upper;
};

/// toLowCardinality(x): x as LowCardinality(T); a LowCardinality argument passes through.
class FunctionToLowCardinality final : public IFunction
{
public:
    std::string getName() const override { return "toLowCardinality"; }
    bool useDefaultImplementationForNulls() const override { return false; }
    bool useDefaultImplementationForConstants() const override { return false; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (arguments[0].type->isLowCardinality())
            return arguments[0].type;
        return std::make_shared<DataTypeLowCardinality>(arguments[0].type);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t) const override
    {
        if (arguments[0].type->isLowCardinality())
            return arguments[0].column;
        return castColumn(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type, result_type);
    }
};
}

void registerFunctionsStringExtra(FunctionFactory & factory)
{
    factory.registerFunction("appendTrailingCharIfAbsent", makeCreator<FunctionAppendTrailingCharIfAbsent>());
    factory.registerFunction("regexpQuoteMeta", makeCreator<FunctionRegexpQuoteMeta>());
    factory.registerFunction("hex", makeCreator<FunctionHex>(false), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("unhex", makeCreator<FunctionUnhex>(false), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("bin", makeCreator<FunctionHex>(true), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("unbin", makeCreator<FunctionUnhex>(true), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("repeat", makeCreator<FunctionRepeat>(false), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("space", makeCreator<FunctionRepeat>(true), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("substringUTF8", makeCreator<FunctionSubstringUTF8>());
    factory.registerFunction("reverse", makeCreator<FunctionReverse>(), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("splitByChar", makeCreator<FunctionSplitByChar>());
    factory.registerFunction("toLowCardinality", makeCreator<FunctionToLowCardinality>());
    factory.registerFunction("lowerUTF8", makeCreator<FunctionCaseUTF8>(false));
    factory.registerFunction("upperUTF8", makeCreator<FunctionCaseUTF8>(true));
}
}
