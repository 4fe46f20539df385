// Reads its source on a background thread into two 1 MiB chunks, so receiving an INSERT's
// body (socket or pipe reads, copies out of the kernel) overlaps with parsing it: on a
// 2-core machine reading the body took a fifth of the parser's thread.
#pragma once

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "base/PodArray.h"
#include "io/ReadBuffer.h"

namespace datastore::formats
{
class PrefetchingReadBuffer final : public ReadBuffer
{
public:
    /// Starts reading `source` from its current position; `source` must outlive this buffer
    /// and must not be read by anybody else until this buffer is destroyed. Errors of the
    /// source are rethrown by next() once the bytes read before them are consumed.
    explicit PrefetchingReadBuffer(ReadBuffer & source_);
    /// Stops reading ahead (waiting for a read in progress to return) and joins the thread.
    ~PrefetchingReadBuffer() override;

protected:
    bool nextImpl() override;

private:
    struct Chunk
    {
        PodArray<char> data;
        size_t size = 0;
        /// Nothing follows this chunk: the source ended or failed (`error`).
        bool is_last = false;
        std::exception_ptr error;
    };

    void fillLoop();
    void fill(Chunk & chunk);

    ReadBuffer & source;
    std::mutex mutex;
    std::condition_variable changed;
    Chunk chunks[2];
    /// Per chunk: filled and not yet released by the reader (which may be reading it).
    bool is_filled[2] = {false, false};
    size_t read_index = 0;
    /// The chunk whose bytes are the current window, if any.
    Chunk * current = nullptr;
    bool is_stopped = false;
    std::thread thread;
};
}
