#include "storage/mergetree/MergeTreePartReader.h"

namespace datastore::storage
{
MergeTreePartReader::MergeTreePartReader(MergeTreeDataPartPtr part_, std::vector<std::string> columns_, DataTypes types_)
    : part(std::move(part_))
    , columns(std::move(columns_))
    , types(std::move(types_))
{
    for (const auto & column : columns)
    {
        if (part->marks.count(column))
            files.push_back(std::make_unique<compression::CompressedReadBufferFromFile>(part->path + escapeForFileName(column) + ".bin"));
        else
            files.push_back(nullptr);
        next_marks.push_back(static_cast<size_t>(-1));
    }
}

size_t MergeTreePartReader::countRows(size_t begin_mark, size_t end_mark) const
{
    const auto & marks = part->marks.begin()->second;
    size_t rows = 0;
    for (size_t mark = begin_mark; mark < end_mark; ++mark)
        rows += marks[mark].rows;
    return rows;
}

Columns MergeTreePartReader::readGranules(size_t begin_mark, size_t end_mark)
{
    size_t rows = countRows(begin_mark, end_mark);
    Columns result;
    for (size_t i = 0; i < columns.size(); ++i)
    {
        if (!files[i])
        {
            result.push_back(types[i]->createColumnConstWithDefaultValue(rows)->convertToFullColumnIfConst());
            continue;
        }
        if (next_marks[i] != begin_mark)
        {
            const auto & mark = part->getMarks(columns[i])[begin_mark];
            files[i]->seek(mark.offset_in_compressed_file, mark.offset_in_decompressed_block);
        }
        auto column = types[i]->createColumn();
        column->reserve(rows);
        /// Each granule was written as its own Native serialization (types such as
        /// LowCardinality start it with a prefix), so it is read back one granule at a time.
        const auto & marks = part->getMarks(columns[i]);
        for (size_t mark = begin_mark; mark < end_mark; ++mark)
            types[i]->deserializeBinaryBulk(*column, *files[i], marks[mark].rows);
        next_marks[i] = end_mark;
        result.push_back(std::move(column));
    }
    return result;
}
}
