// The header of RowBinaryWithNames(AndTypes) and skipping of unknown binary columns.
#include "formats/BinaryRowInputFormat.h"

#include "base/Exception.h"
#include "io/ReadHelpers.h"
#include "types/DataTypeFactory.h"

namespace datastore::formats
{
std::vector<std::string> BinaryRowInputFormat::readNames()
{
    readVarUInt(file_columns, in);
    std::vector<std::string> names(file_columns);
    for (auto & name : names)
        readStringBinary(name, in);
    return names;
}

std::vector<std::string> BinaryRowInputFormat::readTypes()
{
    std::vector<std::string> type_names(file_columns);
    for (auto & name : type_names)
        readStringBinary(name, in);
    skipped_types.resize(file_columns);
    for (size_t i = 0; i < file_columns; ++i)
        skipped_types[i] = DataTypeFactory::instance().get(type_names[i]);
    return type_names;
}

void BinaryRowInputFormat::skipField(size_t file_column)
{
    /// Without types there is no way to know a value's length.
    if (file_column >= skipped_types.size())
        throw Exception(ErrorCodes::INCORRECT_DATA,
                        "Cannot skip unknown field in RowBinaryWithNames format, because it's type is unknown");
    auto column = skipped_types[file_column]->createColumn();
    skipped_types[file_column]->deserializeBinary(*column, in);
}
}
