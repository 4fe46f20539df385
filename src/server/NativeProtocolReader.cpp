#include "server/NativeProtocolReader.h"

#include "base/Exception.h"
#include "compression/CompressedReadBuffer.h"
#include "formats/NativeBlock.h"
#include "interpreters/SettingTypes.h"
#include "interpreters/Settings.h"
#include "io/ReadValues.h"
#include "server/NativeProtocol.h"

namespace datastore::server
{
namespace
{
using namespace native;

/// Before revision 54429 a setting's value is binary, in a layout its type decides: integers,
/// Bools and whole Seconds as varints (zigzag when signed), the rest as strings.
std::string readBinarySettingValue(const std::string & name, ReadBuffer & in)
{
    const auto * description = interpreters::Settings::find(interpreters::Settings::canonicalName(name));
    if (!description)
        throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting {}", name);
    auto kind = interpreters::settingValueKind(description->type);
    if (kind == interpreters::SettingValueKind::Signed)
    {
        UInt64 encoded = readVarUIntValue(in);
        return std::to_string(static_cast<Int64>((encoded >> 1) ^ (~(encoded & 1) + 1)));
    }
    if (kind == interpreters::SettingValueKind::Unsigned || kind == interpreters::SettingValueKind::Bool || description->type == "Seconds")
        return std::to_string(readVarUIntValue(in));
    return readStringValue(in);
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
    UInt8 query_kind = readLittleEndianValue<UInt8>(in);
    if (query_kind == 0)
        return;
    readStringValue(in); /// initial user
    readStringValue(in); /// initial query id
    query.initial_address = readStringValue(in);
    if (revision >= Revision::kInitialQueryStartTime)
        readLittleEndianValue<Int64>(in);
    UInt8 interface = readLittleEndianValue<UInt8>(in);
    constexpr UInt8 kInterfaceTcp = 1;
    constexpr UInt8 kInterfaceHttp = 2;
    if (interface == kInterfaceTcp)
    {
        query.os_user = readStringValue(in);
        query.client_hostname = readStringValue(in);
        readStringValue(in); /// client name, as in its hello
        readVarUIntValue(in);
        readVarUIntValue(in);
        readVarUIntValue(in); /// client version and revision
    }
    else if (interface == kInterfaceHttp)
    {
        readLittleEndianValue<UInt8>(in); /// method
        readStringValue(in); /// user agent
        if (revision >= Revision::kXForwardedForInClientInfo)
            readStringValue(in);
        if (revision >= Revision::kRefererInClientInfo)
            readStringValue(in);
    }
    if (revision >= Revision::kQuotaKeyInClientInfo)
        readStringValue(in);
    if (revision >= Revision::kDistributedDepth)
        readVarUIntValue(in);
    if (interface == kInterfaceTcp && revision >= Revision::kVersionPatch)
        query.client_version_patch = readVarUIntValue(in);
    if (revision >= Revision::kOpenTelemetry && readLittleEndianValue<UInt8>(in))
    {
        in.ignore(16 + 8); /// trace id, span id
        readStringValue(in); /// trace state
        readLittleEndianValue<UInt8>(in); /// trace flags
    }
    if (revision >= Revision::kParallelReplicas)
    {
        readVarUIntValue(in);
        readVarUIntValue(in);
        readVarUIntValue(in);
    }
}
}

bool NativeProtocolReader::readPacketType(UInt64 & type)
{
    if (in.eof())
        return false;
    type = readVarUIntValue(in);
    return true;
}

ClientHello NativeProtocolReader::readHello()
{
    ClientHello hello;
    hello.client_name = readStringValue(in);
    hello.version_major = readVarUIntValue(in);
    hello.version_minor = readVarUIntValue(in);
    hello.revision = readVarUIntValue(in);
    hello.database = readStringValue(in);
    hello.user = readStringValue(in);
    hello.password = readStringValue(in);
    return hello;
}

void NativeProtocolReader::readAddendum()
{
    readStringValue(in); /// quota key
}

void NativeProtocolReader::readSettings(ClientQuery & query)
{
    while (true)
    {
        std::string name = readStringValue(in);
        if (name.empty())
            return;
        if (revision < Revision::kSettingsSerializedAsStrings)
        {
            query.settings.emplace_back(name, readBinarySettingValue(name, in));
            continue;
        }
        UInt64 flags = readVarUIntValue(in);
        std::string value = readStringValue(in);
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
        std::string name = readStringValue(in);
        if (name.empty())
            return;
        readVarUIntValue(in); /// flags
        query.parameters[name] = unquoteIfQuoted(readStringValue(in));
    }
}

ClientQuery NativeProtocolReader::readQuery()
{
    ClientQuery query;
    query.query_id = readStringValue(in);
    if (revision >= Revision::kClientInfo)
        readClientInfo(in, revision, query);
    readSettings(query);
    if (revision >= Revision::kInterserverSecret)
        readStringValue(in);
    query.stage = readVarUIntValue(in);
    query.is_compressed = readVarUIntValue(in) != 0;
    query.text = readStringValue(in);
    if (revision >= Revision::kParameters)
        readParameters(query);
    return query;
}

Block NativeProtocolReader::readData(bool is_compressed, const Block * header, formats::MissingValues * missing)
{
    if (revision >= Revision::kTemporaryTables)
        readStringValue(in); /// external table name
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
