// Squashes the small blocks of one INSERT into blocks of at least min_insert_block_size_rows
// rows or _bytes bytes, as ClickHouse does before writing: every block becomes a part per
// partition, and a format parsed in many pieces must not multiply the parts of an INSERT.
#pragma once

#include "columns/Block.h"

namespace datastore::exec
{
/// Concatenates runs of consecutive blocks (same structure) until a run holds min_rows rows
/// or min_bytes bytes (0: no limit of that kind); the order of rows is kept.
Blocks squashBlocks(const Blocks & blocks, size_t min_rows, size_t min_bytes);
}
