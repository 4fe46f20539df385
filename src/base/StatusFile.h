// The `status` file in a data directory, locked for as long as a server (or `local`) uses
// the directory, as ClickHouse does: a second process on the same path fails at start instead
// of both writing parts and cleaning up each other's temporary directories.
#pragma once

#include <string>

namespace datastore
{
class StatusFile
{
public:
    /// Creates or opens `path`, locks it (CANNOT_OPEN_FILE if another process holds it) and
    /// writes who holds it.
    explicit StatusFile(std::string path);
    ~StatusFile();
    StatusFile(const StatusFile &) = delete;
    StatusFile & operator=(const StatusFile &) = delete;

private:
    std::string path;
    int fd = -1;
};
}
