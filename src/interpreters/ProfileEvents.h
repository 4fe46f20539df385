// Server-wide counters of what happened since start (ClickHouse's ProfileEvents), shown by
// system.events and the Prometheus endpoint as ClickHouseProfileEvents_<name>.
#pragma once

#include <atomic>
#include <cstddef>

#include "base/Types.h"

namespace datastore::interpreters::ProfileEvents
{
// M(name, description)
#define DATASTORE_PROFILE_EVENTS(M) \
    M(Query, "Number of queries to be interpreted and potentially executed.") \
    M(SelectQuery, "Same as Query, but only for SELECT queries.") \
    M(InsertQuery, "Same as Query, but only for INSERT queries.") \
    M(FailedQuery, "Number of failed queries.") \
    M(FailedSelectQuery, "Same as FailedQuery, but only for SELECT queries.") \
    M(FailedInsertQuery, "Same as FailedQuery, but only for INSERT queries.") \
    M(QueryTimeMicroseconds, "Total time of all queries.") \
    M(SelectQueryTimeMicroseconds, "Total time of SELECT queries.") \
    M(InsertQueryTimeMicroseconds, "Total time of INSERT queries.") \
    M(InsertedRows, "Number of rows INSERTed to all tables.") \
    M(InsertedBytes, "Number of bytes (uncompressed) INSERTed to all tables.") \
    M(SelectedRows, "Number of rows SELECTed from all tables.") \
    M(SelectedBytes, "Number of bytes (uncompressed) SELECTed from all tables.") \
    M(ExternalSortWritePart, "Number of times a temporary file was written to disk for sorting in external memory.") \
    M(ExternalSortMerge, "Number of times temporary files were merged for sorting in external memory.") \
    M(ExternalSortCompressedBytes, "Number of compressed bytes written for sorting in external memory.") \
    M(ExternalAggregationWritePart, "Number of times a temporary file was written to disk for aggregation in external memory.") \
    M(ExternalAggregationMerge, "Number of times temporary files were merged for aggregation in external memory.") \
    M(ExternalAggregationCompressedBytes, "Number of compressed bytes written for aggregation in external memory.")

enum Event : size_t
{
#define DATASTORE_PROFILE_EVENT_ENUM(name, description) name,
    DATASTORE_PROFILE_EVENTS(DATASTORE_PROFILE_EVENT_ENUM)
#undef DATASTORE_PROFILE_EVENT_ENUM
    kEventCount
};

void increment(Event event, UInt64 amount = 1);
UInt64 get(Event event);
const char * nameOf(Event event);
const char * descriptionOf(Event event);
}
