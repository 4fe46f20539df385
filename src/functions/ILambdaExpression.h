// A compiled lambda `(x, y) -> body` handed to a higher-order function (arrayMap...). The
// analyzer compiles the body; the function evaluates it once per block over all array elements
// at once, so the body runs vectorized rather than once per row.
#pragma once

#include <memory>

#include "columns/Block.h"

namespace datastore::functions
{
class ILambdaExpression
{
public:
    virtual ~ILambdaExpression() = default;

    virtual DataTypePtr getResultType() const = 0;
    /// The body on `rows` rows: `parameters` has one column per lambda parameter and `captured`
    /// one per outer column the body reads, each `rows` long (constants allowed). Returns a full
    /// column of the result type.
    virtual ColumnPtr execute(const Columns & parameters, const Columns & captured, size_t rows) const = 0;
    /// False if the body may give another result when run again (rand()).
    virtual bool isDeterministic() const = 0;
};

using LambdaExpressionPtr = std::shared_ptr<const ILambdaExpression>;
}
