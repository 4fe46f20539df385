#include "types/DataTypeNullable.h"

#include <cctype>

#include "base/Exception.h"
#include "columns/ColumnNullable.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeLowCardinality.h"

namespace datastore
{
DataTypeNullable::DataTypeNullable(DataTypePtr nested_) : nested(std::move(nested_))
{
    if (!nested->canBeInsideNullable())
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Nested type {} cannot be inside Nullable type", nested->getName());
}

MutableColumnPtr DataTypeNullable::createColumn() const
{
    return ColumnNullable::create(nested->createColumn(), ColumnUInt8::create());
}

void DataTypeNullable::writeNull(TextForm form, WriteBuffer & out, const FormatSettings & settings)
{
    switch (form)
    {
        case TextForm::Plain:
        case TextForm::Quoted: writeString("NULL", out); break;
        case TextForm::Escaped: writeString(settings.tsv_null_representation, out); break;
        case TextForm::JSON: writeString("null", out); break;
        case TextForm::CSV: writeString(settings.csv_null_representation, out); break;
    }
}

namespace
{
/// Consumes `representation` if it is the whole field, i.e. followed by one of `field_ends` or the
/// end of input: "\\Nx" in TabSeparated or CSV is a value, not NULL followed by garbage.
bool checkNullField(ReadBuffer & in, std::string_view representation, std::string_view field_ends)
{
    if (representation.empty() || in.eof())
        return false;
    std::string_view window(in.pos(), in.available());
    if (window.size() > representation.size())
    {
        if (!window.starts_with(representation) || field_ends.find(window[representation.size()]) == std::string_view::npos)
            return false;
        in.advance(representation.size());
        return true;
    }
    /// The window ends inside or right after the representation: deciding needs to consume it.
    return checkString(representation, in);
}
}

bool DataTypeNullable::tryReadNull(TextForm form, ReadBuffer & in, const FormatSettings & settings)
{
    switch (form)
    {
        case TextForm::Plain:
        case TextForm::Quoted: return checkStringCaseInsensitive("NULL", in);
        case TextForm::Escaped: return checkNullField(in, settings.tsv_null_representation, "\t\n");
        case TextForm::JSON: return checkString("null", in);
        case TextForm::CSV:
        {
            while (!in.eof() && (*in.pos() == ' ' || *in.pos() == '\t') && *in.pos() != settings.csv_delimiter)
                in.advance(1);
            if (in.eof())
                return settings.csv_empty_as_default;
            char next = *in.pos();
            if (next == settings.csv_delimiter || next == '\n' || next == '\r')
                return settings.csv_empty_as_default;
            const char field_ends[] = {settings.csv_delimiter, '\r', '\n'};
            return checkNullField(in, settings.csv_null_representation, std::string_view(field_ends, 3));
        }
    }
    return false;
}

bool DataTypeNullable::isNullWholeText(std::string_view text)
{
    if (text == "\\N")
        return true;
    if (text.size() != 4)
        return false;
    for (size_t i = 0; i < 4; ++i)
        if (std::toupper(static_cast<unsigned char>(text[i])) != "NULL"[i])
            return false;
    return true;
}

namespace
{
const ColumnNullable & asNullable(const IColumn & column) { return static_cast<const ColumnNullable &>(column); }
ColumnNullable & asNullable(IColumn & column) { return static_cast<ColumnNullable &>(column); }

/// Reads NULL in `form` or a value with `read_value` into the nested column.
template <typename ReadValue>
void readNullableText(IColumn & column, ReadBuffer & in, const FormatSettings & settings, DataTypeNullable::TextForm form,
                      ReadValue && read_value)
{
    auto & nullable = asNullable(column);
    if (DataTypeNullable::tryReadNull(form, in, settings))
    {
        nullable.insertDefault();
        return;
    }
    read_value(nullable.getNestedColumnMutable());
    nullable.getNullMapData().push_back(0);
}
}

void DataTypeNullable::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    if (column.isNullAt(row))
        writeNull(TextForm::Plain, out, settings);
    else
        nested->serializeText(asNullable(column).getNestedColumn(), row, out, settings);
}

void DataTypeNullable::serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    if (column.isNullAt(row))
        writeNull(TextForm::Escaped, out, settings);
    else
        nested->serializeTextEscaped(asNullable(column).getNestedColumn(), row, out, settings);
}

