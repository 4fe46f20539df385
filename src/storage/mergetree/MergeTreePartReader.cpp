#include "storage/mergetree/MergeTreePartReader.h"

#include "functions/CastColumn.h"

namespace datastore::storage
{
MergeTreePartReader::MergeTreePartReader(
    MergeTreeDataPartPtr part_, std::vector<std::string> columns_, DataTypes types_, PartReadOptions options_)
    : part(std::move(part_))
    , columns(std::move(columns_))
    , types(std::move(types_))
    , options(std::move(options_))
{
}

size_t MergeTreePartReader::countRows(size_t begin_mark, size_t end_mark) const
{
    const auto & marks = part->marks.begin()->second;
    size_t rows = 0;
    for (size_t mark = begin_mark; mark < end_mark; ++mark)
        rows += marks[mark].rows;
    return rows;
}

ColumnPtr MergeTreePartReader::readStored(const std::string & name, const DataTypePtr & type, size_t begin_mark, size_t end_mark, size_t rows)
{
    auto renamed = options.stored_names.find(name);
    const std::string & stored_name = renamed == options.stored_names.end() ? name : renamed->second;
    auto stored_type = part->stored_types.find(stored_name);
    if (stored_type == part->stored_types.end() || !part->marks.count(stored_name))
        return nullptr;
    auto & stored = stored_columns[stored_name];
    if (!stored.file)
        stored.file = std::make_unique<compression::CompressedReadBufferFromFile>(part->path + escapeForFileName(stored_name) + ".bin");
    const auto & marks = part->getMarks(stored_name);
    if (stored.next_mark != begin_mark)
        stored.file->seek(marks[begin_mark].offset_in_compressed_file, marks[begin_mark].offset_in_decompressed_block);
    auto column = stored_type->second->createColumn();
    column->reserve(rows);
    /// Each granule was written as its own Native serialization (types such as
    /// LowCardinality start it with a prefix), so it is read back one granule at a time.
    for (size_t mark = begin_mark; mark < end_mark; ++mark)
        stored_type->second->deserializeBinaryBulk(*column, *stored.file, marks[mark].rows);
    stored.next_mark = end_mark;
    if (stored_type->second->getName() == type->getName())
        return column;
    /// MODIFY COLUMN changed the type and the mutation has not rewritten this part yet.
    return functions::castColumn(std::move(column), stored_type->second, type)->convertToFullColumnIfConst();
}

ColumnPtr MergeTreePartReader::readColumn(const std::string & name, const DataTypePtr & type, size_t begin_mark, size_t end_mark, size_t rows)
{
    if (auto column = readStored(name, type, begin_mark, end_mark, rows))
        return column;
    const ColumnDefaultExpression * expression = nullptr;
    if (options.metadata)
        if (auto it = options.metadata->column_defaults.find(name); it != options.metadata->column_defaults.end())
            expression = &it->second;
    if (!expression)
        return type->createColumnConstWithDefaultValue(rows)->convertToFullColumnIfConst();
    /// ADD COLUMN ... DEFAULT expr: computed from the columns the part has, as ClickHouse does.
    Block block;
    for (const auto & [input, input_type] : expression->inputs)
    {
        auto column = readStored(input, input_type, begin_mark, end_mark, rows);
        block.insert({ column ? column : input_type->createColumnConstWithDefaultValue(rows)->convertToFullColumnIfConst(), input_type, input });
    }
    if (block.columns() == 0)
        block.setRowsWithoutColumns(rows);
    expression->actions->execute(block);
    auto result = block.getByName(expression->result_name).column->convertToFullColumnIfConst();
    if (result->size() != rows)
        result = result->cloneResized(rows);
    return result;
}

Columns MergeTreePartReader::readGranules(size_t begin_mark, size_t end_mark)
{
    size_t rows = countRows(begin_mark, end_mark);
    Columns result;
    for (size_t i = 0; i < columns.size(); ++i)
        result.push_back(readColumn(columns[i], types[i], begin_mark, end_mark, rows));
    return result;
}
}
