// A compiled expression: a list of steps, each adding one named column to a block
// (a function over earlier columns, a constant, or an alias). The analyzer builds it from
// the AST; streams execute it once per block. Names are ClickHouse's column names of the
// subexpressions, so a subexpression used twice is computed once.
#pragma once

#include <string>
#include <vector>

#include "columns/Block.h"
#include "functions/IFunction.h"

namespace datastore::exec
{
using Names = std::vector<std::string>;

class ExpressionActions
{
public:
    /// `input_header` lists the columns the expression may read (columns may be null,
    /// or ColumnConst for inputs known to be constant).
    explicit ExpressionActions(const Block & input_header);

    /// Each builder returns the name of the column it made (the given name).
    const std::string & addConstant(const std::string & name, const DataTypePtr & type, const Field & value);
    const std::string & addConstantColumn(const std::string & name, const DataTypePtr & type, const ColumnPtr & one_row_or_const);
    /// Resolves the function's return type; when every argument is constant and the function
    /// allows it, computes it now and records a constant instead.
    const std::string & addFunction(const std::string & name, const functions::FunctionPtr & function, const Names & arguments);
    /// Same as addFunction with an already resolved result type.
    const std::string & addFunction(const std::string & name, const functions::FunctionPtr & function, const Names & arguments,
                                    const DataTypePtr & result_type);
    const std::string & addAlias(const std::string & source, const std::string & alias);

    bool has(const std::string & name) const { return sample.has(name); }
    const ColumnWithTypeAndName & get(const std::string & name) const { return sample.getByName(name); }
    /// The constant value of a column known at analysis time, or nullptr.
    const IColumn * tryGetConstant(const std::string & name) const;

    /// Keeps only these columns (in this order) in results and drops steps nothing needs.
    void project(const Names & outputs);
    /// As project, then names the results `names` (one per output): a SELECT alias may take
    /// the name of an input column it is computed from (`number * 2 AS number`).
    void projectAs(const Names & outputs, const Names & names);
    /// Keeps the input columns too: results are the inputs plus `outputs`.
    void keepOnly(const Names & outputs);

    /// Adds the computed columns to the block (and projects, if project() was called).
    void execute(Block & block) const;

    /// Names and types of what execute() produces for a block shaped like the input header.
    Block getResultHeader() const;
    const Block & getInputHeader() const { return input; }
    /// Input columns the remaining steps read.
    Names getRequiredInputs() const;
    bool empty() const { return steps.empty() && !is_projected; }
    /// False if a step may give another result when run again on the same rows (rand()).
    bool isDeterministic() const;
    /// "plus(a, 1) UInt64 = plus(a, 1)" per step, for EXPLAIN.
    std::vector<std::string> describe() const;

private:
    struct Step
    {
        enum class Kind
        {
            Function,
            Constant,
            Alias,
        };
        Kind kind;
        std::string result_name;
        DataTypePtr result_type;
        ColumnPtr constant; /// one-row column for constants
        functions::FunctionPtr function;
        Names arguments;
    };

    void prune(const Names & needed);

    Block input;
    Block sample; /// every column known so far, with constant columns where known
    std::vector<Step> steps;
    Names outputs;
    /// The names results take, when projectAs renamed them; empty otherwise.
    Names output_names;
    bool is_projected = false;
};

using ExpressionActionsPtr = std::shared_ptr<ExpressionActions>;
}
