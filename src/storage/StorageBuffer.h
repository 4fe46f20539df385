// ENGINE = Buffer(db, table, num_layers, min_time, max_time, min_rows, max_rows, min_bytes,
// max_bytes [, flush_time, flush_rows, flush_bytes]): INSERTs collect in RAM in independent
// layers, each written into the destination table through the ordinary INSERT path (its
// materialized views run) once all min_* or any max_* threshold is passed, checked on insert
// and by a background thread; shutdown (DROP, DETACH, server stop) and OPTIMIZE flush
// everything. SELECT reads the destination and the buffered rows together.
#pragma once

#include <atomic>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <thread>

#include "storage/IStorage.h"

namespace datastore::interpreters
{
class ServerContext;
}

namespace datastore::storage
{
class StorageBuffer final : public IStorage
{
public:
    struct Thresholds
    {
        /// Seconds since the first write into the layer.
        double time = 0;
        UInt64 rows = 0;
        UInt64 bytes = 0;
    };

    /// An empty destination table name makes a buffer whose flushes discard the rows.
    StorageBuffer(StorageID id_, ColumnsDescription columns_, StorageID destination_id_, size_t num_layers, Thresholds min_thresholds_,
                  Thresholds max_thresholds_, Thresholds flush_thresholds_, interpreters::ServerContext & server_);
    ~StorageBuffer() override;

    std::string getName() const override { return "Buffer"; }
    /// The destination's rows (read without PREWHERE, so the query's WHERE filters them and
    /// the buffered rows alike) and the buffered ones. Throws INFINITE_LOOP when the
    /// destination is the buffer itself.
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;
    /// Flushes every layer; PARTITION, FINAL and DEDUPLICATE are NOT_IMPLEMENTED, as in ClickHouse.
    void optimize(interpreters::QueryContext & context, const sql::ASTOptimizeQuery & query) override;
    void startup() override;
    /// Stops the background thread and flushes every layer; later inserts go straight to the destination.
    void shutdown() override;
    std::optional<UInt64> totalRows() const override;
    std::optional<UInt64> totalBytes() const override;

    /// Adds one INSERT's blocks: a block over a max_* threshold goes straight to the
    /// destination, others into a layer, which is flushed first if the block would take it
    /// past a threshold. Throws what the flush throws, the block then not added.
    void insertBlocks(const Blocks & blocks);

private:
    struct Layer
    {
        std::mutex mutex;
        Blocks blocks;
        size_t rows = 0;
        size_t bytes = 0;
        /// Of the first write since the last flush; 0 when empty.
        time_t first_write_time = 0;
    };

    /// ClickHouse's rule: all min_* passed, or any max_*, or (in the background only) any flush_*.
    bool passesThresholds(const Layer & layer, time_t now, size_t more_rows, size_t more_bytes, bool is_insert) const;
    /// Writes the layer's rows into the destination and empties it; the caller holds its
    /// mutex. On failure the rows stay in the layer and the error is thrown.
    void flushLayer(Layer & layer);
    void flushAll(bool check_thresholds);
    void writeToDestination(const Blocks & blocks);
    /// Null when there is no destination or it does not exist; throws INFINITE_LOOP for itself.
    StoragePtr getDestination(const char * action) const;
    exec::BlockStreams readDestination(const StoragePtr & destination, const ReadRequest & request, interpreters::QueryContext & context,
                                       ReadStatistics * statistics) const;
    /// The background thread: sleeps until a layer's time threshold may pass, then flushes.
    void runBackgroundFlush();
    time_t nextFlushDeadline();

    StorageID destination_id;
    std::vector<std::unique_ptr<Layer>> layers;
    Thresholds min_thresholds;
    Thresholds max_thresholds;
    Thresholds flush_thresholds;
    interpreters::ServerContext & server;

    std::mutex thread_mutex;
    std::condition_variable wakeup;
    std::thread flush_thread;
    bool is_stopping = false;
    /// INSERTs so far, under thread_mutex: each may bring a layer's deadline closer.
    UInt64 inserts_seen = 0;
    std::atomic<bool> is_shut_down{false};
};
}
