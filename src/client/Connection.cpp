#include "client/Connection.h"

#include "client/ServerException.h"
#include "formats/NativeBlock.h"
#include "io/ReadValues.h"
#include "io/WriteHelpers.h"
#include "server/NativeProtocol.h"
#include "sql/formatAST.h"

#include <pwd.h>
#include <unistd.h>

namespace datastore::client
{
namespace
{
using namespace server::native;

inline constexpr const char * kClientName = "datastore-client";

std::string osUser()
{
    const passwd * entry = ::getpwuid(::getuid());
    return entry ? entry->pw_name : "";
}

std::string hostName()
{
    char name[256] = {};
    ::gethostname(name, sizeof(name) - 1);
    return name;
}

unsigned versionPart(int index)
{
    unsigned parts[3] = {};
    std::sscanf(kClickHouseCompatibleVersion, "%u.%u.%u", &parts[0], &parts[1], &parts[2]);
    return parts[index];
}

formats::NativeBlockOptions blockOptions(UInt64 revision)
{
    formats::NativeBlockOptions options;
    options.with_block_info = revision >= Revision::kBlockInfo;
    options.with_custom_serialization_flag = revision >= Revision::kCustomSerialization;
    return options;
}
}

Connection::Connection(const ConnectionParameters & parameters_)
    : parameters(parameters_)
{
    channel
        = std::make_unique<SocketChannel>(parameters.host, parameters.port, parameters.is_secure, parameters.accept_invalid_certificate);
    in = std::make_unique<ReadBufferFromChannel>(*channel);
    out = std::make_unique<WriteBufferToChannel>(*channel);
    sendHello();
    receiveHello();
}

std::string Connection::address() const
{
    return fmt::format("{}:{}", parameters.host, parameters.port);
}

void Connection::sendHello()
{
    writeVarUInt(ClientPacket::kHello, *out);
    writeStringBinary(kClientName, *out);
    writeVarUInt(versionPart(0), *out);
    writeVarUInt(versionPart(1), *out);
    writeVarUInt(kServerRevision, *out);
    writeStringBinary(parameters.database, *out);
    writeStringBinary(parameters.user, *out);
    writeStringBinary(parameters.password, *out);
    out->next();
}

void Connection::receiveHello()
{
    UInt64 type = readVarUIntValue(*in);
    if (type == ServerPacket::kException)
        throw ServerException(readException(), address(), "");
    if (type != ServerPacket::kHello)
        throw Exception(
            ErrorCodes::UNEXPECTED_PACKET_FROM_SERVER, "Unexpected packet from server {} (expected Hello, got {})", address(), type);
    readStringValue(*in); /// server name
    server_info.version_major = readVarUIntValue(*in);
    server_info.version_minor = readVarUIntValue(*in);
    revision = std::min(readVarUIntValue(*in), kServerRevision);
    if (revision >= Revision::kServerTimezone)
        server_info.timezone = readStringValue(*in);
    if (revision >= Revision::kServerDisplayName)
        server_info.display_name = readStringValue(*in);
    if (revision >= Revision::kVersionPatch)
        server_info.version_patch = readVarUIntValue(*in);
    if (revision >= Revision::kPasswordComplexityRules)
    {
        UInt64 rules = readVarUIntValue(*in);
        for (UInt64 i = 0; i < rules * 2; ++i)
            readStringValue(*in); /// pattern and its message: checked by the server when a password is set
    }
    if (revision >= Revision::kInterserverSecretV2)
        readLittleEndianValue<UInt64>(*in);
    if (revision >= Revision::kAddendum)
    {
        writeStringBinary("", *out); /// quota key
        out->next();
    }
}

void Connection::writeClientInfo()
{
    writeBinaryLittleEndian(UInt8(1), *out); /// initial query
    writeStringBinary("", *out); /// initial user
    writeStringBinary("", *out); /// initial query id
    writeStringBinary("0.0.0.0:0", *out); /// initial address: the server takes the socket's
    if (revision >= Revision::kInitialQueryStartTime)
        writeBinaryLittleEndian(Int64(0), *out);
    writeBinaryLittleEndian(UInt8(1), *out); /// interface: TCP
    writeStringBinary(osUser(), *out);
    writeStringBinary(hostName(), *out);
    writeStringBinary(kClientName, *out);
    writeVarUInt(versionPart(0), *out);
    writeVarUInt(versionPart(1), *out);
    writeVarUInt(kServerRevision, *out);
    if (revision >= Revision::kQuotaKeyInClientInfo)
        writeStringBinary("", *out);
    if (revision >= Revision::kDistributedDepth)
        writeVarUInt(0, *out);
    if (revision >= Revision::kVersionPatch)
        writeVarUInt(versionPart(2), *out);
    if (revision >= Revision::kOpenTelemetry)
        writeBinaryLittleEndian(UInt8(0), *out); /// no trace context
    if (revision >= Revision::kParallelReplicas)
    {
        writeVarUInt(0, *out);
        writeVarUInt(0, *out);
        writeVarUInt(0, *out);
    }
}

void Connection::sendQuery(
    const std::string & text, const std::vector<std::pair<std::string, std::string>> & settings,
    const std::map<std::string, std::string> & query_parameters)
{
    writeVarUInt(ClientPacket::kQuery, *out);
    writeStringBinary("", *out); /// query id: the server makes one
    if (revision >= Revision::kClientInfo)
        writeClientInfo();
    for (const auto & [name, value] : settings)
    {
        writeStringBinary(name, *out);
        /// Important: a setting the server does not know fails the query instead of passing unnoticed.
        writeVarUInt(kSettingFlagImportant, *out);
        writeStringBinary(value, *out);
    }
    writeStringBinary("", *out);
    if (revision >= Revision::kInterserverSecret)
        writeStringBinary("", *out);
    writeVarUInt(kStageComplete, *out);
    writeVarUInt(0, *out); /// no compression
    writeStringBinary(text, *out);
    if (revision >= Revision::kParameters)
    {
        for (const auto & [name, value] : query_parameters)
        {
            writeStringBinary(name, *out);
            writeVarUInt(kSettingFlagCustom, *out);
            /// As a quoted literal, as clickhouse-client sends parameters.
            writeStringBinary(sql::quoteString(value), *out);
        }
        writeStringBinary("", *out);
    }
    /// No external tables: an empty block ends them.
    sendData(Block());
}

void Connection::sendData(const Block & block)
{
    writeVarUInt(ClientPacket::kData, *out);
    if (revision >= Revision::kTemporaryTables)
        writeStringBinary("", *out);
    formats::writeNativeBlock(block, *out, blockOptions(revision));
    out->next();
}

void Connection::sendCancel()
{
    writeVarUInt(ClientPacket::kCancel, *out);
    out->next();
}

Block Connection::readBlock()
{
    if (revision >= Revision::kTemporaryTables)
        readStringValue(*in);
    return formats::readNativeBlock(*in, blockOptions(revision), nullptr, nullptr);
}

Exception Connection::readException()
{
    Int32 code = readLittleEndianValue<Int32>(*in);
    readStringValue(*in); /// class name
    std::string message = readStringValue(*in);
    readStringValue(*in); /// stack trace
    /// A nested exception repeats the layout; the outer one is what the user sees.
    if (readLittleEndianValue<UInt8>(*in))
        readException();
    return Exception(code, message);
}

Packet Connection::receivePacket()
{
    Packet packet;
    if (in->eof())
        throw Exception(ErrorCodes::NETWORK_ERROR, "Connection reset by peer, while reading from socket ({})", address());
    packet.type = readVarUIntValue(*in);
    switch (packet.type)
    {
        case ServerPacket::kData:
        case ServerPacket::kTotals:
        case ServerPacket::kExtremes:
            packet.block = readBlock();
            break;
        case ServerPacket::kException:
            packet.exception = readException();
            break;
        case ServerPacket::kProgress:
            packet.progress.read_rows = readVarUIntValue(*in);
            packet.progress.read_bytes = readVarUIntValue(*in);
            if (revision >= Revision::kTotalRowsInProgress)
                packet.progress.total_rows_to_read = readVarUIntValue(*in);
            if (revision >= Revision::kTotalBytesInProgress)
                readVarUIntValue(*in);
            if (revision >= Revision::kClientWriteInfo)
            {
                packet.progress.written_rows = readVarUIntValue(*in);
                packet.progress.written_bytes = readVarUIntValue(*in);
            }
            if (revision >= Revision::kServerQueryTimeInProgress)
                packet.progress.elapsed_ns = readVarUIntValue(*in);
            break;
        case ServerPacket::kProfileInfo:
            for (int i = 0; i < 3; ++i)
                readVarUIntValue(*in); /// rows, blocks, bytes
            readLittleEndianValue<UInt8>(*in);
            readVarUIntValue(*in);
            readLittleEndianValue<UInt8>(*in); /// applied_limit, rows_before_limit, calculated_rows_before_limit
            if (revision >= Revision::kRowsBeforeAggregation)
            {
                readLittleEndianValue<UInt8>(*in);
                readVarUIntValue(*in);
            }
            break;
        case ServerPacket::kTableColumns:
            readStringValue(*in);
            readStringValue(*in); /// the INSERT table's columns: defaults are filled by the server
            break;
        case ServerPacket::kPong:
        case ServerPacket::kEndOfStream:
            break;
        default:
            throw Exception(ErrorCodes::UNEXPECTED_PACKET_FROM_SERVER, "Unknown packet {} from server {}", packet.type, address());
    }
    return packet;
}
}
