// The single `datastore` binary: the first argument picks the mode, as with `clickhouse server`.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "programs/Modes.h"

/// jemalloc keeps freed pages for a minute instead of returning them at once: giving them
/// back after every query cost a TLB shootdown on every core (a fifth of a GROUP BY's time),
/// and an INSERT of 100,000 events spent a sixth of its CPU zeroing pages its predecessor had
/// just returned (5 s of decay: 4.6-4.9 CPU s per 500,000 events; 60 s: 4.0).
/// Its extents are backed by transparent huge pages: a first touch of a 4 KiB page costs a
/// fault (and on a virtual machine a TLB flush on every core), which made hash tables and
/// arenas of a large GROUP BY spend half their time in the kernel.
extern "C" const char * malloc_conf;
const char * malloc_conf = "dirty_decay_ms:60000,muzzy_decay_ms:60000,thp:always";

namespace
{
struct Mode
{
    std::string_view name;
    int (*run)(int argc, char ** argv);
    std::string_view summary;
};

const Mode modes[] = {
    {"server", datastore::programs::runServer, "run the server (HTTP on 8123, native on 9000)"},
    {"client", datastore::programs::runClient, "command-line client for a running server"},
    {"local", datastore::programs::runLocal, "run queries over a local directory, without a server"},
};

int printUsage()
{
    std::fprintf(stderr, "Usage: datastore <mode> [options]\n\nModes:\n");
    for (const auto & mode : modes)
        std::fprintf(stderr, "  %-8s %s\n", mode.name.data(), mode.summary.data());
    return 1;
}
}

int main(int argc, char ** argv)
{
    if (argc < 2)
        return printUsage();
    std::string_view requested = argv[1];
    if (requested == "--version" || requested == "version")
    {
        std::printf("Hanzo Datastore version %s (ClickHouse-compatible)\n", datastore::kClickHouseCompatibleVersion);
        return 0;
    }
    for (const auto & mode : modes)
        if (mode.name == requested)
            return mode.run(argc - 1, argv + 1);
    std::fprintf(stderr, "Unknown mode '%s'\n\n", argv[1]);
    return printUsage();
}
