// `in` and `notIn` bound to a prepared Set: the analyzer builds the set from the right side
// (literal list or subquery) and passes the left-side key columns as the arguments.
#pragma once

#include "analyzer/Set.h"
#include "functions/IFunction.h"

namespace datastore::analyzer
{
class FunctionIn final : public functions::IFunction
{
public:
    FunctionIn(SetPtr set_, bool is_negated_, bool transform_null_in_)
        : set(std::move(set_)), is_negated(is_negated_), transform_null_in(transform_null_in_)
    {
    }

    std::string getName() const override { return is_negated ? "notIn" : "in"; }
    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override;
    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override;
    /// NULL on the left is "not found" (or matches a NULL in the set with transform_null_in).
    bool useDefaultImplementationForNulls() const override { return false; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }

private:
    SetPtr set;
    bool is_negated;
    bool transform_null_in;
};
}
