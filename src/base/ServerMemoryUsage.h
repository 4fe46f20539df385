// The memory the whole server holds (jemalloc's allocated bytes), for max_server_memory_usage:
// queries check it between blocks and fail with MEMORY_LIMIT_EXCEEDED before the kernel's
// OOM killer would end the process.
#pragma once

#include "base/Types.h"

namespace datastore
{
/// Bytes allocated by the process now; refreshed from jemalloc at most every few milliseconds,
/// so that checks at every block of every thread stay cheap.
Int64 serverMemoryUsage();
/// Throws MEMORY_LIMIT_EXCEEDED (241) when serverMemoryUsage() is above `limit` (0: no limit).
void checkServerMemoryUsage(Int64 limit);
/// Physical memory of the machine in bytes.
UInt64 physicalMemory();
}
