// One column of CREATE TABLE or ALTER ... ADD/MODIFY COLUMN: name, type, default, codec, TTL, comment.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTColumnDeclaration : IAST
{
    std::string name;
    /// The type as normalized text, e.g. "Nullable(String)", "DateTime64(3, 'UTC')"; empty when
    /// only a default is given (`x DEFAULT 1`).
    std::string type_text;
    /// The type as an ASTFunction (or ASTIdentifier-like bare ASTFunction) for those who walk it.
    ASTPtr type;
    /// "DEFAULT", "MATERIALIZED", "ALIAS", "EPHEMERAL" or empty.
    std::string default_kind;
    ASTPtr default_expression;
    /// The ASTFunction `CODEC(...)` whose arguments are the codecs.
    ASTPtr codec;
    ASTPtr ttl;
    /// ASTLiteral string.
    ASTPtr comment;
    /// NULL / NOT NULL after the type: -1 unspecified, 0 NOT NULL, 1 NULL.
    int nullable = -1;

    std::string getID(char delimiter) const override { return "ColumnDeclaration" + std::string(1, delimiter) + name; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(type);
        visit(default_expression);
        visit(codec);
        visit(ttl);
        visit(comment);
    }
};
}
