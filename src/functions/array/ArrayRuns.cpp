// Array functions about runs of elements: arrayCompact(arr) keeps the first of each run of
// consecutive equal elements (NaNs equal NaNs, NULLs equal NULLs), hasSubstr(arr, sub) tells
// whether `sub` occurs in `arr` as consecutive elements (compared in their least supertype), and
// arrayWithConstant(n, x) is a run of n copies of x (a fractional n truncated).
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/array/EqualElements.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
bool equalElements(const IColumn & a, size_t i, const IColumn & b, size_t j)
{
    return a.compareAt(i, j, b, 1) == 0;
}

class FunctionArrayCompact final : public IFunction
{
public:
    std::string getName() const override { return "arrayCompact"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (!arguments[0].type->as<DataTypeArray>())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument 1 of function {} must be array. Found {} instead", getName(),
                            arguments[0].type->getName());
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        const IColumn & data = array.getData();
        Filter keep(data.size());
        ColumnArray::Offsets offsets(rows);
        UInt64 kept = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 begin = array.offsetAt(row);
            for (UInt64 i = begin; i < array.getOffsets()[row]; ++i)
            {
                keep[i] = i == begin || !equalElements(data, i, data, i - 1);
                kept += keep[i];
            }
            offsets[row] = kept;
        }
        return ColumnArray::create(data.filter(keep, static_cast<ssize_t>(kept)), std::move(offsets));
    }
};

class FunctionHasSubstr final : public IFunction
{
public:
    std::string getName() const override { return "hasSubstr"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        commonElementType(getName(), arguments);
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ArraysInOneColumn all = putArraysInOneColumn(arguments, commonElementType(getName(), arguments));
        const auto & haystacks = all.arrays[0]->assertCast<ColumnArray>();
        const auto & needles = all.arrays[1]->assertCast<ColumnArray>();
        const IColumn & data = *all.data;
        auto result = ColumnUInt8::create(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 haystack = all.starts[0] + haystacks.offsetAt(row);
            UInt64 needle = all.starts[1] + needles.offsetAt(row);
            size_t haystack_size = haystacks.sizeAt(row);
            size_t needle_size = needles.sizeAt(row);
            bool found = false;
            for (size_t start = 0; !found && start + needle_size <= haystack_size; ++start)
            {
                found = true;
                for (size_t k = 0; found && k < needle_size; ++k)
                    found = equalElements(data, haystack + start + k, data, needle + k);
            }
            result->getData()[row] = found;
        }
        return result;
    }
};

class FunctionArrayWithConstant final : public IFunction
{
public:
    /// ClickHouse's limit on the elements one call may create.
    static constexpr UInt64 max_elements = 1'000'000'000;

    std::string getName() const override { return "arrayWithConstant"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (!isNativeNumber(arguments[0].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(),
                            getName());
        return std::make_shared<DataTypeArray>(arguments[1].type);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto counts = numericOperand<Int64>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
        ColumnPtr values = arguments[1].column->convertToFullColumnIfConst();
        ColumnArray::Offsets offsets(rows);
        UInt64 total = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            Int64 count = counts.data[row];
            if (count < 0 || static_cast<UInt64>(count) > max_elements || total + static_cast<UInt64>(count) > max_elements)
                throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size while executing function {}", getName());
            total += static_cast<UInt64>(count);
            offsets[row] = total;
        }
        ColumnPtr elements = values->replicate(offsets);
        return ColumnArray::create(std::move(elements), std::move(offsets));
    }
};
}

void registerFunctionsArrayRuns(FunctionFactory & factory)
{
    factory.registerFunction("arrayCompact", makeCreator<FunctionArrayCompact>());
    factory.registerFunction("hasSubstr", makeCreator<FunctionHasSubstr>());
    factory.registerFunction("arrayWithConstant", makeCreator<FunctionArrayWithConstant>());
}
}
