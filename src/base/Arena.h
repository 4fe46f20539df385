// A bump allocator: memory for aggregation states and interned keys lives as long as
// the query stage that owns the arena, and is freed all at once.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <vector>

namespace datastore
{
class Arena
{
public:
    explicit Arena(size_t initial_chunk_bytes = 4096) : next_chunk_bytes(initial_chunk_bytes) {}
    Arena(const Arena &) = delete;
    Arena & operator=(const Arena &) = delete;
    ~Arena()
    {
        for (char * chunk : chunks)
            std::free(chunk);
    }

    /// Returns `bytes` of uninitialized memory aligned to `alignment`, valid until the arena dies.
    char * alloc(size_t bytes, size_t alignment = 16)
    {
        size_t offset = (reinterpret_cast<uintptr_t>(position) + alignment - 1) & ~(alignment - 1);
        char * aligned = reinterpret_cast<char *>(offset);
        if (!position || aligned + bytes > chunk_end)
        {
            addChunk(bytes + alignment);
            offset = (reinterpret_cast<uintptr_t>(position) + alignment - 1) & ~(alignment - 1);
            aligned = reinterpret_cast<char *>(offset);
        }
        position = aligned + bytes;
        return aligned;
    }

    /// Copies the bytes into the arena and returns a view of the copy.
    std::string_view insert(std::string_view value)
    {
        char * copy = alloc(value.size() ? value.size() : 1, 1);
        if (!value.empty())
            std::memcpy(copy, value.data(), value.size());
        return {copy, value.size()};
    }

    /// Allocation continuing the most recent one, for building a value piece by piece.
    /// Returns the new start of the contiguous region [begin, begin + old + extra).
    char * allocContinue(size_t extra, const char *& begin)
    {
        if (begin && position + extra <= chunk_end && begin >= chunks.back() && begin < chunk_end)
        {
            char * result = position;
            position += extra;
            return result;
        }
        size_t old_size = begin ? static_cast<size_t>(position - begin) : 0;
        char * moved = alloc(old_size + extra, 1);
        if (old_size)
            std::memcpy(moved, begin, old_size);
        begin = moved;
        return moved + old_size;
    }

    /// Gives back the tail of the last allocation (for speculative serialization of keys).
    void rollback(size_t bytes) { position -= bytes; }

    size_t allocatedBytes() const { return total_bytes; }

private:
    void addChunk(size_t at_least)
    {
        size_t size = next_chunk_bytes > at_least ? next_chunk_bytes : at_least;
        char * chunk = static_cast<char *>(std::malloc(size));
        if (!chunk)
            throw std::bad_alloc();
        chunks.push_back(chunk);
        position = chunk;
        chunk_end = chunk + size;
        total_bytes += size;
        if (next_chunk_bytes < (128u << 20))
            next_chunk_bytes *= 2;
    }

    std::vector<char *> chunks;
    char * position = nullptr;
    char * chunk_end = nullptr;
    size_t next_chunk_bytes;
    size_t total_bytes = 0;
};

using ArenaPtr = std::shared_ptr<Arena>;
}
