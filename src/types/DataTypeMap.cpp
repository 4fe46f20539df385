#include "types/DataTypeMap.h"

#include "base/Exception.h"
#include "columns/ColumnMap.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeLowCardinality.h"
#include "types/DataTypeTuple.h"

namespace datastore
{
namespace
{
const ColumnMap & asMap(const IColumn & column) { return static_cast<const ColumnMap &>(column); }
ColumnMap & asMap(IColumn & column) { return static_cast<ColumnMap &>(column); }
}

DataTypeMap::DataTypeMap(DataTypePtr key_type_, DataTypePtr value_type_) : key_type(std::move(key_type_)), value_type(std::move(value_type_))
{
    const auto * low_cardinality = key_type->as<DataTypeLowCardinality>();
    if (key_type->isNullable() || (low_cardinality && low_cardinality->isNullableDictionary()))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Map cannot have a key of type {}", key_type->getName());
    nested = std::make_shared<DataTypeArray>(
        std::make_shared<DataTypeTuple>(DataTypes{key_type, value_type}, std::vector<std::string>{"keys", "values"}));
}

MutableColumnPtr DataTypeMap::createColumn() const
{
    return ColumnMap::create(key_type->createColumn(), value_type->createColumn());
}

void DataTypeMap::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & map = asMap(column);
    const auto & offsets = map.getOffsets();
    size_t begin = row == 0 ? 0 : offsets[row - 1];
    writeChar('{', out);
    for (size_t i = begin; i < offsets[row]; ++i)
    {
        if (i != begin)
            writeChar(',', out);
        key_type->serializeTextQuoted(map.getKeys(), i, out, settings);
        writeChar(':', out);
        value_type->serializeTextQuoted(map.getValues(), i, out, settings);
    }
    writeChar('}', out);
}

void DataTypeMap::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & map = asMap(column);
    const auto & offsets = map.getOffsets();
    size_t begin = row == 0 ? 0 : offsets[row - 1];
    std::string key_text;
    writeChar('{', out);
    for (size_t i = begin; i < offsets[row]; ++i)
    {
        if (i != begin)
            writeChar(',', out);
        key_text.clear();
        {
            WriteBufferFromString key_out(key_text);
            key_type->serializeText(map.getKeys(), i, key_out, settings);
        }
        writeJSONString(key_text, out, settings.json_escape_forward_slashes);
        writeChar(':', out);
        value_type->serializeTextJSON(map.getValues(), i, out, settings);
    }
    writeChar('}', out);
}

void DataTypeMap::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    std::string text;
    {
        WriteBufferFromString text_out(text);
        serializeText(column, row, text_out, settings);
    }
    writeCSVString(text, out);
}

template <typename ReadKey, typename ReadValue>
void DataTypeMap::readMapText(IColumn & column, ReadBuffer & in, ReadKey && read_key, ReadValue && read_value) const
{
    auto & map = asMap(column);
    auto & keys = map.getNestedDataMutable().getColumnMutable(0);
    auto & values = map.getNestedDataMutable().getColumnMutable(1);
    size_t old_pairs = keys.size();
    try
    {
        assertChar('{', in);
        skipWhitespaceIfAny(in);
        bool first = true;
        while (!checkChar('}', in))
        {
            if (!first)
            {
                if (!checkChar(',', in))
                    assertChar('}', in);
                skipWhitespaceIfAny(in);
            }
            first = false;
            read_key(keys);
            skipWhitespaceIfAny(in);
            assertChar(':', in);
            skipWhitespaceIfAny(in);
            read_value(values);
            skipWhitespaceIfAny(in);
        }
    }
    catch (...)
    {
        /// A failed value read leaves one more key than values.
        keys.popBack(keys.size() - old_pairs);
        values.popBack(values.size() - old_pairs);
        throw;
    }
    map.getNestedColumnMutable().finishRow();
}

void DataTypeMap::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    deserializeTextQuoted(column, in, settings);
}

void DataTypeMap::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readMapText(column, in, [&](IColumn & keys) { key_type->deserializeTextQuoted(keys, in, settings); },
                [&](IColumn & values) { value_type->deserializeTextQuoted(values, in, settings); });
}

void DataTypeMap::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readMapText(
        column, in,
        [&](IColumn & keys)
        {
            std::string key_text = readJSONString(in);
            ReadBufferFromMemory key_in(key_text);
            key_type->deserializeWholeText(keys, key_in, settings);
        },
        [&](IColumn & values) { value_type->deserializeTextJSON(values, in, settings); });
}

void DataTypeMap::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    std::string text = readCSVString(in, {settings.csv_delimiter, settings.csv_allow_single_quotes, settings.csv_allow_double_quotes});
    ReadBufferFromMemory text_in(text);
    deserializeWholeText(column, text_in, settings);
}

void DataTypeMap::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    deserializeTextQuoted(column, in, settings);
    if (!in.eof())
    {
        column.popBack(1);
        assertEOF(in);
    }
}

void DataTypeMap::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    nested->serializeBinary(asMap(column).getNestedColumn(), row, out);
}

void DataTypeMap::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    nested->deserializeBinary(asMap(column).getNestedColumnMutable(), in);
}

void DataTypeMap::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    if (offset >= column.size())
        return;
    serializeNativePrefix(*this, out);
    serializeBinaryBulkData(column, out, offset, limit);
}

void DataTypeMap::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    if (limit == 0)
        return;
    deserializeNativePrefix(*this, in);
    deserializeBinaryBulkData(column, in, limit);
}

void DataTypeMap::serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeNativeData(*nested, asMap(column).getNestedColumn(), out, offset, limit);
}

void DataTypeMap::deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeNativeData(*nested, asMap(column).getNestedColumnMutable(), in, limit);
}

void registerDataTypeMap(DataTypeFactory & factory)
{
    factory.registerType("Map", [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
    {
        if (arguments.size() != 2)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "Map data type family must have two arguments: key and value types");
        return std::make_shared<DataTypeMap>(DataTypeFactory::instance().get(arguments[0]), DataTypeFactory::instance().get(arguments[1]));
    });
}
}
