// Names and lengths of the interval units.
#include "types/IntervalKind.h"

#include <cctype>

namespace datastore
{
namespace
{
struct KindInfo
{
    IntervalKind kind;
    std::string_view name;
    Int64 seconds;
    UInt32 scale;
};

constexpr KindInfo kinds[] = {
    {IntervalKind::Nanosecond, "Nanosecond", 0, 9}, {IntervalKind::Microsecond, "Microsecond", 0, 6},
    {IntervalKind::Millisecond, "Millisecond", 0, 3}, {IntervalKind::Second, "Second", 1, 0},
    {IntervalKind::Minute, "Minute", 60, 0}, {IntervalKind::Hour, "Hour", 3600, 0},
    {IntervalKind::Day, "Day", 86400, 0}, {IntervalKind::Week, "Week", 604800, 0},
    {IntervalKind::Month, "Month", 0, 0}, {IntervalKind::Quarter, "Quarter", 0, 0},
    {IntervalKind::Year, "Year", 0, 0},
};

const KindInfo & infoOf(IntervalKind kind)
{
    return kinds[static_cast<size_t>(kind)];
}
}

std::string_view intervalKindName(IntervalKind kind)
{
    return infoOf(kind).name;
}

Int64 intervalKindSeconds(IntervalKind kind)
{
    return infoOf(kind).seconds;
}

UInt32 intervalKindScale(IntervalKind kind)
{
    return infoOf(kind).scale;
}

std::optional<IntervalKind> intervalKindFromName(std::string_view name)
{
    for (const auto & info : kinds)
    {
        if (info.name.size() != name.size())
            continue;
        bool equal = true;
        for (size_t i = 0; i < name.size() && equal; ++i)
            equal = std::tolower(static_cast<unsigned char>(name[i])) == std::tolower(static_cast<unsigned char>(info.name[i]));
        if (equal)
            return info.kind;
    }
    return std::nullopt;
}
}
