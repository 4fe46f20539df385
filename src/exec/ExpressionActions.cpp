#include "exec/ExpressionActions.h"

#include <unordered_set>

#include "base/Exception.h"
#include "columns/ColumnConst.h"

namespace datastore::exec
{
namespace
{
ColumnPtr toOneRow(const ColumnPtr & column)
{
    if (const auto * constant = column->as<ColumnConst>())
        return constant->getDataColumnPtr();
    if (column->size() == 1)
        return column;
    throw Exception(ErrorCodes::LOGICAL_ERROR, "A constant must have exactly one row, got {}", column->size());
}
}

ExpressionActions::ExpressionActions(const Block & input_header) : input(input_header), sample(input_header)
{
}

const std::string & ExpressionActions::addConstant(const std::string & name, const DataTypePtr & type, const Field & value)
{
    auto column = type->createColumn();
    column->insert(value);
    return addConstantColumn(name, type, column);
}

const std::string & ExpressionActions::addConstantColumn(const std::string & name, const DataTypePtr & type, const ColumnPtr & value)
{
    if (sample.has(name))
        return sample.getByName(name).name;
    Step step{Step::Kind::Constant, name, type, toOneRow(value), nullptr, {}};
    sample.insert({ColumnConst::create(step.constant, 1), type, name});
    steps.push_back(std::move(step));
    return sample.getByName(name).name;
}

const std::string & ExpressionActions::addFunction(const std::string & name, const functions::FunctionPtr & function, const Names & arguments)
{
    if (sample.has(name))
        return sample.getByName(name).name;
    ColumnsWithTypeAndName argument_columns;
    for (const auto & argument : arguments)
    {
        const auto & known = sample.getByName(argument);
        ColumnPtr constant;
        if (known.column && known.column->isConst())
            constant = known.column;
        argument_columns.push_back({constant, known.type, known.name});
    }
    auto result_type = functions::resolveFunctionReturnType(*function, argument_columns);
    return addFunction(name, function, arguments, result_type);
}

const std::string & ExpressionActions::addFunction(
    const std::string & name, const functions::FunctionPtr & function, const Names & arguments, const DataTypePtr & result_type)
{
    if (sample.has(name))
        return sample.getByName(name).name;
    bool all_constant = function->isSuitableForConstantFolding() && function->isDeterministicInScopeOfQuery();
    ColumnsWithTypeAndName argument_columns;
    for (const auto & argument : arguments)
    {
        const auto & known = sample.getByName(argument);
        if (!known.column || !known.column->isConst())
            all_constant = false;
        argument_columns.push_back(known);
    }
    if (all_constant)
    {
        auto folded = functions::executeFunction(*function, argument_columns, result_type, 1);
        return addConstantColumn(name, result_type, folded->convertToFullColumnIfConst()->cut(0, 1));
    }
    steps.push_back({Step::Kind::Function, name, result_type, nullptr, function, arguments});
    sample.insert({nullptr, result_type, name});
    return sample.getByName(name).name;
}

const std::string & ExpressionActions::addAlias(const std::string & source, const std::string & alias)
{
    if (sample.has(alias))
        return sample.getByName(alias).name;
    const auto & known = sample.getByName(source);
    steps.push_back({Step::Kind::Alias, alias, known.type, nullptr, nullptr, {source}});
    sample.insert({known.column, known.type, alias});
    return sample.getByName(alias).name;
}

const IColumn * ExpressionActions::tryGetConstant(const std::string & name) const
{
    const auto * known = sample.findByName(name);
    if (known && known->column && known->column->isConst())
        return &known->column->assertCast<ColumnConst>().getDataColumn();
    return nullptr;
}

void ExpressionActions::prune(const Names & needed)
{
    std::unordered_set<std::string> wanted(needed.begin(), needed.end());
    std::vector<Step> kept;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
    {
        if (!wanted.count(it->result_name))
            continue;
        for (const auto & argument : it->arguments)
            wanted.insert(argument);
        kept.push_back(std::move(*it));
    }
    steps.assign(std::make_move_iterator(kept.rbegin()), std::make_move_iterator(kept.rend()));
}

void ExpressionActions::project(const Names & names)
{
    for (const auto & name : names)
        sample.getByName(name);
    outputs = names;
    is_projected = true;
    prune(names);
}

void ExpressionActions::projectAs(const Names & names, const Names & renamed)
{
    project(names);
    output_names = renamed;
}

void ExpressionActions::keepOnly(const Names & names)
{
    Names needed = names;
    for (const auto & column : input)
        needed.push_back(column.name);
    prune(needed);
}

void ExpressionActions::execute(Block & block) const
{
    size_t rows = block.rows();
    for (const auto & step : steps)
    {
        if (block.has(step.result_name))
            continue;
        switch (step.kind)
        {
            case Step::Kind::Constant:
                block.insert({ColumnConst::create(step.constant, rows), step.result_type, step.result_name});
                break;
            case Step::Kind::Alias:
            {
                const auto & source = block.getByName(step.arguments[0]);
                block.insert({source.column, source.type, step.result_name});
                break;
            }
            case Step::Kind::Function:
            {
                ColumnsWithTypeAndName arguments;
                arguments.reserve(step.arguments.size());
                for (const auto & name : step.arguments)
                    arguments.push_back(block.getByName(name));
                auto result = functions::executeFunction(*step.function, arguments, step.result_type, rows);
                block.insert({std::move(result), step.result_type, step.result_name});
                break;
            }
        }
    }
    if (is_projected)
    {
        /// The same expression may be selected twice (`SELECT 1, 1`): both are kept.
        Block projected;
        for (size_t i = 0; i < outputs.size(); ++i)
        {
            ColumnWithTypeAndName column = block.getByName(outputs[i]);
            if (!output_names.empty())
                column.name = output_names[i];
            projected.insert(std::move(column));
        }
        /// A projection to no columns still carries the row count (count() needs nothing else).
        if (projected.empty())
            projected.setRowsWithoutColumns(rows);
        block = std::move(projected);
    }
}

Block ExpressionActions::getResultHeader() const
{
    if (!is_projected)
        return sample;
    Block result;
    for (size_t i = 0; i < outputs.size(); ++i)
    {
        ColumnWithTypeAndName column = sample.getByName(outputs[i]);
        if (!output_names.empty())
            column.name = output_names[i];
        result.insert(std::move(column));
    }
    return result;
}

Names ExpressionActions::getRequiredInputs() const
{
    std::unordered_set<std::string> produced;
    std::unordered_set<std::string> seen;
    Names required;
    auto require = [&](const std::string & name)
    {
        if (!produced.count(name) && input.has(name) && seen.insert(name).second)
            required.push_back(name);
    };
    for (const auto & step : steps)
    {
        for (const auto & argument : step.arguments)
            require(argument);
        produced.insert(step.result_name);
    }
    if (is_projected)
        for (const auto & name : outputs)
            require(name);
    else
        for (const auto & column : input)
            require(column.name);
    return required;
}

std::vector<std::string> ExpressionActions::describe() const
{
    std::vector<std::string> lines;
    for (const auto & step : steps)
    {
        std::string line = step.result_name + " " + step.result_type->getName();
        switch (step.kind)
        {
            case Step::Kind::Constant: line += " (constant)"; break;
            case Step::Kind::Alias: line += " = " + step.arguments[0]; break;
            case Step::Kind::Function: line += " = " + step.function->getName() + "(...)"; break;
        }
        lines.push_back(line);
    }
    return lines;
}

bool ExpressionActions::isDeterministic() const
{
    for (const auto & step : steps)
        if (step.kind == Step::Kind::Function && !step.function->isDeterministicInScopeOfQuery())
            return false;
    return true;
}
}
