// Tuple and Map functions: tupleElement (t.1, t.name), the map(k1, v1, ...) and
// mapFromArrays constructors, mapKeys / mapValues, mapContains, mapUpdate, mapSort /
// mapReverseSort and mapConcat. A Map is stored as Array(Tuple(keys, values)), so its keys and
// values are whole columns that share the array's offsets.
#include <optional>

#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnTuple.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeTuple.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
/// tupleElement(t, n) with n 1-based, or tupleElement(t, 'name'); both constant. With a third
/// argument, a missing element gives that default instead of an error.
class FunctionTupleElement final : public IFunction
{
public:
    std::string getName() const override { return "tupleElement"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        size_t depth = 0;
        const auto * tuple = tupleOf(*arguments[0].type, depth);
        if (!tuple)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function tupleElement must be tuple or array of tuple. "
                "Actual {}", arguments[0].type->getName());
        std::optional<size_t> index = elementIndex(*tuple, arguments, depth == 0);
        if (!index)
            return arguments[2].type;
        DataTypePtr result = tuple->getElements()[*index];
        for (size_t i = 0; i < depth; ++i)
            result = std::make_shared<DataTypeArray>(result);
        return result;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        size_t depth = 0;
        std::optional<size_t> index = elementIndex(*tupleOf(*arguments[0].type, depth), arguments, depth == 0);
        if (!index)
            return arguments[2].column;
        return element(arguments[0].column->convertToFullColumnIfConst(), *index);
    }

private:
    /// The tuple type itself or inside `depth` levels of Array (an array of tuples gives the array
    /// of their elements); null for other types.
    static const DataTypeTuple * tupleOf(const IDataType & type, size_t & depth)
    {
        const IDataType * current = &type;
        while (const auto * array = current->as<DataTypeArray>())
        {
            current = array->getNestedType().get();
            ++depth;
        }
        return current->as<DataTypeTuple>();
    }

    static ColumnPtr element(const ColumnPtr & column, size_t index)
    {
        if (const auto * array = column->as<ColumnArray>())
        {
            ColumnArray::Offsets offsets(array->getOffsets());
            return ColumnArray::create(element(array->getDataPtr(), index), std::move(offsets));
        }
        return column->assertCast<ColumnTuple>().getColumnPtr(index);
    }

    /// The element's position, or nothing when it is missing and a default was given (a default
    /// applies to a plain tuple only).
    static std::optional<size_t> elementIndex(const DataTypeTuple & tuple, const ColumnsWithTypeAndName & arguments, bool default_applies)
    {
        const auto & argument = arguments[1];
        bool has_default = arguments.size() == 3 && default_applies;
        if (argument.column == nullptr || !argument.column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Second argument to tupleElement must be a constant UInt or String");
        if (isStringOrFixedString(*argument.type))
        {
            auto name = argument.column->getDataAt(0);
            ssize_t position = tuple.tryGetPositionByName(name);
            if (position >= 0)
                return static_cast<size_t>(position);
            if (has_default)
                return std::nullopt;
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Tuple doesn't have element with name '{}'", name);
        }
        if (!isNativeInteger(argument.type->getTypeId()) || isNativeSignedInteger(argument.type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Second argument to tupleElement must be a constant UInt or String");
        auto index = constantNumber<UInt64>(*argument.column, argument.type->getTypeId());
        if (index > 0 && index <= tuple.getElements().size())
            return index - 1;
        if (has_default)
            return std::nullopt;
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Tuple doesn't have element with index '{}'", index);
    }
};

/// map(k1, v1, k2, v2, ...): keys and values each in their least supertype.
class FunctionMap final : public IFunction
{
public:
    std::string getName() const override { return "map"; }
    bool useDefaultImplementationForNulls() const override { return false; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() % 2 != 0)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function map requires even number of arguments, but {} given",
                arguments.size());
        if (arguments.empty())
            return std::make_shared<DataTypeMap>(typeByName("Nothing"), typeByName("Nothing"));
        DataTypes keys;
        DataTypes values;
        for (size_t i = 0; i < arguments.size(); i += 2)
        {
            keys.push_back(arguments[i].type);
            values.push_back(arguments[i + 1].type);
        }
        return std::make_shared<DataTypeMap>(getLeastSupertype(keys), getLeastSupertype(values));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        const auto & map = *result_type->as<DataTypeMap>();
        Columns keys;
        Columns values;
        for (size_t i = 0; i < arguments.size(); i += 2)
        {
            keys.push_back(castColumn(arguments[i].column, arguments[i].type, map.getKeyType())->convertToFullColumnIfConst());
            values.push_back(castColumn(arguments[i + 1].column, arguments[i + 1].type, map.getValueType())->convertToFullColumnIfConst());
        }
        auto key_data = map.getKeyType()->createColumn();
        auto value_data = map.getValueType()->createColumn();
        ColumnArray::Offsets offsets(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            for (size_t pair = 0; pair < keys.size(); ++pair)
            {
                key_data->insertFrom(*keys[pair], row);
                value_data->insertFrom(*values[pair], row);
            }
            offsets[row] = key_data->size();
        }
        auto entries = ColumnTuple::create(Columns{ColumnPtr(std::move(key_data)), ColumnPtr(std::move(value_data))});
        return ColumnMap::create(ColumnArray::create(std::move(entries), std::move(offsets)));
    }
};

