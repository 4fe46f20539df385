// Array functions: the array(...) constructor, element access arr[i] / m['k'] (arrayElement),
// arrayConcat, range and the emptyArrayX constants.
// Elements live in one flat data column with cumulative offsets per row (ColumnArray), so the
// loops walk offsets directly.
#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
const ColumnArray & fullArray(const ColumnPtr & column, ColumnPtr & holder)
{
    holder = column->convertToFullColumnIfConst();
    return holder->assertCast<ColumnArray>();
}

/// array(a, b, ...): one array per row from the arguments brought to their least supertype.
class FunctionArray final : public IFunction
{
public:
    std::string getName() const override { return "array"; }
    bool useDefaultImplementationForNulls() const override { return false; }
    /// [toLowCardinality('a')] is Array(LowCardinality(String)).
    bool useDefaultImplementationForLowCardinality() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            return std::make_shared<DataTypeArray>(typeByName("Nothing"));
        DataTypes types;
        for (const auto & argument : arguments)
            types.push_back(argument.type);
        return std::make_shared<DataTypeArray>(getLeastSupertype(types));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        const DataTypePtr & element_type = result_type->as<DataTypeArray>()->getNestedType();
        Columns elements;
        for (const auto & argument : arguments)
            elements.push_back(castColumn(argument.column, argument.type, element_type)->convertToFullColumnIfConst());
        auto data = element_type->createColumn();
        data->reserve(rows * elements.size());
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            for (const auto & element : elements)
                data->insertFrom(*element, row);
            offsets[row] = data->size();
        }
        return ColumnArray::create(ColumnPtr(std::move(data)), std::move(offsets));
    }
};

/// arrayElement(arr, i): 1-based, negative counts from the end, out of range gives the default.
/// arrayElement(map, key): the value of the first entry with that key, or the default.
class FunctionArrayElement final : public IFunction
{
public:
    std::string getName() const override { return "arrayElement"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (const auto * map = arguments[0].type->as<DataTypeMap>())
        {
            try
            {
                getLeastSupertype({map->getKeyType(), arguments[1].type});
            }
            catch (const Exception &)
            {
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types of arguments: {}, {} for function arrayElement",
                    arguments[0].type->getName(), arguments[1].type->getName());
            }
            return map->getValueType();
        }
        const auto * array = arguments[0].type->as<DataTypeArray>();
        if (!array)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function arrayElement must be array, got '{}' instead",
                arguments[0].type->getName());
        if (!isNativeInteger(arguments[1].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Second argument for function arrayElement must be integer, got '{}' instead",
                arguments[1].type->getName());
        /// An element of Array(LowCardinality(T)) comes out as plain T.
        return removeLowCardinality(array->getNestedType());
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (const auto * map = arguments[0].type->as<DataTypeMap>())
            return executeMap(arguments, *map, result_type, rows);
        ColumnPtr holder;
        const ColumnArray & array = fullArray(arguments[0].column, holder);
        auto index = numericOperand<Int64>(arguments[1].column, arguments[1].type->getTypeId());
        const auto & offsets = array.getOffsets();
        ColumnPtr full_data = array.getDataPtr()->convertToFullColumnIfLowCardinality();
        const IColumn & data = *full_data;
        auto result = result_type->createColumn();
        result->reserve(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            Int64 i = index.is_const ? index.constant : index.data[row];
            UInt64 begin = row == 0 ? 0 : offsets[row - 1];
            auto size = static_cast<Int64>(offsets[row] - begin);
            if (i > 0 && i <= size)
                result->insertFrom(data, begin + static_cast<UInt64>(i - 1));
            else if (i < 0 && -i <= size)
                result->insertFrom(data, begin + static_cast<UInt64>(size + i));
            else
                result->insertDefault();
        }
        return result;
    }

private:
    static ColumnPtr executeMap(const ColumnsWithTypeAndName & arguments, const DataTypeMap & map, const DataTypePtr & result_type, size_t rows)
    {
        ColumnPtr map_holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & column = map_holder->assertCast<ColumnMap>();
        ColumnPtr keys = castColumn(arguments[1].column, arguments[1].type, map.getKeyType())->convertToFullColumnIfConst();
        const auto & offsets = column.getOffsets();
        const IColumn & map_keys = column.getKeys();
        const IColumn & map_values = column.getValues();
        auto result = result_type->createColumn();
        result->reserve(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 begin = row == 0 ? 0 : offsets[row - 1];
            UInt64 found = offsets[row];
            for (UInt64 j = begin; j < offsets[row]; ++j)
                if (map_keys.compareAt(j, row, *keys, 1) == 0)
                {
                    found = j;
                    break;
                }
            if (found < offsets[row])
                result->insertFrom(map_values, found);
            else
                result->insertDefault();
        }
        return result;
    }
};

