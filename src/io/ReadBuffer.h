// Streaming input as ClickHouse's ReadBuffer: a window [position, end) over the data,
// refilled by nextImpl(). Parsers read straight from the window, so formats stream
// request bodies and files without holding them whole.
#pragma once

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "base/Exception.h"

namespace datastore
{
class ReadBuffer
{
public:
    ReadBuffer() = default;
    ReadBuffer(const char * begin, const char * end) : window_begin(begin), position(begin), window_end(end) {}
    virtual ~ReadBuffer() = default;
    ReadBuffer(const ReadBuffer &) = delete;
    ReadBuffer & operator=(const ReadBuffer &) = delete;

    const char * pos() const { return position; }
    const char * end() const { return window_end; }
    size_t available() const { return static_cast<size_t>(window_end - position); }
    void advance(size_t n) { position += n; }
    void setPos(const char * p) { position = p; }

    /// Loads the next window; false at end of input. The previous window is invalid afterwards.
    bool next()
    {
        bytes_before_window += static_cast<size_t>(window_end - window_begin);
        bool has_more = nextImpl();
        if (!has_more)
        {
            window_begin = position = window_end;
            return false;
        }
        return true;
    }

    bool eof()
    {
        return position == window_end && !next();
    }

    /// Bytes consumed so far, for error messages and progress.
    size_t count() const { return bytes_before_window + static_cast<size_t>(position - window_begin); }

    size_t read(char * to, size_t n)
    {
        size_t copied = 0;
        while (copied < n && !eof())
        {
            size_t chunk = std::min(n - copied, available());
            std::memcpy(to + copied, position, chunk);
            position += chunk;
            copied += chunk;
        }
        return copied;
    }

    void readStrict(char * to, size_t n)
    {
        if (read(to, n) != n)
            throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data. Bytes read: {}. Bytes expected: {}", count(), n);
    }

    bool peek(char & c)
    {
        if (eof())
            return false;
        c = *position;
        return true;
    }

    void ignore(size_t n)
    {
        while (n && !eof())
        {
            size_t chunk = std::min(n, available());
            position += chunk;
            n -= chunk;
        }
    }

    /// Reads everything that is left into `out`.
    void readAll(std::string & out)
    {
        while (!eof())
        {
            out.append(position, window_end);
            position = window_end;
        }
    }

protected:
    /// Sets the window via setWindow(); returns false at end of input.
    virtual bool nextImpl() { return false; }

    void setWindow(const char * begin, const char * end)
    {
        window_begin = position = begin;
        window_end = end;
    }

private:
    const char * window_begin = nullptr;
    const char * position = nullptr;
    const char * window_end = nullptr;
    size_t bytes_before_window = 0;
};

/// Reads from memory that outlives the buffer.
class ReadBufferFromMemory : public ReadBuffer
{
public:
    explicit ReadBufferFromMemory(std::string_view data) : ReadBuffer(data.data(), data.data() + data.size()) {}
};

/// Reads from an owned copy of a string.
class ReadBufferFromOwnString : public ReadBuffer
{
public:
    explicit ReadBufferFromOwnString(std::string data) : storage(std::move(data))
    {
        setWindow(storage.data(), storage.data() + storage.size());
    }

private:
    std::string storage;
};
}
