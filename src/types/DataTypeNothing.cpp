// Nothing's column, its (absent) text forms, its Native bytes and its registration.
#include "types/DataTypeNothing.h"

#include "base/Exception.h"
#include "columns/ColumnVector.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "types/DataTypeFactory.h"

namespace datastore
{
namespace
{
[[noreturn]] void throwNoSerialization()
{
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Serialization is not implemented for data type Nothing");
}
}

MutableColumnPtr DataTypeNothing::createColumn() const
{
    return ColumnUInt8::create();
}

void DataTypeNothing::serializeText(const IColumn &, size_t, WriteBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}
void DataTypeNothing::serializeTextJSON(const IColumn &, size_t, WriteBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}
void DataTypeNothing::deserializeTextEscaped(IColumn &, ReadBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}
void DataTypeNothing::deserializeTextQuoted(IColumn &, ReadBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}
void DataTypeNothing::deserializeTextJSON(IColumn &, ReadBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}
void DataTypeNothing::deserializeTextCSV(IColumn &, ReadBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}
void DataTypeNothing::deserializeWholeText(IColumn &, ReadBuffer &, const FormatSettings &) const
{
    throwNoSerialization();
}

void DataTypeNothing::serializeBinary(const IColumn &, size_t, WriteBuffer &) const
{
}

void DataTypeNothing::deserializeBinary(IColumn & column, ReadBuffer &) const
{
    column.insertDefault();
}

void DataTypeNothing::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    size_t rows = column.size();
    if (offset >= rows)
        return;
    if (limit == 0 || offset + limit > rows)
        limit = rows - offset;
    for (size_t i = 0; i < limit; ++i)
        out.put('0');
}

void DataTypeNothing::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    size_t before = in.count();
    in.ignore(limit);
    column.insertManyDefaults(in.count() - before);
}

void registerDataTypeNothing(DataTypeFactory & factory)
{
    factory.registerType(
        "Nothing",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type Nothing cannot have arguments");
            static const DataTypePtr type = std::make_shared<DataTypeNothing>();
            return type;
        });
}
}
