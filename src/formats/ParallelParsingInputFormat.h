// Parses row-oriented input on several threads, as ClickHouse's input_format_parallel_parsing:
// the reading thread cuts the input into segments at row boundaries and reads on while
// worker threads parse segments with the ordinary format; blocks come back in input order.
// An error names the row counted from the start of the whole input, as the serial parser.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "formats/FormatFactory.h"
#include "formats/IInputFormat.h"

namespace datastore::formats
{
/// Finds where rows end while the input streams by; kept per format (JSON objects, lines...).
class IRowBoundaryFinder
{
public:
    virtual ~IRowBoundaryFinder() = default;
    /// Scans `data`, which continues what was scanned before, and returns the offset just past
    /// the first row end at or after `from`, or npos if no row ends there. The scanner's state
    /// then stands at that offset (or at the end of `data`).
    virtual size_t findRowEnd(std::string_view data, size_t from) = 0;
    /// Whether the input can be cut at row ends at all, judged by its first bytes (a JSON
    /// array of rows cannot); false sends it to the serial parser.
    virtual bool canSplit(std::string_view first_bytes) const = 0;
};

/// The next row ends after the '}' that closes a top-level JSON object.
class JSONObjectBoundaryFinder final : public IRowBoundaryFinder
{
public:
    size_t findRowEnd(std::string_view data, size_t from) override;
    bool canSplit(std::string_view first_bytes) const override;

private:
    size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
};

/// Rows end at a newline: in TabSeparated a line break inside a value is always escaped.
class NewlineBoundaryFinder final : public IRowBoundaryFinder
{
public:
    size_t findRowEnd(std::string_view data, size_t from) override;
    bool canSplit(std::string_view) const override { return true; }
};

class ParallelParsingInputFormat final : public IInputFormat
{
public:
    ParallelParsingInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_,
                               FormatFactory::InputCreator creator_, std::unique_ptr<IRowBoundaryFinder> finder_, size_t threads_);
    ~ParallelParsingInputFormat() override;

    Block read(MissingValues & missing) override;

private:
    struct Segment
    {
        std::string data;
        Blocks blocks;
        std::vector<MissingValues> missing;
        std::exception_ptr error;
        bool is_parsed = false;
    };

    /// Cuts the next segment off the input (at least min_chunk_bytes_for_parallel_parsing
    /// bytes unless the input ends); false at the end of the input.
    bool cutSegment(std::string & data);
    void parse(Segment & segment) const;
    /// Parses a failed segment again, alone and numbering its rows after those before it,
    /// so that its error reads as the serial parser's; throws.
    [[noreturn]] void rethrowWithRowNumbers(Segment & segment);
    void workerLoop();
    void startWorkers();
    void stopWorkers();

    FormatFactory::InputCreator creator;
    std::unique_ptr<IRowBoundaryFinder> finder;
    size_t threads;

    /// Serial fallback, when the input cannot be split.
    InputFormatPtr serial;
    bool is_started = false;
    bool is_input_exhausted = false;

    std::mutex mutex;
    std::condition_variable changed;
    /// Segments in input order, from the next to return; workers parse those not taken yet.
    std::deque<std::unique_ptr<Segment>> segments;
    std::deque<Segment *> to_parse;
    bool is_stopped = false;
    std::vector<std::thread> workers;
    /// Blocks of the front segment already returned.
    size_t next_block = 0;
};
}
