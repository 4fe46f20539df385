#include "storage/mergetree/MergeTreeSkipIndexFilter.h"

namespace datastore::storage
{
MergeTreeSkipIndexFilter::MergeTreeSkipIndexFilter(
    const std::vector<MergeTreeIndexDescription> & indexes, const KeyRanges & ranges_, const sql::ASTPtr & filter)
    : ranges(ranges_)
{
    for (const auto & index : indexes)
    {
        auto condition = std::make_shared<const MergeTreeIndexCondition>(index, filter);
        bool is_condition_useful = condition->isUseful();
        if (is_condition_useful || MergeTreeIndexGranules::canUse(index, ranges))
            used.push_back({ index, is_condition_useful ? condition : nullptr });
    }
}

MarkRanges MergeTreeSkipIndexFilter::filter(const MergeTreeDataPart & part, MarkRanges marks)
{
    for (auto & index : used)
    {
        size_t before = 0;
        for (auto [begin, end] : marks)
            before += end - begin;
        if (!before)
            break;
        index.parts_before += 1;
        index.granules_before += before;
        auto granules = part.skip_indexes.find(index.index.name);
        if (granules != part.skip_indexes.end())
        {
            MarkRanges kept;
            for (auto [begin, end] : marks)
                for (size_t granule = begin; granule < end; ++granule)
                {
                    size_t index_granule = granule / index.index.granularity;
                    const auto & summary = *granules->second;
                    if (!summary.mayMatch(index_granule, ranges))
                        continue;
                    if (index.condition && !index.condition->mayMatch([&](const MergeTreeIndexCondition::Lookup & lookup)
                                                                      { return summary.answer(index_granule, lookup); }))
                        continue;
                    if (!kept.empty() && kept.back().second == granule)
                        kept.back().second = granule + 1;
                    else
                        kept.push_back({ granule, granule + 1 });
                }
            marks = std::move(kept);
        }
        size_t after = 0;
        for (auto [begin, end] : marks)
            after += end - begin;
        index.parts_after += after != 0;
        index.granules_after += after;
    }
    return marks;
}

void MergeTreeSkipIndexFilter::describe(std::vector<std::string> & notes) const
{
    for (const auto & index : used)
    {
        notes.push_back("Skip");
        notes.push_back("  Name: " + index.index.name);
        notes.push_back("  Description: " + index.index.type + " GRANULARITY " + std::to_string(index.index.granularity));
        notes.push_back("  Parts: " + std::to_string(index.parts_after) + "/" + std::to_string(index.parts_before));
        notes.push_back("  Granules: " + std::to_string(index.granules_after) + "/" + std::to_string(index.granules_before));
    }
}
}
