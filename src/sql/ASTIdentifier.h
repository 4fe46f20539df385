// A name: a column, or a compound `db.table.column`; also table names (`db.table`) in FROM,
// INSERT, CREATE and friends.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTIdentifier : ASTWithAlias
{
    std::vector<std::string> name_parts;

    ASTIdentifier() = default;
    explicit ASTIdentifier(std::vector<std::string> parts) : name_parts(std::move(parts)) { }

    /// The parts joined by dots, e.g. "db.t".
    std::string name() const
    {
        std::string result;
        for (const auto & part : name_parts)
            result += (result.empty() ? "" : ".") + part;
        return result;
    }
    bool isCompound() const { return name_parts.size() > 1; }
    const std::string & shortName() const { return name_parts.back(); }

    std::string getID(char delimiter) const override { return "Identifier" + std::string(1, delimiter) + name(); }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
