// A block: columns of equal length with their types and names, the unit that flows
// between operators (up to max_block_size rows, 65,536 by default).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "types/IDataType.h"

namespace datastore
{
struct ColumnWithTypeAndName
{
    ColumnPtr column;
    DataTypePtr type;
    std::string name;

    ColumnWithTypeAndName() = default;
    ColumnWithTypeAndName(ColumnPtr column_, DataTypePtr type_, std::string name_)
        : column(std::move(column_)), type(std::move(type_)), name(std::move(name_))
    {
    }
    ColumnWithTypeAndName cloneEmpty() const;
};
using ColumnsWithTypeAndName = std::vector<ColumnWithTypeAndName>;

class Block
{
public:
    Block() = default;
    Block(ColumnsWithTypeAndName columns);

    void insert(ColumnWithTypeAndName column);
    void insert(size_t position, ColumnWithTypeAndName column);
    void erase(size_t position);
    void erase(const std::string & name);

    size_t columns() const { return data.size(); }
    /// Rows of the first column; for a block without columns, the count set by setRowsWithoutColumns.
    size_t rows() const;
    bool empty() const { return data.empty(); }
    /// False only for the Block that marks the end of a stream: no columns and no rows.
    explicit operator bool() const { return !data.empty() || rows_without_columns != 0; }
    /// A block may carry rows without any column (SELECT count() reads no values).
    void setRowsWithoutColumns(size_t rows) { rows_without_columns = rows; }
    size_t bytes() const;
    size_t allocatedBytes() const;

    ColumnWithTypeAndName & getByPosition(size_t position) { return data[position]; }
    const ColumnWithTypeAndName & getByPosition(size_t position) const { return data[position]; }
    /// Throws NOT_FOUND_COLUMN_IN_BLOCK naming the missing column and what the block has.
    const ColumnWithTypeAndName & getByName(const std::string & name) const;
    ColumnWithTypeAndName & getByName(const std::string & name);
    const ColumnWithTypeAndName * findByName(const std::string & name) const;
    bool has(const std::string & name) const { return index.count(name) != 0; }
    size_t getPositionByName(const std::string & name) const;

    const ColumnsWithTypeAndName & getColumnsWithTypeAndName() const { return data; }
    Columns getColumns() const;
    std::vector<std::string> getNames() const;
    DataTypes getDataTypes() const;
    void setColumns(const Columns & columns);

    Block cloneEmpty() const;
    /// Same names and types, new columns.
    Block cloneWithColumns(Columns columns) const;
    MutableColumns cloneEmptyColumns() const;

    /// "a UInt64 UInt64(size = 3), b String String(size = 3)" for messages.
    std::string dumpStructure() const;
    /// Checks all columns have the same row count.
    void checkNumberOfRows() const;

    auto begin() { return data.begin(); }
    auto end() { return data.end(); }
    auto begin() const { return data.begin(); }
    auto end() const { return data.end(); }

private:
    void rebuildIndex();

    ColumnsWithTypeAndName data;
    std::unordered_map<std::string, size_t> index;
    size_t rows_without_columns = 0;
};

using Blocks = std::vector<Block>;
}
