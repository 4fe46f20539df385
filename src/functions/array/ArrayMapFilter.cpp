// Higher-order functions that reshape arrays by the lambda's results: arrayMap (the results
// themselves), arrayFilter (elements whose condition holds), arrayFill / arrayReverseFill
// (elements whose condition fails replaced by the last / next one that passed) and arraySplit /
// arrayReverseSplit (pieces cut before / after each element whose condition holds).
#include "functions/FunctionHelpers.h"
#include "functions/array/FunctionArrayMapped.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
class FunctionArrayMap final : public FunctionArrayMapped
{
public:
    FunctionArrayMap() : FunctionArrayMapped("arrayMap", Lambda::Required, Results::Values) {}

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr & mapped_type, const DataTypePtr &) const override
    {
        return std::make_shared<DataTypeArray>(mapped_type);
    }

    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr &) const override
    {
        ColumnArray::Offsets offsets(array.getOffsets());
        return ColumnArray::create(mapped, std::move(offsets));
    }
};

class FunctionArrayFilter final : public FunctionArrayMappedToElements
{
public:
    FunctionArrayFilter() : FunctionArrayMappedToElements("arrayFilter", Lambda::Required, Results::Conditions) {}

protected:
    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr &) const override
    {
        const auto & keep = mapped->assertCast<ColumnUInt8>().getData();
        const auto & offsets = array.getOffsets();
        ColumnArray::Offsets result_offsets(offsets.size());
        UInt64 kept = 0;
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            for (UInt64 i = begin; i < offsets[row]; ++i)
                kept += keep[i] != 0;
            result_offsets[row] = kept;
            begin = offsets[row];
        }
        return ColumnArray::create(array.getData().filter(keep, static_cast<ssize_t>(kept)), std::move(result_offsets));
    }
};

/// The first element (arrayFill) or the last (arrayReverseFill) of each array is always kept.
class FunctionArrayFill final : public FunctionArrayMappedToElements
{
public:
    explicit FunctionArrayFill(bool reverse_)
        : FunctionArrayMappedToElements(reverse_ ? "arrayReverseFill" : "arrayFill", Lambda::Required, Results::Conditions), reverse(reverse_)
    {
    }

protected:
    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr &) const override
    {
        const auto & keep = mapped->assertCast<ColumnUInt8>().getData();
        const auto & offsets = array.getOffsets();
        Permutation source(array.getData().size());
        UInt64 begin = 0;
        for (UInt64 end : offsets)
        {
            if (!reverse)
                for (UInt64 i = begin, last = begin; i < end; ++i)
                {
                    if (keep[i])
                        last = i;
                    source[i] = last;
                }
            else
                for (UInt64 i = end, last = end - 1; i > begin; --i)
                {
                    if (keep[i - 1])
                        last = i - 1;
                    source[i - 1] = last;
                }
            begin = end;
        }
        ColumnArray::Offsets result_offsets(offsets);
        return ColumnArray::create(array.getData().permute(source, 0), std::move(result_offsets));
    }

private:
    bool reverse;
};

/// The pieces share the elements of the source array: only the offsets are new.
class FunctionArraySplit final : public FunctionArrayMapped
{
public:
    explicit FunctionArraySplit(bool reverse_)
        : FunctionArrayMapped(reverse_ ? "arrayReverseSplit" : "arraySplit", Lambda::Required, Results::Conditions), reverse(reverse_)
    {
    }

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr &, const DataTypePtr & element_type) const override
    {
        return std::make_shared<DataTypeArray>(std::make_shared<DataTypeArray>(element_type));
    }

    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr &) const override
    {
        const auto & cut = mapped->assertCast<ColumnUInt8>().getData();
        const auto & offsets = array.getOffsets();
        ColumnArray::Offsets piece_offsets;
        ColumnArray::Offsets row_offsets(offsets.size());
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            UInt64 end = offsets[row];
            for (UInt64 i = begin; i < end; ++i)
            {
                /// A cut before the first element or after the last one makes no empty piece.
                bool ends_piece = reverse ? cut[i] && i + 1 < end : i + 1 < end && cut[i + 1];
                if (ends_piece)
                    piece_offsets.push_back(i + 1);
            }
            if (end > begin)
                piece_offsets.push_back(end);
            row_offsets[row] = piece_offsets.size();
            begin = end;
        }
        auto pieces = ColumnArray::create(array.getDataPtr(), std::move(piece_offsets));
        return ColumnArray::create(std::move(pieces), std::move(row_offsets));
    }

private:
    bool reverse;
};
}

void registerFunctionsArrayMapFilter(FunctionFactory & factory)
{
    factory.registerFunction("arrayMap", makeCreator<FunctionArrayMap>());
    factory.registerFunction("arrayFilter", makeCreator<FunctionArrayFilter>());
    factory.registerFunction("arrayFill", makeCreator<FunctionArrayFill>(false));
    factory.registerFunction("arrayReverseFill", makeCreator<FunctionArrayFill>(true));
    factory.registerFunction("arraySplit", makeCreator<FunctionArraySplit>(false));
    factory.registerFunction("arrayReverseSplit", makeCreator<FunctionArraySplit>(true));
}
}
