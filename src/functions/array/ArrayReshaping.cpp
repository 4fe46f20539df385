// Array functions that cut, extend or reorder each array: arraySlice, arrayPushBack /
// arrayPushFront, arrayPopBack / arrayPopFront, arrayResize and arrayReverse. Each builds the
// list of source rows of the result's elements (the array's elements, then the values added,
// then a default) and gathers them with one permute per block.
#include "columns/ColumnArray.h"
#include "columns/ColumnNullable.h"
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
const DataTypeArray & arrayArgument(const std::string & function, const ColumnWithTypeAndName & argument)
{
    const auto * array = argument.type->as<DataTypeArray>();
    if (!array)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be an array but it has type {}", function,
                        argument.type->getName());
    return *array;
}

/// The elements of `array` cast to `element_type`, followed by `extra` rows (of that type).
ColumnPtr elementsThen(const ColumnArray & array, const DataTypePtr & array_element_type, const DataTypePtr & element_type, const IColumn * extra)
{
    ColumnPtr elements = castColumn(array.getDataPtr(), array_element_type, element_type);
    auto combined = IColumn::mutate(elements);
    if (extra)
        combined->insertRangeFrom(*extra, 0, extra->size());
    return combined;
}

/// Per row the integer argument, or nothing where it is NULL.
struct OptionalIntegers
{
    NumericOperand<Int64> values;
    ColumnPtr null_map;
    bool all_null = false;

    bool isNull(size_t row) const
    {
        return all_null || (null_map && null_map->assertCast<ColumnUInt8>().getData()[row]);
    }
    Int64 at(size_t row) const { return values.is_const ? values.constant : values.data[row]; }
};

OptionalIntegers optionalIntegers(const ColumnWithTypeAndName & argument)
{
    OptionalIntegers result;
    if (onlyNull(*argument.type))
    {
        result.all_null = true;
        return result;
    }
    ColumnPtr column = argument.column;
    if (argument.type->isNullable())
    {
        column = column->convertToFullColumnIfConst();
        const auto & nullable = column->assertCast<ColumnNullable>();
        result.null_map = nullable.getNullMapColumnPtr();
        column = nullable.getNestedColumnPtr();
    }
    result.values = numericOperand<Int64>(column, removeNullable(argument.type)->getTypeId());
    return result;
}

void checkInteger(const std::string & function, const ColumnWithTypeAndName & argument, size_t index)
{
    if (!onlyNull(*argument.type) && !isNativeInteger(removeNullable(argument.type)->getTypeId()))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} for function {} must be integer but it has type {}", index, function,
                        argument.type->getName());
}

/// arraySlice(arr, offset[, length]): offset 1-based, negative from the end, 0 gives []; a
/// negative length leaves that many elements off the end; NULL offset or length is no limit.
class FunctionArraySlice final : public IFunction
{
public:
    std::string getName() const override { return "arraySlice"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        arrayArgument(getName(), arguments[0]);
        for (size_t i = 1; i < arguments.size(); ++i)
            checkInteger(getName(), arguments[i], i);
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        OptionalIntegers offset = optionalIntegers(arguments[1]);
        OptionalIntegers length;
        length.all_null = arguments.size() < 3;
        if (arguments.size() == 3)
            length = optionalIntegers(arguments[2]);
        Permutation source;
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            auto size = static_cast<Int64>(array.sizeAt(row));
            Int64 start = 0;
            if (!offset.isNull(row))
            {
                Int64 value = offset.at(row);
                start = value > 0 ? value - 1 : value < 0 ? size + value : size;
            }
            Int64 end = size;
            if (!length.isNull(row))
            {
                Int64 value = length.at(row);
                end = value >= 0 ? start + value : size + value;
            }
            start = std::clamp<Int64>(start, 0, size);
            end = std::clamp<Int64>(end, 0, size);
            for (Int64 i = start; i < end; ++i)
                source.push_back(array.offsetAt(row) + static_cast<UInt64>(i));
            offsets[row] = source.size();
        }
        return ColumnArray::create(array.getData().permute(source, 0), std::move(offsets));
    }
};

class FunctionArrayPush final : public IFunction
{
public:
    explicit FunctionArrayPush(bool front_) : front(front_) {}
    std::string getName() const override { return front ? "arrayPushFront" : "arrayPushBack"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        const auto & array = arrayArgument(getName(), arguments[0]);
        return std::make_shared<DataTypeArray>(getLeastSupertype({array.getNestedType(), arguments[1].type}));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        const DataTypePtr & element_type = result_type->as<DataTypeArray>()->getNestedType();
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        ColumnPtr values = castColumn(arguments[1].column, arguments[1].type, element_type)->convertToFullColumnIfConst();
        ColumnPtr combined = elementsThen(array, arguments[0].type->as<DataTypeArray>()->getNestedType(), element_type, values.get());
        UInt64 values_start = array.getData().size();
        Permutation source;
        source.reserve(values_start + rows);
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            if (front)
                source.push_back(values_start + row);
            for (UInt64 i = array.offsetAt(row); i < array.getOffsets()[row]; ++i)
                source.push_back(i);
            if (!front)
                source.push_back(values_start + row);
            offsets[row] = source.size();
        }
        return ColumnArray::create(combined->permute(source, 0), std::move(offsets));
    }

