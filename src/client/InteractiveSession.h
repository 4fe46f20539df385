// The interactive client on a terminal: prompts "host :) ", gathers lines until one ends in
// ';' (or '\G', which shows the result Vertical), runs each statement with its progress line
// and summary, keeps history in ~/.datastore-client-history, and ends on Ctrl-D, exit or quit.
#pragma once

#include "client/LineEditor.h"
#include "client/QueryRunner.h"

#include <string>

namespace datastore::client
{
class InteractiveSession
{
public:
    InteractiveSession(Connection & connection_, QueryRunner & runner_, ProgressDisplay & progress_, std::string format_);

    /// Returns the exit code: 0 (errors of single queries do not end the session).
    int run();

private:
    enum class Input
    {
        Statement,
        Interrupted,
        End,
    };
    /// One complete input (up to ';' or '\G') into `text`.
    Input readInput(std::string & text);
    void execute(const std::string & statement, const std::string & format);

    Connection & connection;
    QueryRunner & runner;
    ProgressDisplay & progress;
    std::string format;
    LineEditor editor;
};
}
