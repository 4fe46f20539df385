#include "storage/mergetree/MergeTreePartInfo.h"

#include <algorithm>
#include <charconv>

namespace datastore::storage
{
namespace
{
template <typename T> bool parseNumber(std::string_view text, T & out)
{
    if (text.empty())
        return false;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}
}

std::optional<MergeTreePartInfo> MergeTreePartInfo::tryParsePartName(const std::string & name)
{
    /// The partition id may itself contain '_' (never in ids we make, but be strict from the right).
    /// Five fields when the last is a mutation version: 202602_1_1_0_5.
    size_t underscores = static_cast<size_t>(std::count(name.begin(), name.end(), '_'));
    if (underscores >= 4 && name.rfind("tmp", 0) != 0)
    {
        size_t last = name.rfind('_');
        Int64 mutation = 0;
        auto prefix = tryParsePartName(name.substr(0, last));
        if (prefix && prefix->partition_id.find('_') == std::string::npos && parseNumber(std::string_view(name).substr(last + 1), mutation))
        {
            prefix->mutation = mutation;
            return prefix;
        }
    }
    size_t level_pos = name.rfind('_');
    if (level_pos == std::string::npos || level_pos == 0)
        return std::nullopt;
    size_t max_pos = name.rfind('_', level_pos - 1);
    if (max_pos == std::string::npos || max_pos == 0)
        return std::nullopt;
    size_t min_pos = name.rfind('_', max_pos - 1);
    if (min_pos == std::string::npos || min_pos == 0)
        return std::nullopt;
    MergeTreePartInfo info;
    info.partition_id = name.substr(0, min_pos);
    std::string_view view(name);
    if (!parseNumber(view.substr(min_pos + 1, max_pos - min_pos - 1), info.min_block)
        || !parseNumber(view.substr(max_pos + 1, level_pos - max_pos - 1), info.max_block)
        || !parseNumber(view.substr(level_pos + 1), info.level) || info.min_block > info.max_block)
        return std::nullopt;
    if (info.partition_id.rfind("tmp", 0) == 0)
        return std::nullopt;
    return info;
}
}
