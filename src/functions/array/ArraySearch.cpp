// Array functions that look for values: has(arr, x), indexOf(arr, x) (1-based, 0 when absent),
// countEqual(arr, x), and hasAny / hasAll(arr, other). Values compare in the least supertype of
// both sides, so NULL finds NULL elements; element hashes are compared first, values only when
// hashes match.
#include "columns/ColumnArray.h"
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/array/EqualElements.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
enum class Search
{
    Has,
    IndexOf,
    CountEqual,
};

class FunctionArraySearch final : public IFunction
{
public:
    explicit FunctionArraySearch(Search search_) : search(search_) {}
    std::string getName() const override
    {
        return search == Search::Has ? "has" : search == Search::IndexOf ? "indexOf" : "countEqual";
    }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        const auto * array = arguments[0].type->as<DataTypeArray>();
        if (!array)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be an array. Actual {}", getName(),
                            arguments[0].type->getName());
        getLeastSupertype({array->getNestedType(), arguments[1].type});
        return typeByName(search == Search::Has ? "UInt8" : "UInt64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const DataTypePtr & element_type = arguments[0].type->as<DataTypeArray>()->getNestedType();
        DataTypePtr common = getLeastSupertype({element_type, arguments[1].type});
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        ColumnPtr data = castColumn(array.getDataPtr(), element_type, common);
        ColumnPtr needles = castColumn(arguments[1].column, arguments[1].type, common)->convertToFullColumnIfConst();
        RowHashes data_hashes(data->size(), 0);
        data->updateHashes(data_hashes);
        RowHashes needle_hashes(rows, 0);
        needles->updateHashes(needle_hashes);

        const auto & offsets = array.getOffsets();
        auto result = ColumnUInt64::create(rows);
        auto & out = result->getData();
        UInt64 begin = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 found = 0;
            for (UInt64 j = begin; j < offsets[row]; ++j)
                if (data_hashes[j] == needle_hashes[row] && data->compareAt(j, row, *needles, 1) == 0)
                {
                    if (search == Search::CountEqual)
                        ++found;
                    else
                    {
                        found = j - begin + 1;
                        break;
                    }
                }
            out[row] = found;
            begin = offsets[row];
        }
        if (search != Search::Has)
            return result;
        auto has = ColumnUInt8::create(rows);
        for (size_t row = 0; row < rows; ++row)
            has->getData()[row] = out[row] != 0;
        return has;
    }

private:
    Search search;
};

/// hasAll(arr, other): every element of other is in arr; hasAny: at least one is.
class FunctionArrayHasAllAny final : public IFunction
{
public:
    explicit FunctionArrayHasAllAny(bool all_) : all(all_) {}
    std::string getName() const override { return all ? "hasAll" : "hasAny"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        commonElementType(getName(), arguments);
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ArraysInOneColumn both = putArraysInOneColumn(arguments, commonElementType(getName(), arguments));
        const auto & array = both.arrays[0]->assertCast<ColumnArray>();
        const auto & other = both.arrays[1]->assertCast<ColumnArray>();
        EqualElements equal_elements({both.data});
        PodArray<UInt64> positions;
        PodArray<UInt64> first;
        auto result = ColumnUInt8::create(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            positions.clear();
            for (UInt64 i = array.offsetAt(row); i < array.getOffsets()[row]; ++i)
                positions.push_back(i);
            size_t array_size = positions.size();
            for (UInt64 i = other.offsetAt(row); i < other.getOffsets()[row]; ++i)
                positions.push_back(both.starts[1] + i);
            equal_elements.findFirstEqual(positions.data(), positions.size(), first);
            size_t found = 0;
            for (size_t k = array_size; k < positions.size(); ++k)
                found += first[k] < array_size;
            result->getData()[row] = all ? found == positions.size() - array_size : found != 0;
        }
        return result;
    }

private:
    bool all;
};
}

void registerFunctionsArraySearch(FunctionFactory & factory)
{
    factory.registerFunction("has", makeCreator<FunctionArraySearch>(Search::Has));
    factory.registerFunction("indexOf", makeCreator<FunctionArraySearch>(Search::IndexOf));
    factory.registerFunction("countEqual", makeCreator<FunctionArraySearch>(Search::CountEqual));
    factory.registerFunction("hasAll", makeCreator<FunctionArrayHasAllAny>(true));
    factory.registerFunction("hasAny", makeCreator<FunctionArrayHasAllAny>(false));
}
}
