// A table's columns as declared: name, type, how a missing value is computed (DEFAULT,
// MATERIALIZED, ALIAS, EPHEMERAL), codec and comment.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "types/IDataType.h"

namespace datastore::sql
{
struct IAST;
using ASTPtr = std::shared_ptr<IAST>;
}

namespace datastore::storage
{
enum class ColumnDefaultKind
{
    None,
    Default,
    Materialized,
    Alias,
    Ephemeral,
};

struct ColumnDescription
{
    std::string name;
    DataTypePtr type;
    ColumnDefaultKind default_kind = ColumnDefaultKind::None;
    sql::ASTPtr default_expression;
    /// CODEC(...) as written, e.g. "Delta, LZ4"; empty for the table's default.
    std::string codec;
    sql::ASTPtr codec_ast;
    sql::ASTPtr ttl;
    std::string comment;
};

class ColumnsDescription
{
public:
    ColumnsDescription() = default;
    explicit ColumnsDescription(std::vector<ColumnDescription> columns_) : columns(std::move(columns_)) {}

    void add(ColumnDescription column) { columns.push_back(std::move(column)); }
    const std::vector<ColumnDescription> & getAll() const { return columns; }
    std::vector<ColumnDescription> & getAllMutable() { return columns; }
    bool has(const std::string & name) const { return tryGet(name) != nullptr; }
    const ColumnDescription * tryGet(const std::string & name) const;
    /// Throws NO_SUCH_COLUMN_IN_TABLE.
    const ColumnDescription & get(const std::string & name) const;

    /// Columns stored on disk: ordinary and MATERIALIZED.
    std::vector<const ColumnDescription *> getPhysical() const;
    /// What SELECT * and INSERT without a column list use: no MATERIALIZED, ALIAS or EPHEMERAL.
    std::vector<const ColumnDescription *> getOrdinary() const;
    /// An empty block of the physical columns.
    std::string toString() const;

private:
    std::vector<ColumnDescription> columns;
};
}
