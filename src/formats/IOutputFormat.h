// Writes result blocks in one of ClickHouse's output formats. A format sees the header
// first, then blocks as they are produced (so results stream), then the end.
#pragma once

#include <memory>

#include "columns/Block.h"
#include "io/WriteBuffer.h"
#include "types/FormatSettings.h"

namespace datastore::formats
{
/// Figures some formats print after the data (JSON's "statistics", "rows").
struct OutputStatistics
{
    double elapsed_seconds = 0;
    UInt64 rows_read = 0;
    UInt64 bytes_read = 0;
    /// Rows before LIMIT, when known.
    UInt64 rows_before_limit = 0;
    bool has_rows_before_limit = false;
};

class IOutputFormat
{
public:
    IOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_)
        : out(out_), header(header_.cloneEmpty()), settings(settings_)
    {
    }
    virtual ~IOutputFormat() = default;

    /// Called once before the first block.
    virtual void writePrefix() {}
    /// Called for each block (possibly with zero rows).
    virtual void consume(const Block & block) = 0;
    /// Called once after the last block; `statistics` may be used by the format.
    virtual void writeSuffix() {}

    void setStatistics(const OutputStatistics & statistics_) { statistics = statistics_; }
    /// WITH TOTALS: the totals row, given after the last block and before writeSuffix();
    /// formats that show totals print it there.
    void setTotals(const Block & totals_) { totals = totals_; }
    /// Rows written so far.
    size_t rowsWritten() const { return rows_written; }
    /// Content-Type for HTTP responses.
    virtual std::string getContentType() const { return "text/plain; charset=UTF-8"; }

protected:
    WriteBuffer & out;
    Block header;
    FormatSettings settings;
    OutputStatistics statistics;
    Block totals;
    size_t rows_written = 0;
};

using OutputFormatPtr = std::unique_ptr<IOutputFormat>;
}
