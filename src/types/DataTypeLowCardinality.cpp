#include "types/DataTypeLowCardinality.h"

#include "base/Exception.h"
#include "columns/ColumnLowCardinality.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeNullable.h"
#include "types/DataTypeTuple.h"

namespace datastore
{
namespace
{
/// ClickHouse's SharedDictionariesWithAdditionalKeys key version and index flags.
constexpr UInt64 kKeyVersion = 1;
constexpr UInt64 kIndexTypeMask = 0xFF;
constexpr UInt64 kNeedGlobalDictionaryBit = 1ULL << 8;
constexpr UInt64 kHasAdditionalKeysBit = 1ULL << 9;
constexpr UInt64 kNeedUpdateDictionaryBit = 1ULL << 10;

bool canBeInsideLowCardinality(const IDataType & type)
{
    switch (type.getTypeId())
    {
        case TypeIndex::UInt8:
        case TypeIndex::UInt16:
        case TypeIndex::UInt32:
        case TypeIndex::UInt64:
        case TypeIndex::UInt128:
        case TypeIndex::UInt256:
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64:
        case TypeIndex::Int128:
        case TypeIndex::Int256:
        case TypeIndex::Float32:
        case TypeIndex::Float64:
        case TypeIndex::Bool:
        case TypeIndex::Date:
        case TypeIndex::Date32:
        case TypeIndex::DateTime:
        case TypeIndex::String:
        case TypeIndex::FixedString:
        case TypeIndex::UUID:
        case TypeIndex::IPv4:
        case TypeIndex::IPv6:
            return true;
        default:
            return false;
    }
}

const ColumnLowCardinality & asLowCardinality(const IColumn & column) { return static_cast<const ColumnLowCardinality &>(column); }
ColumnLowCardinality & asLowCardinality(IColumn & column) { return static_cast<ColumnLowCardinality &>(column); }

/// Row indexes travel as the narrowest unsigned type that holds the key count.
template <typename Index>
void writeIndexes(const PodArray<UInt64> & indexes, WriteBuffer & out)
{
    PodArray<Index> narrow(indexes.size());
    for (size_t i = 0; i < indexes.size(); ++i)
        narrow[i] = static_cast<Index>(indexes[i]);
    out.write(reinterpret_cast<const char *>(narrow.data()), narrow.size() * sizeof(Index));
}

template <typename Index>
void readIndexes(ReadBuffer & in, PodArray<UInt64> & indexes)
{
    PodArray<Index> narrow(indexes.size());
    in.readStrict(reinterpret_cast<char *>(narrow.data()), narrow.size() * sizeof(Index));
    for (size_t i = 0; i < indexes.size(); ++i)
        indexes[i] = narrow[i];
}

using TextForm = DataTypeNullable::TextForm;

/// Writes NULL in `form`, or the row's dictionary value with `write_value(dictionary, position)`.
template <typename WriteValue>
void writeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings, TextForm form,
               WriteValue && write_value)
{
    const auto & low_cardinality = asLowCardinality(column);
    if (low_cardinality.isNullAt(row))
        DataTypeNullable::writeNull(form, out, settings);
    else
        write_value(low_cardinality.getDictionary(), low_cardinality.getPositionAt(row));
}

/// Reads NULL in `form` (when nullable) or one value straight into the dictionary.
template <typename ReadValue>
void readText(IColumn & column, ReadBuffer & in, const FormatSettings & settings, TextForm form, ReadValue && read_value)
{
    auto & low_cardinality = asLowCardinality(column);
    if (low_cardinality.nestedIsNullable() && DataTypeNullable::tryReadNull(form, in, settings))
    {
        low_cardinality.insertDefault();
        return;
    }
    read_value(low_cardinality.dictionaryForInsert());
    low_cardinality.insertLastDictionaryValue();
}
}

DataTypeLowCardinality::DataTypeLowCardinality(DataTypePtr nested_) : nested(std::move(nested_))
{
    const auto * nullable = nested->as<DataTypeNullable>();
    dictionary_type = nullable ? nullable->getNestedType() : nested;
    if (!canBeInsideLowCardinality(*dictionary_type))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                        "DataTypeLowCardinality is supported only for numbers, strings, Date or DateTime, but got {}", nested->getName());
}

MutableColumnPtr DataTypeLowCardinality::createColumn() const
{
    return ColumnLowCardinality::create(dictionary_type->createColumn(), nested->isNullable());
}

void DataTypeLowCardinality::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeText(column, row, out, settings, TextForm::Plain,
              [&](const IColumn & values, size_t position) { dictionary_type->serializeText(values, position, out, settings); });
}

void DataTypeLowCardinality::serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeText(column, row, out, settings, TextForm::Escaped,
              [&](const IColumn & values, size_t position) { dictionary_type->serializeTextEscaped(values, position, out, settings); });
}