void DataTypeNullable::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    if (column.isNullAt(row))
        writeNull(TextForm::Quoted, out, settings);
    else
        nested->serializeTextQuoted(asNullable(column).getNestedColumn(), row, out, settings);
}

void DataTypeNullable::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    if (column.isNullAt(row))
        writeNull(TextForm::JSON, out, settings);
    else
        nested->serializeTextJSON(asNullable(column).getNestedColumn(), row, out, settings);
}

void DataTypeNullable::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    if (column.isNullAt(row))
        writeNull(TextForm::CSV, out, settings);
    else
        nested->serializeTextCSV(asNullable(column).getNestedColumn(), row, out, settings);
}

void DataTypeNullable::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readNullableText(column, in, settings, TextForm::Escaped, [&](IColumn & values) { nested->deserializeTextEscaped(values, in, settings); });
}

void DataTypeNullable::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readNullableText(column, in, settings, TextForm::Quoted, [&](IColumn & values) { nested->deserializeTextQuoted(values, in, settings); });
}

void DataTypeNullable::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readNullableText(column, in, settings, TextForm::JSON, [&](IColumn & values) { nested->deserializeTextJSON(values, in, settings); });
}

void DataTypeNullable::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readNullableText(column, in, settings, TextForm::CSV, [&](IColumn & values) { nested->deserializeTextCSV(values, in, settings); });
}

void DataTypeNullable::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    std::string text;
    in.readAll(text);
    auto & nullable = asNullable(column);
    if (isNullWholeText(text))
    {
        nullable.insertDefault();
        return;
    }
    ReadBufferFromMemory text_in(text);
    nested->deserializeWholeText(nullable.getNestedColumnMutable(), text_in, settings);
    nullable.getNullMapData().push_back(0);
}

void DataTypeNullable::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    bool is_null = column.isNullAt(row);
    writeChar(is_null ? 1 : 0, out);
    if (!is_null)
        nested->serializeBinary(asNullable(column).getNestedColumn(), row, out);
}

void DataTypeNullable::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    auto & nullable = asNullable(column);
    UInt8 is_null;
    readBinaryLittleEndian(is_null, in);
    if (is_null)
    {
        nullable.insertDefault();
        return;
    }
    nested->deserializeBinary(nullable.getNestedColumnMutable(), in);
    nullable.getNullMapData().push_back(0);
}

void DataTypeNullable::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    if (offset >= column.size())
        return;
    serializeNativePrefix(*this, out);
    serializeBinaryBulkData(column, out, offset, limit);
}

void DataTypeNullable::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    if (limit == 0)
        return;
    deserializeNativePrefix(*this, in);
    deserializeBinaryBulkData(column, in, limit);
}

void DataTypeNullable::serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & nullable = asNullable(column);
    const auto & null_map = nullable.getNullMapData();
    size_t end = limit == 0 ? null_map.size() : std::min(null_map.size(), offset + limit);
    if (offset >= end)
        return;
    out.write(reinterpret_cast<const char *>(null_map.data() + offset), end - offset);
    serializeNativeData(*nested, nullable.getNestedColumn(), out, offset, end - offset);
}

void DataTypeNullable::deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const
{
    auto & nullable = asNullable(column);
    auto & null_map = nullable.getNullMapData();
    auto & values = nullable.getNestedColumnMutable();
    size_t old_rows = null_map.size();
    try
    {
        null_map.resize(old_rows + limit);
        in.readStrict(reinterpret_cast<char *>(null_map.data() + old_rows), limit);
        deserializeNativeData(*nested, values, in, limit);
        if (values.size() != old_rows + limit)
            throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all nullable values: read {} of {}", values.size() - old_rows, limit);
    }
    catch (...)
    {
        null_map.resize(old_rows);
        values.popBack(values.size() - old_rows);
        throw;
    }
}

void registerDataTypeNullable(DataTypeFactory & factory)
{
    factory.registerType("Nullable", [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
    {
        if (arguments.size() != 1)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Nullable data type family must have exactly one argument - nested type");
        return std::make_shared<DataTypeNullable>(DataTypeFactory::instance().get(arguments[0]));
    });
}
}
