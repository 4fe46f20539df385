// SHOW DATABASES / SHOW TABLES [FROM db] [[NOT] [I]LIKE '...'] / SHOW CREATE ... / SHOW PROCESSLIST.
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTShowQuery : ASTQueryWithOutput
{
    enum class Kind { Databases, Tables, CreateTable, CreateDatabase, CreateView, Processlist, Settings, Columns };

    Kind kind = Kind::Tables;
    std::string database;
    std::string table;
    std::string like;
    bool not_like = false;
    bool case_insensitive_like = false;
    ASTPtr limit_length;

    std::string getID(char) const override { return "ShowQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(limit_length);
        ASTQueryWithOutput::forEachChildPointer(visit);
    }
};
}
