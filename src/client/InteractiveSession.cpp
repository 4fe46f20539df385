#include "client/InteractiveSession.h"

#include "client/ServerException.h"
#include "sql/Parser.h"

#include <cstdio>
#include <cstdlib>

namespace datastore::client
{
namespace
{
std::string historyPath()
{
    const char * home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.datastore-client-history";
}

std::string trimmed(const std::string & text)
{
    size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return "";
    size_t end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

bool isExitCommand(const std::string & text)
{
    std::string command = trimmed(text);
    if (!command.empty() && command.back() == ';')
        command = trimmed(command.substr(0, command.size() - 1));
    for (char & c : command)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return command == "exit" || command == "quit" || command == "logout" || command == "q";
}
}

InteractiveSession::InteractiveSession(Connection & connection_, QueryRunner & runner_, ProgressDisplay & progress_, std::string format_)
    : connection(connection_)
    , runner(runner_)
    , progress(progress_)
    , format(std::move(format_))
    , editor(historyPath())
{
}

InteractiveSession::Input InteractiveSession::readInput(std::string & text)
{
    const auto & server = connection.server();
    std::string prompt = (server.display_name.empty() ? connection.address() : server.display_name) + " :) ";
    text.clear();
    while (true)
    {
        std::string line;
        auto result = editor.readLine(text.empty() ? prompt : ":-] ", line);
        if (result == LineEditor::Result::EndOfInput)
            return Input::End;
        if (result == LineEditor::Result::Interrupted)
            return Input::Interrupted;
        text += text.empty() ? line : "\n" + line;
        std::string so_far = trimmed(text);
        if (so_far.empty())
        {
            text.clear();
            continue;
        }
        if (isExitCommand(so_far) || so_far.back() == ';' || so_far.ends_with("\\G"))
        {
            text = so_far;
            return Input::Statement;
        }
    }
}

void InteractiveSession::execute(const std::string & statement, const std::string & statement_format)
{
    try
    {
        QueryOutcome outcome = runner.run(statement, statement_format, nullptr);
        if (outcome.was_cancelled)
            std::printf("Query was cancelled.\n\n");
        else
        {
            if (!outcome.has_result)
                std::printf("Ok.\n");
            std::printf("\n%s\n\n", progress.summary(outcome.result_rows).c_str());
        }
    }
    catch (const ServerException & exception)
    {
        if (exception.code() == ErrorCodes::QUERY_WAS_CANCELLED)
            std::printf("Query was cancelled.\n\n");
        else
            std::fprintf(stderr, "%s\n\n", exception.clientText().c_str());
    }
    std::fflush(stdout);
}

int InteractiveSession::run()
{
    const auto & server = connection.server();
    std::printf(
        "datastore client version %s.\nConnected to %s server version %llu.%llu.%llu.\n\n", kClickHouseCompatibleVersion,
        connection.address().c_str(), static_cast<unsigned long long>(server.version_major),
        static_cast<unsigned long long>(server.version_minor), static_cast<unsigned long long>(server.version_patch));
    std::fflush(stdout);
    while (true)
    {
        std::string text;
        Input input = readInput(text);
        if (input == Input::End)
            break;
        if (input == Input::Interrupted)
            continue;
        editor.addToHistory(text);
        if (isExitCommand(text))
            break;
        if (text.ends_with("\\G"))
        {
            execute(text.substr(0, text.size() - 2), "Vertical");
            continue;
        }
        try
        {
            for (auto statement : sql::splitMultipleQueries(text, std::max<size_t>(text.size(), 262144)))
                execute(std::string(statement), format);
        }
        catch (const Exception & exception)
        {
            std::fprintf(stderr, "%s\n\n", exception.displayText().c_str());
        }
    }
    std::printf("Bye.\n");
    return 0;
}
}
