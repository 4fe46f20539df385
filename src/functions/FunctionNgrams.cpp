// ngrams(s, N): every run of N consecutive code points of s, in order (invalid bytes count as a
// code point each); a string shorter than N has none.
#include "columns/ColumnArray.h"
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/UTF8Steps.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
class FunctionNgrams final : public IFunction
{
public:
    std::string getName() const override { return "ngrams"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 1, "s", "String or FixedString", *arguments[0].type);
        bool is_unsigned = isUnsignedInteger(*arguments[1].type);
        if (!is_unsigned || !arguments[1].column || !arguments[1].column->isConst())
            throwIllegalArgument(
                is_unsigned ? ErrorCodes::ILLEGAL_COLUMN : ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 2, "N", "const UInt8/16/32/64",
                *arguments[1].type);
        if (ngramLength(arguments) < 1)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Incorrect parameter of tokenizer 'ngrams': ngram length must be at least 1, but got 0");
        return std::make_shared<DataTypeArray>(typeByName("String"));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        size_t length = ngramLength(arguments);
        ColumnPtr input = arguments[0].column->convertToFullColumnIfConst();
        auto pieces = ColumnString::create();
        ColumnArray::Offsets offsets;
        offsets.reserve(rows);
        std::vector<size_t> starts;
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view s = input->getDataAt(row);
            starts.clear();
            for (size_t i = 0; i < s.size(); ++i)
                if (!isUTF8Continuation(s[i]))
                    starts.push_back(i);
            starts.push_back(s.size());
            for (size_t first = 0; first + length < starts.size(); ++first)
                pieces->insertData(s.substr(starts[first], starts[first + length] - starts[first]));
            offsets.push_back(pieces->size());
        }
        return ColumnArray::create(std::move(pieces), std::move(offsets));
    }

private:
    static UInt64 ngramLength(const ColumnsWithTypeAndName & arguments)
    {
        return constantNumber<UInt64>(constantData(*arguments[1].column), arguments[1].type->getTypeId());
    }
};
}

void registerFunctionNgrams(FunctionFactory & factory)
{
    factory.registerFunction("ngrams", makeCreator<FunctionNgrams>());
}
}
