// RowBinary and Native forms of types stored as one fixed-width number per row (dates,
// Decimal, Enum): the raw little-endian values, as ClickHouse writes them.
#pragma once

#include "base/Exception.h"
#include "columns/ColumnVector.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

namespace datastore
{
template <typename T> void serializeFixedBinary(const IColumn & column, size_t row, WriteBuffer & out)
{
    const T value = static_cast<const ColumnVector<T> &>(column).getData()[row];
    out.write(reinterpret_cast<const char *>(&value), sizeof(T));
}

template <typename T> void deserializeFixedBinary(IColumn & column, ReadBuffer & in)
{
    T value;
    in.readStrict(reinterpret_cast<char *>(&value), sizeof(T));
    static_cast<ColumnVector<T> &>(column).insertValue(value);
}

template <typename T> void serializeFixedBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit)
{
    const auto & data = static_cast<const ColumnVector<T> &>(column).getData();
    const size_t size = data.size();
    if (offset >= size)
        return;
    if (limit == 0 || offset + limit > size)
        limit = size - offset;
    out.write(reinterpret_cast<const char *>(data.data() + offset), limit * sizeof(T));
}

/// Appends up to `limit` rows; a stream that ends on a row boundary just gives fewer rows.
template <typename T> void deserializeFixedBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit)
{
    auto & data = static_cast<ColumnVector<T> &>(column).getData();
    const size_t initial = data.size();
    data.resize(initial + limit);
    const size_t bytes = in.read(reinterpret_cast<char *>(data.data() + initial), limit * sizeof(T));
    data.resize(initial + bytes / sizeof(T));
    if (bytes % sizeof(T) != 0)
        throw Exception(
            ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data. Bytes read: {}. Bytes expected: {}", bytes,
            (bytes / sizeof(T) + 1) * sizeof(T));
}
}
