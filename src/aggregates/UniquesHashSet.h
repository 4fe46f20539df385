// The state of uniq(): ClickHouse's adaptive sample of 32-bit hashes. Exact up to 65536
// distinct hashes; beyond that only hashes whose low `skip_degree` bits are zero are kept
// (each increment halves the sample) and size() scales the count back up, correcting for
// 32-bit hash collisions. Same algorithm, same hashes, so the same estimates as ClickHouse.
// Binary form: skip_degree (UInt8), count (VarUInt), then each kept hash as UInt32 LE.
#pragma once

#include "base/Types.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
class UniquesHashSet
{
public:
    using HashValue = UInt32;

    UniquesHashSet() = default;
    UniquesHashSet(const UniquesHashSet &) = delete;
    UniquesHashSet & operator=(const UniquesHashSet &) = delete;
    ~UniquesHashSet();

    /// Adds a value already reduced to 64 bits (the raw number, or CityHash64 of a string).
    void insert(UInt64 value) { insertHash(hashOf(value)); }
    /// Adds a value that is already a good hash (several arguments combined): its low 32 bits are used as is.
    void insertHashed(UInt64 hash) { insertHash(static_cast<HashValue>(hash)); }
    void merge(const UniquesHashSet & rhs);
    /// The estimated number of distinct values (exact while nothing was skipped).
    size_t size() const;

    void write(WriteBuffer & out) const;
    /// Reads into an empty set; throws INCORRECT_DATA on a malformed state.
    void read(ReadBuffer & in);

private:
    static constexpr UInt32 max_size_degree = 17;
    static constexpr size_t max_size = 1ULL << (max_size_degree - 1);
    static constexpr UInt32 bits_for_skip = 32 - max_size_degree;
    static constexpr UInt32 initial_size_degree = 4;

    static HashValue hashOf(UInt64 value);

    size_t bufSize() const { return 1ULL << size_degree; }
    size_t maxFill() const { return 1ULL << (size_degree - 1); }
    size_t mask() const { return bufSize() - 1; }
    size_t place(HashValue x) const { return (x >> bits_for_skip) & mask(); }
    bool good(HashValue hash) const { return hash == ((hash >> skip_degree) << skip_degree); }

    void insertHash(HashValue hash);
    /// Inserts a hash known to be good and absent, without growing.
    void reinsert(HashValue x);
    void insertNoGrow(HashValue x);
    void shrinkIfNeeded();
    void resize(UInt32 new_size_degree);
    /// Drops the hashes that are no longer good after skip_degree grew.
    void rehash();

    UInt32 count = 0;
    UInt8 size_degree = initial_size_degree;
    UInt8 skip_degree = 0;
    bool has_zero = false;
    HashValue * buf = inline_buf;
    /// The first 16 cells live inside the state, so small groups never allocate.
    HashValue inline_buf[1 << initial_size_degree] = {};
};
}
