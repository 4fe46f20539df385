// SimpleAggregateFunction(f, T): values of T, stored and shown as T, that AggregatingMergeTree
// combines with f when it merges rows (sum adds them, anyLast keeps the last...). Only
// functions whose result is its own argument type can be simple (f's result must be T).
// Functions see the column as T; toTypeName, DESCRIBE and the native protocol show the wrapper.
#pragma once

#include "aggregates/IAggregateFunction.h"
#include "types/IDataType.h"

namespace datastore
{
class DataTypeSimpleAggregateFunction final : public IDataType
{
public:
    DataTypeSimpleAggregateFunction(aggregates::AggregateFunctionPtr function_, DataTypePtr nested_)
        : function(std::move(function_)), nested(std::move(nested_))
    {
    }

    /// f over one argument of type T.
    const aggregates::AggregateFunctionPtr & getFunction() const { return function; }
    /// T.
    const DataTypePtr & getNestedType() const { return nested; }

    TypeIndex getTypeId() const override { return TypeIndex::SimpleAggregateFunction; }
    std::string getName() const override { return "SimpleAggregateFunction(" + function->getName() + ", " + nested->getName() + ")"; }
    std::string getFamilyName() const override { return "SimpleAggregateFunction"; }

    MutableColumnPtr createColumn() const override { return nested->createColumn(); }
    Field getDefault() const override { return nested->getDefault(); }
    Field getField(const IColumn & column, size_t row) const override { return nested->getField(column, row); }
    bool isNullable() const override { return false; }
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override { return nested->isComparable(); }
    size_t getSizeOfValueInMemory() const override { return nested->getSizeOfValueInMemory(); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override
    {
        nested->serializeText(column, row, out, settings);
    }
    void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override
    {
        nested->serializeTextEscaped(column, row, out, settings);
    }
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override
    {
        nested->serializeTextQuoted(column, row, out, settings);
    }
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override
    {
        nested->serializeTextJSON(column, row, out, settings);
    }
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override
    {
        nested->serializeTextCSV(column, row, out, settings);
    }

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override
    {
        nested->deserializeTextEscaped(column, in, settings);
    }
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override
    {
        nested->deserializeTextQuoted(column, in, settings);
    }
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override
    {
        nested->deserializeTextJSON(column, in, settings);
    }
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override
    {
        nested->deserializeTextCSV(column, in, settings);
    }
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override
    {
        nested->deserializeWholeText(column, in, settings);
    }

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override { nested->serializeBinary(column, row, out); }
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override { nested->deserializeBinary(column, in); }
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override
    {
        nested->serializeBinaryBulk(column, out, offset, limit);
    }
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override
    {
        nested->deserializeBinaryBulk(column, in, limit);
    }

private:
    aggregates::AggregateFunctionPtr function;
    DataTypePtr nested;
};

/// T for SimpleAggregateFunction(f, T), the type itself otherwise: what functions compute on.
DataTypePtr removeSimpleAggregateFunction(const DataTypePtr & type);
}
