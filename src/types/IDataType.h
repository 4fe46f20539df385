// A SQL type: its name, its column, its default, and how its values are written and read
// in every text and binary form. Text methods work on one row (formats, parsing); bulk
// binary methods work on a range of rows (ClickHouse's Native format, used for parts and
// the native protocol).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/Field.h"
#include "columns/IColumn.h"
#include "types/FormatSettings.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;

enum class TypeIndex
{
    Nothing,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    UInt128,
    UInt256,
    Int8,
    Int16,
    Int32,
    Int64,
    Int128,
    Int256,
    Float32,
    Float64,
    Decimal32,
    Decimal64,
    Decimal128,
    Decimal256,
    Bool,
    Date,
    Date32,
    DateTime,
    DateTime64,
    String,
    FixedString,
    Enum8,
    Enum16,
    UUID,
    IPv4,
    IPv6,
    Array,
    Tuple,
    Map,
    Nullable,
    LowCardinality,
    AggregateFunction,
    SimpleAggregateFunction,
    Interval,
    Function,
    Set,
};

class IDataType;
using DataTypePtr = std::shared_ptr<const IDataType>;
using DataTypes = std::vector<DataTypePtr>;

class IDataType : public std::enable_shared_from_this<IDataType>
{
public:
    virtual ~IDataType() = default;

    virtual TypeIndex getTypeId() const = 0;
    /// Canonical name as ClickHouse prints it: "Nullable(String)", "DateTime64(3, 'UTC')".
    virtual std::string getName() const = 0;
    /// Name without parameters: "DateTime64", "Nullable".
    virtual std::string getFamilyName() const = 0;

    virtual MutableColumnPtr createColumn() const = 0;
    /// A ColumnConst of `rows` rows holding `value`.
    ColumnPtr createColumnConst(size_t rows, const Field & value) const;
    ColumnPtr createColumnConstWithDefaultValue(size_t rows) const { return createColumnConst(rows, getDefault()); }

    /// The value of an omitted column: 0, '', 1970-01-01, NULL for Nullable, [] ...
    virtual Field getDefault() const = 0;
    /// The row as a Field with its meaning (Decimals carry their scale).
    virtual Field getField(const IColumn & column, size_t row) const { return column[row]; }

    virtual bool equals(const IDataType & other) const { return getName() == other.getName(); }

    virtual bool isNullable() const { return false; }
    virtual bool canBeInsideNullable() const { return true; }
    virtual bool isLowCardinality() const { return false; }
    /// The wrapped type of Nullable (nested) and LowCardinality (dictionary type); null otherwise.
    virtual DataTypePtr getNestedTypeIfWrapper() const { return nullptr; }
    /// Integers, floats, Bool, dates, Decimal, Enum: kept as one number per row.
    virtual bool isValueRepresentedByNumber() const { return false; }
    virtual bool isComparable() const { return true; }
    /// Fixed number of bytes per row in the column (0 if variable).
    virtual size_t getSizeOfValueInMemory() const { return 0; }

    /// Plain text as toString() gives it, no quoting or escaping.
    virtual void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const = 0;
    /// TabSeparated: strings escaped (\t, \n, \\ ...).
    virtual void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
    {
        serializeText(column, row, out, settings);
    }
    /// Values and SQL literals: strings and dates in single quotes.
    virtual void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
    {
        serializeText(column, row, out, settings);
    }
    virtual void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const = 0;
    virtual void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
    {
        serializeText(column, row, out, settings);
    }

    /// Each reads one value and appends it to the column; on bad input throws with the
    /// ClickHouse code (CANNOT_PARSE_TEXT, CANNOT_PARSE_DATETIME, ...) and appends nothing.
    virtual void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const = 0;
    virtual void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const = 0;
    virtual void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const = 0;
    virtual void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const = 0;
    /// The whole buffer is one value (CAST from String, query parameters); trailing garbage is an error.
    virtual void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const = 0;

    /// RowBinary: one value.
    virtual void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const = 0;
    virtual void deserializeBinary(IColumn & column, ReadBuffer & in) const = 0;

    /// Native format: rows [offset, offset + limit) of the column (limit 0 = to the end).
    virtual void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const = 0;
    /// Appends `limit` rows read in Native format.
    virtual void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const = 0;

    template <typename T>
    const T * as() const { return dynamic_cast<const T *>(this); }
};

/// Whether the type, with Nullable and LowCardinality taken off, is one of these.
bool isStringOrFixedString(const IDataType & type);
bool isInteger(const IDataType & type);
bool isUnsignedInteger(const IDataType & type);
bool isFloat(const IDataType & type);
bool isNumber(const IDataType & type);          /// integers and floats (and Bool)
bool isDecimal(const IDataType & type);
bool isDateOrDateTime(const IDataType & type);  /// Date, Date32, DateTime, DateTime64

/// Type without Nullable; type without LowCardinality; both.
DataTypePtr removeNullable(const DataTypePtr & type);
DataTypePtr removeLowCardinality(const DataTypePtr & type);
}
