// The storage part of CREATE TABLE: ENGINE, PARTITION BY, PRIMARY KEY, ORDER BY, SAMPLE BY, TTL, SETTINGS.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTStorage : IAST
{
    ASTPtr engine; /// ASTFunction
    ASTPtr partition_by;
    ASTPtr primary_key;
    ASTPtr order_by;
    ASTPtr sample_by;
    ASTPtr ttl_table; /// ASTExpressionList
    ASTPtr settings; /// ASTSetQuery

    std::string getID(char) const override { return "Storage"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        for (ASTPtr * member : {&engine, &partition_by, &primary_key, &order_by, &sample_by, &ttl_table, &settings})
            visit(*member);
    }
};
}
