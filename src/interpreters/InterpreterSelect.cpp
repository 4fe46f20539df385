#include "access/ContextAccess.h"
#include "base/Exception.h"
#include "analyzer/SelectPlanner.h"
#include "interpreters/SettingsChangeCheck.h"
#include "interpreters/Interpreters.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTSetQuery.h"

namespace datastore::interpreters
{
void applySettings(const sql::ASTPtr & settings, QueryContext & context)
{
    if (!settings)
        return;
    for (const auto & [name, value] : settings->as<sql::ASTSetQuery>()->changes)
    {
        Settings changed = context.settings;
        changed.set(name, value);
        checkSettingChange(context.settings, changed, name);
        if (context.access)
            context.access->checkSettingConstraint(name, context.settings, changed);
        context.settings = std::move(changed);
    }
}

void applySelectSettings(const sql::ASTPtr & query, QueryContext & context)
{
    /// A SETTINGS clause of a SELECT applies to the whole query, subqueries included.
    if (const auto * union_query = query->as<sql::ASTSelectWithUnionQuery>(); union_query && union_query->list_of_selects)
        for (const auto & select : union_query->list_of_selects->children)
            if (const auto * plain = select->as<sql::ASTSelectQuery>())
                applySettings(plain->settings, context);
    if (const auto * plain = query->as<sql::ASTSelectQuery>())
        applySettings(plain->settings, context);
}

exec::BlockStreamPtr executeSelect(const sql::ASTPtr & query, QueryContext & context, std::function<Block()> * totals)
{
    applySelectSettings(query, context);
    analyzer::SelectPlanner planner(context);
    auto stream = planner.plan(query);
    if (totals)
        *totals = planner.getTotals();
    return stream;
}
}
