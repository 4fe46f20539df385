#include "storage/mergetree/MergeTreeMetadata.h"

#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"

namespace datastore::storage
{
DataTypePtr MergeTreeMetadata::getColumnType(const std::string & name) const
{
    for (size_t i = 0; i < column_names.size(); ++i)
        if (column_names[i] == name)
            return column_types[i];
    throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "There is no column {} in table", name);
}

std::shared_ptr<const MergeTreeMetadata> MergeTreeMetadata::create(
    ColumnsDescription columns, KeyDescription partition_key, KeyDescription sorting_key, KeyDescription primary_key,
    MergeTreeSettings settings)
{
    auto metadata = std::make_shared<MergeTreeMetadata>();
    for (const auto * column : columns.getPhysical())
    {
        metadata->column_names.push_back(column->name);
        metadata->column_types.push_back(column->type);
        metadata->column_codecs.push_back(
            compression::CompressionCodecFactory::instance().get(column->codec, column->type->getSizeOfValueInMemory()));
    }
    if (primary_key.empty())
        primary_key = sorting_key;
    if (primary_key.column_names.size() > sorting_key.column_names.size())
        throw Exception(
            ErrorCodes::BAD_ARGUMENTS,
            "Primary key must be a prefix of the sorting key, but its length: {} is greater than the sorting key length: {}",
            primary_key.column_names.size(), sorting_key.column_names.size());
    for (size_t i = 0; i < primary_key.column_names.size(); ++i)
        if (primary_key.column_names[i] != sorting_key.column_names[i])
            throw Exception(
                ErrorCodes::BAD_ARGUMENTS,
                "Primary key must be a prefix of the sorting key, but the column in the position {} is {}, not {}", i,
                sorting_key.column_names[i], primary_key.column_names[i]);
    metadata->columns = std::move(columns);
    metadata->partition_key = std::move(partition_key);
    metadata->sorting_key = std::move(sorting_key);
    metadata->primary_key = std::move(primary_key);
    metadata->settings = settings;
    return metadata;
}

std::string escapeForFileName(const std::string & name)
{
    static const char * hex = "0123456789ABCDEF";
    std::string result;
    for (char c : name)
    {
        auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || byte == '_')
            result += c;
        else
        {
            result += '%';
            result += hex[byte >> 4];
            result += hex[byte & 15];
        }
    }
    return result;
}
}
