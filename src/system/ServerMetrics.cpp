#include "system/ServerMetrics.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sys/statvfs.h>
#include <unistd.h>

#include "base/ServerMemoryUsage.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/ProcessList.h"

namespace datastore::system
{
namespace
{
/// Resident and virtual bytes of the process, from /proc/self/statm (pages).
std::pair<double, double> processMemory()
{
    std::ifstream statm("/proc/self/statm");
    double virtual_pages = 0;
    double resident_pages = 0;
    statm >> virtual_pages >> resident_pages;
    double page = static_cast<double>(::sysconf(_SC_PAGESIZE));
    return {resident_pages * page, virtual_pages * page};
}
}

DiskSpace diskSpaceOf(const std::string & path)
{
    struct statvfs stat{};
    if (::statvfs(path.c_str(), &stat) != 0)
        return {};
    return {static_cast<UInt64>(stat.f_blocks) * stat.f_frsize, static_cast<UInt64>(stat.f_bavail) * stat.f_frsize};
}

std::vector<ServerMetric> currentMetrics(interpreters::ServerContext & server)
{
    return {
        {"Query", static_cast<double>(server.getProcessList().size()), "Number of executing queries"},
        {"MemoryTracking", static_cast<double>(serverMemoryUsage()), "Total amount of memory (bytes) allocated by the server."},
    };
}

std::vector<ServerMetric> asynchronousMetrics(interpreters::ServerContext & server)
{
    auto [resident, virtual_size] = processMemory();
    auto disk = diskSpaceOf(server.getConfig().path);
    double uptime = std::chrono::duration<double>(std::chrono::system_clock::now() - server.getStartTime()).count();

    size_t databases = 0;
    size_t tables = 0;
    UInt64 parts = 0;
    UInt64 rows = 0;
    UInt64 bytes = 0;
    size_t max_parts_in_partition = 0;
    for (const auto & database : server.getCatalog().getDatabases())
    {
        ++databases;
        for (const auto & table : database->getTables())
        {
            ++tables;
            std::map<std::string, size_t> parts_per_partition;
            for (const auto & part : table->getParts(false))
            {
                ++parts;
                rows += part.rows;
                bytes += part.bytes_on_disk;
                max_parts_in_partition = std::max(max_parts_in_partition, ++parts_per_partition[part.partition_id]);
            }
        }
    }
    return {
        {"Uptime", uptime, "The server uptime in seconds."},
        {"MemoryResident", resident, "The amount of physical memory used by the server process, in bytes."},
        {"MemoryVirtual", virtual_size, "The size of the virtual address space allocated by the server process, in bytes."},
        {"jemalloc.allocated", static_cast<double>(serverMemoryUsage()), "The number of bytes allocated by the application."},
        {"DiskTotal_default", static_cast<double>(disk.total), "The total size in bytes of the disk default."},
        {"DiskAvailable_default", static_cast<double>(disk.available), "Available bytes on the disk default."},
        {"DiskUsed_default", static_cast<double>(disk.total - disk.available), "Used bytes on the disk default."},
        {"NumberOfDatabases", static_cast<double>(databases), "Total number of databases on the server."},
        {"NumberOfTables", static_cast<double>(tables), "Total number of tables summed across the databases on the server."},
        {"TotalPartsOfMergeTreeTables", static_cast<double>(parts), "Total amount of data parts in all tables of MergeTree family."},
        {"TotalRowsOfMergeTreeTables", static_cast<double>(rows), "Total amount of rows stored in all tables of MergeTree family."},
        {"TotalBytesOfMergeTreeTables", static_cast<double>(bytes), "Total amount of bytes stored in all tables of MergeTree family."},
        {"MaxPartCountForPartition", static_cast<double>(max_parts_in_partition),
         "Maximum number of parts per partition across all partitions of all tables of MergeTree family."},
    };
}
}
