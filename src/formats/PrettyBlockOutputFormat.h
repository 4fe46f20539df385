// Pretty output: each block as a table drawn with Unicode box characters, numbers
// right-aligned, rows numbered, at most pretty_max_rows rows in all ("  Showed first N." after). The
// cell texts and column widths computed here also serve PrettyCompact and PrettySpace,
// which only draw the frame differently.
#pragma once

#include <string>
#include <vector>

#include "formats/IOutputFormat.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
class PrettyBlockOutputFormat : public IOutputFormat
{
public:
    using IOutputFormat::IOutputFormat;

    void consume(const Block & block) override;
    void writeSuffix() override;

protected:
    /// One shown value: its text (cut to pretty_max_value_width with "⋯", except when it is
    /// the whole result), its width in terminal columns.
    struct Cell
    {
        std::string text;
        size_t width = 0;
        bool is_cut = false;
    };

    /// The shown rows of the current block: cells[column][row].
    std::vector<std::vector<Cell>> cells;
    /// Width each column is padded to: its widest value or name, values counted at most
    /// pretty_max_value_width and everything at most pretty_max_column_pad_width.
    std::vector<size_t> max_widths;
    std::vector<size_t> name_widths;
    std::vector<bool> align_right;

    /// Draws the prepared cells of a block of `rows` shown rows.
    virtual void writeTable(size_t rows);
    /// ' ', the value padded to max_widths[column] on the side opposite its alignment, ' '.
    void writeCell(size_t column, size_t row);
    /// The column's name padded with `fill` to its width.
    void writeName(size_t column, const char * fill);
    void writeRepeated(const char * symbol, size_t count);
    /// With output_format_pretty_row_numbers: "N. " right-aligned before a row, spaces
    /// of the same width before other lines.
    void writeRowNumber(size_t row);
    void writeRowNumberBlank() { writeRepeated(" ", row_number_width); }
    /// " -- 1.23 million" after the row when the block is one large number (else nothing).
    void writeNumberTip() { writeString(number_tip, out); }

    /// Rows of all blocks so far, shown or not.
    size_t total_rows = 0;
    /// Width of "N. " for the last row of the current block (0 without row numbers).
    size_t row_number_width = 0;

private:
    void prepareCells(const Block & block, size_t rows, bool cut_long_values);
    void prepareNumberTip(const Block & block);

    std::string number_tip;
};

/// Width of UTF-8 text in terminal columns: East Asian wide characters take two,
/// combining marks none.
size_t displayWidth(std::string_view text);
}
