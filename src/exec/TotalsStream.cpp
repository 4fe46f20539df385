#include "exec/TotalsStream.h"

#include "columns/ColumnVector.h"
#include "exec/AggregateStatesRow.h"
#include "exec/FilterMask.h"
#include "exec/GroupingSetsStream.h"

namespace datastore::exec
{
void TotalsStream::addToTotals(const Block & block)
{
    if (!*totals)
    {
        *totals = block;
        return;
    }
    MutableColumns columns = totals->cloneEmptyColumns();
    for (size_t i = 0; i < columns.size(); ++i)
    {
        columns[i]->insertRangeFrom(*totals->getByPosition(i).column->convertToFullColumnIfConst(), 0, totals->rows());
        columns[i]->insertRangeFrom(*block.getByPosition(i).column->convertToFullColumnIfConst(), 0, block.rows());
    }
    *totals = totals->cloneWithColumns(Columns(columns.begin(), columns.end()));
}

Block TotalsStream::read()
{
    while (Block block = child->read())
    {
        if (!totals_set)
        {
            addToTotals(block);
            return block;
        }
        auto set_column = block.getByName(GroupingSetsDescription::set_column).column->convertToFullColumnIfConst();
        const auto & sets = static_cast<const ColumnUInt64 &>(*set_column).getData();
        FilterMask is_totals;
        FilterMask is_row;
        is_totals.mask.resize_fill(block.rows(), 0);
        is_row.mask.resize_fill(block.rows(), 0);
        for (size_t row = 0; row < block.rows(); ++row)
        {
            bool is_totals_row = sets[row] == *totals_set;
            is_totals.mask[row] = is_totals_row;
            is_row.mask[row] = !is_totals_row;
            is_totals.kept += is_totals_row;
        }
        is_row.kept = block.rows() - is_totals.kept;
        if (is_totals.kept)
            addToTotals(applyFilterMask(block, is_totals));
        if (is_row.kept == block.rows())
            return block;
        if (is_row.kept)
            return applyFilterMask(block, is_row);
    }
    /// No input rows: the totals are still one row, of the aggregates over nothing.
    if (totals_set && !*totals)
    {
        Block row = AggregateStatesRow(aggregates).toRow(getHeader());
        auto & set = row.getByName(GroupingSetsDescription::set_column);
        auto set_column = ColumnUInt64::create();
        set_column->getData().push_back(*totals_set);
        set.column = std::move(set_column);
        *totals = std::move(row);
    }
    return {};
}
}
