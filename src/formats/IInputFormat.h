// Reads INSERT data in one of ClickHouse's input formats into blocks of the table's columns.
// For each block it also says which values were absent from the input (omitted JSON keys,
// missing CSV fields), so their DEFAULT expressions can be computed.
#pragma once

#include <memory>
#include <vector>

#include "columns/Block.h"
#include "io/ReadBuffer.h"
#include "types/FormatSettings.h"

namespace datastore::formats
{
/// Per column of the header: 1 for rows whose value was absent from the input.
using MissingValues = std::vector<PodArray<UInt8>>;

class IInputFormat
{
public:
    IInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_)
        : in(in_), header(header_.cloneEmpty()), settings(settings_), max_block_size(max_block_size_)
    {
    }
    virtual ~IInputFormat() = default;

    /// Next block of at most max_block_size rows, or an empty Block at the end of the data.
    /// On malformed data throws with the row number and column name; the rows of that
    /// block are never returned.
    virtual Block read(MissingValues & missing) = 0;

    /// Rows read so far (row numbers in error messages count from 1).
    size_t rowsRead() const { return rows_read; }
    /// Rows of the same input read before this format's first row (it parses a later part of
    /// it): errors number rows from the start of the whole input.
    void setRowsReadBefore(size_t rows) { rows_read = rows; }

protected:
    ReadBuffer & in;
    Block header;
    FormatSettings settings;
    size_t max_block_size;
    size_t rows_read = 0;
};

using InputFormatPtr = std::unique_ptr<IInputFormat>;
}
