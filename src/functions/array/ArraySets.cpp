// Array functions over the distinct values of arrays: arrayDistinct (first occurrences, NULLs
// dropped), arrayUniq (how many distinct values or tuples of values), arrayEnumerate (1..n),
// arrayEnumerateUniq (each element's occurrence number so far), arrayEnumerateDense (the number of
// each element's value by first appearance) and arrayIntersect (distinct elements of the first
// array present in every other).
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/array/EqualElements.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
const ColumnArray & fullArray(const ColumnPtr & column, ColumnPtr & holder)
{
    holder = column->convertToFullColumnIfConst();
    return holder->assertCast<ColumnArray>();
}

void checkIsArray(const std::string & function, const ColumnWithTypeAndName & argument, size_t position)
{
    if (!argument.type->as<DataTypeArray>())
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} of function {} must be array. Found {} instead", position, function,
                        argument.type->getName());
}

/// Positions 0..n-1 of one row's elements in a data column, offset by the row's start.
void rowPositions(UInt64 begin, UInt64 end, PodArray<UInt64> & positions)
{
    positions.resize(end - begin);
    for (UInt64 i = begin; i < end; ++i)
        positions[i - begin] = i;
}

class FunctionArrayDistinct final : public IFunction
{
public:
    std::string getName() const override { return "arrayDistinct"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkIsArray(getName(), arguments[0], 1);
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder;
        const ColumnArray & array = fullArray(arguments[0].column, holder);
        const IColumn & data = array.getData();
        EqualElements equal_elements({array.getDataPtr()});
        Filter keep(data.size());
        ColumnArray::Offsets offsets(rows);
        PodArray<UInt64> positions;
        PodArray<UInt64> first;
        UInt64 kept = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 begin = array.offsetAt(row);
            rowPositions(begin, array.getOffsets()[row], positions);
            equal_elements.findFirstEqual(positions.data(), positions.size(), first);
            for (size_t k = 0; k < positions.size(); ++k)
            {
                keep[begin + k] = first[k] == k && !data.isNullAt(begin + k);
                kept += keep[begin + k];
            }
            offsets[row] = kept;
        }
        return ColumnArray::create(data.filter(keep, static_cast<ssize_t>(kept)), std::move(offsets));
    }
};

/// arrayUniq(a, ...), arrayEnumerateUniq(a, ...) and arrayEnumerateDense(a, ...): elements at one
/// index of all arrays form one value.
class FunctionArrayUniq final : public IFunction
{
public:
    enum class Mode
    {
        Count,          /// arrayUniq: how many distinct values
        Occurrences,    /// arrayEnumerateUniq: each element's occurrence number so far
        Dense,          /// arrayEnumerateDense: the number of each element's value in order of first appearance
    };

    explicit FunctionArrayUniq(Mode mode_) : mode(mode_), enumerate(mode_ != Mode::Count) {}
    std::string getName() const override
    {
        return mode == Mode::Count ? "arrayUniq" : mode == Mode::Occurrences ? "arrayEnumerateUniq" : "arrayEnumerateDense";
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "Number of arguments for function {} doesn't match: passed 0, should be at least 1", getName());
        for (size_t i = 0; i < arguments.size(); ++i)
            checkIsArray(getName(), arguments[i], i + 1);
        return enumerate ? typeByName("Array(UInt32)") : typeByName("UInt32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Columns holders(arguments.size());
        Columns elements;
        const ColumnArray * first_array = nullptr;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            const ColumnArray & array = fullArray(arguments[i].column, holders[i]);
            if (first_array && array.getOffsets() != first_array->getOffsets())
                throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Lengths of all arrays passed to {} must be equal", getName());
            first_array = first_array ? first_array : &array;
            elements.push_back(array.getDataPtr());
        }
        const auto & offsets = first_array->getOffsets();
        EqualElements equal_elements(elements);
        PodArray<UInt64> positions;
        PodArray<UInt64> first;
        PodArray<UInt32> occurrences;
        auto counts = ColumnUInt32::create(rows);
        auto numbers = ColumnUInt32::create(offsets.empty() ? 0 : offsets.back());
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 begin = first_array->offsetAt(row);
            rowPositions(begin, offsets[row], positions);
            equal_elements.findFirstEqual(positions.data(), positions.size(), first);
            occurrences.clear();
            occurrences.resize_fill(positions.size(), 0);
            UInt32 distinct = 0;
            for (size_t k = 0; k < positions.size(); ++k)
            {
                distinct += first[k] == k;
                if (mode == Mode::Dense)
                {
                    /// A first occurrence records its value's number for the later ones.
                    if (first[k] == k)
                        occurrences[k] = distinct;
                    numbers->getData()[begin + k] = occurrences[first[k]];
                }
                else
                    numbers->getData()[begin + k] = ++occurrences[first[k]];
            }
            counts->getData()[row] = distinct;
        }
        if (!enumerate)
            return counts;
        ColumnArray::Offsets result_offsets(offsets);
        return ColumnArray::create(std::move(numbers), std::move(result_offsets));
    }

