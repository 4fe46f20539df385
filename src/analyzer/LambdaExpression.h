// The analyzer's compiled lambda: the body as an ExpressionActions over the lambda's
// parameters and the outer columns it captures, plus what the analyzer needs to compile one
// (the outer sub-expressions a body reads, which are computed outside and passed in).
#pragma once

#include "exec/ExpressionActions.h"
#include "functions/ILambdaExpression.h"
#include "sql/IAST.h"

namespace datastore::analyzer
{
class LambdaExpression final : public functions::ILambdaExpression
{
public:
    /// `actions` is projected to the body's result; its input header lists the parameters, then
    /// the captured columns, by the names the body uses.
    LambdaExpression(exec::ExpressionActionsPtr actions_, size_t parameter_count_);

    DataTypePtr getResultType() const override { return result_type; }
    ColumnPtr execute(const Columns & parameters, const Columns & captured, size_t rows) const override;
    bool isDeterministic() const override { return actions->isDeterministic(); }

private:
    exec::ExpressionActionsPtr actions;
    size_t parameter_count;
    DataTypePtr result_type;
};

/// The parameter names of `lambda(tuple(x, y), body)`; throws BAD_ARGUMENTS if one is not a
/// plain identifier.
std::vector<std::string> lambdaParameterNames(const sql::IAST & lambda);

/// The sub-expressions of a lambda body that the outer scope computes: identifiers not bound
/// by this lambda or a nested one, and aggregate or window calls. In order, once each.
sql::ASTs collectCapturedExpressions(const sql::IAST & lambda, bool (*is_outer_call)(const sql::IAST &));
}
