// Streaming output as ClickHouse's WriteBuffer: formats write into a window that
// nextImpl() drains to a socket, file or string. finalize() flushes what is left.
#pragma once

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace datastore
{
class WriteBuffer
{
public:
    WriteBuffer() = default;
    virtual ~WriteBuffer() = default;
    WriteBuffer(const WriteBuffer &) = delete;
    WriteBuffer & operator=(const WriteBuffer &) = delete;

    void write(const char * data, size_t n)
    {
        while (n)
        {
            if (position == window_end)
                next();
            size_t chunk = std::min(n, static_cast<size_t>(window_end - position));
            std::memcpy(position, data, chunk);
            position += chunk;
            data += chunk;
            n -= chunk;
        }
    }
    void write(std::string_view s) { write(s.data(), s.size()); }
    void put(char c)
    {
        if (position == window_end)
            next();
        *position++ = c;
    }

    /// Drains the window.
    void next()
    {
        if (position != window_begin)
        {
            bytes_before_window += static_cast<size_t>(position - window_begin);
            nextImpl();
        }
        else if (window_begin == window_end)
            nextImpl();
    }

    /// Flushes buffered bytes and the underlying sink; no writes are allowed afterwards.
    virtual void finalize()
    {
        if (is_finalized)
            return;
        next();
        finalizeImpl();
        is_finalized = true;
    }

    size_t count() const { return bytes_before_window + static_cast<size_t>(position - window_begin); }
    char * pos() { return position; }
    char * end() { return window_end; }
    void advance(size_t n) { position += n; }
    size_t available() const { return static_cast<size_t>(window_end - position); }

protected:
    /// Drains [window_begin, position) and sets a fresh window via setWindow().
    virtual void nextImpl() = 0;
    virtual void finalizeImpl() {}

    void setWindow(char * begin, char * end)
    {
        window_begin = position = begin;
        window_end = end;
    }
    char * windowBegin() const { return window_begin; }
    size_t bytesInWindow() const { return static_cast<size_t>(position - window_begin); }

private:
    char * window_begin = nullptr;
    char * position = nullptr;
    char * window_end = nullptr;
    size_t bytes_before_window = 0;
    bool is_finalized = false;
};

/// A WriteBuffer over its own memory: subclasses only say where full windows go.
class BufferedWriteBuffer : public WriteBuffer
{
public:
    explicit BufferedWriteBuffer(size_t buffer_bytes = 64 * 1024) : memory(new char[buffer_bytes]), memory_size(buffer_bytes)
    {
        setWindow(memory.get(), memory.get() + memory_size);
    }

protected:
    /// Receives the bytes of one full (or final) window.
    virtual void drain(const char * data, size_t size) = 0;

    void nextImpl() override
    {
        drain(windowBegin(), bytesInWindow());
        setWindow(memory.get(), memory.get() + memory_size);
    }

private:
    /// Uninitialized on purpose: zeroing buffers nobody fills costs more than the query.
    std::unique_ptr<char[]> memory;
    size_t memory_size;
};

/// Appends to a std::string owned by the caller; the string is complete after finalize().
class WriteBufferFromString : public BufferedWriteBuffer
{
public:
    explicit WriteBufferFromString(std::string & target_) : BufferedWriteBuffer(4096), target(target_) {}
    ~WriteBufferFromString() override { finalize(); }

protected:
    void drain(const char * data, size_t size) override { target.append(data, size); }

private:
    std::string & target;
};
}
