#include "server/NativeConnectionHandler.h"

#include <fmt/format.h>

#include "access/ContextAccess.h"
#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"
#include "interpreters/executeQuery.h"
#include "io/WriteHelpers.h"
#include "server/ClientCancelWatcher.h"
#include "server/PeriodicTask.h"
#include "server/NativeProtocol.h"
#include "server/QuerySetup.h"
#include "sql/formatAST.h"
#include "storage/ColumnsDescription.h"

namespace datastore::server
{
namespace
{
using namespace native;

/// The INSERT's data as the client sends it: Data packets up to an empty block.
class NativeInsertInput final : public formats::IInputFormat
{
public:
    NativeInsertInput(ReadBuffer & in_, const Block & header_, NativeProtocolReader & reader_, bool is_compressed_,
                      interpreters::QueryContext & context_, bool & is_pending_, bool & is_stream_broken_)
        : IInputFormat(in_, header_, {}, 0)
        , reader(reader_)
        , is_compressed(is_compressed_)
        , context(context_)
        , is_pending(is_pending_)
        , is_stream_broken(is_stream_broken_)
    {
        is_pending = true;
    }

    Block read(formats::MissingValues & missing) override
    {
        if (!is_pending)
            return {};
        try
        {
            UInt64 type = 0;
            if (!reader.readPacketType(type))
                throw Exception(ErrorCodes::NETWORK_ERROR, "Connection closed by the client during INSERT");
            if (type == ClientPacket::kCancel)
            {
                is_pending = false;
                context.cancel();
                return {};
            }
            if (type != ClientPacket::kData)
                throw Exception(ErrorCodes::UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client (expected Data, got {})", type);
            Block block = reader.readData(is_compressed, &header, &missing);
            if (!block)
                is_pending = false;
            rows_read += block.rows();
            return block;
        }
        catch (...)
        {
            is_pending = false;
            is_stream_broken = true;
            throw;
        }
    }

private:
    NativeProtocolReader & reader;
    bool is_compressed;
    interpreters::QueryContext & context;
    bool & is_pending;
    bool & is_stream_broken;
};

/// ColumnsDescription's text as ClickHouse sends it before INSERT data, so clients that
/// parse rows themselves fill omitted fields with the columns' defaults.
std::string columnsDescriptionText(const storage::ColumnsDescription & columns)
{
    std::string text = fmt::format("columns format version: 1\n{} columns:\n", columns.getAll().size());
    for (const auto & column : columns.getAll())
    {
        text += sql::backQuote(column.name) + " " + column.type->getName();
        if (column.default_expression)
        {
            static const char * kinds[] = {"", "DEFAULT", "MATERIALIZED", "ALIAS", "EPHEMERAL"};
            text += fmt::format("\t{}\t{}", kinds[static_cast<int>(column.default_kind)], sql::formatAST(*column.default_expression));
        }
        text += "\n";
    }
    return text;
}

compression::CompressionCodecPtr networkCodec(const interpreters::Settings & settings)
{
    auto & factory = compression::CompressionCodecFactory::instance();
    if (settings.network_compression_method == "ZSTD" || settings.network_compression_method == "zstd")
        return factory.get(fmt::format("ZSTD({})", settings.network_zstd_compression_level));
    return factory.get("LZ4");
}

ServerHello serverHello(const interpreters::ServerConfig & config)
{
    ServerHello hello;
    hello.display_name = config.display_name;
    hello.timezone = config.timezone;
    /// kClickHouseCompatibleVersion is "major.minor.patch.build".
    unsigned major = 0;
    unsigned minor = 0;
    unsigned patch = 0;
    std::sscanf(kClickHouseCompatibleVersion, "%u.%u.%u", &major, &minor, &patch);
    hello.version_major = major;
    hello.version_minor = minor;
    hello.version_patch = patch;
    return hello;
}
}

NativeConnectionHandler::NativeConnectionHandler(interpreters::ServerContext & server_, ConnectionStream & connection_)
    : server(server_), connection(connection_), in(connection), out(connection), reader(in), writer(out)
{
    auto & socket = connection.tcpSocket();
    boost::system::error_code ec;
    auto remote = socket.remote_endpoint(ec);
    if (!ec)
    {
        client_address = remote.address().to_string();
        client_info.port = remote.port();
    }
    client_info.interface = interpreters::ClientInfo::Interface::Tcp;
    client_info.is_secure = connection.isEncrypted();
    socket.set_option(boost::asio::ip::tcp::no_delay(true), ec);
}

void NativeConnectionHandler::run()
{
    try
    {
        /// ClickHouse's handshake_timeout_ms: a client that sends no Hello leaves.
        connection.setReadTimeout(std::chrono::milliseconds(10000));
        if (!handshake())
            return;
        while (!is_stream_broken)
        {
            /// A pooled connection may idle between queries, but not for ever. (A deadline, not
            /// a poll: over TLS the next packet may already sit in the TLS layer's buffer.)
            connection.setReadTimeout(std::chrono::seconds(session.settings.idle_connection_timeout));
            UInt64 type = 0;
            if (!reader.readPacketType(type))
                return;
            connection.setReadTimeout(std::chrono::seconds(session.settings.receive_timeout));
            if (type == ClientPacket::kPing)
                writer.writePong();
            else if (type == ClientPacket::kQuery)
                processQuery();
            else if (type == ClientPacket::kCancel)
                continue; /// a cancel that came after its query ended
            else if (type == ClientPacket::kHello || type == ClientPacket::kData)
                throw Exception(ErrorCodes::UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client: {}", type);
            else
                throw Exception(ErrorCodes::UNKNOWN_PACKET_FROM_CLIENT, "Unknown packet {} from client", type);
            writer.flush();
        }
    }
    catch (...)
    {
        /// The packets can no longer be followed: tell the client why, if it still listens.
        int code = currentExceptionCode();
        if (code == ErrorCodes::NETWORK_ERROR || code == ErrorCodes::SOCKET_TIMEOUT)
            return;
        try
        {
            writer.setCompression(nullptr);
            writer.writeException(currentException());
            writer.flush();
        }
        catch (...)
        {
        }
    }
}

bool NativeConnectionHandler::handshake()
{
    UInt64 type = 0;
    if (!reader.readPacketType(type))
        return false;
    if (type != ClientPacket::kHello)
        throw Exception(ErrorCodes::UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client (expected Hello, got {})", type);
    ClientHello hello = reader.readHello();
    client_info.client_name = hello.client_name;
    client_info.client_version_major = hello.version_major;
    client_info.client_version_minor = hello.version_minor;
    client_info.client_revision = hello.revision;
    revision = std::min(hello.revision, kServerRevision);
    reader.setRevision(revision);
    writer.setRevision(revision);
    access = authenticate(server, hello.user.empty() ? "default" : hello.user, hello.password, client_address);
    session = startSession(server, *access);
    interpreters::QueryContext probe(server);
    probe.current_database = session.current_database;
    if (!hello.database.empty())
        useDatabase(probe, hello.database);
    session.current_database = probe.current_database;

    writer.writeHello(serverHello(server.getConfig()));
    writer.flush();
    if (revision >= Revision::kAddendum)
        reader.readAddendum();
    return true;
}

bool NativeConnectionHandler::skipData(bool is_compressed)
{
    bool has_data = false;
    while (true)
    {
        UInt64 type = 0;
        if (!reader.readPacketType(type))
            throw Exception(ErrorCodes::NETWORK_ERROR, "Connection closed by the client");
        if (type != ClientPacket::kData)
            throw Exception(ErrorCodes::UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client (expected Data, got {})", type);
        if (!reader.readData(is_compressed, nullptr, nullptr))
            return has_data;
        has_data = true;
    }
}

void NativeConnectionHandler::checkClientPackets(interpreters::QueryContext & context)
{
    while (in.hasPendingData())
    {
        UInt64 type = 0;
        if (!reader.readPacketType(type))
        {
            is_stream_broken = true;
            context.cancel();
            return;
        }
        if (type == ClientPacket::kCancel)
            context.cancel();
        else if (type == ClientPacket::kPing)
            writer.writePong();
        else
        {
            is_stream_broken = true;
            throw Exception(ErrorCodes::UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client during a query: {}", type);
        }
    }
}

void NativeConnectionHandler::sendProgress(interpreters::QueryContext & context)
{
    const auto & progress = context.progress;
    ProgressIncrement increment;
    auto take = [](const std::atomic<UInt64> & current, UInt64 & sent)
    {
        UInt64 value = current.load();
        UInt64 delta = value >= sent ? value - sent : 0;
        sent = value;
        return delta;
    };
    increment.read_rows = take(progress.read_rows, sent_read_rows);
    increment.read_bytes = take(progress.read_bytes, sent_read_bytes);
    increment.total_rows_to_read = take(progress.total_rows_to_read, sent_total_rows);
    increment.written_rows = take(progress.written_rows, sent_written_rows);
    increment.written_bytes = take(progress.written_bytes, sent_written_bytes);
    increment.elapsed_ns = static_cast<UInt64>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - context.start_time).count());
    writer.writeProgress(increment);
}

void NativeConnectionHandler::processQuery()
{
    ClientQuery query = reader.readQuery();
    /// External tables (or just the empty block that says there are none) follow the query.
    bool has_external_tables = skipData(query.is_compressed);

    interpreters::QueryContext context(server);
    context.session = &session;
    context.settings = session.settings;
    context.current_database = session.current_database;
    context.access = access;
    applySessionRoles(context);
    context.user = access->getUserName();
    context.client_address = client_address;
    context.client_info = client_info;
    context.client_info.os_user = query.os_user;
    context.client_info.client_hostname = query.client_hostname;
    context.client_info.client_version_patch = query.client_version_patch;
    context.query_id = query.query_id.empty() ? generateQueryId() : query.query_id;
    context.query_parameters = query.parameters;
    sent_read_rows = sent_read_bytes = sent_total_rows = sent_written_rows = sent_written_bytes = 0;

    bool is_insert_data_pending = false;
    bool has_insert_data = false;
    ProfileInfo profile;
    bool has_result = false;
    try
    {
        if (has_external_tables)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "External tables are not supported yet");
        if (query.stage != kStageComplete)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Query processing stage {} is not supported: only Complete is", query.stage);
        for (const auto & [name, value] : query.settings)
            applyClientSetting(context, name, value);
        writer.setCompression(query.is_compressed ? networkCodec(context.settings) : nullptr);

        ClientCancelWatcher watcher(connection, context, ClientCancelWatcher::Protocol::Native);
        /// The query's thread and the progress reports write packets in turn.
        std::mutex write_mutex;
        PeriodicTask progress_reports(std::chrono::microseconds(std::max<UInt64>(context.settings.interactive_delay, 1000)), [&]
        {
            std::lock_guard lock(write_mutex);
            if (context.progress.read_rows.load() != sent_read_rows || context.progress.written_rows.load() != sent_written_rows)
            {
                sendProgress(context);
                writer.flush();
            }
        });
        interpreters::QueryIO io;
        io.on_result_block = [&](const Block & block)
        {
            std::lock_guard lock(write_mutex);
            if (has_result)
            {
                profile.rows += block.rows();
                profile.blocks += 1;
                profile.bytes += block.bytes();
            }
            has_result = true;
            writer.writeData(block);
            if (block.rows())
                sendProgress(context);
            writer.flush();
            checkClientPackets(context);
        };
        io.on_totals_block = [&](const Block & block)
        {
            std::lock_guard lock(write_mutex);
            writer.writeTotals(block);
            writer.flush();
        };
        io.make_insert_input = [&](const Block & header, const storage::ColumnsDescription & columns) -> formats::InputFormatPtr
        {
            /// From here the client sends data, which the INSERT reads (and a Cancel with it);
            /// a TLS stream must not be written by another thread while it is read.
            progress_reports.stop();
            watcher.stop();
            if (revision >= Revision::kColumnDefaultsMetadata && context.settings.input_format_defaults_for_omitted_fields)
                writer.writeTableColumns(columnsDescriptionText(columns));
            writer.writeData(header.cloneEmpty());
            writer.flush();
            has_insert_data = true;
            return std::make_unique<NativeInsertInput>(in, header, reader, query.is_compressed, context, is_insert_data_pending,
                                                       is_stream_broken);
        };
        interpreters::executeQuery(query.text, context, io);
        progress_reports.stop();
        watcher.stop();
        if (has_result)
            writer.writeProfileInfo(profile);
        if (!has_insert_data || revision >= Revision::kProfileEventsInInsert)
            sendProgress(context);
        writer.writeEndOfStream();
    }
    catch (...)
    {
        Exception exception = currentException();
        /// The client sends its whole INSERT before it reads our answer: take the rest.
        if (is_insert_data_pending && !is_stream_broken)
        {
            try
            {
                skipData(query.is_compressed);
            }
            catch (...)
            {
                is_stream_broken = true;
            }
        }
        if (context.isCancelled() && !is_stream_broken)
            writer.writeEndOfStream();
        else
            writer.writeException(exception);
    }
    writer.setCompression(nullptr);
}
}
