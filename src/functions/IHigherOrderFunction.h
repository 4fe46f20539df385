// A function taking a lambda as its first argument (arrayMap(x -> x + 1, arr)). The analyzer
// asks it for the lambda parameters' types, compiles the body with them, and hands the compiled
// lambda back before resolving the return type. Outer columns the body reads come last among
// the arguments the function executes on.
#pragma once

#include "functions/IFunction.h"
#include "functions/ILambdaExpression.h"

namespace datastore::functions
{
class IHigherOrderFunction : public IFunction
{
public:
    /// The types of the lambda's `parameter_count` parameters given the other arguments (the
    /// lambda itself left out). Throws ILLEGAL_TYPE_OF_ARGUMENT or SIZES_OF_ARRAYS_DONT_MATCH as
    /// ClickHouse does when the arguments do not fit the lambda.
    virtual DataTypes getLambdaArgumentTypes(const ColumnsWithTypeAndName & arguments, size_t parameter_count) const = 0;

    /// The compiled lambda; the last `captured_count_` arguments of getReturnType and execute are
    /// the outer columns it reads.
    void setLambda(LambdaExpressionPtr lambda_, size_t captured_count_)
    {
        lambda = std::move(lambda_);
        captured_count = captured_count_;
    }

    /// Captured columns pass into the lambda as they are: NULLs and LowCardinality included.
    bool useDefaultImplementationForNulls() const override { return false; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }
    bool isDeterministicInScopeOfQuery() const override { return !lambda || lambda->isDeterministic(); }

protected:
    LambdaExpressionPtr lambda;
    size_t captured_count = 0;
};

/// How ClickHouse names a lambda of `parameter_count` parameters in its errors: "? -> ?" or
/// "(?, ?) -> ?".
inline std::string lambdaSignature(size_t parameter_count)
{
    std::string signature;
    for (size_t i = 0; i < parameter_count; ++i)
        signature += i ? ", ?" : "?";
    if (parameter_count != 1)
        signature = "(" + signature + ")";
    return signature + " -> ?";
}
}
