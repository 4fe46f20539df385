// ClickHouse's native TCP protocol: packet types and the revisions at which each field
// appeared. Client and server each announce a revision in Hello; both then write exactly
// the fields of the smaller one. docs/formats/native-protocol.md describes every packet.
#pragma once

#include <string>

#include "base/Types.h"

namespace datastore::server::native
{
/// The revision we speak: ClickHouse 24.8's. Chunked packets (54470) are not supported,
/// so a newer client is answered at this revision and falls back to it.
inline constexpr UInt64 kServerRevision = 54469;

namespace Revision
{
inline constexpr UInt64 kTemporaryTables = 50264;
inline constexpr UInt64 kTotalRowsInProgress = 51554;
inline constexpr UInt64 kBlockInfo = 51903;
inline constexpr UInt64 kClientInfo = 54032;
inline constexpr UInt64 kServerTimezone = 54058;
inline constexpr UInt64 kQuotaKeyInClientInfo = 54060;
inline constexpr UInt64 kServerDisplayName = 54372;
inline constexpr UInt64 kVersionPatch = 54401;
inline constexpr UInt64 kLowCardinalityType = 54405;
inline constexpr UInt64 kColumnDefaultsMetadata = 54410;
inline constexpr UInt64 kClientWriteInfo = 54420;
inline constexpr UInt64 kSettingsSerializedAsStrings = 54429;
inline constexpr UInt64 kInterserverSecret = 54441;
inline constexpr UInt64 kOpenTelemetry = 54442;
inline constexpr UInt64 kXForwardedForInClientInfo = 54443;
inline constexpr UInt64 kRefererInClientInfo = 54447;
inline constexpr UInt64 kDistributedDepth = 54448;
inline constexpr UInt64 kInitialQueryStartTime = 54449;
inline constexpr UInt64 kParallelReplicas = 54453;
inline constexpr UInt64 kCustomSerialization = 54454;
/// From here clients take Progress and ProfileEvents after INSERT data, not only EndOfStream.
inline constexpr UInt64 kProfileEventsInInsert = 54456;
inline constexpr UInt64 kAddendum = 54458;
inline constexpr UInt64 kParameters = 54459;
inline constexpr UInt64 kServerQueryTimeInProgress = 54460;
inline constexpr UInt64 kPasswordComplexityRules = 54461;
inline constexpr UInt64 kInterserverSecretV2 = 54462;
inline constexpr UInt64 kTotalBytesInProgress = 54463;
inline constexpr UInt64 kRowsBeforeAggregation = 54469;
}

namespace ClientPacket
{
inline constexpr UInt64 kHello = 0;
inline constexpr UInt64 kQuery = 1;
inline constexpr UInt64 kData = 2;
inline constexpr UInt64 kCancel = 3;
inline constexpr UInt64 kPing = 4;
}

namespace ServerPacket
{
inline constexpr UInt64 kHello = 0;
inline constexpr UInt64 kData = 1;
inline constexpr UInt64 kException = 2;
inline constexpr UInt64 kProgress = 3;
inline constexpr UInt64 kPong = 4;
inline constexpr UInt64 kEndOfStream = 5;
inline constexpr UInt64 kProfileInfo = 6;
inline constexpr UInt64 kTotals = 7;
inline constexpr UInt64 kExtremes = 8;
inline constexpr UInt64 kTableColumns = 11;
}

/// QueryProcessingStage::Complete: the only stage a client asks of a single server.
inline constexpr UInt64 kStageComplete = 2;

/// Flags of a setting in the strings format (revision 54429 and later).
inline constexpr UInt64 kSettingFlagImportant = 1;
inline constexpr UInt64 kSettingFlagCustom = 2;
}

namespace datastore::server
{
/// What the server's Hello says about it (the client reads the same fields back).
struct ServerHello
{
    std::string display_name;
    std::string timezone;
    UInt64 version_major = 0;
    UInt64 version_minor = 0;
    UInt64 version_patch = 0;
};

/// A Progress packet: increments since the previous Progress packet.
struct ProgressIncrement
{
    UInt64 read_rows = 0;
    UInt64 read_bytes = 0;
    UInt64 total_rows_to_read = 0;
    UInt64 written_rows = 0;
    UInt64 written_bytes = 0;
    UInt64 elapsed_ns = 0;
};
}
