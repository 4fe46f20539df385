#include "exec/squashBlocks.h"

namespace datastore::exec
{
namespace
{
Block concatenate(const Blocks & blocks, size_t begin, size_t end)
{
    if (end - begin == 1)
        return blocks[begin];
    size_t rows = 0;
    for (size_t i = begin; i < end; ++i)
        rows += blocks[i].rows();
    MutableColumns columns = blocks[begin].cloneEmptyColumns();
    for (size_t position = 0; position < columns.size(); ++position)
    {
        columns[position]->reserve(rows);
        for (size_t i = begin; i < end; ++i)
        {
            const auto & source = *blocks[i].getByPosition(position).column;
            columns[position]->insertRangeFrom(source, 0, source.size());
        }
    }
    Block result = blocks[begin].cloneWithColumns(Columns(columns.begin(), columns.end()));
    if (columns.empty())
        result.setRowsWithoutColumns(rows);
    return result;
}
}

Blocks squashBlocks(const Blocks & blocks, size_t min_rows, size_t min_bytes)
{
    Blocks result;
    size_t run_begin = 0;
    size_t run_rows = 0;
    size_t run_bytes = 0;
    for (size_t i = 0; i < blocks.size(); ++i)
    {
        run_rows += blocks[i].rows();
        run_bytes += blocks[i].bytes();
        bool is_full = (min_rows && run_rows >= min_rows) || (min_bytes && run_bytes >= min_bytes);
        if (is_full || i + 1 == blocks.size())
        {
            result.push_back(concatenate(blocks, run_begin, i + 1));
            run_begin = i + 1;
            run_rows = 0;
            run_bytes = 0;
        }
    }
    return result;
}
}
