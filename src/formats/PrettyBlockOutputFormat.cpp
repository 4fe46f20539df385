// Cell texts and widths for the Pretty family, and the Pretty table itself.
#include "formats/PrettyBlockOutputFormat.h"

#include <cmath>
#include <cstdlib>
#include <iterator>

#include <fmt/format.h>

#include "formats/materializeColumns.h"
#include "formats/serializeTextForDisplay.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
namespace
{
/// Decodes the code point starting at `pos`; returns its length in bytes (1 for invalid bytes).
size_t decodeUTF8(const char * pos, const char * end, UInt32 & code_point)
{
    const auto lead = static_cast<unsigned char>(*pos);
    size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
    if (static_cast<size_t>(end - pos) < length)
        length = 1;
    if (length == 1)
    {
        code_point = lead;
        return 1;
    }
    code_point = lead & (0x7F >> length);
    for (size_t i = 1; i < length; ++i)
        code_point = (code_point << 6) | (static_cast<unsigned char>(pos[i]) & 0x3F);
    return length;
}

size_t codePointWidth(UInt32 c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F))
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

/// Bytes of the longest prefix of `text` not wider than `width`.
size_t prefixBytesForWidth(std::string_view text, size_t width)
{
    const char * pos = text.data();
    const char * end = pos + text.size();
    size_t used = 0;
    while (pos < end)
    {
        UInt32 c;
        size_t length = decodeUTF8(pos, end, c);
        size_t w = codePointWidth(c);
        if (used + w > width)
            break;
        used += w;
        pos += length;
    }
    return static_cast<size_t>(pos - text.data());
}

/// Numbers, decimals and dates line up on the right in Pretty formats; Bool does not.
bool isAlignedRight(const IDataType & type)
{
    const auto base = removeLowCardinality(removeNullable(type.shared_from_this()));
    return (isNumber(*base) && base->getTypeId() != TypeIndex::Bool) || isDecimal(*base) || isDateOrDateTime(*base);
}
}

size_t displayWidth(std::string_view text)
{
    const char * pos = text.data();
    const char * end = pos + text.size();
    size_t width = 0;
    while (pos < end)
    {
        UInt32 c;
        pos += decodeUTF8(pos, end, c);
        width += codePointWidth(c);
    }
    return width;
}

void PrettyBlockOutputFormat::prepareCells(const Block & block, size_t rows, bool cut_long_values)
{
    const Columns columns = materializeColumns(block);
    const size_t num_columns = columns.size();
    const size_t max_value_width = settings.pretty_max_value_width;
    const size_t max_pad_width = settings.pretty_max_column_pad_width;
    cells.assign(num_columns, {});
    max_widths.assign(num_columns, 0);
    name_widths.assign(num_columns, 0);
    align_right.assign(num_columns, false);
    for (size_t i = 0; i < num_columns; ++i)
    {
        const auto & type = *header.getByPosition(i).type;
        align_right[i] = isAlignedRight(type);
        /// All values of the column are written into one buffer, then split at the recorded ends.
        std::string texts;
        std::vector<size_t> ends(rows);
        {
            WriteBufferFromString buf(texts);
            for (size_t row = 0; row < rows; ++row)
            {
                serializeTextForDisplay(type, *columns[i], row, buf, settings);
                ends[row] = buf.count();
            }
        }
        size_t widest = 0;
        cells[i].resize(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            Cell & cell = cells[i][row];
            const size_t begin = row == 0 ? 0 : ends[row - 1];
            cell.text.assign(texts, begin, ends[row] - begin);
            cell.width = displayWidth(cell.text);
            widest = std::max(widest, std::min({max_pad_width, max_value_width, cell.width}));
            if (cut_long_values && cell.width > max_value_width)
            {
                cell.text.resize(prefixBytesForWidth(cell.text, max_value_width));
                cell.text += "⋯";
                cell.width = max_value_width;
                cell.is_cut = true;
            }
        }
        name_widths[i] = std::min(max_pad_width, displayWidth(header.getByPosition(i).name));
        max_widths[i] = std::max(widest, name_widths[i]);
    }
}

