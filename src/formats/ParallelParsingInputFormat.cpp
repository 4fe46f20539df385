#include "formats/ParallelParsingInputFormat.h"

#include "base/MemoryTracker.h"

#include <cstring>
#include <emmintrin.h>

#include "base/Exception.h"
#include "io/ReadBuffer.h"

namespace datastore::formats
{
namespace
{
std::string_view skipByteOrderMarkAndWhitespace(std::string_view bytes)
{
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    while (!bytes.empty() && (bytes.front() == ' ' || bytes.front() == '\t' || bytes.front() == '\n' || bytes.front() == '\r'))
        bytes.remove_prefix(1);
    return bytes;
}
}

namespace
{
/// The first byte at or after `p` that is one of the two characters (or `end`), 16 bytes a step.
const char * findEither(const char * p, const char * end, char a, char b)
{
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    for (; p + 16 <= end; p += 16)
    {
        __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)));
        if (mask)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
    }
    for (; p < end; ++p)
        if (*p == a || *p == b)
            return p;
    return end;
}

/// The first quote, brace or bracket at or after `p` (or `end`).
const char * findStructural(const char * p, const char * end)
{
    const __m128i quote = _mm_set1_epi8('"');
    /// '{' and '}' differ from '[' and ']' in bit 0x20 only; '{' ^ '}' == '[' ^ ']'.
    const __m128i open = _mm_set1_epi8('[');
    const __m128i close = _mm_set1_epi8(']');
    const __m128i case_bit = _mm_set1_epi8(0x20);
    for (; p + 16 <= end; p += 16)
    {
        __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i folded = _mm_andnot_si128(case_bit, bytes);
        __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
        int mask = _mm_movemask_epi8(hits);
        if (mask)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
    }
    for (; p < end; ++p)
        if (*p == '"' || *p == '{' || *p == '}' || *p == '[' || *p == ']')
            return p;
    return end;
}
}

size_t JSONObjectBoundaryFinder::findRowEnd(std::string_view data, size_t from)
{
    const char * begin = data.data();
    const char * end = begin + data.size();
    const char * p = begin + from;
    while (p < end)
    {
        if (in_string)
        {
            if (escaped)
            {
                escaped = false;
                ++p;
                continue;
            }
            p = findEither(p, end, '"', '\\');
            if (p == end)
                break;
            if (*p == '\\')
                escaped = true;
            else
                in_string = false;
            ++p;
            continue;
        }
        p = findStructural(p, end);
        if (p == end)
            break;
        char c = *p++;
        if (c == '"')
            in_string = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (depth > 0 && --depth == 0)
            return static_cast<size_t>(p - begin);
    }
    return std::string_view::npos;
}

bool JSONObjectBoundaryFinder::canSplit(std::string_view first_bytes) const
{
    std::string_view rest = skipByteOrderMarkAndWhitespace(first_bytes);
    return !rest.empty() && rest.front() == '{';
}

size_t NewlineBoundaryFinder::findRowEnd(std::string_view data, size_t from)
{
    if (from >= data.size())
        return std::string_view::npos;
    const void * newline = std::memchr(data.data() + from, '\n', data.size() - from);
    return newline ? static_cast<size_t>(static_cast<const char *>(newline) - data.data()) + 1 : std::string_view::npos;
}

ParallelParsingInputFormat::ParallelParsingInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_,
                                                       size_t max_block_size_, FormatFactory::InputCreator creator_,
                                                       std::unique_ptr<IRowBoundaryFinder> finder_, size_t threads_)
    : IInputFormat(in_, header_, settings_, max_block_size_), creator(std::move(creator_)), finder(std::move(finder_)), threads(threads_)
{
}

ParallelParsingInputFormat::~ParallelParsingInputFormat()
{
    stopWorkers();
}

