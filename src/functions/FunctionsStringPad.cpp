// leftPad/rightPad(s, length[, pad = ' ']) and their UTF-8 forms: s cut or padded to `length`
// bytes (code points for the UTF-8 forms) by repeating `pad` on the left or the right.
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/UTF8Steps.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
class FunctionPad final : public IFunction
{
public:
    FunctionPad(std::string name_, bool is_left_, bool is_utf8_) : name(std::move(name_)), is_left(is_left_), is_utf8(is_utf8_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 2, 3);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalType(name, *arguments[0].type, 1);
        if (!isNativeInteger(arguments[1].type->getTypeId()))
            throwIllegalType(name, *arguments[1].type, 2);
        /// The pad string is a constant String, as in ClickHouse.
        if (arguments.size() == 3)
        {
            bool is_string = arguments[2].type->getTypeId() == TypeIndex::String;
            if (!is_string || !arguments[2].column || !arguments[2].column->isConst())
                throwIllegalArgument(
                    is_string ? ErrorCodes::ILLEGAL_COLUMN : ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 3, "pad_string", "String",
                    *arguments[2].type);
        }
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr strings = arguments[0].column->convertToFullColumnIfConst();
        auto lengths = numericOperand<Int64>(arguments[1].column, arguments[1].type->getTypeId());
        ColumnPtr pads = arguments.size() == 3 ? arguments[2].column->convertToFullColumnIfConst() : nullptr;
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        offsets.reserve(rows);
        for (size_t i = 0; i < rows; ++i)
        {
            Int64 length = lengths.is_const ? lengths.constant : lengths.data[i];
            if (length < 0)
                throw Exception(ErrorCodes::INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE, "New padded length ({}) is negative", length);
            if (length > (Int64{1} << 30))
                throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "New padded length ({}) is too big, maximum is: {}", length, Int64{1} << 30);
            std::string_view value = strings->getDataAt(i);
            /// An empty pad string pads with spaces, as no pad string does.
            std::string_view pad = pads && pads->getDataAt(i).size() ? pads->getDataAt(i) : std::string_view(" ");
            padInto(chars, value, static_cast<size_t>(length), pad);
            offsets.push_back(chars.size());
        }
        return result;
    }

private:
    /// Appends the row to the column's bytes: the value cut to `length`, or padded up to it.
    void padInto(ColumnString::Chars & chars, std::string_view value, size_t length, std::string_view pad) const
    {
        auto append = [&](std::string_view piece) { chars.insert(piece.data(), piece.data() + piece.size()); };
        size_t have = is_utf8 ? utf8Length(value) : value.size();
        if (have >= length)
        {
            append(value.substr(0, is_utf8 ? utf8Prefix(value, length) : std::min(length, value.size())));
            return;
        }
        if (!is_left)
            append(value);
        size_t missing = length - have;
        size_t pad_units = is_utf8 ? utf8Length(pad) : pad.size();
        for (size_t whole = missing / pad_units; whole > 0; --whole)
            append(pad);
        append(pad.substr(0, is_utf8 ? utf8Prefix(pad, missing % pad_units) : missing % pad_units));
        if (is_left)
            append(value);
    }

    std::string name;
    bool is_left;
    bool is_utf8;
};
}

void registerFunctionsStringPad(FunctionFactory & factory)
{
    using enum FunctionFactory::CaseSensitiveness;
    factory.registerFunction("leftPad", makeCreator<FunctionPad>(std::string("leftPad"), true, false), CaseInsensitive);
    factory.registerFunction("rightPad", makeCreator<FunctionPad>(std::string("rightPad"), false, false), CaseInsensitive);
    factory.registerFunction("leftPadUTF8", makeCreator<FunctionPad>(std::string("leftPadUTF8"), true, true));
    factory.registerFunction("rightPadUTF8", makeCreator<FunctionPad>(std::string("rightPadUTF8"), false, true));
    factory.registerAlias("lpad", "leftPad", CaseInsensitive);
    factory.registerAlias("rpad", "rightPad", CaseInsensitive);
}
}