/// arrayConcat(a, b, ...): the arrays of each row one after another, in their least supertype.
class FunctionArrayConcat final : public IFunction
{
public:
    std::string getName() const override { return "arrayConcat"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function arrayConcat requires at least one argument.");
        DataTypes types;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            if (arguments[i].type->getTypeId() != TypeIndex::Array)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} for function arrayConcat must be an array but it has type {}",
                    i, arguments[i].type->getName());
            types.push_back(arguments[i].type->as<DataTypeArray>()->getNestedType());
        }
        return std::make_shared<DataTypeArray>(getLeastSupertype(types));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        std::vector<ColumnPtr> arrays;
        for (const auto & argument : arguments)
            arrays.push_back(castColumn(argument.column, argument.type, result_type)->convertToFullColumnIfConst());
        auto data = result_type->as<DataTypeArray>()->getNestedType()->createColumn();
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            for (const auto & column : arrays)
            {
                const auto & array = column->assertCast<ColumnArray>();
                data->insertRangeFrom(array.getData(), array.offsetAt(row), array.sizeAt(row));
            }
            offsets[row] = data->size();
        }
        return ColumnArray::create(ColumnPtr(std::move(data)), std::move(offsets));
    }
};

/// range(end), range(start, end[, step]): integers in the arguments' supertype.
class FunctionRange final : public IFunction
{
public:
    std::string getName() const override { return "range"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 1, 3);
        DataTypes types;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            if (!isNativeInteger(arguments[i].type->getTypeId()))
                throwIllegalType(getName(), *arguments[i].type, i + 1);
            types.push_back(arguments[i].type);
        }
        return std::make_shared<DataTypeArray>(getLeastSupertype(types));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        /// Limit from ClickHouse's function_range_max_elements_in_block default.
        static constexpr UInt64 max_elements = 500000000;
        std::vector<NumericOperand<Int64>> operands;
        for (const auto & argument : arguments)
            operands.push_back(numericOperand<Int64>(argument.column, argument.type->getTypeId()));
        auto value = [&](size_t i, size_t row) { return operands[i].is_const ? operands[i].constant : operands[i].data[row]; };
        /// Sizes first, so the elements are written once, straight in the element type.
        ColumnArray::Offsets offsets(rows);
        UInt64 total = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            Int64 start = arguments.size() == 1 ? 0 : value(0, row);
            Int64 end = arguments.size() == 1 ? value(0, row) : value(1, row);
            Int64 step = arguments.size() == 3 ? value(2, row) : 1;
            if (arguments.size() == 1 && end < 0)
                throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND,
                    "A call to function range overflows, only support positive values when only end is provided");
            if (step == 0)
                throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND,
                    "A call to function range underflows, the 3rd argument step can't be less or equal to zero");
            Int128 distance = step > 0 ? Int128(end) - start : Int128(start) - end;
            Int128 stride = step > 0 ? Int128(step) : -Int128(step);
            total += distance > 0 ? static_cast<UInt64>((distance + stride - 1) / stride) : 0;
            if (total > max_elements)
                throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND,
                    "A call to function range would produce {} array elements, which is greater than the allowed maximum of {}", total,
                    max_elements);
            offsets[row] = total;
        }
        const DataTypePtr & element_type = result_type->as<DataTypeArray>()->getNestedType();
        ColumnPtr elements;
        dispatchByStorage(element_type->getTypeId(), [&](auto tag) {
            using T = typename decltype(tag)::Type;
            auto data = ColumnVector<T>::create(total);
            T * out = data->getData().data();
            UInt64 begin = 0;
            for (size_t row = 0; row < rows; ++row)
            {
                Int64 start = arguments.size() == 1 ? 0 : value(0, row);
                Int64 step = arguments.size() == 3 ? value(2, row) : 1;
                for (UInt64 i = begin; i < offsets[row]; ++i)
                    out[i] = static_cast<T>(static_cast<UInt64>(start) + (i - begin) * static_cast<UInt64>(step));
                begin = offsets[row];
            }
            elements = std::move(data);
        });
        return ColumnArray::create(elements, std::move(offsets));
    }
};

/// emptyArrayUInt8() ... emptyArrayString(): an empty array of that element type per row.
class FunctionEmptyArray final : public IFunction
{
public:
    explicit FunctionEmptyArray(std::string element_) : element(std::move(element_)) {}
    std::string getName() const override { return "emptyArray" + element; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 0);
        return std::make_shared<DataTypeArray>(typeByName(element));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr & result_type, size_t rows) const override
    {
        auto result = result_type->createColumn();
        result->insertManyDefaults(rows);
        return result;
    }

private:
    std::string element;
};
}

void registerFunctionsArray(FunctionFactory & factory)
{
    factory.registerFunction("array", makeCreator<FunctionArray>());
    factory.registerFunction("arrayElement", makeCreator<FunctionArrayElement>());
    factory.registerFunction("arrayConcat", makeCreator<FunctionArrayConcat>());
    factory.registerFunction("range", makeCreator<FunctionRange>());
    for (const char * element : {"UInt8", "UInt16", "UInt32", "UInt64", "Int8", "Int16", "Int32", "Int64", "Float32", "Float64",
                                 "Date", "DateTime", "String"})
        factory.registerFunction(std::string("emptyArray") + element, makeCreator<FunctionEmptyArray>(std::string(element)));
}
}
