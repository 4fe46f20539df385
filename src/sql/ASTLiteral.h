// A constant: number, string, NULL, boolean, or an array/tuple folded from constant elements.
#pragma once

#include "base/Field.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTLiteral : ASTWithAlias
{
    Field value;

    ASTLiteral() = default;
    explicit ASTLiteral(Field value_) : value(std::move(value_)) { }

    std::string getID(char delimiter) const override
    {
        return "Literal" + std::string(1, delimiter) + fieldTypeName(value.which()) + "_" + value.dump();
    }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
