// mapPopulateSeries(map[, max]) and mapPopulateSeries(keys, values[, max]): the integer keys
// completed to every step from the smallest key to the largest (or to `max`), the missing keys
// with value 0. A repeated key keeps its first value. A map gives a Map, arrays a tuple of arrays.
#include <optional>

#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
namespace
{
/// Calls f(TypeTag<T>{}) for the integer types a key or value may have.
template <typename F>
bool dispatchInteger(TypeIndex type, F && f)
{
    return isNativeInteger(type) && type != TypeIndex::Bool && dispatchByStorage(type, std::forward<F>(f));
}

class FunctionMapPopulateSeries final : public IFunction
{
public:
    std::string getName() const override { return "mapPopulateSeries"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty() || arguments.size() > 3)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "Function {} accepts at least one map or two arrays arguments, and optional max key argument", getName());
        DataTypePtr key_type;
        DataTypePtr value_type;
        bool is_map = entryTypes(arguments, key_type, value_type);
        for (const auto & type : {key_type, value_type})
            if (!isInteger(*type))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                                "Function {} key argument should be of signed or unsigned integer type. Actual type {}", getName(),
                                key_type->getName());
        if (size_t max_position = is_map ? 1 : 2; arguments.size() > max_position && !isInteger(*arguments[max_position].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Function {} max key should be of signed or unsigned integer type. Actual type {}, max type {}", getName(),
                            key_type->getName(), arguments[max_position].type->getName());
        if (is_map)
            return std::make_shared<DataTypeMap>(key_type, value_type);
        return std::make_shared<DataTypeTuple>(
            DataTypes{std::make_shared<DataTypeArray>(key_type), std::make_shared<DataTypeArray>(value_type)});
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        DataTypePtr key_type;
        DataTypePtr value_type;
        bool is_map = entryTypes(arguments, key_type, value_type);
        ColumnPtr keys_holder;
        ColumnPtr values_holder;
        const ColumnArray::Offsets * offsets = nullptr;
        ColumnPtr first = arguments[0].column->convertToFullColumnIfConst();
        if (is_map)
        {
            const auto & map = first->assertCast<ColumnMap>();
            keys_holder = map.getNestedData().getColumnPtr(0);
            values_holder = map.getNestedData().getColumnPtr(1);
            offsets = &map.getOffsets();
        }
        else
        {
            ColumnPtr second = arguments[1].column->convertToFullColumnIfConst();
            const auto & key_arrays = first->assertCast<ColumnArray>();
            const auto & value_arrays = second->assertCast<ColumnArray>();
            if (key_arrays.getOffsets() != value_arrays.getOffsets())
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Function {} key and value array should have same amount of elements", getName());
            keys_holder = key_arrays.getDataPtr();
            values_holder = value_arrays.getDataPtr();
            offsets = &key_arrays.getOffsets();
            first = key_arrays.shared_from_this();
        }
        size_t max_position = is_map ? 1 : 2;
        const ColumnWithTypeAndName * max = arguments.size() > max_position ? &arguments[max_position] : nullptr;

        ColumnPtr result_keys;
        ColumnPtr result_values;
        ColumnArray::Offsets result_offsets(rows);
        dispatchInteger(key_type->getTypeId(), [&](auto key_tag) {
            using K = typename decltype(key_tag)::Type;
            dispatchInteger(value_type->getTypeId(), [&](auto value_tag) {
                using V = typename decltype(value_tag)::Type;
                auto out_keys = ColumnVector<K>::create();
                auto out_values = ColumnVector<V>::create();
                populate<K, V>(*keys_holder, *values_holder, *offsets, maxKeys<K>(max, *key_type, rows), out_keys->getData(),
                               out_values->getData(), result_offsets);
                result_keys = std::move(out_keys);
                result_values = std::move(out_values);
            });
        });
        if (is_map)
        {
            auto entries = ColumnTuple::create(Columns{result_keys, result_values});
            return ColumnMap::create(ColumnArray::create(std::move(entries), std::move(result_offsets)));
        }
        ColumnArray::Offsets value_offsets(result_offsets);
        return ColumnTuple::create(Columns{ColumnArray::create(result_keys, std::move(result_offsets)),
                                           ColumnArray::create(result_values, std::move(value_offsets))});
    }

