// One block in ClickHouse's Native layout, shared by the Native format and the native TCP
// protocol: [block info] varint column count, varint row count, then per column its name,
// its type name, [a custom-serialization flag] and its rows in the type's bulk binary form.
// The bracketed parts exist only in the protocol; docs/formats/native-protocol.md has the bytes.
#pragma once

#include "columns/Block.h"
#include "formats/IInputFormat.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

namespace datastore::formats
{
struct NativeBlockOptions
{
    /// Block info precedes the block: field 1 is_overflows (UInt8), field 2 bucket_num
    /// (Int32), field number 0 ends it. The protocol has it since revision 51903.
    bool with_block_info = false;
    /// A UInt8 after each type name says whether the column uses a custom (sparse)
    /// serialization; revision 54454 and later. We write 0 and reject 1.
    bool with_custom_serialization_flag = false;
};

struct NativeBlockInfo
{
    bool is_overflows = false;
    Int32 bucket_num = -1;
};

/// Writes `block` with its own column names and types (zero rows write only the structure).
void writeNativeBlock(const Block & block, WriteBuffer & out, const NativeBlockOptions & options, const NativeBlockInfo & info = {});

/// Reads one block. With a `header`, columns are matched to it by name (INCORRECT_DATA for
/// unknown or repeated names, TYPE_MISMATCH for another type); header columns the data
/// lacks get default values, marked in `missing`. Without a header, the block is taken as
/// it comes, its types made from their names. A block of no columns and no rows reads as
/// an empty Block (the end of the protocol's INSERT data) either way. Throws CANNOT_READ_ALL_DATA on truncated data.
Block readNativeBlock(ReadBuffer & in, const NativeBlockOptions & options, const Block * header, MissingValues * missing,
                      NativeBlockInfo * info = nullptr);
}
