// The response body as a WriteBuffer. Nothing reaches the client until the buffer first
// fills or the handler finishes, so a query that fails before its first full buffer still
// gets a proper error status instead of "200 OK" with an error in the body. Once headers
// are out, the body is sent with chunked encoding; an error after that is written into the
// body and the connection is cut without the final chunk, so the client sees a broken reply.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "io/WriteBuffer.h"

namespace datastore::server
{
class HttpResponse : public WriteBuffer
{
public:
    using RawSender = std::function<void(std::string_view bytes)>;

    HttpResponse(RawSender send_raw_, bool keep_alive_, size_t buffer_bytes = 1 << 20);

    void setStatus(int code, std::string reason);
    int getStatus() const { return status; }
    void setHeader(const std::string & name, const std::string & value) { headers[name] = value; }
    void removeHeader(const std::string & name) { headers.erase(name); }
    /// Called right before headers go out, to add figures known only then (X-ClickHouse-Summary).
    void setBeforeCommit(std::function<void(HttpResponse &)> callback) { before_commit = std::move(callback); }

    bool isCommitted() const { return is_committed; }
    /// Nothing is sent before finish() (wait_end_of_query): the body is kept in memory.
    void holdUntilFinished() { is_holding = true; }
    bool keepAlive() const { return keep_alive && !is_broken; }

    /// Drops everything buffered and not yet sent (to replace a half-written result by an error).
    void discardUncommitted();
    /// Sends what is left and ends the response.
    void finish();
    /// Writes `message` into an already started body and marks the connection for closing.
    void breakWithError(const std::string & message);

protected:
    void nextImpl() override;

private:
    void commit(bool is_final);
    void sendChunk(const char * data, size_t size);

    RawSender send_raw;
    bool keep_alive;
    /// Uninitialized: a response touches only the pages it writes.
    std::unique_ptr<char[]> memory;
    size_t memory_size;
    int status = 200;
    std::string reason = "OK";
    std::map<std::string, std::string> headers;
    std::function<void(HttpResponse &)> before_commit;
    bool is_committed = false;
    bool is_holding = false;
    /// The body held back while is_holding, before the current window.
    std::string held;
    bool is_finished = false;
    bool is_broken = false;
};
}
