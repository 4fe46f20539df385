// An aggregate function whose -State is a column of another function's states, as ClickHouse
// types it: groupBitmapAndState(bitmap) is an AggregateFunction(groupBitmap, T).
#pragma once

#include "types/IDataType.h"

namespace datastore::aggregates
{
class IAggregateFunctionWithStateType
{
public:
    virtual ~IAggregateFunctionWithStateType() = default;
    /// The AggregateFunction type -State gives (its function must read this function's
    /// states), or null for the usual AggregateFunction(f, arguments).
    virtual DataTypePtr getStateType() const = 0;
};
}