private:
    static bool isInteger(const IDataType & type) { return isNativeInteger(type.getTypeId()) && type.getTypeId() != TypeIndex::Bool; }

    /// Whether the entries come as a map (else as two arrays); sets their key and value types.
    bool entryTypes(const ColumnsWithTypeAndName & arguments, DataTypePtr & key_type, DataTypePtr & value_type) const
    {
        if (const auto * map = arguments[0].type->as<DataTypeMap>())
        {
            key_type = map->getKeyType();
            value_type = map->getValueType();
            return true;
        }
        const auto * keys = arguments[0].type->as<DataTypeArray>();
        const auto * values = arguments.size() > 1 ? arguments[1].type->as<DataTypeArray>() : nullptr;
        if (!keys || !values)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Function {} only accepts one map or arrays, but got {}", getName(),
                            arguments[0].type->getName());
        key_type = keys->getNestedType();
        value_type = values->getNestedType();
        return false;
    }

    /// Each row's last key: `max` converted to the key type, which must hold it exactly.
    template <typename K>
    std::optional<PodArray<K>> maxKeys(const ColumnWithTypeAndName * max, const IDataType & key_type, size_t rows) const
    {
        if (!max)
            return std::nullopt;
        PodArray<K> result(rows);
        ColumnPtr column = max->column->convertToFullColumnIfConst();
        dispatchInteger(max->type->getTypeId(), [&](auto tag) {
            using M = typename decltype(tag)::Type;
            const auto & data = column->assertCast<ColumnVector<M>>().getData();
            for (size_t row = 0; row < rows; ++row)
            {
                bool fits = (data[row] < M(0)) == (static_cast<K>(data[row]) < K(0)) && static_cast<M>(static_cast<K>(data[row])) == data[row];
                if (!fits)
                    throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Value in column {} cannot be safely converted into type {}",
                                    max->type->getName(), key_type.getName());
                result[row] = static_cast<K>(data[row]);
            }
        });
        return result;
    }

    template <typename K, typename V>
    static void populate(const IColumn & keys_column, const IColumn & values_column, const ColumnArray::Offsets & offsets,
                         const std::optional<PodArray<K>> & max_keys, PodArray<K> & out_keys, PodArray<V> & out_values,
                         ColumnArray::Offsets & out_offsets)
    {
        const auto & keys = keys_column.assertCast<ColumnVector<K>>().getData();
        const auto & values = values_column.assertCast<ColumnVector<V>>().getData();
        /// Which keys of the current row already have their value: a repeated key keeps the first.
        PodArray<UInt8> is_set;
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            UInt64 end = offsets[row];
            if (begin < end)
            {
                K first = keys[begin];
                K last = keys[begin];
                for (UInt64 i = begin; i < end; ++i)
                {
                    first = std::min(first, keys[i]);
                    last = std::max(last, keys[i]);
                }
                if (max_keys)
                    last = (*max_keys)[row];
                if (first <= last)
                {
                    /// The span as an unsigned count, computed without overflowing K.
                    UInt64 count = static_cast<UInt64>(static_cast<UInt128>(static_cast<Int128>(last) - static_cast<Int128>(first))) + 1;
                    if (count > max_series_length)
                        throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size in the result of function mapPopulateSeries");
                    size_t start = out_keys.size();
                    out_keys.resize(start + count);
                    out_values.resize_fill(start + count, V(0));
                    is_set.clear();
                    is_set.resize_fill(count, 0);
                    for (UInt64 i = 0; i < count; ++i)
                        out_keys[start + i] = static_cast<K>(first + static_cast<K>(i));
                    for (UInt64 i = begin; i < end; ++i)
                    {
                        if (keys[i] > last)
                            continue;
                        auto position = static_cast<UInt64>(static_cast<Int128>(keys[i]) - static_cast<Int128>(first));
                        if (!is_set[position])
                        {
                            out_values[start + position] = values[i];
                            is_set[position] = 1;
                        }
                    }
                }
            }
            out_offsets[row] = out_keys.size();
            begin = end;
        }
    }

    static constexpr UInt64 max_series_length = 1ULL << 30;
};
}

void registerFunctionMapPopulateSeries(FunctionFactory & factory)
{
    factory.registerFunction("mapPopulateSeries", makeCreator<FunctionMapPopulateSeries>());
}
}
