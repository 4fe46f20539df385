// multiSearchAny(haystack, [needle, ...]): 1 when some needle of the constant array occurs in
// the haystack as a substring (an empty needle occurs everywhere), as ClickHouse's.
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

#include <algorithm>

namespace datastore::functions
{
namespace
{
class FunctionMultiSearchAny final : public IFunction
{
public:
    std::string getName() const override { return "multiSearchAny"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return { 1 }; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), getName());
        const auto * array = dynamic_cast<const DataTypeArray *>(arguments[1].type.get());
        if (!array || array->getNestedType()->getTypeId() != TypeIndex::String)
            throwIllegalType(getName(), *arguments[1].type, 2);
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        checkConstantArgument(getName(), arguments[1], 1);
        std::vector<std::string> needles;
        for (const auto & needle : constantData(*arguments[1].column)[0].get<Array>())
            needles.push_back(needle.get<std::string>());
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        auto matches = [&](std::string_view text)
        {
            return std::any_of(needles.begin(), needles.end(), [&](const std::string & needle) { return text.find(needle) != std::string_view::npos; });
        };
        ColumnPtr haystack = arguments[0].column->convertToFullColumnIfConst();
        const auto & strings = static_cast<const ColumnString &>(*haystack);
        const char * chars = strings.getChars().data();
        const auto & offsets = strings.getOffsets();
        UInt64 previous = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            out[row] = matches(std::string_view(chars + previous, offsets[row] - previous));
            previous = offsets[row];
        }
        return result;
    }
};
}

void registerFunctionMultiSearchAny(FunctionFactory & factory)
{
    factory.registerFunction("multiSearchAny", makeCreator<FunctionMultiSearchAny>());
}
}
