#include "base/Exception.h"
#include "interpreters/InsertDefaults.h"

#include "analyzer/ExpressionBuilder.h"
#include "functions/CastColumn.h"

namespace datastore::interpreters
{
namespace
{
ColumnPtr computeDefault(const storage::ColumnDescription & column, const Block & available, const storage::ColumnsDescription & columns,
                         QueryContext & context)
{
    auto actions = std::make_shared<exec::ExpressionActions>(available.cloneEmpty());
    analyzer::ExpressionScope scope;
    scope.function_context = context.getFunctionContext();
    scope.clause = "DEFAULT expression of column " + column.name;
    for (const auto & other : columns.getAll())
        if (other.default_kind == storage::ColumnDefaultKind::Alias && other.default_expression)
            scope.aliases[other.name] = other.default_expression;
    analyzer::ExpressionBuilder builder(actions, scope);
    std::string name = builder.build(column.default_expression);
    Block computed = available;
    actions->execute(computed);
    const auto & result = computed.getByName(name);
    ColumnWithTypeAndName full(result.column->convertToFullColumnIfConst(), result.type, name);
    return functions::castColumn(full.column, full.type, column.type)->convertToFullColumnIfConst();
}

bool anyMissing(const PodArray<UInt8> & mask)
{
    for (size_t i = 0; i < mask.size(); ++i)
        if (mask[i])
            return true;
    return false;
}
}

Block completeInsertBlock(const Block & block, const formats::MissingValues * missing, const storage::ColumnsDescription & columns,
                          QueryContext & context)
{
    size_t rows = block.rows();
    Block available;
    for (const auto & column : block)
        available.insert({column.column->convertToFullColumnIfConst(), column.type, column.name});

    Block result;
    for (const auto * column : columns.getPhysical())
    {
        bool has_expression = column->default_expression
            && (column->default_kind == storage::ColumnDefaultKind::Default || column->default_kind == storage::ColumnDefaultKind::Materialized);
        if (available.has(column->name) && column->default_kind != storage::ColumnDefaultKind::Materialized)
        {
            ColumnPtr values = available.getByName(column->name).column;
            if (missing && has_expression)
            {
                const auto & mask = (*missing)[block.getPositionByName(column->name)];
                if (mask.size() == rows && anyMissing(mask))
                {
                    ColumnPtr defaults = computeDefault(*column, available, columns, context);
                    auto merged = values->cloneEmpty();
                    merged->reserve(rows);
                    for (size_t row = 0; row < rows; ++row)
                        merged->insertFrom(mask[row] ? *defaults : *values, row);
                    values = std::move(merged);
                    available.getByName(column->name).column = values;
                }
            }
            result.insert({values, column->type, column->name});
            continue;
        }
        ColumnPtr values;
        if (has_expression)
            values = computeDefault(*column, available, columns, context);
        else
            values = column->type->createColumnConstWithDefaultValue(rows)->convertToFullColumnIfConst();
        if (available.has(column->name))
            available.getByName(column->name).column = values;
        else
            available.insert({values, column->type, column->name});
        result.insert({values, column->type, column->name});
    }
    if (result.empty())
        result.setRowsWithoutColumns(rows);
    return result;
}
}
