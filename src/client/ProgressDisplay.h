// What the client shows about a running query: a progress line on stderr redrawn from the
// server's Progress packets (interactive mode), and the summary after the query
// ("3 rows in set. Elapsed: 0.002 sec. Processed ...").
#pragma once

#include "client/Connection.h"

#include <chrono>
#include <string>

namespace datastore::client
{
class ProgressDisplay
{
public:
    /// Without `show_progress_line` only the totals are kept (for --time and the summary).
    explicit ProgressDisplay(bool show_progress_line_)
        : show_progress_line(show_progress_line_)
    {
    }

    /// A new query starts: totals and the clock restart.
    void start();
    void add(const Progress & increment);
    /// Redraws the progress line if it is on and 100 ms passed since the last drawing.
    void refresh();
    /// Removes the progress line (before results are printed, at the end).
    void clear();

    double elapsedSeconds() const;
    /// "N rows in set. Elapsed: X sec. Processed Y rows, Z MB (R rows/s., S MB/s.)"
    std::string summary(UInt64 result_rows) const;

private:
    std::string processedText(double seconds) const;

    bool show_progress_line;
    bool is_line_drawn = false;
    std::chrono::steady_clock::time_point start_time;
    std::chrono::steady_clock::time_point last_drawn;
    Progress total;
};
}