void PrettyBlockOutputFormat::prepareNumberTip(const Block & block)
{
    number_tip.clear();
    const size_t threshold = settings.pretty_single_large_number_tip_threshold;
    if (threshold == 0 || block.columns() != 1 || block.rows() != 1 || cells.size() != 1 || cells[0].size() != 1)
        return;
    const auto & type = *header.getByPosition(0).type;
    if (!(isNumber(type) || isDecimal(type)) || block.getByPosition(0).column->isNullAt(0))
        return;
    /// The shown text is the number itself (ints, floats, inf, nan).
    double value = std::strtod(cells[0][0].text.c_str(), nullptr);
    if (!std::isfinite(value) || std::fabs(value) <= static_cast<double>(threshold))
        return;

    static constexpr const char * units[] = {"", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion",
        " sextillion", " septillion", " octillion", " nonillion", " decillion", " undecillion", " duodecillion", " tredecillion",
        " quattuordecillion", " quindecillion", " sexdecillion", " septendecillion", " octodecillion", " novemdecillion", " vigintillion"};
    size_t unit = 0;
    while (unit + 1 < std::size(units) && std::fabs(value) >= 1000)
    {
        value /= 1000;
        ++unit;
    }
    number_tip = fmt::format(" -- {:.2f}{}", value, units[unit]);
}

void PrettyBlockOutputFormat::consume(const Block & block)
{
    const size_t rows = block.rows();
    if (rows == 0)
        return;
    if (total_rows >= settings.pretty_max_rows)
    {
        total_rows += rows;
        return;
    }
    const size_t shown = std::min(rows, settings.pretty_max_rows - total_rows);
    /// A result that is one value is shown whole (output_format_pretty_max_value_width_apply_for_single_value = 0).
    const bool is_single_value = rows == 1 && block.columns() == 1 && total_rows == 0;
    prepareCells(block, shown, !is_single_value);
    prepareNumberTip(block);
    row_number_width = settings.pretty_row_numbers ? std::to_string(total_rows + std::min(rows, settings.pretty_max_rows)).size() + 2 : 0;
    writeTable(shown);
    total_rows += rows;
    rows_written += shown;
}

void PrettyBlockOutputFormat::writeSuffix()
{
    if (total_rows >= settings.pretty_max_rows)
    {
        writeString("  Showed first ", out);
        writeIntText(static_cast<UInt64>(settings.pretty_max_rows), out);
        writeString(".\n", out);
    }
}

void PrettyBlockOutputFormat::writeRepeated(const char * symbol, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        writeString(symbol, out);
}

void PrettyBlockOutputFormat::writeRowNumber(size_t row)
{
    if (row_number_width == 0)
        return;
    const std::string number = std::to_string(total_rows + row + 1) + ". ";
    writeRepeated(" ", row_number_width - number.size());
    writeString(number, out);
}

void PrettyBlockOutputFormat::writeCell(size_t column, size_t row)
{
    const Cell & cell = cells[column][row];
    const size_t padding = max_widths[column] > cell.width ? max_widths[column] - cell.width : 0;
    writeChar(' ', out);
    if (align_right[column])
        writeRepeated(" ", padding);
    writeString(cell.text, out);
    if (!align_right[column])
        writeRepeated(" ", padding);
    /// A cut value's "⋯" takes the place of the closing space.
    if (!cell.is_cut)
        writeChar(' ', out);
}

void PrettyBlockOutputFormat::writeName(size_t column, const char * fill)
{
    const size_t padding = max_widths[column] > name_widths[column] ? max_widths[column] - name_widths[column] : 0;
    if (align_right[column])
        writeRepeated(fill, padding);
    writeString(header.getByPosition(column).name, out);
    if (!align_right[column])
        writeRepeated(fill, padding);
}

void PrettyBlockOutputFormat::writeTable(size_t rows)
{
    const size_t num_columns = cells.size();
    auto write_rule = [&](const char * left, const char * line, const char * middle, const char * right)
    {
        writeRowNumberBlank();
        writeString(left, out);
        for (size_t i = 0; i < num_columns; ++i)
        {
            if (i != 0)
                writeString(middle, out);
            writeRepeated(line, max_widths[i] + 2);
        }
        writeString(right, out);
        writeChar('\n', out);
    };

    write_rule("┏", "━", "┳", "┓");
    writeRowNumberBlank();
    writeString("┃", out);
    for (size_t i = 0; i < num_columns; ++i)
    {
        if (i != 0)
            writeString("┃", out);
        writeChar(' ', out);
        writeName(i, " ");
        writeChar(' ', out);
    }
    writeString("┃\n", out);
    write_rule("┡", "━", "╇", "┩");

    for (size_t row = 0; row < rows; ++row)
    {
        if (row != 0)
            write_rule("├", "─", "┼", "┤");
        writeRowNumber(row);
        writeString("│", out);
        for (size_t i = 0; i < num_columns; ++i)
        {
            if (i != 0)
                writeString("│", out);
            writeCell(i, row);
        }
        writeString("│", out);
        writeNumberTip();
        writeChar('\n', out);
    }
    write_rule("└", "─", "┴", "┘");
}
}
