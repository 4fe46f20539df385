#include "exec/TransformStreams.h"

#include "exec/FilterMask.h"

namespace datastore::exec
{
Block ExpressionStream::getHeader() const
{
    Block header = child->getHeader();
    actions->execute(header);
    return header;
}

Block ExpressionStream::read()
{
    Block block = child->read();
    if (!block)
        return block;
    actions->execute(block);
    return block;
}

Block FilterStream::getHeader() const
{
    Block header = child->getHeader();
    actions->execute(header);
    if (remove_filter_column && header.has(filter_column))
        header.erase(filter_column);
    return header;
}

Block FilterStream::read()
{
    while (true)
    {
        Block block = child->read();
        if (!block)
            return block;
        actions->execute(block);
        auto mask = buildFilterMask(block.getByName(filter_column));
        if (remove_filter_column)
        {
            size_t rows = block.rows();
            block.erase(filter_column);
            /// count() alone reads no columns: the rows must survive losing the last one.
            if (block.empty())
                block.setRowsWithoutColumns(rows);
        }
        if (mask.kept == 0)
            continue;
        return applyFilterMask(block, mask);
    }
}

size_t LimitStream::tiesEnd(const Block & block, size_t from) const
{
    size_t end = from;
    for (; end < block.rows(); ++end)
        for (size_t i = 0; i < tie_columns.size(); ++i)
            if (block.getByName(tie_columns[i]).column->compareAt(end, 0, *tie_row[i], 1) != 0)
                return end;
    return end;
}

Block LimitStream::read()
{
    while (!are_ties_over && (seen < offset + limit || !tie_row.empty()))
    {
        Block block = child->read();
        if (!block)
            return block;
        size_t rows = block.rows();
        size_t block_begin = seen;
        seen += rows;
        if (seen <= offset)
            continue;
        size_t start = block_begin < offset ? offset - block_begin : 0;
        size_t end = std::min(rows, block_begin >= offset + limit ? 0 : offset + limit - block_begin);
        if (!tie_columns.empty() && limit > 0)
        {
            if (tie_row.empty() && seen >= offset + limit)
                for (const auto & name : tie_columns)
                    tie_row.push_back(block.getByName(name).column->cut(end - 1, 1));
            if (!tie_row.empty())
            {
                size_t ties_end = tiesEnd(block, end);
                are_ties_over = ties_end < rows;
                end = ties_end;
                if (start >= end)
                    break;
            }
        }
        if (start == 0 && end == rows)
            return block;
        Block cut;
        for (const auto & column : block)
            cut.insert({column.column->cut(start, end - start), column.type, column.name});
        if (cut.empty())
            cut.setRowsWithoutColumns(end - start);
        return cut;
    }
    child->cancel();
    return {};
}

Block ConcatStream::read()
{
    while (current < children.size())
    {
        if (isCancelled())
            return {};
        Block block = children[current]->read();
        if (block)
            return block;
        ++current;
    }
    return {};
}

void ConcatStream::cancel()
{
    IBlockStream::cancel();
    for (auto & child : children)
        child->cancel();
}
}
