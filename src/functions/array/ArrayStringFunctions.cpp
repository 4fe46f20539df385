// Functions between strings and arrays of strings: splitByString(sep, s[, max]) and
// splitByRegexp(re, s[, max]) cut a string into an Array(String) (an empty separator cuts
// into single bytes), arrayStringConcat(arr[, sep]) joins the elements' text, NULLs skipped.
#include "columns/ColumnArray.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/Regexps.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
void checkConstantString(const std::string & function, const ColumnWithTypeAndName & argument, const char * position, const char * name)
{
    if (argument.type->getTypeId() != TypeIndex::String)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                        "A value of illegal type was provided as {} argument '{}' to function '{}'. Expected: const String, got: {}", position,
                        name, function, argument.type->getName());
    if (!argument.column || !argument.column->isConst())
        throw Exception(ErrorCodes::ILLEGAL_COLUMN,
                        "A value of illegal type was provided as {} argument '{}' to function '{}'. Expected: const String, got: {}", position,
                        name, function, argument.type->getName());
}

/// splitByString and splitByRegexp: both keep empty pieces around separators at either end.
class FunctionSplit final : public IFunction
{
public:
    explicit FunctionSplit(bool is_regexp_) : is_regexp(is_regexp_) {}
    std::string getName() const override { return is_regexp ? "splitByRegexp" : "splitByString"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        checkConstantString(getName(), arguments[0], "1st", "separator");
        if (arguments[1].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "A value of illegal type was provided as 2nd argument 's' to function '{}'. Expected: String, got: {}", getName(),
                            arguments[1].type->getName());
        checkMaxSubstringsArgument(getName(), arguments, 2);
        if (is_regexp)
            compileRegexp(std::string(constantData(*arguments[0].column).getDataAt(0)));
        return typeByName("Array(String)");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string separator(constantData(*arguments[0].column).getDataAt(0));
        Int64 max_pieces = arguments.size() == 3 ? constantNumber<Int64>(constantData(*arguments[2].column), arguments[2].type->getTypeId()) : 0;
        std::unique_ptr<RE2> regexp;
        if (is_regexp && !separator.empty())
            regexp = compileRegexp(separator);
        ColumnPtr holder = arguments[1].column->convertToFullColumnIfConst();
        const auto & strings = holder->assertCast<ColumnString>();
        auto pieces = ColumnString::create();
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view s = strings.getDataAt(row);
            size_t start_size = pieces->size();
            auto add = [&](std::string_view piece) {
                if (max_pieces <= 0 || pieces->size() - start_size < static_cast<size_t>(max_pieces))
                    pieces->insertData(piece);
            };
            if (separator.empty())
                for (size_t i = 0; i < s.size(); ++i)
                    add(s.substr(i, 1));
            else if (regexp)
                splitByRegexp(s, *regexp, add);
            else
                splitByString(s, separator, add);
            offsets[row] = pieces->size();
        }
        return ColumnArray::create(std::move(pieces), std::move(offsets));
    }

private:
    template <typename Add>
    static void splitByString(std::string_view s, std::string_view separator, Add & add)
    {
        size_t pos = 0;
        while (true)
        {
            size_t found = s.find(separator, pos);
            if (found == std::string_view::npos)
            {
                add(s.substr(pos));
                return;
            }
            add(s.substr(pos, found - pos));
            pos = found + separator.size();
        }
    }

    /// A piece ends where the next match starts; an empty match or none ends the string.
    template <typename Add>
    static void splitByRegexp(std::string_view s, const RE2 & regexp, Add & add)
    {
        re2::StringPiece input(s.data(), s.size());
        re2::StringPiece match;
        size_t pos = 0;
        while (true)
        {
            if (!regexp.Match(input, pos, s.size(), RE2::UNANCHORED, &match, 1) || match.empty())
            {
                add(s.substr(pos));
                return;
            }
            size_t match_start = static_cast<size_t>(match.data() - s.data());
            add(s.substr(pos, match_start - pos));
            pos = match_start + match.size();
        }
    }

    bool is_regexp;
};

class FunctionArrayStringConcat final : public IFunction
{
public:
    std::string getName() const override { return "arrayStringConcat"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 1, 2);
        if (!arguments[0].type->as<DataTypeArray>())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "A value of illegal type was provided as 1st argument 'arr' to function '{}'. Expected: Array, got: {}", getName(),
                            arguments[0].type->getName());
        if (arguments.size() == 2)
            checkConstantString(getName(), arguments[1], "2nd", "separator");
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string_view separator = arguments.size() == 2 ? constantData(*arguments[1].column).getDataAt(0) : std::string_view();
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        DataTypePtr element_type = arguments[0].type->as<DataTypeArray>()->getNestedType();
        ColumnPtr elements = array.getDataPtr()->convertToFullColumnIfLowCardinality();
        const PodArray<UInt8> * nulls = nullptr;
        if (const auto * nullable = elements->as<ColumnNullable>())
        {
            nulls = &nullable->getNullMapData();
            elements = nullable->getNestedColumnPtr();
        }
        DataTypePtr plain_type = removeNullable(removeLowCardinality(element_type));
        ColumnPtr texts_holder = castColumn(elements, plain_type, typeByName("String"));
        const auto & texts = texts_holder->assertCast<ColumnString>();
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        for (size_t row = 0; row < rows; ++row)
        {
            bool first = true;
            for (UInt64 i = array.offsetAt(row); i < array.getOffsets()[row]; ++i)
            {
                if (nulls && (*nulls)[i])
                    continue;
                if (!first)
                    chars.insert(separator.data(), separator.data() + separator.size());
                std::string_view text = texts.getDataAt(i);
                chars.insert(text.data(), text.data() + text.size());
                first = false;
            }
            result->getOffsets().push_back(chars.size());
        }
        return result;
    }
};
}

void registerFunctionsArrayStrings(FunctionFactory & factory)
{
    factory.registerFunction("splitByString", makeCreator<FunctionSplit>(false));
    factory.registerFunction("splitByRegexp", makeCreator<FunctionSplit>(true));
    factory.registerFunction("arrayStringConcat", makeCreator<FunctionArrayStringConcat>());
}
}
