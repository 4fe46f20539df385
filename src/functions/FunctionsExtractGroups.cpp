// The capturing groups of a regular expression: extractGroups(haystack, re) gives the groups of
// the first match; extractAllGroupsVertical (alias extractAllGroups) one array of groups per
// match, extractAllGroupsHorizontal one array per group holding its text in every match. As in
// ClickHouse, matches are sought up to the end of the haystack (an empty one moves a byte on,
// none is taken at the very end) and a group that took no part reads as ''.
#include "columns/ColumnArray.h"
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/Regexps.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
enum class GroupsLayout
{
    FirstMatch,
    Vertical,
    Horizontal,
};

class FunctionExtractGroups final : public IFunction
{
public:
    FunctionExtractGroups(std::string name_, GroupsLayout layout_) : name(std::move(name_)), layout(layout_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        if (!isStringOrFixedString(*arguments[0].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "A value of illegal type was provided as 1st argument 'haystack' to function '{}'. Expected: const String or "
                            "const FixedString, got: {}", name, arguments[0].type->getName());
        if (!isStringOrFixedString(*arguments[1].type) || !arguments[1].column || !arguments[1].column->isConst())
            throw Exception(isStringOrFixedString(*arguments[1].type) ? ErrorCodes::ILLEGAL_COLUMN : ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "A value of illegal type was provided as 2nd argument 'needle' to function '{}'. Expected: const String or "
                            "const FixedString, got: {}", name, arguments[1].type->getName());
        compile(arguments[1]);
        auto strings = std::make_shared<DataTypeArray>(typeByName("String"));
        return layout == GroupsLayout::FirstMatch ? strings : std::make_shared<DataTypeArray>(strings);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::unique_ptr<RE2> regexp = compile(arguments[1]);
        const int groups = regexp->NumberOfCapturingGroups();
        std::vector<re2::StringPiece> matches(groups + 1);
        auto strings = ColumnString::create();
        /// Horizontal: the matches' groups are gathered per group, then written group by group.
        std::vector<std::vector<std::string_view>> by_group(layout == GroupsLayout::Horizontal ? groups : 0);
        ColumnArray::Offsets inner_offsets;
        ColumnArray::Offsets outer_offsets(rows);
        ColumnPtr haystacks = arguments[0].column->convertToFullColumnIfConst();
        auto insert_group = [&](int group)
        {
            const auto & piece = matches[group];
            strings->insertData(piece.data() ? std::string_view(piece.data(), piece.size()) : std::string_view());
        };
        forEachValueBytes(
            *haystacks,
            [&](size_t row, const char * data, size_t size)
            {
                re2::StringPiece input(data, size);
                size_t position = 0;
                while (position < size && regexp->Match(input, position, size, RE2::UNANCHORED, matches.data(), groups + 1))
                {
                    for (int group = 1; group <= groups; ++group)
                    {
                        if (layout == GroupsLayout::Horizontal)
                        {
                            const auto & piece = matches[group];
                            by_group[group - 1].push_back(piece.data() ? std::string_view(piece.data(), piece.size()) : std::string_view());
                        }
                        else
                            insert_group(group);
                    }
                    if (layout == GroupsLayout::Vertical)
                        inner_offsets.push_back(strings->size());
                    if (layout == GroupsLayout::FirstMatch)
                        break;
                    size_t end = static_cast<size_t>(matches[0].data() - data) + matches[0].size();
                    position = matches[0].empty() ? end + 1 : end;
                }
                if (layout == GroupsLayout::Horizontal)
                    for (auto & texts : by_group)
                    {
                        for (std::string_view text : texts)
                            strings->insertData(text);
                        texts.clear();
                        inner_offsets.push_back(strings->size());
                    }
                outer_offsets[row] = layout == GroupsLayout::FirstMatch ? strings->size() : inner_offsets.size();
            });
        if (layout == GroupsLayout::FirstMatch)
            return ColumnArray::create(std::move(strings), std::move(outer_offsets));
        auto inner = ColumnArray::create(std::move(strings), std::move(inner_offsets));
        return ColumnArray::create(std::move(inner), std::move(outer_offsets));
    }

private:
    std::unique_ptr<RE2> compile(const ColumnWithTypeAndName & pattern) const
    {
        std::string text(pattern.column->getDataAt(0));
        auto regexp = compileRegexp(text);
        if (regexp->NumberOfCapturingGroups() == 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "There are no groups in regexp: {}", text);
        return regexp;
    }

    std::string name;
    GroupsLayout layout;
};
}

void registerFunctionsExtractGroups(FunctionFactory & factory)
{
    const std::pair<const char *, GroupsLayout> functions[] = {
        {"extractGroups", GroupsLayout::FirstMatch},
        {"extractAllGroupsVertical", GroupsLayout::Vertical},
        {"extractAllGroupsHorizontal", GroupsLayout::Horizontal},
    };
    for (const auto & [name, layout] : functions)
        factory.registerFunction(
            name, [name, layout](const FunctionContext &) { return std::make_shared<FunctionExtractGroups>(name, layout); });
    factory.registerAlias("extractAllGroups", "extractAllGroupsVertical");
}
}
