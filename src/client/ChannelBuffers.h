// ReadBuffer and WriteBuffer over a SocketChannel, for the native protocol's packets.
#pragma once

#include "client/SocketChannel.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

#include <memory>

namespace datastore::client
{
class ReadBufferFromChannel : public ReadBuffer
{
public:
    explicit ReadBufferFromChannel(SocketChannel & channel_, size_t buffer_bytes = 1 << 16)
        : channel(channel_)
        , memory(new char[buffer_bytes])
        , memory_size(buffer_bytes)
    {
    }

protected:
    bool nextImpl() override
    {
        size_t got = channel.readSome(memory.get(), memory_size);
        setWindow(memory.get(), memory.get() + got);
        return got > 0;
    }

private:
    SocketChannel & channel;
    std::unique_ptr<char[]> memory;
    size_t memory_size;
};

class WriteBufferToChannel : public BufferedWriteBuffer
{
public:
    explicit WriteBufferToChannel(SocketChannel & channel_)
        : channel(channel_)
    {
    }

protected:
    void drain(const char * data, size_t size) override { channel.writeAll(data, size); }

private:
    SocketChannel & channel;
};
}
