#include "storage/mergetree/MergeTreeSelectStream.h"

#include "exec/ExpressionActions.h"
#include "exec/FilterMask.h"

#include <algorithm>

namespace datastore::storage
{
namespace
{
size_t bytesOf(const Columns & columns)
{
    size_t bytes = 0;
    for (const auto & column : columns)
        bytes += column->byteSize();
    return bytes;
}

bool contains(const std::vector<std::string> & names, const std::string & name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}
}

MergeTreeSelectStream::MergeTreeSelectStream(Block header_, std::vector<MergeTreeReadTask> tasks_, size_t max_block_size_,
                                             std::shared_ptr<const PrewhereFilter> prewhere_, Block filter_only_,
                                             std::function<void(size_t, size_t)> on_rows_read_)
    : header(std::move(header_))
    , prewhere(std::move(prewhere_))
    , filter_only(std::move(filter_only_))
    , on_rows_read(std::move(on_rows_read_))
    , tasks(std::move(tasks_))
    , max_block_size(std::max<size_t>(1, max_block_size_))
{
}

const DataTypePtr & MergeTreeSelectStream::typeOf(const std::string & name) const
{
    return header.has(name) ? header.getByName(name).type : filter_only.getByName(name).type;
}

std::unique_ptr<MergeTreePartReader> MergeTreeSelectStream::makeReader(const MergeTreeReadTask & task, const std::vector<std::string> & names) const
{
    if (names.empty())
        return nullptr;
    DataTypes types;
    for (const auto & name : names)
        types.push_back(typeOf(name));
    return std::make_unique<MergeTreePartReader>(task.part, names, types, task.options ? *task.options : PartReadOptions{});
}

void MergeTreeSelectStream::startPart(const MergeTreeReadTask & task)
{
    stages.clear();
    rest_names.clear();
    std::vector<std::string> read_names;
    for (size_t index : task.conditions)
    {
        Stage stage{&prewhere->conditions[index], {}, nullptr};
        for (const auto & name : stage.condition->columns)
            if (!contains(read_names, name))
            {
                stage.names.push_back(name);
                read_names.push_back(name);
            }
        stage.reader = makeReader(task, stage.names);
        stages.push_back(std::move(stage));
    }
    for (const auto & column : header)
        if (!contains(read_names, column.name))
            rest_names.push_back(column.name);
    reader = makeReader(task, rest_names);
}

Block MergeTreeSelectStream::readGranules(size_t end)
{
    const auto & task = tasks[task_index];
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
    if (on_rows_read)
        on_rows_read(rows, block.bytes());
    return block;
}

Block MergeTreeSelectStream::readFilteredGranule(size_t end)
{
    const auto & marks = tasks[task_index].part->marks.begin()->second;
    while (next_mark < end && !isCancelled())
    {
        size_t mark = next_mark++;
        size_t rows = marks[mark].rows;
        size_t bytes = 0;
        Block available;
        exec::FilterMask passing;
        passing.is_constant = true;
        passing.constant_value = true;
        passing.kept = rows;
        for (const auto & stage : stages)
        {
            if (stage.reader)
            {
                Columns columns = stage.reader->readGranules(mark, mark + 1);
                bytes += bytesOf(columns);
                for (size_t i = 0; i < columns.size(); ++i)
                    available.insert({std::move(columns[i]), typeOf(stage.names[i]), stage.names[i]});
            }
            Block computed = available;
            stage.condition->actions->execute(computed);
            exec::intersectFilterMask(passing, exec::buildFilterMask(computed.getByName(stage.condition->result)));
            if (passing.kept == 0)
                break;
        }
        if (passing.kept == 0)
        {
            if (on_rows_read)
                on_rows_read(rows, bytes);
            continue;
        }
        if (reader)
        {
            Columns columns = reader->readGranules(mark, mark + 1);
            bytes += bytesOf(columns);
            for (size_t i = 0; i < columns.size(); ++i)
                available.insert({std::move(columns[i]), typeOf(rest_names[i]), rest_names[i]});
        }
        if (on_rows_read)
            on_rows_read(rows, bytes);
        Block block;
        for (const auto & column : header)
            block.insert(available.getByName(column.name));
        if (block.columns() == 0)
        {
            block.setRowsWithoutColumns(passing.kept);
            return block;
        }
        return exec::applyFilterMask(block, passing);
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
            is_part_started = false;
            is_range_started = false;
            continue;
        }
        if (!is_part_started)
        {
            startPart(task);
            is_part_started = true;
        }
        auto [begin, end] = task.ranges[range_index];
        if (!is_range_started)
        {
            next_mark = begin;
            is_range_started = true;
        }
        Block block = stages.empty() ? readGranules(end) : readFilteredGranule(end);
        if (next_mark >= end)
        {
            ++range_index;
            is_range_started = false;
        }
        if (block.rows())
            return block;
    }
    return {};
}
}
