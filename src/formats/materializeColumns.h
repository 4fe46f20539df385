// Output formats read values row by row from full columns; a block may carry constants
// (SELECT 1) that must be expanded to their row count before that.
#pragma once

#include "columns/Block.h"

namespace datastore::formats
{
/// The block's columns with every ColumnConst expanded to a full column.
Columns materializeColumns(const Block & block);
}
