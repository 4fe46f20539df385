// CREATE DATABASE / TABLE / VIEW / MATERIALIZED VIEW (and ATTACH, which shares the syntax).
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTCreateQuery : IAST
{
    bool attach = false;
    bool if_not_exists = false;
    bool or_replace = false;
    bool is_database = false;
    bool is_view = false;
    bool is_materialized_view = false;
    bool is_populate = false;
    bool is_temporary = false;

    std::string database;
    std::string table;

    /// ASTExpressionList of ASTColumnDeclaration.
    ASTPtr columns;
    /// ASTExpressionList of ASTIndexDeclaration / ASTConstraintDeclaration; null when there are none.
    ASTPtr indices;
    ASTPtr constraints;
    ASTPtr storage; /// ASTStorage
    /// `CREATE TABLE t AS other_db.other_table`.
    std::string as_database;
    std::string as_table;
    /// `CREATE TABLE t AS numbers(10)` (table function).
    ASTPtr as_table_function;
    /// `TO db.t` of a materialized view.
    std::string to_database;
    std::string to_table;
    /// `TO INNER UUID '...'` in the metadata of a materialized view with its own ENGINE: names
    /// the inner table `.inner_id.<uuid>` (ClickHouse's Atomic databases); never shown to users.
    std::string inner_uuid;
    /// ASTSelectWithUnionQuery of `AS SELECT ...`.
    ASTPtr select;
    ASTPtr comment; /// ASTLiteral

    std::string getID(char delimiter) const override
    {
        return (attach ? "AttachQuery" : "CreateQuery") + std::string(1, delimiter) + database + (table.empty() ? "" : "." + table);
    }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(columns);
        visit(indices);
        visit(constraints);
        visit(storage);
        visit(as_table_function);
        visit(select);
        visit(comment);
    }
};
}
