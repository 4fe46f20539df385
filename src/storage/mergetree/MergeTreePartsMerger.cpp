#include "storage/mergetree/MergeTreePartsMerger.h"

#include <algorithm>

namespace datastore::storage
{
MergeTreePartsMerger::MergeTreePartsMerger(
    MergeTreeMetadataPtr metadata_, MergeTreeDataParts parts_, size_t max_block_size_, std::vector<PartReadOptions> part_options)
    : metadata(std::move(metadata_))
    , max_block_size(std::max<size_t>(1, max_block_size_))
{
    for (const auto & name : metadata->sorting_key.column_names)
        sort_description.push_back({ name, 1, 1 });
    cursors.resize(parts_.size());
    for (size_t i = 0; i < parts_.size(); ++i)
    {
        cursors[i].part = parts_[i];
        PartReadOptions options = i < part_options.size() ? part_options[i] : PartReadOptions{};
        options.metadata = metadata;
        cursors[i].reader = std::make_unique<MergeTreePartReader>(parts_[i], metadata->column_names, metadata->column_types, std::move(options));
        if (advanceBlock(cursors[i]))
            heap.push_back(i);
    }
    std::make_heap(heap.begin(), heap.end(), [this](size_t a, size_t b) { return isGreater(a, b); });
}

bool MergeTreePartsMerger::advanceBlock(Cursor & cursor)
{
    size_t granules = cursor.part->getGranulesCount();
    while (cursor.next_mark < granules)
    {
        size_t mark = cursor.next_mark++;
        Columns columns = cursor.reader->readGranules(mark, mark + 1);
        if (columns.empty() || columns[0]->empty())
            continue;
        Block block;
        for (size_t i = 0; i < columns.size(); ++i)
            block.insert({ columns[i], metadata->column_types[i], metadata->column_names[i] });
        if (metadata->sorting_key.expression)
            metadata->sorting_key.expression->execute(block);
        cursor.block = std::move(block);
        cursor.key_columns.clear();
        for (const auto & name : metadata->sorting_key.column_names)
            cursor.key_columns.push_back(cursor.block.getByName(name).column.get());
        cursor.row = 0;
        return true;
    }
    return false;
}

bool MergeTreePartsMerger::isGreater(size_t a, size_t b) const
{
    int cmp = exec::compareRows(cursors[a].key_columns, cursors[a].row, cursors[b].key_columns, cursors[b].row, sort_description);
    if (cmp != 0)
        return cmp > 0;
    return a > b;
}

Block MergeTreePartsMerger::read()
{
    if (heap.empty())
        return {};
    Block header = cursors[heap.front()].block.cloneEmpty();
    MutableColumns result = header.cloneEmptyColumns();
    auto greater = [this](size_t a, size_t b) { return isGreater(a, b); };
    size_t rows = 0;
    while (!heap.empty() && rows < max_block_size)
    {
        std::pop_heap(heap.begin(), heap.end(), greater);
        size_t index = heap.back();
        Cursor & cursor = cursors[index];
        /// Take the run of rows of this cursor that still sort before every other cursor.
        size_t end = cursor.row + 1;
        size_t block_rows = cursor.block.rows();
        if (heap.size() == 1)
            end = block_rows;
        else
        {
            while (end < block_rows && end - cursor.row < max_block_size - rows)
            {
                size_t saved = cursor.row;
                cursor.row = end;
                bool is_after_other = isGreater(index, heap.front());
                cursor.row = saved;
                if (is_after_other)
                    break;
                ++end;
            }
        }
        end = std::min(end, cursor.row + (max_block_size - rows));
        for (size_t i = 0; i < result.size(); ++i)
            result[i]->insertRangeFrom(*cursor.block.getByPosition(i).column, cursor.row, end - cursor.row);
        rows += end - cursor.row;
        cursor.row = end;
        if (cursor.row >= block_rows && !advanceBlock(cursor))
            heap.pop_back();
        else
            std::push_heap(heap.begin(), heap.end(), greater);
    }
    Block block;
    for (size_t i = 0; i < result.size(); ++i)
    {
        const auto & column = header.getByPosition(i);
        block.insert({ std::move(result[i]), column.type, column.name });
    }
    return block;
}
}
