#include "storage/mergetree/MergeList.h"

#include <algorithm>
#include <memory>
#include <unistd.h>

namespace datastore::storage
{
MergeList & MergeList::instance()
{
    static MergeList list;
    return list;
}

MergeList::Entry::~Entry()
{
    std::lock_guard lock(list.mutex);
    list.elements.erase(element);
}

void MergeList::Entry::addRead(UInt64 rows, UInt64 bytes, UInt64 allocated)
{
    element->rows_read += rows;
    element->bytes_read += bytes;
    if (allocated > element->peak_block_bytes)
        element->peak_block_bytes = allocated;
}

void MergeList::Entry::addWritten(UInt64 rows, UInt64 bytes)
{
    element->rows_written += rows;
    element->bytes_written += bytes;
}

std::unique_ptr<MergeList::Entry> MergeList::add(MergeInfo info, UInt64 total_rows)
{
    std::lock_guard lock(mutex);
    auto & element = elements.emplace_back();
    element.info = std::move(info);
    element.info.thread_id = static_cast<UInt64>(gettid());
    element.start = std::chrono::steady_clock::now();
    element.total_rows = total_rows;
    return std::make_unique<Entry>(*this, std::prev(elements.end()));
}

std::vector<MergeInfo> MergeList::snapshot() const
{
    std::vector<MergeInfo> result;
    std::lock_guard lock(mutex);
    auto now = std::chrono::steady_clock::now();
    for (const auto & element : elements)
    {
        MergeInfo info = element.info;
        info.elapsed = std::chrono::duration<double>(now - element.start).count();
        info.rows_read = element.rows_read;
        info.bytes_read_uncompressed = element.bytes_read;
        info.rows_written = element.rows_written;
        info.bytes_written_uncompressed = element.bytes_written;
        info.memory_usage = element.peak_block_bytes;
        info.progress = element.total_rows ? std::min(1.0, static_cast<double>(info.rows_read) / static_cast<double>(element.total_rows)) : 0;
        result.push_back(std::move(info));
    }
    return result;
}
}
