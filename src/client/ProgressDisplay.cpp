#include "client/ProgressDisplay.h"

#include "base/MemoryTracker.h"

#include <cstdio>
#include <fmt/format.h>

namespace datastore::client
{
namespace
{
/// "80.00 KB": ClickHouse's client counts bytes in powers of 1000 here.
std::string formatSizeWithDecimalSuffix(double bytes)
{
    static const char * units[] = { "B", "KB", "MB", "GB", "TB", "PB" };
    size_t unit = 0;
    while (bytes >= 1000 && unit + 1 < std::size(units))
    {
        bytes /= 1000;
        ++unit;
    }
    return fmt::format("{:.2f} {}", bytes, units[unit]);
}
}

void ProgressDisplay::start()
{
    total = {};
    start_time = std::chrono::steady_clock::now();
    last_drawn = start_time;
}

void ProgressDisplay::add(const Progress & increment)
{
    total.read_rows += increment.read_rows;
    total.read_bytes += increment.read_bytes;
    total.total_rows_to_read += increment.total_rows_to_read;
    total.written_rows += increment.written_rows;
    total.written_bytes += increment.written_bytes;
}

double ProgressDisplay::elapsedSeconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_time).count();
}

std::string ProgressDisplay::processedText(double seconds) const
{
    double rows = static_cast<double>(total.read_rows);
    double bytes = static_cast<double>(total.read_bytes);
    double divisor = seconds > 0 ? seconds : 1;
    return fmt::format(
        "{} rows, {} ({} rows/s., {}/s.)", formatReadableQuantity(rows), formatSizeWithDecimalSuffix(bytes),
        formatReadableQuantity(rows / divisor), formatSizeWithDecimalSuffix(bytes / divisor));
}

void ProgressDisplay::refresh()
{
    if (!show_progress_line)
        return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_drawn < std::chrono::milliseconds(100))
        return;
    last_drawn = now;
    std::string line = "Progress: " + processedText(elapsedSeconds());
    if (total.total_rows_to_read)
    {
        UInt64 percent = std::min<UInt64>(100, total.read_rows * 100 / total.total_rows_to_read);
        line += fmt::format(" {}%", percent);
    }
    std::fprintf(stderr, "\r\033[K%s", line.c_str());
    std::fflush(stderr);
    is_line_drawn = true;
}

void ProgressDisplay::clear()
{
    if (!is_line_drawn)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    is_line_drawn = false;
}

std::string ProgressDisplay::summary(UInt64 result_rows) const
{
    double seconds = elapsedSeconds();
    std::string text = fmt::format("{} row{} in set. Elapsed: {:.3f} sec. ", result_rows, result_rows == 1 ? "" : "s", seconds);
    if (total.read_rows)
        text += "Processed " + processedText(seconds);
    return text;
}
}
