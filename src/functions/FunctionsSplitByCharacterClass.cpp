// splitByWhitespace(s[, max_substrings]) and splitByNonAlpha(s[, max_substrings]): the runs of
// bytes between separators of a class (ASCII whitespace; or ASCII whitespace and punctuation),
// empty runs dropped. A positive constant max_substrings keeps only that many first pieces.
#include <limits>

#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// ASCII whitespace and punctuation, as ClickHouse: control bytes and non-ASCII bytes stay in words.
bool isNonAlpha(char c)
{
    auto byte = static_cast<UInt8>(c);
    bool is_punctuation = (byte >= '!' && byte <= '/') || (byte >= ':' && byte <= '@') || (byte >= '[' && byte <= '`') || (byte >= '{' && byte <= '~');
    return is_punctuation || isWhitespace(c);
}

class FunctionSplitByCharacterClass final : public IFunction
{
public:
    using IsSeparator = bool (*)(char);
    FunctionSplitByCharacterClass(std::string name_, IsSeparator is_separator_) : name(std::move(name_)), is_separator(is_separator_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkMandatoryAndOptionalArguments(name, arguments.size(), 1, 1);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, 1, "s", "String", *arguments[0].type);
        checkMaxSubstringsArgument(name, arguments, 1);
        return std::make_shared<DataTypeArray>(typeByName("String"));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Int64 max_pieces = arguments.size() == 2 ? constantNumber<Int64>(constantData(*arguments[1].column), arguments[1].type->getTypeId()) : 0;
        size_t limit = max_pieces > 0 ? static_cast<size_t>(max_pieces) : std::numeric_limits<size_t>::max();
        StringRows strings(*arguments[0].column);
        auto pieces = ColumnString::create();
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view s = strings.at(row);
            size_t i = 0;
            for (size_t count = 0; count < limit; ++count)
            {
                while (i < s.size() && is_separator(s[i]))
                    ++i;
                if (i == s.size())
                    break;
                size_t begin = i;
                while (i < s.size() && !is_separator(s[i]))
                    ++i;
                pieces->insertData(s.substr(begin, i - begin));
            }
            offsets[row] = pieces->size();
        }
        return ColumnArray::create(std::move(pieces), std::move(offsets));
    }

private:
    std::string name;
    IsSeparator is_separator;
};
}

void registerFunctionsSplitByCharacterClass(FunctionFactory & factory)
{
    factory.registerFunction("splitByWhitespace", makeCreator<FunctionSplitByCharacterClass>(std::string("splitByWhitespace"), &isWhitespace));
    factory.registerFunction("splitByNonAlpha", makeCreator<FunctionSplitByCharacterClass>(std::string("splitByNonAlpha"), &isNonAlpha));
}
}
