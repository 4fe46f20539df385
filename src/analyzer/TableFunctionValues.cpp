#include "analyzer/TableFunctionValues.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "functions/CastColumn.h"
#include "sql/ASTLiteral.h"
#include "sql/Parser.h"
#include "storage/StorageValues.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeTuple.h"
#include "types/getLeastSupertype.h"

namespace datastore::analyzer
{
namespace
{
struct Row
{
    Field value;
    DataTypePtr type;
};

/// Field i of a row that is a tuple, or the row itself for one column.
std::pair<Field, DataTypePtr> elementOf(const Row & row, size_t i, size_t columns)
{
    if (columns == 1 && !row.value.tryGet<Tuple>())
        return {row.value, row.type};
    const auto * tuple = row.value.tryGet<Tuple>();
    const auto * tuple_type = dynamic_cast<const DataTypeTuple *>(row.type.get());
    if (!tuple || !tuple_type || tuple->size() != columns)
        throw Exception(ErrorCodes::BAD_ARGUMENTS,
                        "Table function VALUES requires all but the first argument (rows specification) to be either tuples or single values");
    return {(*tuple)[i], tuple_type->getElements()[i]};
}
}

storage::StoragePtr makeValuesTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context)
{
    const auto & arguments = function.argumentList();
    if (arguments.empty())
        throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Table function 'values' requires at least 1 argument.");

    /// A first string argument followed by rows is the structure.
    std::vector<std::pair<std::string, std::string>> structure;
    size_t first_row = 0;
    if (const auto * literal = arguments[0]->as<sql::ASTLiteral>(); literal && arguments.size() > 1)
        if (const auto * text = literal->value.tryGet<std::string>())
        {
            structure = sql::parseStructure(*text);
            first_row = 1;
        }

    std::vector<Row> rows;
    for (size_t i = first_row; i < arguments.size(); ++i)
    {
        Row row;
        row.value = evaluateConstantExpression(arguments[i], context, &row.type);
        rows.push_back(std::move(row));
    }

    size_t column_count = structure.size();
    if (structure.empty())
    {
        const auto * tuple = rows.front().value.tryGet<Tuple>();
        column_count = tuple ? tuple->size() : 1;
    }
    storage::ColumnsDescription columns;
    Block block;
    for (size_t i = 0; i < column_count; ++i)
    {
        std::vector<std::pair<Field, DataTypePtr>> values;
        DataTypes types;
        for (const auto & row : rows)
        {
            values.push_back(elementOf(row, i, column_count));
            types.push_back(values.back().second);
        }
        storage::ColumnDescription description;
        description.name = structure.empty() ? "c" + std::to_string(i + 1) : structure[i].first;
        description.type = structure.empty() ? getLeastSupertype(types) : DataTypeFactory::instance().get(structure[i].second);
        auto column = description.type->createColumn();
        for (const auto & [value, type] : values)
        {
            auto single = type->createColumn();
            single->insert(value);
            column->insertFrom(*functions::castColumn(std::move(single), type, description.type), 0);
        }
        block.insert({std::move(column), description.type, description.name});
        columns.add(std::move(description));
    }
    return std::make_shared<storage::StorageValues>(storage::StorageID{"", "values"}, std::move(columns), std::move(block));
}
}
