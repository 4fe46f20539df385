// Completes inserted rows to the table's full set of stored columns: omitted columns and
// values the input left out get their DEFAULT expression (or the type's default), and
// MATERIALIZED columns are computed, all block at a time.
#pragma once

#include "formats/IInputFormat.h"
#include "interpreters/Context.h"
#include "storage/ColumnsDescription.h"

namespace datastore::interpreters
{
/// `block` holds some columns of the table (with the table's types); `missing`, if given,
/// marks per column of `block` the rows whose value was absent from the input.
Block completeInsertBlock(const Block & block, const formats::MissingValues * missing, const storage::ColumnsDescription & columns,
                          QueryContext & context);
}