/// mapUpdate(m1, m2): the entries of m1 whose key m2 lacks, then all entries of m2.
class FunctionMapUpdate final : public IFunction
{
public:
    std::string getName() const override { return "mapUpdate"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        for (size_t i = 0; i < 2; ++i)
            if (!arguments[i].type->as<DataTypeMap>())
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        if (!arguments[0].type->equals(*arguments[1].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The Key And Value type of Map for function mapUpdate must be the same");
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr left_holder = arguments[0].column->convertToFullColumnIfConst();
        ColumnPtr right_holder = arguments[1].column->convertToFullColumnIfConst();
        const auto & left = left_holder->assertCast<ColumnMap>();
        const auto & right = right_holder->assertCast<ColumnMap>();
        const IColumn & left_keys = left.getKeys();
        const IColumn & right_keys = right.getKeys();
        auto result = result_type->createColumn();
        auto & map = static_cast<ColumnMap &>(*result);
        auto & pairs = map.getNestedDataMutable();
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 right_begin = right.getNestedColumn().offsetAt(row);
            UInt64 right_end = right.getOffsets()[row];
            for (UInt64 i = left.getNestedColumn().offsetAt(row); i < left.getOffsets()[row]; ++i)
            {
                bool replaced = false;
                for (UInt64 j = right_begin; j < right_end && !replaced; ++j)
                    replaced = left_keys.compareAt(i, j, right_keys, 1) == 0;
                if (!replaced)
                    pairs.insertFrom(left.getNestedData(), i);
            }
            pairs.insertRangeFrom(right.getNestedData(), right_begin, right_end - right_begin);
            map.getNestedColumnMutable().finishRow();
        }
        return result;
    }
};

/// mapSort(m) and mapReverseSort(m): the entries ordered by key, then value, ascending or
/// descending.
class FunctionMapSort final : public IFunction
{
public:
    explicit FunctionMapSort(bool reverse_) : reverse(reverse_) {}
    std::string getName() const override { return reverse ? "mapReverseSort" : "mapSort"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (!arguments[0].type->as<DataTypeMap>())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Function {} requires at least one argument of type Map", getName());
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & map = holder->assertCast<ColumnMap>();
        const IColumn & pairs = map.getNestedData();
        Permutation order(pairs.size());
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 begin = map.getNestedColumn().offsetAt(row);
            UInt64 end = map.getOffsets()[row];
            for (UInt64 i = begin; i < end; ++i)
                order[i] = i;
            std::stable_sort(order.begin() + begin, order.begin() + end, [&](UInt64 a, UInt64 b) {
                int compared = pairs.compareAt(a, b, pairs, 1);
                return reverse ? compared > 0 : compared < 0;
            });
        }
        ColumnArray::Offsets offsets(map.getOffsets());
        return ColumnMap::create(ColumnArray::create(pairs.permute(order, 0), std::move(offsets)));
    }

private:
    bool reverse;
};

/// mapConcat(m1, ...): every map's entries one after another, in the maps' common type.
class FunctionMapConcat final : public IFunction
{
public:
    std::string getName() const override { return "mapConcat"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function mapConcat requires at least one argument, passed 0");
        DataTypes types;
        for (const auto & argument : arguments)
            types.push_back(argument.type);
        DataTypePtr common = getLeastSupertype(types);
        if (!common->as<DataTypeMap>())
            throwIllegalType(getName(), *arguments[0].type, 1);
        return common;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        std::vector<ColumnPtr> maps;
        for (const auto & argument : arguments)
            maps.push_back(castColumn(argument.column, argument.type, result_type)->convertToFullColumnIfConst());
        auto result = result_type->createColumn();
        auto & map = static_cast<ColumnMap &>(*result);
        auto & pairs = map.getNestedDataMutable();
        for (size_t row = 0; row < rows; ++row)
        {
            for (const auto & column : maps)
            {
                const auto & source = column->assertCast<ColumnMap>();
                UInt64 begin = source.getNestedColumn().offsetAt(row);
                pairs.insertRangeFrom(source.getNestedData(), begin, source.getOffsets()[row] - begin);
            }
            map.getNestedColumnMutable().finishRow();
        }
        return result;
    }
};

