// Functions over the characters of a string: reverseUTF8(s) reverses the order of code points
// (each keeps its bytes), ascii(s) is the first byte's value (0 for ''), char(n, ...) the string
// of the bytes n, ... (each taken modulo 256, a float truncated first).
#include "columns/ColumnFixedString.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
/// Bytes of the sequence a lead byte starts, as ClickHouse counts them: a stray continuation
/// byte or an invalid lead stands alone.
size_t sequenceLength(UInt8 lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return lead < 0xF8 ? 4 : 1;
}

class FunctionReverseUTF8 final : public IFunction
{
public:
    std::string getName() const override { return "reverseUTF8"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (arguments[0].type->getTypeId() == TypeIndex::FixedString)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Cannot apply function reverseUTF8 to fixed string");
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalType(getName(), *arguments[0].type, 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringRows strings(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, auto & chars)
        {
            std::string_view s = strings.at(row);
            size_t end = chars.size() + s.size();
            chars.resize(end);
            /// Each sequence is copied whole to the mirrored place from the end.
            for (size_t i = 0; i < s.size();)
            {
                size_t length = std::min(sequenceLength(static_cast<UInt8>(s[i])), s.size() - i);
                end -= length;
                std::copy(s.data() + i, s.data() + i + length, chars.data() + end);
                i += length;
            }
        });
    }
};

class FunctionAscii final : public IFunction
{
public:
    std::string getName() const override { return "ascii"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (!isStringOrFixedString(*arguments[0].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function ascii", arguments[0].type->getName());
        return typeByName("Int32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnInt32::create(rows);
        auto & out = result->getData();
        const IColumn & column = *arguments[0].column;
        if (column.isConst() || column.as<ColumnString>())
        {
            StringRows strings(column);
            for (size_t row = 0; row < rows; ++row)
            {
                std::string_view s = strings.at(row);
                out[row] = s.empty() ? 0 : static_cast<UInt8>(s[0]);
            }
            return result;
        }
        /// FixedString: every value has at least one byte.
        const auto & fixed = column.assertCast<ColumnFixedString>();
        const size_t width = fixed.getN();
        const auto & chars = fixed.getChars();
        for (size_t row = 0; row < rows; ++row)
            out[row] = static_cast<UInt8>(chars[row * width]);
        return result;
    }
};

class FunctionChar final : public IFunction
{
public:
    std::string getName() const override { return "char"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Number of arguments for function char can't be 0, should be at least 1");
        for (const auto & argument : arguments)
        {
            TypeIndex type = argument.type->getTypeId();
            if (!isNativeInteger(type) && !isNativeFloat(type))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function char, must be Int, UInt or Float number",
                                argument.type->getName());
        }
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::vector<NumericOperand<Int64>> bytes;
        for (const auto & argument : arguments)
            bytes.push_back(numericOperand<Int64>(argument.column, argument.type->getTypeId()));
        return buildStringColumn(rows, [&](size_t row, ColumnString::Chars & chars)
        {
            for (const auto & byte : bytes)
                chars.push_back(static_cast<char>(byte.is_const ? byte.constant : byte.data[row]));
        });
    }
};
}

void registerFunctionsStringCharacters(FunctionFactory & factory)
{
    factory.registerFunction("char", makeCreator<FunctionChar>(), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("reverseUTF8", makeCreator<FunctionReverseUTF8>());
    factory.registerFunction("ascii", makeCreator<FunctionAscii>(), FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