void DataTypeLowCardinality::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeText(column, row, out, settings, TextForm::Quoted,
              [&](const IColumn & values, size_t position) { dictionary_type->serializeTextQuoted(values, position, out, settings); });
}

void DataTypeLowCardinality::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeText(column, row, out, settings, TextForm::JSON,
              [&](const IColumn & values, size_t position) { dictionary_type->serializeTextJSON(values, position, out, settings); });
}

void DataTypeLowCardinality::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeText(column, row, out, settings, TextForm::CSV,
              [&](const IColumn & values, size_t position) { dictionary_type->serializeTextCSV(values, position, out, settings); });
}

void DataTypeLowCardinality::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readText(column, in, settings, TextForm::Escaped, [&](IColumn & values) { dictionary_type->deserializeTextEscaped(values, in, settings); });
}

void DataTypeLowCardinality::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readText(column, in, settings, TextForm::Quoted, [&](IColumn & values) { dictionary_type->deserializeTextQuoted(values, in, settings); });
}

void DataTypeLowCardinality::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readText(column, in, settings, TextForm::JSON, [&](IColumn & values) { dictionary_type->deserializeTextJSON(values, in, settings); });
}

void DataTypeLowCardinality::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readText(column, in, settings, TextForm::CSV, [&](IColumn & values) { dictionary_type->deserializeTextCSV(values, in, settings); });
}

void DataTypeLowCardinality::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    std::string text;
    in.readAll(text);
    auto & low_cardinality = asLowCardinality(column);
    if (low_cardinality.nestedIsNullable() && DataTypeNullable::isNullWholeText(text))
    {
        low_cardinality.insertDefault();
        return;
    }
    ReadBufferFromMemory text_in(text);
    dictionary_type->deserializeWholeText(low_cardinality.dictionaryForInsert(), text_in, settings);
    low_cardinality.insertLastDictionaryValue();
}

void DataTypeLowCardinality::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    const auto & low_cardinality = asLowCardinality(column);
    bool is_null = low_cardinality.isNullAt(row);
    if (low_cardinality.nestedIsNullable())
        writeChar(is_null ? 1 : 0, out);
    if (!is_null)
        dictionary_type->serializeBinary(low_cardinality.getDictionary(), low_cardinality.getPositionAt(row), out);
}

void DataTypeLowCardinality::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    auto & low_cardinality = asLowCardinality(column);
    if (low_cardinality.nestedIsNullable())
    {
        UInt8 is_null;
        readBinaryLittleEndian(is_null, in);
        if (is_null)
        {
            low_cardinality.insertDefault();
            return;
        }
    }
    dictionary_type->deserializeBinary(low_cardinality.dictionaryForInsert(), in);
    low_cardinality.insertLastDictionaryValue();
}

void DataTypeLowCardinality::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    if (offset >= column.size())
        return;
    serializeNativePrefix(*this, out);
    serializeBinaryBulkData(column, out, offset, limit);
}

void DataTypeLowCardinality::serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & low_cardinality = asLowCardinality(column);
    size_t rows = low_cardinality.size();
    size_t end = limit == 0 ? rows : std::min(rows, offset + limit);
    if (offset >= end)
        return;
    PodArray<UInt64> indexes;
    auto keys = low_cardinality.getKeysOfRange(offset, end - offset, indexes);

    UInt64 index_type = keys->size() <= 0x100 ? 0 : (keys->size() <= 0x10000 ? 1 : 2);
    writeBinaryLittleEndian(index_type | kHasAdditionalKeysBit | kNeedUpdateDictionaryBit, out);
    writeBinaryLittleEndian(UInt64(keys->size()), out);
    dictionary_type->serializeBinaryBulk(*keys, out, 0, keys->size());
    writeBinaryLittleEndian(UInt64(indexes.size()), out);
    if (index_type == 0)
        writeIndexes<UInt8>(indexes, out);
    else if (index_type == 1)
        writeIndexes<UInt16>(indexes, out);
    else
        writeIndexes<UInt32>(indexes, out);
}

void DataTypeLowCardinality::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    if (limit == 0)
        return;
    deserializeNativePrefix(*this, in);
    deserializeBinaryBulkData(column, in, limit);
}

