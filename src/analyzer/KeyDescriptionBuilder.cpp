#include "base/Exception.h"
#include "analyzer/KeyDescriptionBuilder.h"

#include "analyzer/ExpressionBuilder.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/formatAST.h"

namespace datastore::analyzer
{
storage::KeyDescription buildKeyDescription(const sql::ASTPtr & key_ast, const storage::ColumnsDescription & columns)
{
    storage::KeyDescription key;
    if (!key_ast)
        return key;
    sql::ASTs elements{key_ast};
    if (const auto * function = key_ast->as<sql::ASTFunction>(); function && function->name == "tuple")
        elements = function->argumentList();
    if (elements.empty())
        return key;

    Block header;
    for (const auto * column : columns.getPhysical())
        header.insert({column->type->createColumn(), column->type, column->name});
    auto actions = std::make_shared<exec::ExpressionActions>(header);
    ExpressionScope scope;
    scope.clause = "table key";
    for (const auto & column : columns.getAll())
        if (column.default_kind == storage::ColumnDefaultKind::Alias && column.default_expression)
            scope.aliases[column.name] = column.default_expression;
    ExpressionBuilder builder(actions, scope);

    bool is_plain = true;
    for (const auto & element : elements)
    {
        std::string name = builder.build(element);
        if (!key.expression_text.empty())
            key.expression_text += ", ";
        key.expression_text += sql::formatAST(*element);
        key.column_names.push_back(name);
        key.data_types.push_back(actions->get(name).type);
        if (!element->as<sql::ASTIdentifier>() || !header.has(name))
            is_plain = false;
    }
    exec::ExpressionActions probe = *actions;
    probe.project(key.column_names);
    key.required_columns = probe.getRequiredInputs();
    if (!is_plain)
    {
        actions->keepOnly(key.column_names);
        key.expression = actions;
    }
    return key;
}
}