private:
    Mode mode;
    bool enumerate;
};

class FunctionArrayEnumerate final : public IFunction
{
public:
    std::string getName() const override { return "arrayEnumerate"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkIsArray(getName(), arguments[0], 1);
        return typeByName("Array(UInt32)");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        ColumnPtr holder;
        const ColumnArray & array = fullArray(arguments[0].column, holder);
        const auto & offsets = array.getOffsets();
        auto numbers = ColumnUInt32::create(array.getData().size());
        auto & out = numbers->getData();
        UInt64 begin = 0;
        for (UInt64 end : offsets)
        {
            for (UInt64 i = begin; i < end; ++i)
                out[i] = static_cast<UInt32>(i - begin + 1);
            begin = end;
        }
        ColumnArray::Offsets result_offsets(offsets);
        return ColumnArray::create(std::move(numbers), std::move(result_offsets));
    }
};

class FunctionArrayIntersect final : public IFunction
{
public:
    std::string getName() const override { return "arrayIntersect"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function arrayIntersect requires at least one argument");
        return std::make_shared<DataTypeArray>(commonElementType(getName(), arguments));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ArraysInOneColumn all = putArraysInOneColumn(arguments, result_type->as<DataTypeArray>()->getNestedType());
        EqualElements equal_elements({all.data});
        Filter keep(all.arrays[0]->assertCast<ColumnArray>().getData().size());
        ColumnArray::Offsets offsets(rows);
        PodArray<UInt64> positions;
        PodArray<UInt64> first;
        /// Per distinct element of the first array: how many other arrays hold it, and the last one that did.
        PodArray<UInt64> found_in;
        PodArray<UInt64> last_array;
        std::vector<size_t> array_ends;
        UInt64 kept = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            positions.clear();
            array_ends.clear();
            for (size_t j = 0; j < all.arrays.size(); ++j)
            {
                const auto & array = all.arrays[j]->assertCast<ColumnArray>();
                for (UInt64 i = array.offsetAt(row); i < array.getOffsets()[row]; ++i)
                    positions.push_back(all.starts[j] + i);
                array_ends.push_back(positions.size());
            }
            equal_elements.findFirstEqual(positions.data(), positions.size(), first);
            size_t first_size = array_ends[0];
            found_in.clear();
            found_in.resize_fill(first_size, 0);
            last_array.clear();
            last_array.resize_fill(first_size, 0);
            for (size_t j = 1, k = first_size; j < array_ends.size(); ++j)
                for (; k < array_ends[j]; ++k)
                    if (first[k] < first_size && last_array[first[k]] != j)
                    {
                        last_array[first[k]] = j;
                        ++found_in[first[k]];
                    }
            for (size_t k = 0; k < first_size; ++k)
            {
                bool in_all = first[k] == k && found_in[k] == array_ends.size() - 1;
                keep[positions[k]] = in_all;
                kept += in_all;
            }
            offsets[row] = kept;
        }
        const IColumn & first_data = all.arrays[0]->assertCast<ColumnArray>().getData();
        return ColumnArray::create(first_data.filter(keep, static_cast<ssize_t>(kept)), std::move(offsets));
    }
};
}

void registerFunctionsArraySets(FunctionFactory & factory)
{
    factory.registerFunction("arrayDistinct", makeCreator<FunctionArrayDistinct>());
    factory.registerFunction("arrayUniq", makeCreator<FunctionArrayUniq>(FunctionArrayUniq::Mode::Count));
    factory.registerFunction("arrayEnumerateUniq", makeCreator<FunctionArrayUniq>(FunctionArrayUniq::Mode::Occurrences));
    factory.registerFunction("arrayEnumerateDense", makeCreator<FunctionArrayUniq>(FunctionArrayUniq::Mode::Dense));
    factory.registerFunction("arrayEnumerate", makeCreator<FunctionArrayEnumerate>());
    factory.registerFunction("arrayIntersect", makeCreator<FunctionArrayIntersect>());
}
}
