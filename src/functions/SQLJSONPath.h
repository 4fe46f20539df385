// The JSONPath of JSON_VALUE, JSON_QUERY and JSON_EXISTS, as ClickHouse reads it: '$' followed
// by member steps (.name, ."quoted", ["quoted"]) and array steps ([*], [i], [i, j], [i to j]).
// Parsed once from the constant argument, then applied to each row's parsed document.
#pragma once

#include "functions/JSONValueInserter.h"

#include <string>
#include <string_view>
#include <vector>

namespace datastore::functions
{
class SQLJSONPath
{
public:
    /// Throws BAD_ARGUMENTS ("Unable to parse JSONPath") for text that is no JSONPath.
    explicit SQLJSONPath(std::string_view text);

    /// Calls visit(element) for each element the path reaches, in order, until visit returns false.
    template <typename Visit> void forEachMatch(JSONElement root, Visit && visit) const
    {
        walk(root, 0, visit);
    }

private:
    struct Step
    {
        enum class Kind
        {
            Member,
            AllElements,
            Elements,
        };
        Kind kind = Kind::Member;
        std::string member;
        /// [begin, end) index ranges of an Elements step, in the order written.
        std::vector<std::pair<UInt64, UInt64>> ranges;
    };

    /// Returns false once visit asked to stop.
    template <typename Visit> bool walk(JSONElement element, size_t step_index, Visit & visit) const
    {
        if (step_index == steps.size())
            return visit(element);
        const Step & step = steps[step_index];
        if (step.kind == Step::Kind::Member)
        {
            if (!element.is_object())
                return true;
            auto child = asObject(element).at_key(step.member);
            return child.error() || walk(child.value_unsafe(), step_index + 1, visit);
        }
        if (!element.is_array())
            return true;
        auto array = asArray(element);
        if (step.kind == Step::Kind::AllElements)
        {
            for (JSONElement child : array)
                if (!walk(child, step_index + 1, visit))
                    return false;
            return true;
        }
        size_t size = array.size();
        for (auto [begin, end] : step.ranges)
            for (UInt64 index = begin; index < end && index < size; ++index)
                if (!walk(array.at(index).value_unsafe(), step_index + 1, visit))
                    return false;
        return true;
    }

    std::vector<Step> steps;
};
}
