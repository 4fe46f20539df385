// Cuts row-oriented input into blocks and numbers rows in errors.
#include "formats/IRowInputFormat.h"

#include <algorithm>
#include <cctype>

#include "base/Exception.h"
#include "columns/ColumnString.h"

namespace datastore::formats
{
namespace
{
/// Rows read before the first reservation, and the factor each reservation looks ahead by.
constexpr size_t kFirstReserveRows = 4096;
constexpr size_t kReserveFactor = 8;

/// Makes room for `target_rows` rows, the bytes of strings estimated from the `rows` read.
/// Growing by doubling made the allocator copy every string column about once more per
/// block (realloc of large buffers moves them), the biggest cost of parsing wide rows.
void reserveAhead(MutableColumns & columns, MissingValues & missing, size_t rows, size_t target_rows)
{
    for (auto & column : columns)
    {
        column->reserve(target_rows);
        if (auto * string_column = dynamic_cast<ColumnString *>(column.get()))
        {
            auto & chars = string_column->getChars();
            chars.reserve(chars.size() / rows * target_rows + target_rows);
        }
    }
    for (auto & mask : missing)
        mask.reserve(target_rows);
}
}

bool IRowInputFormat::checkNullInWindow(std::string_view null_text, ReadBuffer & in, bool case_insensitive)
{
    if (in.eof() || in.available() < null_text.size())
        return false;
    const char * pos = in.pos();
    for (size_t i = 0; i < null_text.size(); ++i)
    {
        char c = pos[i];
        char expected = null_text[i];
        if (case_insensitive)
        {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            expected = static_cast<char>(std::tolower(static_cast<unsigned char>(expected)));
        }
        if (c != expected)
            return false;
    }
    in.advance(null_text.size());
    return true;
}

Block IRowInputFormat::read(MissingValues & missing)
{
    const size_t num_columns = header.columns();
    missing.assign(num_columns, PodArray<UInt8>());
    if (!is_prefix_read)
    {
        is_prefix_read = true;
        readPrefix();
    }

    MutableColumns columns = header.cloneEmptyColumns();
    std::vector<UInt8> row_missing(num_columns);
    size_t rows = 0;
    size_t next_reserve_at = kFirstReserveRows;
    while (rows < max_block_size)
    {
        if (rows == next_reserve_at)
        {
            reserveAhead(columns, missing, rows, std::min(max_block_size, rows * kReserveFactor));
            next_reserve_at *= kReserveFactor;
        }
        std::fill(row_missing.begin(), row_missing.end(), 0);
        try
        {
            if (!readRow(columns, row_missing))
                break;
        }
        catch (Exception & e)
        {
            e.addMessage(fmt::format("(at row {})\n", rows_read + 1));
            throw;
        }
        for (size_t i = 0; i < num_columns; ++i)
            missing[i].push_back(row_missing[i]);
        ++rows;
        ++rows_read;
    }
    if (rows == 0)
    {
        missing.clear();
        return {};
    }
    Block block = header.cloneWithColumns(Columns(columns.begin(), columns.end()));
    if (num_columns == 0)
        block.setRowsWithoutColumns(rows);
    return block;
}
}
