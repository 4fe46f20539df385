// multiMatchAny(haystack, [pattern, ...]) and multiMatchAnyIndex: whether some regular
// expression of the constant array matches the haystack, and the (1-based) index of one that
// does, 0 for none, as ClickHouse's.
// Insights' paths query groups events with multiMatchAnyIndex(event, groupings).
#include <vector>

#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/Regexps.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
class FunctionMultiMatch final : public IFunction
{
public:
    FunctionMultiMatch(std::string name_, bool returns_index_) : name(std::move(name_)), returns_index(returns_index_) {}

    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return { 1 }; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalType(getName(), *arguments[0].type, 1);
        const auto * array = dynamic_cast<const DataTypeArray *>(arguments[1].type.get());
        if (!array || array->getNestedType()->getTypeId() != TypeIndex::String)
            throwIllegalType(getName(), *arguments[1].type, 2);
        return typeByName(returns_index ? "UInt64" : "UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        checkConstantArgument(getName(), arguments[1], 1);
        std::vector<std::unique_ptr<RE2>> patterns;
        Field array = constantData(*arguments[1].column)[0];
        for (const auto & pattern : array.get<Array>())
            patterns.push_back(compileMultiMatchPattern(pattern.get<std::string>()));
        ColumnPtr haystack = arguments[0].column->convertToFullColumnIfConst();
        const auto & strings = static_cast<const ColumnString &>(*haystack);
        const char * chars = strings.getChars().data();
        const auto & offsets = strings.getOffsets();
        /// The index of the pattern whose first match ends earliest (the first of those ending
        /// together): ClickHouse's matcher reports matches in the order they end and takes the
        /// first reported, so it agrees wherever one match ends first.
        auto first_match = [&](re2::StringPiece text) -> UInt64
        {
            UInt64 found = 0;
            size_t found_end = 0;
            re2::StringPiece match;
            for (size_t i = 0; i < patterns.size(); ++i)
            {
                if (!patterns[i]->Match(text, 0, text.size(), RE2::UNANCHORED, &match, 1))
                    continue;
                size_t end = static_cast<size_t>(match.data() - text.data()) + match.size();
                if (!found || end < found_end)
                {
                    found = i + 1;
                    found_end = end;
                }
            }
            return found;
        };
        if (returns_index)
        {
            auto result = ColumnUInt64::create(rows);
            auto & out = result->getData();
            UInt64 previous = 0;
            for (size_t row = 0; row < rows; ++row)
            {
                out[row] = first_match(re2::StringPiece(chars + previous, offsets[row] - previous));
                previous = offsets[row];
            }
            return result;
        }
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        UInt64 previous = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            out[row] = first_match(re2::StringPiece(chars + previous, offsets[row] - previous)) != 0;
            previous = offsets[row];
        }
        return result;
    }

private:
    std::string name;
    bool returns_index;
};
}

void registerFunctionMultiMatch(FunctionFactory & factory)
{
    factory.registerFunction("multiMatchAny", makeCreator<FunctionMultiMatch>(std::string("multiMatchAny"), false));
    factory.registerFunction("multiMatchAnyIndex", makeCreator<FunctionMultiMatch>(std::string("multiMatchAnyIndex"), true));
}
}
