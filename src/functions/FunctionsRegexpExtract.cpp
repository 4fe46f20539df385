// extract(haystack, pattern) and extractAll(haystack, pattern) with RE2, as ClickHouse: the
// first capturing group of the (first, or every) match, or the whole match when the pattern
// has no group; no match gives '' and []. extractAll stops at the first empty match. The
// pattern is a constant, compiled once.
#include <re2/re2.h>

#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
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
        RE2::Options options;
        options.set_log_errors(false);
        options.set_dot_nl(true);
        auto regexp = std::make_shared<const RE2>(pattern, options);
        if (!regexp->ok())
            throw Exception(
                ErrorCodes::CANNOT_COMPILE_REGEXP, "OptimizedRegularExpression: cannot compile re2: {}, error: {}", pattern, regexp->error());
        compiled = regexp;
        return regexp;
    }

    bool is_all;
    /// Compiled when the function is resolved; execute() only reads it.
    mutable std::shared_ptr<const RE2> compiled;
};
}

void registerFunctionsRegexpExtract(FunctionFactory & factory)
{
    factory.registerFunction("extract", makeCreator<FunctionExtract>(false));
    factory.registerFunction("extractAll", makeCreator<FunctionExtract>(true));
}
}
