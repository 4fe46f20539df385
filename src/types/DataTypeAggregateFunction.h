// AggregateFunction(f[(params)], T...): a column of states of the aggregate function f over
// arguments of types T..., as -State produces them and -Merge reads them. Every form writes a
// state in ClickHouse's binary state format: raw in RowBinary and Native (parts, the native
// protocol), as a string of those bytes in text formats (escaped in TSV, quoted in Values).
#pragma once

#include "aggregates/IAggregateFunction.h"
#include "types/IDataType.h"

namespace datastore
{
class DataTypeAggregateFunction final : public IDataType
{
public:
    /// `function` must be the one the types name: its getName(), `arguments` and `parameters`.
    DataTypeAggregateFunction(aggregates::AggregateFunctionPtr function_, DataTypes arguments_, Array parameters_)
        : function(std::move(function_)), arguments(std::move(arguments_)), parameters(std::move(parameters_))
    {
    }

    const aggregates::AggregateFunctionPtr & getFunction() const { return function; }
    /// "uniq", "quantiles(0.5, 0.9)": the function as the type names it.
    std::string getFunctionName() const;
    const DataTypes & getArgumentTypes() const { return arguments; }
    const Array & getParameters() const { return parameters; }

    TypeIndex getTypeId() const override { return TypeIndex::AggregateFunction; }
    std::string getName() const override;
    std::string getFamilyName() const override { return "AggregateFunction"; }

    MutableColumnPtr createColumn() const override;
    /// The state of no rows, serialized.
    Field getDefault() const override;
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override { return false; }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// Each reads the state's bytes as a string of the format, then the state from them;
    /// bytes that are not a state of the function throw the function's read error.
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

private:
    aggregates::AggregateFunctionPtr function;
    DataTypes arguments;
    Array parameters;
};
}
