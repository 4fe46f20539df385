#include "client/QueryRunner.h"

#include "client/ServerException.h"
#include "formats/FormatFactory.h"
#include "server/NativeProtocol.h"
#include "sql/ASTInsertQuery.h"
#include "sql/Parser.h"

#include <cstdio>

namespace datastore::client
{
namespace
{
using namespace server::native;

/// Rows per Data block of an INSERT: bounded so stdin streams through a fixed amount of memory.
constexpr size_t kInsertBlockRows = 65536;

/// The format of an INSERT whose data the client sends, or nothing for other statements.
std::optional<std::string> clientSideInsertFormat(const std::string & text)
{
    sql::ASTPtr ast;
    try
    {
        ast = sql::parseQuery(text, std::max<size_t>(text.size(), 262144));
    }
    catch (...)
    {
        /// The server reports the syntax error with its own message.
        return std::nullopt;
    }
    const auto * insert = ast->as<sql::ASTInsertQuery>();
    if (!insert || insert->select)
        return std::nullopt;
    /// As the server decides: data after FORMAT in the text itself is the INSERT's data.
    if (insert->has_inline_data && text.find_first_not_of(" \t\r\n", insert->data_offset) != std::string::npos)
        return std::nullopt;
    return insert->format.empty() ? "Values" : insert->format;
}
}

QueryRunner::QueryRunner(Connection & connection_, ProgressDisplay & progress_, WriteBuffer & out_, std::atomic<bool> & interrupted_)
    : connection(connection_)
    , progress(progress_)
    , out(out_)
    , interrupted(interrupted_)
{
    formats::registerFormats();
}

void QueryRunner::onIdle()
{
    if (interrupted.exchange(false) && !is_cancel_sent)
    {
        progress.clear();
        std::fputs("Cancelling query.\n", stderr);
        connection.sendCancel();
        is_cancel_sent = true;
    }
    progress.refresh();
}

void QueryRunner::sendInsertData(const Block & header, const std::string & format, ReadBuffer * insert_data)
{
    if (insert_data)
    {
        auto input = formats::FormatFactory::instance().getInput(format, *insert_data, header, FormatSettings {}, kInsertBlockRows);
        formats::MissingValues missing;
        while (true)
        {
            Block block = input->read(missing);
            /// A Ctrl-C while the block was read (stdin may be slow) keeps it from the server too.
            if (!block || interrupted.load())
                break;
            connection.sendData(block);
        }
    }
    /// Ctrl-C during the data cancels the INSERT instead of ending it: nothing is stored.
    if (interrupted.exchange(false))
    {
        std::fputs("Cancelling query.\n", stderr);
        connection.sendCancel();
        is_cancel_sent = true;
        return;
    }
    connection.sendData(Block());
}

QueryOutcome QueryRunner::run(const std::string & text, const std::string & format, ReadBuffer * insert_data)
{
    QueryOutcome outcome;
    auto insert_format = clientSideInsertFormat(text);
    bool is_insert_header_due = insert_format.has_value();
    is_cancel_sent = false;
    interrupted = false;
    progress.start();
    connection.setIdleCallback([this] { onIdle(); });
    connection.sendQuery(text, settings, parameters);

    formats::OutputFormatPtr output;
    Block totals;
    while (true)
    {
        Packet packet = connection.receivePacket();
        switch (packet.type)
        {
            case ServerPacket::kData:
                if (is_insert_header_due)
                {
                    is_insert_header_due = false;
                    sendInsertData(packet.block, *insert_format, insert_data);
                    break;
                }
                if (!output)
                {
                    output = formats::FormatFactory::instance().getOutput(format, out, packet.block, FormatSettings {});
                    output->writePrefix();
                    outcome.has_result = true;
                }
                if (packet.block.rows())
                {
                    progress.clear();
                    outcome.result_rows += packet.block.rows();
                    output->consume(packet.block);
                    out.next();
                }
                break;
            case ServerPacket::kTotals:
                totals = packet.block;
                break;
            case ServerPacket::kProgress:
                progress.add(packet.progress);
                progress.refresh();
                break;
            case ServerPacket::kException:
                progress.clear();
                out.next();
                throw ServerException(
                    *packet.exception, connection.address(),
                    fmt::format(
                        "{}.{}.{}", connection.server().version_major, connection.server().version_minor,
                        connection.server().version_patch));
            case ServerPacket::kEndOfStream:
                progress.clear();
                if (output)
                {
                    if (totals)
                        output->setTotals(totals);
                    formats::OutputStatistics statistics;
                    statistics.elapsed_seconds = progress.elapsedSeconds();
                    output->setStatistics(statistics);
                    output->writeSuffix();
                    out.next();
                }
                outcome.was_cancelled = is_cancel_sent;
                return outcome;
            default:
                break;
        }
    }
}
}
