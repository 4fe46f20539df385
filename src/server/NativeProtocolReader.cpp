#include "server/NativeProtocolReader.h"

#include "base/Exception.h"
#include "compression/CompressedReadBuffer.h"
#include "formats/NativeBlock.h"
#include "interpreters/Settings.h"
#include "io/ReadHelpers.h"
#include "server/NativeProtocol.h"

namespace datastore::server
{
namespace
{
using namespace native;

std::string readString(ReadBuffer & in)
{
    std::string value;
    readStringBinary(value, in);
    return value;
}

UInt64 readVarUInt(ReadBuffer & in)
{
    UInt64 value = 0;
    datastore::readVarUInt(value, in);
    return value;
}

template <typename T>
T readFixed(ReadBuffer & in)
{
    T value{};
    readBinaryLittleEndian(value, in);
    return value;
}

/// Before revision 54429 a setting's value is binary, in a layout its type decides.
std::string readBinarySettingValue(const std::string & name, ReadBuffer & in)
{
    for (const auto & description : interpreters::Settings::all())
    {
        if (description.name != name)
            continue;
        if (description.type == "String" || description.type == "Float")
            return readString(in);
        if (description.type == "Int64")
        {
            /// Zigzag varint.
            UInt64 encoded = readVarUInt(in);
            return std::to_string(static_cast<Int64>((encoded >> 1) ^ (~(encoded & 1) + 1)));
        }
        return std::to_string(readVarUInt(in));
    }
    throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting {}", name);
}

/// Custom settings and parameters carry their value as a quoted literal ('abc').
std::string unquoteIfQuoted(const std::string & value)
{
    if (value.size() < 2 || value.front() != '\'')
        return value;
    ReadBufferFromMemory buffer(value);
    std::string result;
    readQuotedStringInto(result, buffer);
    return buffer.eof() ? result : value;
}

/// Client information (revision 54032 and later): who sends the query, from where.
void readClientInfo(ReadBuffer & in, UInt64 revision, ClientQuery & query)
{
    UInt8 query_kind = readFixed<UInt8>(in);
    if (query_kind == 0)
        return;
    readString(in); /// initial user
    readString(in); /// initial query id
    query.initial_address = readString(in);
    if (revision >= Revision::kInitialQueryStartTime)
        readFixed<Int64>(in);
    UInt8 interface = readFixed<UInt8>(in);
    constexpr UInt8 kInterfaceTcp = 1;
    constexpr UInt8 kInterfaceHttp = 2;
    if (interface == kInterfaceTcp)
    {
        query.os_user = readString(in);
        query.client_hostname = readString(in);
        readString(in); /// client name, as in its hello
        readVarUInt(in);
        readVarUInt(in);
        readVarUInt(in); /// client version and revision
    }
    else if (interface == kInterfaceHttp)
    {
        readFixed<UInt8>(in); /// method
        readString(in); /// user agent
        if (revision >= Revision::kXForwardedForInClientInfo)
            readString(in);
        if (revision >= Revision::kRefererInClientInfo)
            readString(in);
    }
    if (revision >= Revision::kQuotaKeyInClientInfo)
        readString(in);
    if (revision >= Revision::kDistributedDepth)
        readVarUInt(in);
    if (interface == kInterfaceTcp && revision >= Revision::kVersionPatch)
        query.client_version_patch = readVarUInt(in);
    if (revision >= Revision::kOpenTelemetry && readFixed<UInt8>(in))
    {
        in.ignore(16 + 8); /// trace id, span id
        readString(in); /// trace state
        readFixed<UInt8>(in); /// trace flags
    }
    if (revision >= Revision::kParallelReplicas)
    {
        readVarUInt(in);
        readVarUInt(in);
        readVarUInt(in);
    }
}
}

bool NativeProtocolReader::readPacketType(UInt64 & type)
{
    if (in.eof())
        return false;
    type = readVarUInt(in);
    return true;
}

ClientHello NativeProtocolReader::readHello()
{
    ClientHello hello;
    hello.client_name = readString(in);
    hello.version_major = readVarUInt(in);
    hello.version_minor = readVarUInt(in);
    hello.revision = readVarUInt(in);
    hello.database = readString(in);
    hello.user = readString(in);
    hello.password = readString(in);
    return hello;
}

void NativeProtocolReader::readAddendum()
{
    readString(in); /// quota key
}

void NativeProtocolReader::readSettings(ClientQuery & query)
{
    while (true)
    {
        std::string name = readString(in);
        if (name.empty())
            return;
        if (revision < Revision::kSettingsSerializedAsStrings)
        {
            query.settings.emplace_back(name, readBinarySettingValue(name, in));
            continue;
        }
        UInt64 flags = readVarUInt(in);
        std::string value = readString(in);
        bool is_known = interpreters::Settings::isKnown(name);
        /// As ClickHouse: unknown settings fail the query only when the client marks them important.
        if (!is_known && (flags & kSettingFlagImportant))
            throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting {}", name);
        if (is_known)
            query.settings.emplace_back(name, (flags & kSettingFlagCustom) ? unquoteIfQuoted(value) : value);
    }
}

void NativeProtocolReader::readParameters(ClientQuery & query)
{
    while (true)
    {
        std::string name = readString(in);
        if (name.empty())
            return;
        readVarUInt(in); /// flags
        query.parameters[name] = unquoteIfQuoted(readString(in));
    }
}

ClientQuery NativeProtocolReader::readQuery()
{
    ClientQuery query;
    query.query_id = readString(in);
    if (revision >= Revision::kClientInfo)
        readClientInfo(in, revision, query);
    readSettings(query);
    if (revision >= Revision::kInterserverSecret)
        readString(in);
    query.stage = readVarUInt(in);
    query.is_compressed = readVarUInt(in) != 0;
    query.text = readString(in);
    if (revision >= Revision::kParameters)
        readParameters(query);
    return query;
}

Block NativeProtocolReader::readData(bool is_compressed, const Block * header, formats::MissingValues * missing)
{
    if (revision >= Revision::kTemporaryTables)
        readString(in); /// external table name
    formats::NativeBlockOptions options;
    options.with_block_info = revision >= Revision::kBlockInfo;
    options.with_custom_serialization_flag = revision >= Revision::kCustomSerialization;
    if (!is_compressed)
        return formats::readNativeBlock(in, options, header, missing);
    /// The client ends a compressed frame with each block, so nothing past it is read here.
    compression::CompressedReadBuffer decompressed(in);
    return formats::readNativeBlock(decompressed, options, header, missing);
}
}
