// The state of min, max, any, anyLast and the parts of argMin/argMax: at most one value of
// the argument. Fixed-width values are kept inline, strings and other values in the
// aggregation arena. Binary forms follow ClickHouse: a "has value" byte then the value for
// numbers; Int32 size including a terminating zero (-1 for none) then the bytes for strings.
#pragma once

#include <cstring>
#include <string_view>

#include "base/Arena.h"
#include "columns/ColumnFixedString.h"
#include "columns/ColumnString.h"
#include "columns/ColumnVector.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"
#include "types/IDataType.h"

namespace datastore::aggregates
{
template <typename T>
struct SingleValueFixed
{
    using ColumnType = ColumnVector<T>;
    static constexpr bool uses_arena = false;

    T value{};
    bool has_value = false;

    bool has() const { return has_value; }
    static T at(const IColumn & column, size_t row) { return column.assertCast<ColumnType>().getData()[row]; }

    void set(const IColumn & column, size_t row, Arena *)
    {
        value = at(column, row);
        has_value = true;
    }
    void set(const SingleValueFixed & other, Arena *)
    {
        value = other.value;
        has_value = true;
    }
    bool isLess(const IColumn & column, size_t row) const { return at(column, row) < value; }
    bool isGreater(const IColumn & column, size_t row) const { return at(column, row) > value; }
    bool isLess(const SingleValueFixed & other) const { return other.value < value; }
    bool isGreater(const SingleValueFixed & other) const { return other.value > value; }

    void insertResultInto(IColumn & to) const
    {
        if (has_value)
            static_cast<ColumnType &>(to).insertValue(value);
        else
            to.insertDefault();
    }
    void write(WriteBuffer & out, const IDataType &) const
    {
        writeBinaryLittleEndian(static_cast<UInt8>(has_value), out);
        if (has_value)
            writeBinaryLittleEndian(value, out);
    }
    void read(ReadBuffer & in, const IDataType &, Arena *)
    {
        UInt8 flag = 0;
        readBinaryLittleEndian(flag, in);
        has_value = flag != 0;
        if (has_value)
            readBinaryLittleEndian(value, in);
    }
};

/// An IPv6 address: its 16 bytes kept inline, ordered as the bytes are (network order).
struct SingleValueIPv6
{
    static constexpr bool uses_arena = false;
    static constexpr size_t size = 16;

    char value[size] = {};
    bool has_value = false;

    bool has() const { return has_value; }
    static const char * at(const IColumn & column, size_t row) { return column.assertCast<ColumnFixedString>().getChars().data() + row * size; }

    void set(const IColumn & column, size_t row, Arena *)
    {
        std::memcpy(value, at(column, row), size);
        has_value = true;
    }
    void set(const SingleValueIPv6 & other, Arena *)
    {
        std::memcpy(value, other.value, size);
        has_value = true;
    }
    bool isLess(const IColumn & column, size_t row) const { return std::memcmp(at(column, row), value, size) < 0; }
    bool isGreater(const IColumn & column, size_t row) const { return std::memcmp(at(column, row), value, size) > 0; }
    bool isLess(const SingleValueIPv6 & other) const { return std::memcmp(other.value, value, size) < 0; }
    bool isGreater(const SingleValueIPv6 & other) const { return std::memcmp(other.value, value, size) > 0; }

    void insertResultInto(IColumn & to) const
    {
        if (has_value)
            static_cast<ColumnFixedString &>(to).insertData(value, size);
        else
            to.insertDefault();
    }
    /// A "has value" byte, then the 16 bytes.
    void write(WriteBuffer & out, const IDataType &) const
    {
        writeBinaryLittleEndian(static_cast<UInt8>(has_value), out);
        if (has_value)
            out.write(value, size);
    }
    void read(ReadBuffer & in, const IDataType &, Arena *)
    {
        UInt8 flag = 0;
        readBinaryLittleEndian(flag, in);
        has_value = flag != 0;
        if (has_value)
            in.readStrict(value, size);
    }
};

struct SingleValueString
{
    static constexpr bool uses_arena = true;

    const char * data = nullptr;
    Int32 size = -1;

    bool has() const { return size >= 0; }
    std::string_view view() const { return {data, static_cast<size_t>(size)}; }
    static std::string_view at(const IColumn & column, size_t row) { return column.assertCast<ColumnString>().getDataAt(row); }

    void assign(std::string_view value, Arena * arena)
    {
        data = arena->insert(value).data();
        size = static_cast<Int32>(value.size());
    }
    void set(const IColumn & column, size_t row, Arena * arena) { assign(at(column, row), arena); }
    void set(const SingleValueString & other, Arena * arena) { assign(other.view(), arena); }
    bool isLess(const IColumn & column, size_t row) const { return at(column, row) < view(); }
    bool isGreater(const IColumn & column, size_t row) const { return at(column, row) > view(); }
    bool isLess(const SingleValueString & other) const { return other.view() < view(); }
    bool isGreater(const SingleValueString & other) const { return other.view() > view(); }

    void insertResultInto(IColumn & to) const
    {
        if (has())
            static_cast<ColumnString &>(to).insertData(view());
        else
            to.insertDefault();
    }
    void write(WriteBuffer & out, const IDataType &) const
    {
        Int32 stored_size = has() ? size + 1 : -1;
        writeBinaryLittleEndian(stored_size, out);
        if (has())
        {
            writeString(view(), out);
            writeChar('\0', out);
        }
    }
    void read(ReadBuffer & in, const IDataType &, Arena * arena);
};

/// Any other type (arrays, tuples, UUIDs...): the value in the column's arena form. Not
/// comparable, so it serves any, anyLast and the result part of argMin/argMax.
struct SingleValueGeneric
{
    static constexpr bool uses_arena = true;

    const char * data = nullptr;
    size_t size = 0;
    bool has_value = false;

    bool has() const { return has_value; }
    void set(const IColumn & column, size_t row, Arena * arena)
    {
        const char * begin = nullptr;
        std::string_view serialized = column.serializeValueIntoArena(row, *arena, begin);
        data = serialized.data();
        size = serialized.size();
        has_value = true;
    }
    void set(const SingleValueGeneric & other, Arena * arena)
    {
        data = arena->insert({other.data, other.size}).data();
        size = other.size;
        has_value = true;
    }
    void insertResultInto(IColumn & to) const
    {
        if (has_value)
            to.deserializeAndInsertFromArena(data);
        else
            to.insertDefault();
    }
    /// A "has value" byte, then the value in the type's RowBinary form.
    void write(WriteBuffer & out, const IDataType & type) const;
    void read(ReadBuffer & in, const IDataType & type, Arena * arena);
};
}
