// ClickHouse's uniq() hash sample (see UniquesHashSet.h).
#include "aggregates/UniquesHashSet.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <nmmintrin.h>

#include "aggregates/UniqHashes.h"
#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
UInt64 intHashCRC32(UInt64 x)
{
    return _mm_crc32_u64(-1ULL, x);
}
}

UniquesHashSet::~UniquesHashSet()
{
    if (buf != inline_buf)
        std::free(buf);
}

UniquesHashSet::HashValue UniquesHashSet::hashOf(UInt64 value)
{
    return static_cast<HashValue>(intHash64(value));
}

void UniquesHashSet::insertNoGrow(HashValue x)
{
    if (x == 0)
    {
        count += !has_zero;
        has_zero = true;
        return;
    }
    size_t position = place(x);
    while (buf[position] && buf[position] != x)
        position = (position + 1) & mask();
    if (buf[position] == x)
        return;
    buf[position] = x;
    ++count;
}

void UniquesHashSet::reinsert(HashValue x)
{
    size_t position = place(x);
    while (buf[position])
        position = (position + 1) & mask();
    buf[position] = x;
}

void UniquesHashSet::insertHash(HashValue hash)
{
    if (!good(hash))
        return;
    insertNoGrow(hash);
    shrinkIfNeeded();
}

void UniquesHashSet::shrinkIfNeeded()
{
    if (count <= maxFill())
        return;
    if (count > max_size)
    {
        while (count > max_size)
        {
            ++skip_degree;
            rehash();
        }
    }
    else
        resize(size_degree + 1);
}

void UniquesHashSet::resize(UInt32 new_size_degree)
{
    size_t old_size = bufSize();
    HashValue * old_buf = buf;
    size_degree = static_cast<UInt8>(new_size_degree);
    buf = static_cast<HashValue *>(std::calloc(bufSize(), sizeof(HashValue)));
    if (!buf)
        throw std::bad_alloc();
    for (size_t i = 0; i < old_size; ++i)
        if (old_buf[i])
            reinsert(old_buf[i]);
    if (old_buf != inline_buf)
        std::free(old_buf);
}

void UniquesHashSet::rehash()
{
    for (size_t i = 0; i < bufSize(); ++i)
        if (buf[i] && !good(buf[i]))
        {
            buf[i] = 0;
            --count;
        }
    /// Cells displaced by collisions may now sit after a hole: put them back in place.
    for (size_t i = 0; i < bufSize(); ++i)
        if (buf[i] && i != place(buf[i]))
        {
            HashValue x = buf[i];
            buf[i] = 0;
            reinsert(x);
        }
}

void UniquesHashSet::merge(const UniquesHashSet & rhs)
{
    if (rhs.skip_degree > skip_degree)
    {
        skip_degree = rhs.skip_degree;
        rehash();
    }
    if (!has_zero && rhs.has_zero)
    {
        has_zero = true;
        ++count;
        shrinkIfNeeded();
    }
    for (size_t i = 0; i < rhs.bufSize(); ++i)
        if (rhs.buf[i] && good(rhs.buf[i]))
        {
            insertNoGrow(rhs.buf[i]);
            shrinkIfNeeded();
        }
}

size_t UniquesHashSet::size() const
{
    if (skip_degree == 0)
        return count;
    size_t result = static_cast<size_t>(count) * (1ULL << skip_degree);
    /// A pseudo-random remainder, so estimates are not visibly multiples of a power of two.
    result += intHashCRC32(count) & ((1ULL << skip_degree) - 1);
    /// How many distinct values, scattered over 2^32 hash values, fill `result` of them on average.
    const double p32 = 4294967296.0;
    return static_cast<size_t>(std::round(p32 * (std::log(p32) - std::log(p32 - static_cast<double>(result)))));
}

void UniquesHashSet::write(WriteBuffer & out) const
{
    writeBinaryLittleEndian(skip_degree, out);
    writeVarUInt(count, out);
    if (has_zero)
        writeBinaryLittleEndian(HashValue{0}, out);
    for (size_t i = 0; i < bufSize(); ++i)
        if (buf[i])
            writeBinaryLittleEndian(buf[i], out);
}

void UniquesHashSet::read(ReadBuffer & in)
{
    readBinaryLittleEndian(skip_degree, in);
    UInt64 stored_count = 0;
    readVarUInt(stored_count, in);
    if (stored_count > max_size)
        throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read UniquesHashSet: too large size_degree");
    UInt32 degree = initial_size_degree;
    while ((1ULL << (degree - 1)) < stored_count)
        ++degree;
    if (degree > size_degree)
        resize(degree);
    for (UInt64 i = 0; i < stored_count; ++i)
    {
        HashValue x = 0;
        readBinaryLittleEndian(x, in);
        insertNoGrow(x);
    }
}
}
