#include "types/DataTypeArray.h"

#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeLowCardinality.h"

namespace datastore
{
namespace
{
/// ClickHouse's default format_binary_max_array_size.
constexpr UInt64 kMaxBinaryArraySize = 1ULL << 30;

/// Reads [e1, e2, ...] appending elements with `read_element`, then closes the row. On error
/// the elements already appended are removed, so the column is unchanged.
template <typename ReadElement>
void readArrayText(ColumnArray & column, ReadBuffer & in, ReadElement && read_element)
{
    auto & data = column.getDataMutable();
    size_t old_elements = data.size();
    try
    {
        if (!checkChar('[', in))
            throw Exception(ErrorCodes::CANNOT_READ_ARRAY_FROM_TEXT, "Array does not start with '[' character");
        skipWhitespaceIfAny(in);
        if (!checkChar(']', in))
        {
            while (true)
            {
                skipWhitespaceIfAny(in);
                read_element(data);
                skipWhitespaceIfAny(in);
                if (checkChar(',', in))
                    continue;
                if (in.eof())
                    assertChar(']', in);
                if (checkChar(']', in))
                    break;
                throw Exception(ErrorCodes::CANNOT_READ_ARRAY_FROM_TEXT,
                                "Cannot read array from text, expected comma or end of array, found '{}'", *in.pos());
            }
        }
    }
    catch (...)
    {
        data.popBack(data.size() - old_elements);
        throw;
    }
    column.finishRow();
}
}

MutableColumnPtr DataTypeArray::createColumn() const
{
    return ColumnArray::create(nested->createColumn());
}

void DataTypeArray::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & array = static_cast<const ColumnArray &>(column);
    const auto & data = array.getData();
    size_t begin = array.offsetAt(row);
    size_t end = array.getOffsets()[row];
    writeChar('[', out);
    for (size_t i = begin; i < end; ++i)
    {
        if (i != begin)
            writeChar(',', out);
        nested->serializeTextQuoted(data, i, out, settings);
    }
    writeChar(']', out);
}

void DataTypeArray::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & array = static_cast<const ColumnArray &>(column);
    const auto & data = array.getData();
    size_t begin = array.offsetAt(row);
    size_t end = array.getOffsets()[row];
    writeChar('[', out);
    for (size_t i = begin; i < end; ++i)
    {
        if (i != begin)
            writeChar(',', out);
        nested->serializeTextJSON(data, i, out, settings);
    }
    writeChar(']', out);
}

void DataTypeArray::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    std::string text;
    {
        WriteBufferFromString text_out(text);
        serializeText(column, row, text_out, settings);
    }
    writeCSVString(text, out);
}

void DataTypeArray::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    deserializeTextQuoted(column, in, settings);
}

void DataTypeArray::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readArrayText(static_cast<ColumnArray &>(column), in,
                  [&](IColumn & data) { nested->deserializeTextQuoted(data, in, settings); });
}

void DataTypeArray::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readArrayText(static_cast<ColumnArray &>(column), in,
                  [&](IColumn & data) { nested->deserializeTextJSON(data, in, settings); });
}

void DataTypeArray::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    std::string text = readCSVString(in, {settings.csv_delimiter, settings.csv_allow_single_quotes, settings.csv_allow_double_quotes});
    ReadBufferFromMemory text_in(text);
    deserializeWholeText(column, text_in, settings);
}

void DataTypeArray::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    deserializeTextQuoted(column, in, settings);
    if (!in.eof())
    {
        column.popBack(1);
        assertEOF(in);
    }
}

void DataTypeArray::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    const auto & array = static_cast<const ColumnArray &>(column);
    const auto & data = array.getData();
    size_t begin = array.offsetAt(row);
    size_t end = array.getOffsets()[row];
    writeVarUInt(end - begin, out);
    for (size_t i = begin; i < end; ++i)
        nested->serializeBinary(data, i, out);
}

void DataTypeArray::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    auto & array = static_cast<ColumnArray &>(column);
    UInt64 count;
    readVarUInt(count, in);
    if (count > kMaxBinaryArraySize)
        throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE,
                        "Too large array size: {}. The maximum is: {}. To increase the maximum, use setting format_binary_max_array_size",
                        count, kMaxBinaryArraySize);
    auto & data = array.getDataMutable();
    size_t old_elements = data.size();
    try
    {
        for (UInt64 i = 0; i < count; ++i)
            nested->deserializeBinary(data, in);
    }
    catch (...)
    {
        data.popBack(data.size() - old_elements);
        throw;
    }
    array.finishRow();
}

void DataTypeArray::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    if (offset >= column.size())
        return;
    serializeNativePrefix(*this, out);
    serializeBinaryBulkData(column, out, offset, limit);
}

void DataTypeArray::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    if (limit == 0)
        return;
    deserializeNativePrefix(*this, in);
    deserializeBinaryBulkData(column, in, limit);
}

void DataTypeArray::serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & array = static_cast<const ColumnArray &>(column);
    const auto & offsets = array.getOffsets();
    size_t end = limit == 0 ? offsets.size() : std::min(offsets.size(), offset + limit);
    if (offset >= end)
        return;
    /// Offsets are written relative to the first element of the range, as ClickHouse does.
    size_t first_element = array.offsetAt(offset);
    for (size_t i = offset; i < end; ++i)
        writeBinaryLittleEndian(UInt64(offsets[i] - first_element), out);
    size_t elements = offsets[end - 1] - first_element;
    if (elements)
        serializeNativeData(*nested, array.getData(), out, first_element, elements);
}

void DataTypeArray::deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const
{
    auto & array = static_cast<ColumnArray &>(column);
    auto & offsets = array.getOffsets();
    size_t old_rows = offsets.size();
    UInt64 base = old_rows == 0 ? 0 : offsets.back();
    offsets.resize(old_rows + limit);
    UInt64 previous = 0;
    try
    {
        in.readStrict(reinterpret_cast<char *>(offsets.data() + old_rows), limit * sizeof(UInt64));
        for (size_t i = old_rows; i < old_rows + limit; ++i)
        {
            if (offsets[i] < previous)
                throw Exception(ErrorCodes::INCORRECT_DATA, "Array offsets are not increasing: {} after {}", offsets[i], previous);
            previous = offsets[i];
            offsets[i] += base;
        }
        auto & data = array.getDataMutable();
        size_t old_elements = data.size();
        try
        {
            if (previous)
                deserializeNativeData(*nested, data, in, previous);
            if (data.size() != old_elements + previous)
                throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all array values: read just {} of {}",
                                data.size() - old_elements, previous);
        }
        catch (...)
        {
            data.popBack(data.size() - old_elements);
            throw;
        }
    }
    catch (...)
    {
        offsets.resize(old_rows);
        throw;
    }
}

void registerDataTypeArray(DataTypeFactory & factory)
{
    factory.registerType("Array", [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
    {
        if (arguments.size() != 1)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Array data type family must have exactly one argument - type of elements");
        return std::make_shared<DataTypeArray>(DataTypeFactory::instance().get(arguments[0]));
    });
}
}
