#include "base/StatusFile.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "base/Exception.h"

namespace datastore
{
StatusFile::StatusFile(std::string path_) : path(std::move(path_))
{
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot open file {}, errno: {}, strerror: {}", path, errno, std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
    {
        int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot lock file {}. Another server instance in same directory is already running.", path);
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot lock file {}, errno: {}, strerror: {}", path, error, std::strerror(error));
    }
    std::time_t now = std::time(nullptr);
    char started[32] = {};
    std::strftime(started, sizeof(started), "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    std::string contents = fmt::format("PID: {}\nStarted at: {}\n", ::getpid(), started);
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, contents.data(), contents.size(), 0) != static_cast<ssize_t>(contents.size()))
    {
        int error = errno;
        ::close(fd);
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot write file {}, errno: {}, strerror: {}", path, error, std::strerror(error));
    }
}

StatusFile::~StatusFile()
{
    /// Closing releases the lock; the file stays, as ClickHouse leaves it.
    ::close(fd);
}
}
