// Substitution of WITH subqueries for the table names that refer to them.

#include "analyzer/WithSubqueries.h"

#include <map>

#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTWithElement.h"

namespace datastore::analyzer
{
namespace
{
using NamedSubqueries = std::map<std::string, sql::ASTPtr>;

/// The subquery `name` stands for, if `node` is a plain table name among `named`.
const sql::ASTSubquery * namedSubquery(const sql::ASTPtr & node, const NamedSubqueries & named)
{
    const auto * identifier = node ? node->as<sql::ASTIdentifier>() : nullptr;
    if (!identifier || identifier->isCompound())
        return nullptr;
    auto it = named.find(identifier->shortName());
    return it == named.end() ? nullptr : it->second->as<sql::ASTSubquery>();
}

/// A copy of the subquery, known by the alias the name carried, else by the name itself.
sql::ASTPtr copyFor(const sql::ASTIdentifier & identifier, const sql::ASTSubquery & subquery)
{
    auto copy = subquery.clone();
    copy->as<sql::ASTSubquery>()->alias = identifier.alias.empty() ? identifier.shortName() : identifier.alias;
    return copy;
}

bool isInFunction(const std::string & name)
{
    return name == "in" || name == "notIn" || name == "globalIn" || name == "globalNotIn" || name == "nullIn" || name == "notNullIn"
        || name == "globalNullIn" || name == "globalNotNullIn";
}

void substitute(sql::IAST & node, NamedSubqueries named)
{
    if (auto * select = node.as<sql::ASTSelectQuery>(); select && select->with)
    {
        for (auto & item : select->with->children)
            if (auto * element = item->as<sql::ASTWithElement>())
            {
                /// An earlier WITH subquery may be used by a later one.
                substitute(*element->subquery, named);
                named[element->name] = element->subquery;
            }
    }
    if (named.empty())
        return;
    if (auto * expression = node.as<sql::ASTTableExpression>())
    {
        if (const auto * subquery = namedSubquery(expression->database_and_table_name, named))
        {
            expression->subquery = copyFor(*expression->database_and_table_name->as<sql::ASTIdentifier>(), *subquery);
            expression->database_and_table_name = nullptr;
            expression->updateChildren();
        }
    }
    else if (auto * function = node.as<sql::ASTFunction>(); function && isInFunction(function->name) && function->arguments
             && function->arguments->children.size() == 2)
    {
        auto & set = function->arguments->children[1];
        if (const auto * subquery = namedSubquery(set, named))
        {
            set = copyFor(*set->as<sql::ASTIdentifier>(), *subquery);
            function->arguments->updateChildren();
        }
    }
    node.forEachChildPointer(
        [&](sql::ASTPtr & child)
        {
            if (child && !child->as<sql::ASTWithElement>())
                substitute(*child, named);
        });
}

bool hasWithSubquery(const sql::IAST & node)
{
    if (node.as<sql::ASTWithElement>())
        return true;
    for (const auto & child : node.children)
        if (child && hasWithSubquery(*child))
            return true;
    return false;
}
}

sql::ASTPtr substituteWithSubqueries(const sql::ASTPtr & query)
{
    if (!hasWithSubquery(*query))
        return query;
    auto copy = query->clone();
    substitute(*copy, {});
    return copy;
}
}
