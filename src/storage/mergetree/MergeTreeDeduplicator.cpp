#include "storage/mergetree/MergeTreeDeduplicator.h"

namespace datastore::storage
{
std::string MergeTreeDeduplicator::rowText(const Block & block, const std::vector<std::string> & names, size_t row) const
{
    std::string text;
    for (const auto & name : names)
    {
        text += (*block.getByName(name).column)[row].dump();
        text += '\0';
    }
    return text;
}

Block MergeTreeDeduplicator::filter(const Block & block)
{
    Filter keep(block.rows(), 1);
    size_t kept = 0;
    for (size_t row = 0; row < block.rows(); ++row)
    {
        std::string key = rowText(block, metadata.sorting_key.column_names, row);
        if (key != current_key)
        {
            current_key = std::move(key);
            rows_of_key.clear();
        }
        keep[row] = rows_of_key.insert(rowText(block, metadata.column_names, row)).second;
        kept += keep[row];
    }
    if (kept == block.rows())
        return block;
    Block result;
    for (const auto & column : block)
        result.insert({ column.column->filter(keep, static_cast<ssize_t>(kept)), column.type, column.name });
    return result;
}
}
