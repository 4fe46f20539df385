// The merges and mutations running now in every MergeTree table, for system.merges: each
// registers while it runs and counts the rows it reads and writes, so a long merge shows its
// progress.
#pragma once

#include <atomic>
#include <chrono>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/Types.h"

namespace datastore::storage
{
/// What system.merges shows of one merge.
struct MergeInfo
{
    std::string database;
    std::string table;
    double elapsed = 0;
    double progress = 0;
    std::vector<std::string> source_part_names;
    std::vector<std::string> source_part_paths;
    std::string result_part_name;
    std::string result_part_path;
    std::string partition_id;
    bool is_mutation = false;
    UInt64 total_size_bytes_compressed = 0;
    UInt64 total_size_bytes_uncompressed = 0;
    UInt64 total_size_marks = 0;
    UInt64 bytes_read_uncompressed = 0;
    UInt64 rows_read = 0;
    UInt64 bytes_written_uncompressed = 0;
    UInt64 rows_written = 0;
    UInt64 columns_written = 0;
    /// The largest block the merge held: its working memory, which is mostly that block.
    UInt64 memory_usage = 0;
    UInt64 thread_id = 0;
    /// "Regular", "TTLDelete"; empty for a mutation, as in ClickHouse.
    std::string merge_type;
};

class MergeList
{
    struct Element
    {
        MergeInfo info;
        std::chrono::steady_clock::time_point start;
        UInt64 total_rows = 0;
        std::atomic<UInt64> rows_read{0};
        std::atomic<UInt64> bytes_read{0};
        std::atomic<UInt64> rows_written{0};
        std::atomic<UInt64> bytes_written{0};
        std::atomic<UInt64> peak_block_bytes{0};
    };

public:
    static MergeList & instance();

    /// Registered for its lifetime; the merge reports what it read and wrote through it.
    class Entry
    {
    public:
        Entry(MergeList & list_, std::list<Element>::iterator element_) : list(list_), element(element_) {}
        Entry(const Entry &) = delete;
        Entry & operator=(const Entry &) = delete;
        ~Entry();

        /// `allocated`: the bytes the block read holds, for memory_usage.
        void addRead(UInt64 rows, UInt64 bytes, UInt64 allocated);
        void addWritten(UInt64 rows, UInt64 bytes);

    private:
        MergeList & list;
        std::list<Element>::iterator element;
    };

    /// `info` names the merge; `total_rows` (the source parts' rows) is what progress counts toward.
    std::unique_ptr<Entry> add(MergeInfo info, UInt64 total_rows);
    std::vector<MergeInfo> snapshot() const;

private:
    mutable std::mutex mutex;
    std::list<Element> elements;
};
}
