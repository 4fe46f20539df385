// The single-value state of min, max, argMin and argMax for types without an inline form
// (arrays, tuples, FixedString): the value kept as a one-row column, compared with the
// column's own ordering (lexicographic for arrays and tuples, as ClickHouse compares them).
// The column is allocated only when the value changes, never per compared row.
// Binary form: a "has value" byte, then the value in the type's RowBinary form.
#pragma once

#include "columns/IColumn.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"
#include "types/IDataType.h"

namespace datastore
{
class Arena;
}

namespace datastore::aggregates
{
struct SingleValueColumn
{
    static constexpr bool uses_arena = false;

    /// One row once a value is set; null before.
    MutableColumnPtr value;

    bool has() const { return value != nullptr; }
    void set(const IColumn & column, size_t row, Arena *)
    {
        auto copy = column.cloneEmpty();
        copy->insertFrom(column, row);
        value = std::move(copy);
    }
    void set(const SingleValueColumn & other, Arena *)
    {
        auto copy = other.value->cloneEmpty();
        copy->insertFrom(*other.value, 0);
        value = std::move(copy);
    }
    bool isLess(const IColumn & column, size_t row) const { return column.compareAt(row, 0, *value, 1) < 0; }
    bool isGreater(const IColumn & column, size_t row) const { return column.compareAt(row, 0, *value, -1) > 0; }
    bool isLess(const SingleValueColumn & other) const { return other.value->compareAt(0, 0, *value, 1) < 0; }
    bool isGreater(const SingleValueColumn & other) const { return other.value->compareAt(0, 0, *value, -1) > 0; }

    void insertResultInto(IColumn & to) const
    {
        if (value)
            to.insertFrom(*value, 0);
        else
            to.insertDefault();
    }
    void write(WriteBuffer & out, const IDataType & type) const
    {
        writeBinaryLittleEndian(static_cast<UInt8>(has()), out);
        if (value)
            type.serializeBinary(*value, 0, out);
    }
    void read(ReadBuffer & in, const IDataType & type, Arena *)
    {
        UInt8 flag = 0;
        readBinaryLittleEndian(flag, in);
        value = nullptr;
        if (!flag)
            return;
        value = type.createColumn();
        type.deserializeBinary(*value, in);
    }
};
}