void DataTypeLowCardinality::deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const
{
    if (limit == 0)
        return;
    auto & low_cardinality = asLowCardinality(column);
    size_t old_rows = low_cardinality.size();
    try
    {
        size_t read_rows = 0;
        while (read_rows < limit)
        {
            UInt64 flags;
            readBinaryLittleEndian(flags, in);
            UInt64 index_type = flags & kIndexTypeMask;
            if (index_type > 3)
                throw Exception(ErrorCodes::INCORRECT_DATA, "Invalid type for LowCardinality index: {}", index_type);
            if (flags & kNeedGlobalDictionaryBit)
                throw Exception(ErrorCodes::NOT_IMPLEMENTED, "LowCardinality with a global dictionary is not supported in Native input");
            if (!(flags & kHasAdditionalKeysBit))
                throw Exception(ErrorCodes::INCORRECT_DATA, "No additional keys found for LowCardinality column");
            UInt64 key_count;
            readBinaryLittleEndian(key_count, in);
            auto keys = dictionary_type->createColumn();
            if (key_count)
                dictionary_type->deserializeBinaryBulk(*keys, in, key_count);
            if (keys->size() != key_count)
                throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all LowCardinality keys: read {} of {}", keys->size(), key_count);
            UInt64 row_count;
            readBinaryLittleEndian(row_count, in);
            if (row_count > limit - read_rows)
                throw Exception(ErrorCodes::INCORRECT_DATA, "LowCardinality block has {} rows, but only {} are expected", row_count,
                                limit - read_rows);
            PodArray<UInt64> indexes(row_count);
            if (index_type == 0)
                readIndexes<UInt8>(in, indexes);
            else if (index_type == 1)
                readIndexes<UInt16>(in, indexes);
            else if (index_type == 2)
                readIndexes<UInt32>(in, indexes);
            else
                readIndexes<UInt64>(in, indexes);
            low_cardinality.insertIndexesOfKeys(*keys, indexes);
            read_rows += row_count;
        }
    }
    catch (...)
    {
        low_cardinality.popBack(low_cardinality.size() - old_rows);
        throw;
    }
}

void serializeNativePrefix(const IDataType & type, WriteBuffer & out)
{
    if (type.as<DataTypeLowCardinality>())
        writeBinaryLittleEndian(kKeyVersion, out);
    else if (const auto * array = type.as<DataTypeArray>())
        serializeNativePrefix(*array->getNestedType(), out);
    else if (const auto * tuple = type.as<DataTypeTuple>())
        for (const auto & element : tuple->getElements())
            serializeNativePrefix(*element, out);
    else if (const auto * map = type.as<DataTypeMap>())
        serializeNativePrefix(*map->getNestedType(), out);
    else if (const auto * nullable = type.as<DataTypeNullable>())
        serializeNativePrefix(*nullable->getNestedType(), out);
}

void deserializeNativePrefix(const IDataType & type, ReadBuffer & in)
{
    if (type.as<DataTypeLowCardinality>())
    {
        UInt64 version;
        readBinaryLittleEndian(version, in);
        if (version != kKeyVersion)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Invalid version for SerializationLowCardinality key column: {}", version);
    }
    else if (const auto * array = type.as<DataTypeArray>())
        deserializeNativePrefix(*array->getNestedType(), in);
    else if (const auto * tuple = type.as<DataTypeTuple>())
        for (const auto & element : tuple->getElements())
            deserializeNativePrefix(*element, in);
    else if (const auto * map = type.as<DataTypeMap>())
        deserializeNativePrefix(*map->getNestedType(), in);
    else if (const auto * nullable = type.as<DataTypeNullable>())
        deserializeNativePrefix(*nullable->getNestedType(), in);
}

void serializeNativeData(const IDataType & type, const IColumn & column, WriteBuffer & out, size_t offset, size_t limit)
{
    if (const auto * low_cardinality = type.as<DataTypeLowCardinality>())
        low_cardinality->serializeBinaryBulkData(column, out, offset, limit);
    else if (const auto * array = type.as<DataTypeArray>())
        array->serializeBinaryBulkData(column, out, offset, limit);
    else if (const auto * tuple = type.as<DataTypeTuple>())
        tuple->serializeBinaryBulkData(column, out, offset, limit);
    else if (const auto * map = type.as<DataTypeMap>())
        map->serializeBinaryBulkData(column, out, offset, limit);
    else if (const auto * nullable = type.as<DataTypeNullable>())
        nullable->serializeBinaryBulkData(column, out, offset, limit);
    else
        type.serializeBinaryBulk(column, out, offset, limit);
}

void deserializeNativeData(const IDataType & type, IColumn & column, ReadBuffer & in, size_t limit)
{
    if (const auto * low_cardinality = type.as<DataTypeLowCardinality>())
        low_cardinality->deserializeBinaryBulkData(column, in, limit);
    else if (const auto * array = type.as<DataTypeArray>())
        array->deserializeBinaryBulkData(column, in, limit);
    else if (const auto * tuple = type.as<DataTypeTuple>())
        tuple->deserializeBinaryBulkData(column, in, limit);
    else if (const auto * map = type.as<DataTypeMap>())
        map->deserializeBinaryBulkData(column, in, limit);
    else if (const auto * nullable = type.as<DataTypeNullable>())
        nullable->deserializeBinaryBulkData(column, in, limit);
    else
        type.deserializeBinaryBulk(column, in, limit);
}

void registerDataTypeLowCardinality(DataTypeFactory & factory)
{
    factory.registerType("LowCardinality", [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
    {
        if (arguments.size() != 1)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "LowCardinality data type family must have single argument - type of elements");
        return std::make_shared<DataTypeLowCardinality>(DataTypeFactory::instance().get(arguments[0]));
    });
}
}