/// mapKeys(m) and mapValues(m): the map's keys or values as an array per row.
class FunctionMapPart final : public IFunction
{
public:
    explicit FunctionMapPart(bool keys_) : keys(keys_) {}
    std::string getName() const override { return keys ? "mapKeys" : "mapValues"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const auto * map = arguments[0].type->as<DataTypeMap>();
        if (!map)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be a Map, got {} instead", getName(),
                arguments[0].type->getName());
        return std::make_shared<DataTypeArray>(keys ? map->getKeyType() : map->getValueType());
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        const auto & map = column->assertCast<ColumnMap>();
        const auto & entries = map.getNestedData();
        ColumnArray::Offsets offsets(map.getOffsets());
        return ColumnArray::create(entries.getColumnPtr(keys ? 0 : 1), std::move(offsets));
    }

private:
    bool keys;
};

/// mapContains(m, key): whether the map has the key (compared in the key type).
class FunctionMapContains final : public IFunction
{
public:
    std::string getName() const override { return "mapContains"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        const auto * map = arguments[0].type->as<DataTypeMap>();
        if (!map)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be a Map, got {} instead", getName(),
                            arguments[0].type->getName());
        getLeastSupertype({map->getKeyType(), arguments[1].type});
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const auto & map_type = *arguments[0].type->as<DataTypeMap>();
        ColumnPtr holder = arguments[0].column->convertToFullColumnIfConst();
        const auto & map = holder->assertCast<ColumnMap>();
        ColumnPtr keys = castColumn(arguments[1].column, arguments[1].type, map_type.getKeyType())->convertToFullColumnIfConst();
        const IColumn & map_keys = map.getKeys();
        const auto & offsets = map.getOffsets();
        auto result = ColumnUInt8::create(rows);
        UInt64 begin = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            UInt8 found = 0;
            for (UInt64 i = begin; i < offsets[row] && !found; ++i)
                found = map_keys.compareAt(i, row, *keys, 1) == 0;
            result->getData()[row] = found;
            begin = offsets[row];
        }
        return result;
    }
};

/// mapFromArrays(keys, values): arrays of equal sizes as one map per row; keys may not be NULL.
class FunctionMapFromArrays final : public IFunction
{
public:
    std::string getName() const override { return "mapFromArrays"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        DataTypes elements;
        for (const auto & argument : arguments)
        {
            const auto * array = argument.type->as<DataTypeArray>();
            if (!array)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Arguments of function {} must be Array or Map, but {} is given", getName(),
                                argument.type->getName());
            elements.push_back(array->getNestedType());
        }
        return std::make_shared<DataTypeMap>(removeNullable(elements[0]), elements[1]);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        ColumnPtr keys_holder = arguments[0].column->convertToFullColumnIfConst();
        ColumnPtr values_holder = arguments[1].column->convertToFullColumnIfConst();
        const auto & keys = keys_holder->assertCast<ColumnArray>();
        const auto & values = values_holder->assertCast<ColumnArray>();
        if (keys.getOffsets() != values.getOffsets())
            throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Two arguments of function {} must have equal sizes", getName());
        ColumnPtr key_data = keys.getDataPtr();
        if (const auto * nullable = key_data->as<ColumnNullable>())
        {
            for (UInt8 is_null : nullable->getNullMapData())
                if (is_null)
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "The nested column of first argument in function {} must not contain NULLs",
                                    getName());
            key_data = nullable->getNestedColumnPtr();
        }
        auto entries = ColumnTuple::create(Columns{key_data, values.getDataPtr()});
        ColumnArray::Offsets offsets(keys.getOffsets());
        return ColumnMap::create(ColumnArray::create(std::move(entries), std::move(offsets)));
    }
};
}

void registerFunctionsTuple(FunctionFactory & factory)
{
    factory.registerFunction("tupleElement", makeCreator<FunctionTupleElement>());
    factory.registerFunction("mapUpdate", makeCreator<FunctionMapUpdate>());
    factory.registerFunction("mapSort", makeCreator<FunctionMapSort>(false));
    factory.registerFunction("mapReverseSort", makeCreator<FunctionMapSort>(true));
    factory.registerFunction("mapConcat", makeCreator<FunctionMapConcat>());
    factory.registerFunction("map", makeCreator<FunctionMap>());
    factory.registerFunction("mapKeys", makeCreator<FunctionMapPart>(true));
    factory.registerFunction("mapValues", makeCreator<FunctionMapPart>(false));
    factory.registerFunction("mapContains", makeCreator<FunctionMapContains>());
    factory.registerFunction("mapFromArrays", makeCreator<FunctionMapFromArrays>());
    factory.registerAlias("MAP_FROM_ARRAYS", "mapFromArrays");
}
}
