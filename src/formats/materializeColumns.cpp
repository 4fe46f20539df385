// Expands constant columns of a block for row-wise output.
#include "formats/materializeColumns.h"

namespace datastore::formats
{
Columns materializeColumns(const Block & block)
{
    Columns columns;
    columns.reserve(block.columns());
    for (const auto & column : block)
        columns.push_back(column.column->convertToFullColumnIfConst());
    return columns;
}
}
