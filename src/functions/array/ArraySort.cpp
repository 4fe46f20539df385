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
    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr & mapped_type, const DataTypePtr &) const override
    {
        const auto & offsets = array.getOffsets();
        const IColumn & keys = *mapped;
        Permutation permutation(keys.size());
        for (size_t i = 0; i < permutation.size(); ++i)
            permutation[i] = i;
        bool is_typed = !keys.isNullable() && dispatchByStorage(mapped_type->getTypeId(), [&](auto tag) {
            using T = typename decltype(tag)::Type;
            sortByNumbers(offsets, keys.assertCast<ColumnVector<T>>().getData(), permutation);
        });
        if (!is_typed)
        {
            /// With hint 1 NaN and NULL compare greatest (last ascending), with -1 least (last descending).
            int hint = reverse ? -1 : 1;
            sortRows(offsets, permutation, [&](UInt64 a, UInt64 b) {
                int order = keys.compareAt(a, b, keys, hint);
                return reverse ? order > 0 : order < 0;
            });
        }
        ColumnArray::Offsets result_offsets(offsets);
        return ColumnArray::create(array.getData().permute(permutation, 0), std::move(result_offsets));
    }

private:
    template <typename Less>
    static void sortRows(const ColumnArray::Offsets & offsets, Permutation & permutation, Less && less)
    {
        UInt64 begin = 0;
        for (UInt64 end : offsets)
        {
            std::stable_sort(permutation.begin() + begin, permutation.begin() + end, less);
            begin = end;
        }
    }

    /// Plain numbers compare without a call per pair; NaN goes last either way.
    template <typename T>
    void sortByNumbers(const ColumnArray::Offsets & offsets, const PodArray<T> & keys, Permutation & permutation) const
    {
        auto is_nan = [](T value) { return value != value; };
        if (reverse)
            sortRows(offsets, permutation, [&](UInt64 a, UInt64 b) { return !is_nan(keys[a]) && (is_nan(keys[b]) || keys[b] < keys[a]); });
        else
            sortRows(offsets, permutation, [&](UInt64 a, UInt64 b) { return !is_nan(keys[a]) && (is_nan(keys[b]) || keys[a] < keys[b]); });
    }

    bool reverse;
};
}

void registerFunctionsArraySort(FunctionFactory & factory)
{
    factory.registerFunction("arraySort", makeCreator<FunctionArraySort>(false));
    factory.registerFunction("arrayReverseSort", makeCreator<FunctionArraySort>(true));
}
}
