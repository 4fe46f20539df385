// extract(haystack, pattern) and extractAll(haystack, pattern) with RE2, as ClickHouse: the
// first capturing group of the (first, or every) match, or the whole match when the pattern
// has no group; no match gives '' and []. extractAll stops at the first empty match. The
// pattern is a constant, compiled once. regexpExtract(haystack, pattern[, index]) takes any group.
#include <re2/re2.h>

#include <optional>

#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
/// dot_nl as ClickHouse's regular expressions; a bad pattern fails as CANNOT_COMPILE_REGEXP.
std::shared_ptr<const RE2> compileRegexp(const std::string & pattern)
{
    RE2::Options options;
    options.set_log_errors(false);
    options.set_dot_nl(true);
    auto regexp = std::make_shared<const RE2>(pattern, options);
    if (!regexp->ok())
        throw Exception(
            ErrorCodes::CANNOT_COMPILE_REGEXP, "OptimizedRegularExpression: cannot compile re2: {}, error: {}", pattern, regexp->error());
    return regexp;
}

class FunctionExtract final : public IFunction
{
public:
    explicit FunctionExtract(bool is_all_) : is_all(is_all_) {}
    std::string getName() const override { return is_all ? "extractAll" : "extract"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        for (size_t i = 0; i < 2; ++i)
            if (!isStringOrFixedString(*arguments[i].type))
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        checkConstantArgument(getName(), arguments[1], 1);
        compile(std::string(arguments[1].column->getDataAt(0)));
        auto string = typeByName("String");
        return is_all ? std::make_shared<DataTypeArray>(string) : string;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string pattern(arguments[1].column->getDataAt(0));
        std::shared_ptr<const RE2> regexp = compiled && compiled->pattern() == pattern ? compiled : compile(pattern);
        /// Group 1 when the pattern has one, else the whole match (group 0).
        const int wanted = regexp->NumberOfCapturingGroups() > 0 ? 1 : 0;
        std::vector<re2::StringPiece> groups(wanted + 1);
        auto strings = ColumnString::create();
        ColumnArray::Offsets offsets(is_all ? rows : 0);
        ColumnPtr haystacks = arguments[0].column->convertToFullColumnIfConst();
        forEachValueBytes(
            *haystacks,
            [&](size_t row, const char * data, size_t size)
            {
                re2::StringPiece input(data, size);
                size_t position = 0;
                size_t found = 0;
                while ((position < size || (!is_all && position == 0)) && regexp->Match(input, position, size, RE2::UNANCHORED, groups.data(), wanted + 1))
                {
                    /// As ClickHouse, extractAll ends at the first empty match.
                    if (is_all && groups[0].empty())
                        break;
                    strings->insertData(groups[wanted].data() ? std::string_view(groups[wanted].data(), groups[wanted].size()) : std::string_view());
                    ++found;
                    if (!is_all)
                        break;
                    position = static_cast<size_t>(groups[0].data() - data) + groups[0].size();
                }
                if (!is_all && found == 0)
                    strings->insertDefault();
                if (is_all)
                    offsets[row] = strings->size();
            });
        if (!is_all)
            return strings;
        return ColumnArray::create(std::move(strings), std::move(offsets));
    }

private:
    std::shared_ptr<const RE2> compile(const std::string & pattern) const
    {
        compiled = compileRegexp(pattern);
        return compiled;
    }

    bool is_all;
    /// Compiled when the function is resolved; execute() only reads it.
    mutable std::shared_ptr<const RE2> compiled;
};

/// regexpExtract(haystack, pattern[, index]): group `index` of the first match (0 is the whole
/// match; without an index, group 1, or the whole match when the pattern has no group), '' when
/// nothing matches or the group took no part. An index outside the pattern's groups fails.
class FunctionRegexpExtract final : public IFunction
{
public:
    std::string getName() const override { return "regexpExtract"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkMandatoryAndOptionalArguments(getName(), arguments.size(), 2, 1);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 1, "haystack", "String", *arguments[0].type);
        checkConstantStringArgument(getName(), arguments, 1, 2, "pattern");
        if (arguments.size() == 3 && !isNativeInteger(arguments[2].type->getTypeId()))
            throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, getName(), 3, "index", "Integer", *arguments[2].type);
        compiled = compileRegexp(std::string(arguments[1].column->getDataAt(0)));
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string pattern(arguments[1].column->getDataAt(0));
        std::shared_ptr<const RE2> regexp = compiled && compiled->pattern() == pattern ? compiled : compileRegexp(pattern);
        const int groups = regexp->NumberOfCapturingGroups();
        std::optional<NumericOperand<Int64>> indexes;
        if (arguments.size() == 3)
            indexes = numericOperand<Int64>(arguments[2].column, arguments[2].type->getTypeId());
        std::vector<re2::StringPiece> matches(groups + 1);
        StringRows haystacks(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, auto & chars)
        {
            Int64 index = !indexes ? (groups > 0 ? 1 : 0) : indexes->is_const ? indexes->constant : indexes->data[row];
            if (index < 0 || index > groups)
                throw Exception(ErrorCodes::INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE,
                    "Index value {} for regexp pattern `{}` in function regexpExtract is out-of-range, should be in [0, {})", index, pattern,
                    groups + 1);
            std::string_view haystack = haystacks.at(row);
            re2::StringPiece input(haystack.data(), haystack.size());
            if (!regexp->Match(input, 0, haystack.size(), RE2::UNANCHORED, matches.data(), static_cast<int>(index) + 1))
                return;
            const auto & group = matches[static_cast<size_t>(index)];
            if (group.data())
                chars.insert(group.data(), group.data() + group.size());
        });
    }

private:
    /// Compiled when the function is resolved; execute() only reads it.
    mutable std::shared_ptr<const RE2> compiled;
};
}

void registerFunctionsRegexpExtract(FunctionFactory & factory)
{
    factory.registerFunction("extract", makeCreator<FunctionExtract>(false));
    factory.registerFunction("extractAll", makeCreator<FunctionExtract>(true));
    factory.registerFunction("regexpExtract", makeCreator<FunctionRegexpExtract>(), FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerAlias("REGEXP_EXTRACT", "regexpExtract", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
