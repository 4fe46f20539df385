// A scalar SQL function. The analyzer gets one instance per call site from the factory,
// resolves it once against the argument types, then executes it on whole blocks, possibly
// from several threads at once: execute() must not mutate the instance.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "columns/Block.h"

namespace datastore::functions
{
class IFunction
{
public:
    virtual ~IFunction() = default;

    virtual std::string getName() const = 0;

    /// Checks arguments and returns the result type. `arguments[i].column` is set (a ColumnConst)
    /// for constant arguments, null otherwise. Throws NUMBER_OF_ARGUMENTS_DOESNT_MATCH or
    /// ILLEGAL_TYPE_OF_ARGUMENT with ClickHouse's wording. May remember what it resolved.
    virtual DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const = 0;

    /// Computes `rows` results. With the default implementations below switched on, the
    /// function never sees Nullable, LowCardinality or all-constant arguments.
    virtual ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const = 0;

    /// NULL in any argument gives NULL; the function itself sees only the nested columns.
    virtual bool useDefaultImplementationForNulls() const { return true; }
    /// All arguments constant: computed once on one row and returned as a ColumnConst.
    virtual bool useDefaultImplementationForConstants() const { return true; }
    /// LowCardinality arguments are converted to full columns first.
    virtual bool useDefaultImplementationForLowCardinality() const { return true; }
    /// Argument positions that must be constants (a pattern, a time zone, a unit).
    virtual std::vector<size_t> getArgumentsThatAreAlwaysConstant() const { return {}; }

    /// rand(), now() with no query time... : not folded into constants by the analyzer.
    virtual bool isDeterministic() const { return true; }
    /// Same result for the same arguments within one query (now() is, rand() is not).
    virtual bool isDeterministicInScopeOfQuery() const { return true; }
    virtual bool isSuitableForConstantFolding() const { return true; }

    /// For primary key analysis: whether f is monotonic on [left, right] (NULL fields = unbounded).
    struct Monotonicity
    {
        bool is_monotonic = false;
        bool is_positive = true;
        bool is_always_monotonic = false;
    };
    virtual bool hasInformationAboutMonotonicity() const { return false; }
    virtual Monotonicity getMonotonicityForRange(const IDataType &, const Field &, const Field &) const { return {}; }
};

using FunctionPtr = std::shared_ptr<IFunction>;

/// Resolves the result type with the default handling of Nullable and LowCardinality arguments.
DataTypePtr resolveFunctionReturnType(const IFunction & function, const ColumnsWithTypeAndName & arguments);

/// Executes with the default handling of NULLs, constants and LowCardinality.
ColumnPtr executeFunction(const IFunction & function, const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows);
}
