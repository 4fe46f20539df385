#include "columns/Block.h"

#include <fmt/ranges.h>

#include "base/Exception.h"

namespace datastore
{
ColumnWithTypeAndName ColumnWithTypeAndName::cloneEmpty() const
{
    return {column ? ColumnPtr(column->cloneEmpty()) : nullptr, type, name};
}

Block::Block(ColumnsWithTypeAndName columns) : data(std::move(columns))
{
    rebuildIndex();
}

void Block::rebuildIndex()
{
    index.clear();
    for (size_t i = 0; i < data.size(); ++i)
        index.emplace(data[i].name, i);
}

void Block::insert(ColumnWithTypeAndName column)
{
    index.emplace(column.name, data.size());
    data.push_back(std::move(column));
}

void Block::insert(size_t position, ColumnWithTypeAndName column)
{
    data.insert(data.begin() + static_cast<ssize_t>(position), std::move(column));
    rebuildIndex();
}

void Block::erase(size_t position)
{
    data.erase(data.begin() + static_cast<ssize_t>(position));
    rebuildIndex();
}

void Block::erase(const std::string & name)
{
    erase(getPositionByName(name));
}

size_t Block::rows() const
{
    for (const auto & column : data)
        if (column.column)
            return column.column->size();
    return rows_without_columns;
}

size_t Block::bytes() const
{
    size_t total = 0;
    for (const auto & column : data)
        if (column.column)
            total += column.column->byteSize();
    return total;
}

size_t Block::allocatedBytes() const
{
    size_t total = 0;
    for (const auto & column : data)
        if (column.column)
            total += column.column->allocatedBytes();
    return total;
}

const ColumnWithTypeAndName * Block::findByName(const std::string & name) const
{
    auto it = index.find(name);
    return it == index.end() ? nullptr : &data[it->second];
}

size_t Block::getPositionByName(const std::string & name) const
{
    auto it = index.find(name);
    if (it == index.end())
        throw Exception(ErrorCodes::NOT_FOUND_COLUMN_IN_BLOCK, "Not found column {} in block. There are only columns: {}", name,
                        fmt::join(getNames(), ", "));
    return it->second;
}

const ColumnWithTypeAndName & Block::getByName(const std::string & name) const
{
    return data[getPositionByName(name)];
}

ColumnWithTypeAndName & Block::getByName(const std::string & name)
{
    return data[getPositionByName(name)];
}

Columns Block::getColumns() const
{
    Columns columns;
    columns.reserve(data.size());
    for (const auto & column : data)
        columns.push_back(column.column);
    return columns;
}

std::vector<std::string> Block::getNames() const
{
    std::vector<std::string> names;
    names.reserve(data.size());
    for (const auto & column : data)
        names.push_back(column.name);
    return names;
}

DataTypes Block::getDataTypes() const
{
    DataTypes types;
    types.reserve(data.size());
    for (const auto & column : data)
        types.push_back(column.type);
    return types;
}

void Block::setColumns(const Columns & columns)
{
    for (size_t i = 0; i < data.size(); ++i)
        data[i].column = columns[i];
}

Block Block::cloneEmpty() const
{
    Block result;
    for (const auto & column : data)
        result.insert(column.cloneEmpty());
    return result;
}

Block Block::cloneWithColumns(Columns columns) const
{
    Block result;
    for (size_t i = 0; i < data.size(); ++i)
        result.insert({std::move(columns[i]), data[i].type, data[i].name});
    return result;
}

MutableColumns Block::cloneEmptyColumns() const
{
    MutableColumns columns;
    columns.reserve(data.size());
    for (const auto & column : data)
        columns.push_back(column.column ? column.column->cloneEmpty() : column.type->createColumn());
    return columns;
}

std::string Block::dumpStructure() const
{
    std::string out;
    for (const auto & column : data)
    {
        if (!out.empty())
            out += ", ";
        out += column.name + " " + (column.type ? column.type->getName() : "?") + " " +
            (column.column ? column.column->getName() + "(size = " + std::to_string(column.column->size()) + ")" : "nullptr");
    }
    return out;
}

void Block::checkNumberOfRows() const
{
    size_t expected = rows();
    for (const auto & column : data)
        if (column.column && column.column->size() != expected)
            throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Sizes of columns doesn't match: {}", dumpStructure());
}
}
