#include "server/HttpResponse.h"

#include <fmt/format.h>

#include "base/Exception.h"

namespace datastore::server
{
HttpResponse::HttpResponse(RawSender send_raw_, bool keep_alive_, size_t buffer_bytes)
    : send_raw(std::move(send_raw_)), keep_alive(keep_alive_), memory(new char[buffer_bytes]), memory_size(buffer_bytes)
{
    setWindow(memory.get(), memory.get() + memory_size);
}

void HttpResponse::setStatus(int code, std::string reason_)
{
    status = code;
    reason = std::move(reason_);
}

void HttpResponse::commit(bool is_final)
{
    if (before_commit)
        before_commit(*this);
    std::string head = fmt::format("HTTP/1.1 {} {}\r\n", status, reason);
    for (const auto & [name, value] : headers)
        head += fmt::format("{}: {}\r\n", name, value);
    head += keep_alive ? "Connection: Keep-Alive\r\nKeep-Alive: timeout=10\r\n" : "Connection: Close\r\n";
    if (is_final)
        head += fmt::format("Content-Length: {}\r\n\r\n", held.size() + bytesInWindow());
    else
        head += "Transfer-Encoding: chunked\r\n\r\n";
    is_committed = true;
    if (is_final)
    {
        head += held;
        head.append(windowBegin(), bytesInWindow());
        held.clear();
        send_raw(head);
    }
    else
        send_raw(head);
}

void HttpResponse::sendChunk(const char * data, size_t size)
{
    if (size == 0)
        return;
    std::string chunk = fmt::format("{:x}\r\n", size);
    chunk.append(data, size);
    chunk += "\r\n";
    send_raw(chunk);
}

void HttpResponse::nextImpl()
{
    if (is_broken)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Connection was broken while sending the response");
    if (is_holding && !is_committed)
    {
        held.append(windowBegin(), bytesInWindow());
        setWindow(memory.get(), memory.get() + memory_size);
        return;
    }
    if (!is_committed)
        commit(false);
    sendChunk(windowBegin(), bytesInWindow());
    setWindow(memory.get(), memory.get() + memory_size);
}

void HttpResponse::discardUncommitted()
{
    held.clear();
    setWindow(memory.get(), memory.get() + memory_size);
}

void HttpResponse::finish()
{
    if (is_finished || is_broken)
        return;
    is_finished = true;
    if (!is_committed)
    {
        commit(true);
        setWindow(memory.get(), memory.get() + memory_size);
        return;
    }
    sendChunk(windowBegin(), bytesInWindow());
    setWindow(memory.get(), memory.get() + memory_size);
    send_raw("0\r\n\r\n");
}

void HttpResponse::breakWithError(const std::string & message)
{
    if (is_broken)
        return;
    try
    {
        sendChunk(windowBegin(), bytesInWindow());
        setWindow(memory.get(), memory.get() + memory_size);
        sendChunk(message.data(), message.size());
    }
    catch (...)
    {
        /// The client is gone already: nothing more to tell it.
    }
    is_broken = true;
    is_finished = true;
}
}
