#include "storage/mergetree/MergeTreeSelectStream.h"

#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "exec/ExpressionActions.h"

namespace datastore::storage
{
namespace
{
/// Whether any row of the filter column is true (non-zero and not NULL).
bool anyPasses(const ColumnPtr & filter)
{
    ColumnPtr full = filter->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
    const UInt8 * null_map = nullptr;
    const IColumn * values = full.get();
    if (const auto * nullable = full->as<ColumnNullable>())
    {
        null_map = nullable->getNullMapData().data();
        values = &nullable->getNestedColumn();
    }
    std::string_view raw = values->getRawData();
    size_t width = values->sizeOfValueIfFixed();
    if (width == 0)
        return true;
    for (size_t row = 0; row < values->size(); ++row)
    {
        if (null_map && null_map[row])
            continue;
        for (size_t byte = 0; byte < width; ++byte)
            if (raw[row * width + byte])
                return true;
    }
    return false;
}
}

MergeTreeSelectStream::MergeTreeSelectStream(Block header_, std::vector<MergeTreeReadTask> tasks_, size_t max_block_size_,
                                             std::shared_ptr<const GranuleFilter> granule_filter_)
    : header(std::move(header_))
    , granule_filter(std::move(granule_filter_))
    , tasks(std::move(tasks_))
    , max_block_size(std::max<size_t>(1, max_block_size_))
{
    if (!granule_filter)
        return;
    for (size_t position = 0; position < header.columns(); ++position)
    {
        const auto & name = header.getByPosition(position).name;
        bool is_filter_column = std::find(granule_filter->columns.begin(), granule_filter->columns.end(), name) != granule_filter->columns.end();
        (is_filter_column ? filter_positions : other_positions).push_back(position);
    }
    /// Filtering pays only when it spares columns, and needs all of its own (a constant
    /// condition has none: it is the query's to apply).
    if (other_positions.empty() || filter_positions.empty() || filter_positions.size() != granule_filter->columns.size())
        granule_filter.reset();
}

Block MergeTreeSelectStream::readFilteredGranule(const MergeTreeReadTask & task, size_t end)
{
    const auto options = task.options ? *task.options : PartReadOptions{};
    if (!filter_reader)
    {
        std::vector<std::string> names;
        DataTypes types;
        for (size_t position : filter_positions)
        {
            names.push_back(header.getByPosition(position).name);
            types.push_back(header.getByPosition(position).type);
        }
        filter_reader = std::make_unique<MergeTreePartReader>(task.part, names, types, options);
        names.clear();
        types.clear();
        for (size_t position : other_positions)
        {
            names.push_back(header.getByPosition(position).name);
            types.push_back(header.getByPosition(position).type);
        }
        reader = std::make_unique<MergeTreePartReader>(task.part, names, types, options);
    }
    while (next_mark < end && !isCancelled())
    {
        size_t mark = next_mark++;
        Columns filter_columns = filter_reader->readGranules(mark, mark + 1);
        Block filter_block;
        for (size_t i = 0; i < filter_positions.size(); ++i)
        {
            const auto & column = header.getByPosition(filter_positions[i]);
            filter_block.insert({filter_columns[i], column.type, column.name});
        }
        granule_filter->actions->execute(filter_block);
        if (!anyPasses(filter_block.getByName(granule_filter->result).column))
            continue;
        Columns other_columns = reader->readGranules(mark, mark + 1);
        Columns columns(header.columns());
        for (size_t i = 0; i < filter_positions.size(); ++i)
            columns[filter_positions[i]] = filter_columns[i];
        for (size_t i = 0; i < other_positions.size(); ++i)
            columns[other_positions[i]] = other_columns[i];
        return header.cloneWithColumns(std::move(columns));
    }
    return {};
}

Block MergeTreeSelectStream::read()
{
    while (task_index < tasks.size() && !isCancelled())
    {
        const auto & task = tasks[task_index];
        if (range_index >= task.ranges.size())
        {
            ++task_index;
            range_index = 0;
            is_range_started = false;
            reader.reset();
            filter_reader.reset();
            continue;
        }
        auto [begin, end] = task.ranges[range_index];
        if (!is_range_started)
        {
            next_mark = begin;
            is_range_started = true;
        }
        if (granule_filter)
        {
            Block block = readFilteredGranule(task, end);
            if (next_mark >= end)
            {
                ++range_index;
                is_range_started = false;
            }
            if (block)
                return block;
            continue;
        }
        if (!reader)
            reader = std::make_unique<MergeTreePartReader>(
                task.part, header.getNames(), header.getDataTypes(), task.options ? *task.options : PartReadOptions{});
        /// Whole granules up to max_block_size rows, at least one.
        const auto & marks = task.part->marks.begin()->second;
        size_t last = next_mark;
        size_t rows = 0;
        while (last < end && (last == next_mark || rows + marks[last].rows <= max_block_size))
            rows += marks[last++].rows;
        Block block;
        if (header.columns() == 0)
            block.setRowsWithoutColumns(rows);
        else
            block = header.cloneWithColumns(reader->readGranules(next_mark, last));
        next_mark = last;
        if (next_mark >= end)
        {
            ++range_index;
            is_range_started = false;
        }
        if (rows)
            return block;
    }
    return {};
}
}