private:
    bool front;
};

/// arrayPopBack / arrayPopFront drop one element, arrayReverse reverses.
enum class Reorder
{
    PopBack,
    PopFront,
    Reverse,
};

class FunctionArrayReorder final : public IFunction
{
public:
    explicit FunctionArrayReorder(Reorder reorder_) : reorder(reorder_) {}
    std::string getName() const override
    {
        return reorder == Reorder::PopBack ? "arrayPopBack" : reorder == Reorder::PopFront ? "arrayPopFront" : "arrayReverse";
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        arrayArgument(getName(), arguments[0]);
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        Permutation source;
        source.reserve(array.getData().size());
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 begin = array.offsetAt(row);
            UInt64 end = array.getOffsets()[row];
            if (reorder == Reorder::Reverse)
                for (UInt64 i = end; i > begin; --i)
                    source.push_back(i - 1);
            else if (end > begin)
                for (UInt64 i = begin + (reorder == Reorder::PopFront); i < end - (reorder == Reorder::PopBack); ++i)
                    source.push_back(i);
            offsets[row] = source.size();
        }
        return ColumnArray::create(array.getData().permute(source, 0), std::move(offsets));
    }

private:
    Reorder reorder;
};

/// arrayResize(arr, size[, extender]): a negative size keeps the last elements and pads in front.
class FunctionArrayResize final : public IFunction
{
public:
    std::string getName() const override { return "arrayResize"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        const auto & array = arrayArgument(getName(), arguments[0]);
        if (!isNativeInteger(arguments[1].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument 1 for function {} must be integer but it has type {}", getName(),
                            arguments[1].type->getName());
        if (arguments.size() == 2)
        {
            if (array.getNestedType()->getTypeId() == TypeIndex::Nothing)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Function {} cannot resize {}", getName(), arguments[0].type->getName());
            return arguments[0].type;
        }
        return std::make_shared<DataTypeArray>(getLeastSupertype({array.getNestedType(), arguments[2].type}));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        const DataTypePtr & element_type = result_type->as<DataTypeArray>()->getNestedType();
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & array = holder->assertCast<ColumnArray>();
        auto sizes = numericOperand<Int64>(arguments[1].column, arguments[1].type->getTypeId());
        /// The padding: the extender per row, or one default value shared by every row.
        ColumnPtr padding;
        if (arguments.size() == 3)
            padding = castColumn(arguments[2].column, arguments[2].type, element_type)->convertToFullColumnIfConst();
        else
        {
            auto one_default = element_type->createColumn();
            one_default->insertDefault();
            padding = std::move(one_default);
        }
        ColumnPtr combined = elementsThen(array, arguments[0].type->as<DataTypeArray>()->getNestedType(), element_type, padding.get());
        UInt64 padding_start = array.getData().size();
        Permutation source;
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            Int64 wanted = sizes.is_const ? sizes.constant : sizes.data[row];
            UInt64 pad = padding_start + (arguments.size() == 3 ? row : 0);
            UInt64 begin = array.offsetAt(row);
            UInt64 size = array.sizeAt(row);
            UInt64 target = wanted >= 0 ? static_cast<UInt64>(wanted) : static_cast<UInt64>(-wanted);
            if (wanted >= 0)
            {
                for (UInt64 i = 0; i < std::min(size, target); ++i)
                    source.push_back(begin + i);
                for (UInt64 i = size; i < target; ++i)
                    source.push_back(pad);
            }
            else
            {
                for (UInt64 i = size; i < target; ++i)
                    source.push_back(pad);
                for (UInt64 i = size - std::min(size, target); i < size; ++i)
                    source.push_back(begin + i);
            }
            offsets[row] = source.size();
        }
        return ColumnArray::create(combined->permute(source, 0), std::move(offsets));
    }
};
}

void registerFunctionsArrayReshaping(FunctionFactory & factory)
{
    factory.registerFunction("arraySlice", makeCreator<FunctionArraySlice>());
    factory.registerFunction("arrayPushBack", makeCreator<FunctionArrayPush>(false));
    factory.registerFunction("arrayPushFront", makeCreator<FunctionArrayPush>(true));
    factory.registerFunction("arrayPopBack", makeCreator<FunctionArrayReorder>(Reorder::PopBack));
    factory.registerFunction("arrayPopFront", makeCreator<FunctionArrayReorder>(Reorder::PopFront));
    factory.registerFunction("arrayReverse", makeCreator<FunctionArrayReorder>(Reorder::Reverse));
    factory.registerFunction("arrayResize", makeCreator<FunctionArrayResize>());
}
}
