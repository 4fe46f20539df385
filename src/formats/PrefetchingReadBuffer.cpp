// Double-buffered read-ahead: a filler thread fills one chunk while the parser reads the other.
#include "formats/PrefetchingReadBuffer.h"

namespace datastore::formats
{
namespace
{
constexpr size_t kChunkBytes = 1 << 20;
}

PrefetchingReadBuffer::PrefetchingReadBuffer(ReadBuffer & source_)
    : source(source_)
{
    for (auto & chunk : chunks)
        chunk.data.resize(kChunkBytes);
    thread = std::thread([this] { fillLoop(); });
}

PrefetchingReadBuffer::~PrefetchingReadBuffer()
{
    {
        std::lock_guard lock(mutex);
        is_stopped = true;
    }
    changed.notify_all();
    thread.join();
}

void PrefetchingReadBuffer::fill(Chunk & chunk)
{
    chunk.size = 0;
    try
    {
        while (chunk.size < kChunkBytes && !source.eof())
        {
            size_t bytes = std::min(source.available(), kChunkBytes - chunk.size);
            std::memcpy(chunk.data.data() + chunk.size, source.pos(), bytes);
            source.advance(bytes);
            chunk.size += bytes;
        }
        chunk.is_last = chunk.size < kChunkBytes;
    }
    catch (...)
    {
        chunk.error = std::current_exception();
        chunk.is_last = true;
    }
}

void PrefetchingReadBuffer::fillLoop()
{
    size_t fill_index = 0;
    while (true)
    {
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return is_stopped || !is_filled[fill_index]; });
            if (is_stopped)
                return;
        }
        Chunk & chunk = chunks[fill_index];
        fill(chunk);
        {
            std::lock_guard lock(mutex);
            is_filled[fill_index] = true;
        }
        changed.notify_all();
        if (chunk.is_last)
            return;
        fill_index ^= 1;
    }
}

bool PrefetchingReadBuffer::nextImpl()
{
    if (current)
    {
        if (current->is_last)
        {
            if (current->error)
                std::rethrow_exception(current->error);
            return false;
        }
        {
            std::lock_guard lock(mutex);
            is_filled[current == &chunks[0] ? 0 : 1] = false;
        }
        changed.notify_all();
        current = nullptr;
    }
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return is_filled[read_index]; });
    }
    current = &chunks[read_index];
    read_index ^= 1;
    if (current->size == 0)
        return nextImpl();
    setWindow(current->data.data(), current->data.data() + current->size);
    return true;
}
}
