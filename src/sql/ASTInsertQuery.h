// INSERT INTO [TABLE] db.t [(cols)] [SETTINGS ...] {VALUES ... | FORMAT Name <data> | SELECT ...}.
// Inline data is not parsed: `data_offset` says where it starts in the query text.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTInsertQuery : IAST
{
    std::string database;
    std::string table;
    /// `INSERT INTO FUNCTION f(...)`.
    ASTPtr table_function;
    /// ASTExpressionList of identifiers; null when no column list was given.
    ASTPtr columns;
    /// "Values" for `VALUES`, else the name after FORMAT; empty for INSERT ... SELECT.
    std::string format;
    ASTPtr select; /// ASTSelectWithUnionQuery
    ASTPtr settings; /// ASTSetQuery
    /// With VALUES or FORMAT: the data follows the statement and starts at byte `data_offset` of the
    /// parsed text (equal to its size when the data is sent separately).
    size_t data_offset = 0;
    bool has_inline_data = false;

    std::string getID(char delimiter) const override { return "InsertQuery" + std::string(1, delimiter) + database + "." + table; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(table_function);
        visit(columns);
        visit(select);
        visit(settings);
    }
};
}
