// Runs one statement over a Connection as clickhouse-client does: sends the Query packet,
// streams an INSERT's data from stdin as Data blocks parsed by our input format, prints result
// blocks through our output format as they arrive, and sends Cancel on a Ctrl-C.
#pragma once

#include "client/Connection.h"
#include "client/ProgressDisplay.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

#include <atomic>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace datastore::client
{
struct QueryOutcome
{
    /// Rows of the result (0 for statements without one).
    UInt64 result_rows = 0;
    bool has_result = false;
    bool was_cancelled = false;
};

class QueryRunner
{
public:
    /// `interrupted` is set by the SIGINT handler; the runner clears it when it sends Cancel.
    QueryRunner(Connection & connection_, ProgressDisplay & progress_, WriteBuffer & out_, std::atomic<bool> & interrupted_);

    void setSettings(std::vector<std::pair<std::string, std::string>> settings_) { settings = std::move(settings_); }
    void setParameters(std::map<std::string, std::string> parameters_) { parameters = std::move(parameters_); }

    /// Runs `text`, its results printed in `format`. An INSERT without inline data or SELECT
    /// takes its rows from `insert_data` (stdin), or none when it is null. Throws ServerException
    /// for the server's errors.
    QueryOutcome run(const std::string & text, const std::string & format, ReadBuffer * insert_data);

private:
    void sendInsertData(const Block & header, const std::string & format, ReadBuffer * insert_data);
    void onIdle();

    Connection & connection;
    ProgressDisplay & progress;
    WriteBuffer & out;
    std::atomic<bool> & interrupted;
    std::vector<std::pair<std::string, std::string>> settings;
    std::map<std::string, std::string> parameters;
    bool is_cancel_sent = false;
};
}
