// Reads the client's packets of the native protocol: Hello, Query (with client info,
// settings and parameters in the layout of the negotiated revision) and Data blocks,
// compressed or not.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "columns/Block.h"
#include "formats/IInputFormat.h"
#include "io/ReadBuffer.h"

namespace datastore::server
{
struct ClientHello
{
    std::string client_name;
    UInt64 version_major = 0;
    UInt64 version_minor = 0;
    UInt64 revision = 0;
    std::string database;
    std::string user;
    std::string password;
};

struct ClientQuery
{
    std::string query_id;
    /// "host:port" the query came from first (the client itself for an initial query).
    std::string initial_address;
    /// The client's ClientInfo, for system.query_log.
    std::string os_user;
    std::string client_hostname;
    UInt64 client_version_patch = 0;
    std::vector<std::pair<std::string, std::string>> settings;
    std::map<std::string, std::string> parameters;
    UInt64 stage = 0;
    bool is_compressed = false;
    std::string text;
};

class NativeProtocolReader
{
public:
    explicit NativeProtocolReader(ReadBuffer & in_) : in(in_) {}

    /// The revision both sides speak, known after Hello.
    void setRevision(UInt64 revision_) { revision = revision_; }

    /// The next packet's type; false when the client closed the connection.
    bool readPacketType(UInt64 & type);
    ClientHello readHello();
    /// What follows the server's Hello from revision 54458: the quota key.
    void readAddendum();
    ClientQuery readQuery();
    /// The rest of a Data packet: the external table's name, then its block (see
    /// formats::readNativeBlock for `header` and `missing`).
    Block readData(bool is_compressed, const Block * header, formats::MissingValues * missing);

private:
    void readSettings(ClientQuery & query);
    void readParameters(ClientQuery & query);

    ReadBuffer & in;
    UInt64 revision = 0;
};
}
