// A table key (PARTITION BY, ORDER BY, PRIMARY KEY) ready for the storage: the key's
// column names in key order, their types, the source columns it reads, and the compiled
// expression that adds the key columns to a block (null when every key is a plain column).
#pragma once

#include "exec/ExpressionActions.h"
#include "storage/ColumnsDescription.h"

#include <memory>
#include <string>
#include <vector>

namespace datastore::storage
{
struct KeyDescription
{
    /// As shown in system.tables: "toYYYYMM(d)", "a, b", "" for no key.
    std::string expression_text;
    /// Result columns of the key, in key order (a plain key column is its own result).
    std::vector<std::string> column_names;
    DataTypes data_types;
    /// Table columns the key reads.
    std::vector<std::string> required_columns;
    /// Adds the key's result columns to a block of the table's columns; null when the key is
    /// made of table columns only.
    std::shared_ptr<exec::ExpressionActions> expression;

    bool empty() const { return column_names.empty(); }

    /// A key of plain table columns (ORDER BY (a, b)); throws NO_SUCH_COLUMN_IN_TABLE.
    static KeyDescription fromColumns(const std::vector<std::string> & names, const ColumnsDescription & columns)
    {
        KeyDescription key;
        for (const auto & name : names)
        {
            const auto & column = columns.get(name);
            if (!key.expression_text.empty())
                key.expression_text += ", ";
            key.expression_text += name;
            key.column_names.push_back(name);
            key.data_types.push_back(column.type);
            key.required_columns.push_back(name);
        }
        return key;
    }
};
}
