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
    /// `is_single_key`: the left side is one value, not a tuple of several.
    FunctionIn(SetPtr set_, bool is_negated_, bool transform_null_in_, bool is_single_key_)
        : set(std::move(set_)), is_negated(is_negated_), transform_null_in(transform_null_in_), is_single_key(is_single_key_)
    {
    }

    std::string getName() const override { return is_negated ? "notIn" : "in"; }
    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override;
    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override;
    /// Without transform_null_in a NULL on the left gives NULL (NULL IN (NULL) is NULL), as in
    /// ClickHouse; with it NULL matches a NULL in the set. A tuple on the left is never NULL
    /// itself: a NULL element is "not found".
    bool useDefaultImplementationForNulls() const override { return !transform_null_in && is_single_key; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }

private:
    SetPtr set;
    bool is_negated;
    bool transform_null_in;
    bool is_single_key;
};
}