bool ParallelParsingInputFormat::cutSegment(std::string & data)
{
    data.clear();
    /// Scanning resumes where the previous segment ended, at a row boundary, with a fresh
    /// scanner state carried in `finder` (it stopped exactly at that boundary).
    const size_t segment_bytes = std::max<size_t>(1, settings.min_chunk_bytes_for_parallel_parsing);
    while (!in.eof())
    {
        std::string_view window(in.pos(), in.available());
        size_t from = data.size() >= segment_bytes ? 0 : std::min(window.size(), segment_bytes - data.size());
        /// The scanner must see every byte: scan the part before `from` without cutting.
        size_t cut = std::string_view::npos;
        size_t scanned = 0;
        while (scanned < window.size())
        {
            size_t row_end = finder->findRowEnd(window, scanned);
            if (row_end == std::string_view::npos)
                break;
            scanned = row_end;
            if (row_end >= from)
            {
                cut = row_end;
                break;
            }
        }
        if (cut != std::string_view::npos)
        {
            data.append(window.data(), cut);
            in.advance(cut);
            return true;
        }
        data.append(window.data(), window.size());
        in.advance(window.size());
    }
    return !data.empty();
}

void ParallelParsingInputFormat::parse(Segment & segment) const
{
    try
    {
        ReadBufferFromMemory buffer(segment.data);
        auto format = creator(buffer, header, settings, max_block_size);
        while (true)
        {
            MissingValues missing;
            Block block = format->read(missing);
            if (!block)
                break;
            segment.blocks.push_back(std::move(block));
            segment.missing.push_back(std::move(missing));
        }
    }
    catch (...)
    {
        segment.error = std::current_exception();
    }
}

void ParallelParsingInputFormat::rethrowWithRowNumbers(Segment & segment)
{
    ReadBufferFromMemory buffer(segment.data);
    auto format = creator(buffer, header, settings, max_block_size);
    format->setRowsReadBefore(rows_read);
    MissingValues missing;
    while (format->read(missing))
    {
    }
    /// Parsing alone went through (it should not): report what the worker saw.
    std::rethrow_exception(segment.error);
}

void ParallelParsingInputFormat::workerLoop()
{
    while (true)
    {
        Segment * segment = nullptr;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return is_stopped || !to_parse.empty(); });
            if (is_stopped)
                return;
            segment = to_parse.front();
            to_parse.pop_front();
        }
        parse(*segment);
        {
            std::lock_guard lock(mutex);
            segment->is_parsed = true;
        }
        changed.notify_all();
    }
}

void ParallelParsingInputFormat::startWorkers()
{
    for (size_t i = 0; i < threads; ++i)
        workers.emplace_back([this, tracker = MemoryTracker::current()] {
            MemoryTracker::ThreadScope scope(tracker);
            workerLoop();
        });
}

void ParallelParsingInputFormat::stopWorkers()
{
    {
        std::lock_guard lock(mutex);
        is_stopped = true;
    }
    changed.notify_all();
    for (auto & worker : workers)
        worker.join();
    workers.clear();
}

Block ParallelParsingInputFormat::read(MissingValues & missing)
{
    if (!is_started)
    {
        is_started = true;
        bool can_split = !in.eof() && finder->canSplit(std::string_view(in.pos(), in.available()));
        if (!can_split)
            serial = creator(in, header, settings, max_block_size);
        else
            startWorkers();
    }
    if (serial)
    {
        Block block = serial->read(missing);
        rows_read = serial->rowsRead();
        return block;
    }

    while (true)
    {
        /// Keep every worker busy and one segment more in reserve.
        while (!is_input_exhausted && segments.size() < threads + 1)
        {
            auto segment = std::make_unique<Segment>();
            if (!cutSegment(segment->data))
            {
                is_input_exhausted = true;
                break;
            }
            std::lock_guard lock(mutex);
            to_parse.push_back(segment.get());
            segments.push_back(std::move(segment));
            changed.notify_all();
        }
        if (segments.empty())
        {
            missing.clear();
            return {};
        }

        Segment & front = *segments.front();
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return front.is_parsed; });
        }
        if (front.error)
            rethrowWithRowNumbers(front);
        if (next_block < front.blocks.size())
        {
            Block block = std::move(front.blocks[next_block]);
            missing = std::move(front.missing[next_block]);
            ++next_block;
            rows_read += block.rows();
            return block;
        }
        segments.pop_front();
        next_block = 0;
    }
}
}
