// arraySort and arrayReverseSort: each array's elements in the order of their keys, the elements
// themselves or the lambda's results (arraySort((x, y) -> y, values, keys)). Equal keys keep
// their order; NaN comes after the numbers and NULL last, in both directions.
#include <algorithm>

#include "functions/FunctionHelpers.h"
#include "functions/array/FunctionArrayMapped.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
class FunctionArraySort final : public FunctionArrayMappedToElements
{
public:
    explicit FunctionArraySort(bool reverse_)
        : FunctionArrayMappedToElements(reverse_ ? "arrayReverseSort" : "arraySort", Lambda::Optional, Results::Values), reverse(reverse_)
    {
    }

protected:
    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr &) const override
    {
        const auto & offsets = array.getOffsets();
        const IColumn & keys = *mapped;
        Permutation permutation(keys.size());
        for (size_t i = 0; i < permutation.size(); ++i)
            permutation[i] = i;
        /// With hint 1 NaN and NULL compare greatest (last ascending), with -1 least (last descending).
        int hint = reverse ? -1 : 1;
        UInt64 begin = 0;
        for (UInt64 end : offsets)
        {
            std::stable_sort(permutation.begin() + begin, permutation.begin() + end, [&](UInt64 a, UInt64 b) {
                int order = keys.compareAt(a, b, keys, hint);
                return reverse ? order > 0 : order < 0;
            });
            begin = end;
        }
        ColumnArray::Offsets result_offsets(offsets);
        return ColumnArray::create(array.getData().permute(permutation, 0), std::move(result_offsets));
    }

private:
    bool reverse;
};
}

void registerFunctionsArraySort(FunctionFactory & factory)
{
    factory.registerFunction("arraySort", makeCreator<FunctionArraySort>(false));
    factory.registerFunction("arrayReverseSort", makeCreator<FunctionArraySort>(true));
}
}
