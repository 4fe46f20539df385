#include "types/DataTypeAggregateFunction.h"

#include "base/Arena.h"
#include "columns/ColumnAggregateFunction.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"

namespace datastore
{
namespace
{
const ColumnAggregateFunction & states(const IColumn & column)
{
    return column.assertCast<ColumnAggregateFunction>();
}

ColumnAggregateFunction & states(IColumn & column)
{
    return static_cast<ColumnAggregateFunction &>(column);
}

void insertFromBytes(IColumn & column, std::string_view bytes)
{
    ReadBufferFromMemory in(bytes);
    states(column).insertDeserialized(in);
}
}

std::string DataTypeAggregateFunction::getFunctionName() const
{
    std::string name = function->getName();
    if (parameters.empty())
        return name;
    name += '(';
    for (size_t i = 0; i < parameters.size(); ++i)
        name += (i ? ", " : "") + parameters[i].dump();
    return name + ')';
}

std::string DataTypeAggregateFunction::getName() const
{
    std::string name = "AggregateFunction(" + getFunctionName();
    for (const auto & argument : arguments)
        name += ", " + argument->getName();
    return name + ')';
}

MutableColumnPtr DataTypeAggregateFunction::createColumn() const
{
    return ColumnAggregateFunction::create(function);
}

Field DataTypeAggregateFunction::getDefault() const
{
    auto column = ColumnAggregateFunction::create(function);
    column->insertDefault();
    return (*column)[0];
}

void DataTypeAggregateFunction::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeString(states(column).serializeStateToString(row), out);
}

void DataTypeAggregateFunction::serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEscapedString(states(column).serializeStateToString(row), out);
}

void DataTypeAggregateFunction::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuotedString(states(column).serializeStateToString(row), out);
}

void DataTypeAggregateFunction::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeJSONString(states(column).serializeStateToString(row), out, settings.json_escape_forward_slashes);
}

void DataTypeAggregateFunction::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeCSVString(states(column).serializeStateToString(row), out);
}

void DataTypeAggregateFunction::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string bytes;
    readEscapedStringInto(bytes, in);
    insertFromBytes(column, bytes);
}

void DataTypeAggregateFunction::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string bytes;
    readQuotedStringInto(bytes, in);
    insertFromBytes(column, bytes);
}

void DataTypeAggregateFunction::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string bytes;
    readJSONStringInto(bytes, in);
    insertFromBytes(column, bytes);
}

void DataTypeAggregateFunction::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    std::string bytes;
    readCSVStringInto(bytes, in, CSVStringSettings{settings.csv_delimiter, settings.csv_allow_single_quotes, settings.csv_allow_double_quotes});
    insertFromBytes(column, bytes);
}

void DataTypeAggregateFunction::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    states(column).insertDeserialized(in);
}

void DataTypeAggregateFunction::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    states(column).serializeState(row, out);
}

void DataTypeAggregateFunction::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    states(column).insertDeserialized(in);
}

void DataTypeAggregateFunction::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & source = states(column);
    size_t size = source.size();
    size_t end = (limit == 0 || offset + limit > size) ? size : offset + limit;
    for (size_t row = offset; row < end; ++row)
        source.serializeState(row, out);
}

void DataTypeAggregateFunction::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    auto & target = states(column);
    target.reserve(target.size() + limit);
    for (size_t i = 0; i < limit && !in.eof(); ++i)
        target.insertDeserialized(in);
}
}
