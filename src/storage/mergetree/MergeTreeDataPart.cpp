#include "storage/mergetree/MergeTreeDataPart.h"

#include "base/CityHash.h"
#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace datastore::storage
{
namespace fs = std::filesystem;

namespace
{
constexpr const char * kChecksumsHeader = "checksums format version: datastore-1\n";

struct ChecksumEntry
{
    UInt64 size = 0;
    UInt64 uncompressed_size = 0;
};

std::map<std::string, ChecksumEntry> parseChecksums(const std::string & text, const std::string & path)
{
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    if (line + "\n" != kChecksumsHeader)
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Unknown checksums format in {}: {}", path, line);
    std::getline(in, line);
    std::map<std::string, ChecksumEntry> entries;
    while (std::getline(in, line))
    {
        std::vector<std::string> fields;
        size_t start = 0;
        while (true)
        {
            size_t tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
        if (fields.size() < 3)
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Bad line in {}checksums.txt: {}", path, line);
        ChecksumEntry entry;
        entry.size = std::stoull(fields[1]);
        if (fields.size() > 3)
            entry.uncompressed_size = std::stoull(fields[3]);
        entries[fields[0]] = entry;
    }
    return entries;
}

/// `name` Type lines of columns.txt.
std::vector<std::pair<std::string, std::string>> parseColumnsText(const std::string & text, const std::string & path)
{
    std::vector<std::pair<std::string, std::string>> result;
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    if (line != "columns format version: 1")
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Unknown columns format in {}columns.txt: {}", path, line);
    std::getline(in, line);
    while (std::getline(in, line))
    {
        if (line.empty() || line[0] != '`')
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Bad line in {}columns.txt: {}", path, line);
        std::string name;
        size_t i = 1;
        for (; i < line.size() && line[i] != '`'; ++i)
        {
            if (line[i] == '\\' && i + 1 < line.size())
                ++i;
            name += line[i];
        }
        if (i + 2 > line.size())
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Bad line in {}columns.txt: {}", path, line);
        result.emplace_back(name, line.substr(i + 2));
    }
    return result;
}
}

std::string readPartFile(const std::string & path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Exception(ErrorCodes::NO_FILE_IN_DATA_PART, "No file {} in data part", path);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

std::string computeChecksumsText(const std::string & directory, const std::map<std::string, UInt64> & uncompressed_sizes)
{
    std::vector<std::string> files;
    for (const auto & entry : fs::directory_iterator(directory))
        if (entry.is_regular_file() && entry.path().filename() != "checksums.txt")
            files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    std::string text = kChecksumsHeader + std::to_string(files.size()) + " files:\n";
    for (const auto & file : files)
    {
        std::string contents = readPartFile(directory + file);
        auto hash = cityhash_v1_0_2::CityHash128(contents.data(), contents.size());
        text += fmt::format("{}\t{}\t{:016x}{:016x}", file, contents.size(), hash.high, hash.low);
        if (auto it = uncompressed_sizes.find(file); it != uncompressed_sizes.end())
            text += "\t" + std::to_string(it->second);
        text += '\n';
    }
    return text;
}

MergeTreeDataPart::~MergeTreeDataPart()
{
    if (is_removed_on_destroy.load())
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
}

size_t MergeTreeDataPart::getGranulesCount() const
{
    return marks.empty() ? 0 : marks.begin()->second.size() - 1;
}

const MergeTreeMarks & MergeTreeDataPart::getMarks(const std::string & column) const
{
    auto it = marks.find(column);
    if (it == marks.end())
        throw Exception(ErrorCodes::NO_FILE_IN_DATA_PART, "No column {} in data part {}", column, name);
    return it->second;
}

std::string MergeTreeDataPart::getPartitionText() const
{
    if (partition.columns() == 0)
        return "tuple()";
    /// ClickHouse prints one value as plain text (202602, abc) and a tuple as (1,'abc').
    std::string text;
    WriteBufferFromString out(text);
    FormatSettings settings;
    if (partition.columns() == 1)
    {
        const auto & column = partition.getByPosition(0);
        column.type->serializeText(*column.column, 0, out, settings);
    }
    else
    {
        writeChar('(', out);
        for (size_t i = 0; i < partition.columns(); ++i)
        {
            if (i)
                writeChar(',', out);
            const auto & column = partition.getByPosition(i);
            column.type->serializeTextQuoted(*column.column, 0, out, settings);
        }
        writeChar(')', out);
    }
    out.finalize();
    return text;
}

PartInfo MergeTreeDataPart::toPartInfo(bool is_active) const
{
    PartInfo part;
    part.partition = getPartitionText();
    part.partition_id = info.partition_id;
    part.name = name;
    part.path = path;
    part.rows = rows;
    part.marks = getGranulesCount() + 1;
    part.bytes_on_disk = bytes_on_disk;
    for (const auto & [column, sizes] : column_sizes)
    {
        part.data_compressed_bytes += sizes.data_compressed;
        part.data_uncompressed_bytes += sizes.data_uncompressed;
    }
    part.marks_bytes = marks_bytes;
    for (const auto & column : index)
        part.primary_key_bytes_in_memory += column->byteSize();
    part.min_block_number = info.min_block;
    part.max_block_number = info.max_block;
    part.level = info.level;
    part.active = is_active;
    part.modification_time = modification_time;
    part.delete_ttl_info_min = delete_ttl_min;
    part.delete_ttl_info_max = delete_ttl_max;
    for (size_t i = 0; i < minmax.columns(); ++i)
    {
        const auto & column = minmax.getByPosition(i);
        auto type_id = column.type->getTypeId();
        if (type_id == TypeIndex::Date || type_id == TypeIndex::DateTime)
        {
            /// system.parts shows min_time/max_time for DateTime keys and min_date/max_date for Date ones.
            Field low = (*column.column)[0];
            Field high = (*column.column)[1];
            UInt64 scale = type_id == TypeIndex::Date ? 86400 : 1;
            if (low.holds<UInt64>() && high.holds<UInt64>())
            {
                part.min_time = static_cast<UInt32>(low.get<UInt64>() * scale);
                part.max_time = static_cast<UInt32>(high.get<UInt64>() * scale);
            }
            break;
        }
    }
    return part;
}

std::shared_ptr<MergeTreeDataPart>
MergeTreeDataPart::load(const std::string & path_, const MergeTreePartInfo & info_, const MergeTreeMetadata & metadata)
{
    auto part = std::make_shared<MergeTreeDataPart>();
    part->info = info_;
    part->name = info_.getPartName();
    part->path = path_.back() == '/' ? path_ : path_ + "/";
    const std::string & path = part->path;

    auto checksums = parseChecksums(readPartFile(path + "checksums.txt"), path);
    for (const auto & [file, entry] : checksums)
    {
        std::error_code error;
        auto size = fs::file_size(path + file, error);
        if (error)
            throw Exception(ErrorCodes::NO_FILE_IN_DATA_PART, "No file {} in data part {}", file, path);
        if (size != entry.size)
            throw Exception(ErrorCodes::CORRUPTED_DATA, "File {}{} has size {}, checksums.txt says {}", path, file, size, entry.size);
        part->bytes_on_disk += size;
    }
    part->bytes_on_disk += fs::file_size(path + "checksums.txt");

    part->rows = std::stoull(readPartFile(path + "count.txt"));
    auto part_columns = parseColumnsText(readPartFile(path + "columns.txt"), path);
    UInt64 marked_rows = 0;
    bool is_first_column = true;
    for (const auto & [column_name, type_name] : part_columns)
    {
        /// Every stored column is kept: a reader converts it to the table's current type.
        part->stored_types[column_name] = DataTypeFactory::instance().get(type_name);
        std::string file_name = escapeForFileName(column_name);
        std::string marks_data = readPartFile(path + file_name + ".mrk2");
        if (marks_data.size() % 24 != 0 || marks_data.empty())
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Bad size {} of marks file {}{}.mrk2", marks_data.size(), path, file_name);
        MergeTreeMarks column_marks(marks_data.size() / 24);
        std::memcpy(column_marks.data(), marks_data.data(), marks_data.size());
        UInt64 column_rows = 0;
        for (const auto & mark : column_marks)
            column_rows += mark.rows;
        if (column_rows != part->rows)
            throw Exception(
                ErrorCodes::CORRUPTED_DATA, "Marks of column {} in part {} count {} rows, count.txt says {}", column_name, path,
                column_rows, part->rows);
        if (is_first_column)
            marked_rows = column_marks.size();
        else if (column_marks.size() != marked_rows)
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Columns of part {} have different numbers of marks", path);
        is_first_column = false;
        ColumnSizeInfo sizes;
        sizes.data_compressed = checksums[file_name + ".bin"].size;
        sizes.data_uncompressed = checksums[file_name + ".bin"].uncompressed_size;
        sizes.marks = marks_data.size();
        part->marks_bytes += marks_data.size();
        part->column_sizes[column_name] = sizes;
        part->marks[column_name] = std::move(column_marks);
    }

    size_t marks_count = part->getGranulesCount() + 1;
    if (!metadata.primary_key.empty())
    {
        std::string index_data = readPartFile(path + "primary.idx");
        ReadBufferFromMemory in(index_data);
        for (const auto & type : metadata.primary_key.data_types)
            part->index.push_back(type->createColumn());
        for (size_t row = 0; row < marks_count; ++row)
            for (size_t i = 0; i < part->index.size(); ++i)
                metadata.primary_key.data_types[i]->deserializeBinary(const_cast<IColumn &>(*part->index[i]), in);
        if (!in.eof())
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Index file {}primary.idx is unexpectedly long", path);
    }

    for (const auto & name : metadata.minmaxColumns())
    {
        std::string data = readPartFile(path + "minmax_" + escapeForFileName(name) + ".idx");
        ReadBufferFromMemory in(data);
        auto type = metadata.getColumnType(name);
        auto column = type->createColumn();
        type->deserializeBinary(*column, in);
        type->deserializeBinary(*column, in);
        part->minmax.insert({ std::move(column), type, name });
    }
    for (const auto & index : metadata.skip_indexes)
    {
        if (!fs::exists(path + index.fileName()))
            continue;
        std::string data = readPartFile(path + index.fileName());
        ReadBufferFromMemory in(data);
        part->skip_indexes[index.name] = MergeTreeIndexGranules::read(index, in);
    }
    if (!metadata.partition_key.empty())
    {
        std::string data = readPartFile(path + "partition.dat");
        ReadBufferFromMemory in(data);
        for (size_t i = 0; i < metadata.partition_key.column_names.size(); ++i)
        {
            const auto & type = metadata.partition_key.data_types[i];
            auto column = type->createColumn();
            type->deserializeBinary(*column, in);
            part->partition.insert({ std::move(column), type, metadata.partition_key.column_names[i] });
        }
    }
    if (fs::exists(path + "ttl.txt"))
    {
        std::istringstream ttl(readPartFile(path + "ttl.txt"));
        std::string header;
        std::getline(ttl, header);
        if (header != "ttl format version: datastore-1")
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Unknown TTL format in {}ttl.txt: {}", path, header);
        ttl >> part->delete_ttl_min >> part->delete_ttl_max >> part->any_ttl_min;
    }
    auto modified = fs::last_write_time(path + "count.txt");
    part->modification_time = static_cast<UInt32>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::file_clock::to_sys(modified).time_since_epoch()).count());
    return part;
}
}
