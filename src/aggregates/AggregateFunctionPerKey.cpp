// Per-key aggregation: a hash map from each key's arena form to a block of nested states.
#include "aggregates/AggregateFunctionPerKey.h"

#include <algorithm>

#include <unordered_map>

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
struct PerKeyData
{
    std::unordered_map<std::string_view, AggregateDataPtr> states;
};

PerKeyData & dataOf(AggregateDataPtr place)
{
    return *reinterpret_cast<PerKeyData *>(place);
}

const PerKeyData & dataOf(ConstAggregateDataPtr place)
{
    return *reinterpret_cast<const PerKeyData *>(place);
}
}

struct AggregateFunctionPerKey::Batch
{
    const IColumn * keys = nullptr;
    const ColumnArray::Offsets * offsets = nullptr;
    std::vector<ColumnPtr> values;
};

AggregateFunctionPerKey::AggregateFunctionPerKey(
    std::string name_,
    const DataTypes & arguments,
    const Array & parameters,
    DataTypePtr key_type_,
    DataTypes value_types_,
    std::vector<AggregateFunctionPtr> nested_,
    PerKeyOptions options_)
    : IAggregateFunction(arguments, parameters)
    , name(std::move(name_))
    , key_type(std::move(key_type_))
    , value_types(std::move(value_types_))
    , nested(std::move(nested_))
    , options(options_)
{
    for (const auto & function : nested)
    {
        size_t align = function->alignOfData();
        states_size = (states_size + align - 1) / align * align;
        state_offsets.push_back(states_size);
        states_size += function->sizeOfData();
        states_align = std::max(states_align, align);
        TypeIndex type = function->getResultType()->getTypeId();
        if (functions::isNativeFloat(type))
            serialized_value_types.push_back(functions::typeByName("Float64"));
        else if (functions::isNativeInteger(type) && functions::nativeNumberSize(type) <= 8)
            serialized_value_types.push_back(functions::typeByName(functions::isNativeSignedInteger(type) ? "Int64" : "UInt64"));
        else
            serialized_value_types.push_back(function->getResultType());
    }
    if (options.map_result)
        result_type = functions::typeByName("Map(" + key_type->getName() + ", " + nested[0]->getResultType()->getName() + ")");
    else
    {
        std::string type_name = "Tuple(Array(" + key_type->getName() + ")";
        for (const auto & function : nested)
            type_name += ", Array(" + function->getResultType()->getName() + ")";
        result_type = functions::typeByName(type_name + ")");
    }
}

size_t AggregateFunctionPerKey::sizeOfData() const
{
    return sizeof(PerKeyData);
}

size_t AggregateFunctionPerKey::alignOfData() const
{
    return alignof(PerKeyData);
}

void AggregateFunctionPerKey::create(AggregateDataPtr place) const
{
    new (place) PerKeyData;
}

void AggregateFunctionPerKey::destroy(AggregateDataPtr place) const noexcept
{
    for (auto & [key, states] : dataOf(place).states)
        for (size_t i = 0; i < nested.size(); ++i)
            nested[i]->destroy(states + state_offsets[i]);
    dataOf(place).~PerKeyData();
}

AggregateFunctionPerKey::Batch AggregateFunctionPerKey::splitBatch(const IColumn ** columns, size_t rows) const
{
    Batch batch;
    std::vector<const ColumnArray *> value_arrays;
    if (options.input == PerKeyOptions::Input::Map)
    {
        const auto & map = static_cast<const ColumnMap &>(*columns[0]);
        batch.keys = &map.getKeys();
        batch.offsets = &map.getOffsets();
        batch.values.push_back(map.getNestedData().getColumnPtr(1));
    }
    else
    {
        std::vector<const ColumnArray *> arrays;
        if (options.input == PerKeyOptions::Input::Tuple)
            for (const auto & element : static_cast<const ColumnTuple &>(*columns[0]).getColumns())
                arrays.push_back(static_cast<const ColumnArray *>(element.get()));
        else
            for (size_t i = 0; i < argument_types.size(); ++i)
                arrays.push_back(static_cast<const ColumnArray *>(columns[i]));
        batch.keys = &arrays[0]->getData();
        batch.offsets = &arrays[0]->getOffsets();
        for (size_t i = 1; i < arrays.size(); ++i)
        {
            const auto & offsets = arrays[i]->getOffsets();
            for (size_t row = 0; row < rows; ++row)
                if (offsets[row] != (*batch.offsets)[row])
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Sizes of keys and values arrays do not match");
            batch.values.push_back(arrays[i]->getDataPtr());
        }
    }
    /// Values reach the nested functions in their argument type (sumMap sums UInt8 as UInt64).
    for (size_t i = 0; i < batch.values.size(); ++i)
    {
        TypeIndex from = value_types[i]->getTypeId();
        TypeIndex to = nested[i]->getArgumentTypes()[0]->getTypeId();
        if (from != to)
            functions::dispatchByStorage(
                to,
                [&](auto tag)
                {
                    using T = typename decltype(tag)::Type;
                    batch.values[i] = functions::convertNumericColumn<T>(batch.values[i], from);
                });
    }
    return batch;
}

AggregateDataPtr AggregateFunctionPerKey::statesFor(AggregateDataPtr place, std::string_view key, Arena * arena, bool copy_key) const
{
    auto & states = dataOf(place).states;
    if (auto it = states.find(key); it != states.end())
        return it->second;
    AggregateDataPtr block = arena->alloc(std::max<size_t>(states_size, 1), states_align);
    for (size_t i = 0; i < nested.size(); ++i)
        nested[i]->create(block + state_offsets[i]);
    states.emplace(copy_key ? arena->insert(key) : key, block);
    return block;
}

void AggregateFunctionPerKey::addRow(AggregateDataPtr place, const Batch & batch, size_t row, Arena * arena) const
{
    size_t begin = row == 0 ? 0 : (*batch.offsets)[row - 1];
    size_t end = (*batch.offsets)[row];
    for (size_t element = begin; element < end; ++element)
    {
        /// A key seen before leaves its bytes unused in the arena, which lives as long as the query.
        const char * key_begin = nullptr;
        std::string_view key = batch.keys->serializeValueIntoArena(element, *arena, key_begin);
        if (options.keys_to_keep && !std::binary_search(options.keys_to_keep->begin(), options.keys_to_keep->end(), key))
            continue;
        AggregateDataPtr states = statesFor(place, key, arena, false);
        for (size_t i = 0; i < nested.size(); ++i)
        {
            const IColumn * value_column = batch.values[i].get();
            nested[i]->add(states + state_offsets[i], &value_column, element, arena);
        }
    }
}

void AggregateFunctionPerKey::add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
{
    Batch batch = splitBatch(columns, row + 1);
    addRow(place, batch, row, arena);
}

void AggregateFunctionPerKey::addBatch(
    size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    Batch batch = splitBatch(columns, rows);
    for (size_t row = 0; row < rows; ++row)
        if (!mask || mask[row])
            addRow(places[row] + place_offset, batch, row, arena);
}

void AggregateFunctionPerKey::addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    Batch batch = splitBatch(columns, rows);
    for (size_t row = 0; row < rows; ++row)
        if (!mask || mask[row])
            addRow(place, batch, row, arena);
}

void AggregateFunctionPerKey::merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const
{
    for (const auto & [key, rhs_states] : dataOf(rhs).states)
    {
        /// Copied: the other state's arena may die first.
        AggregateDataPtr states = statesFor(place, key, arena, true);
        for (size_t i = 0; i < nested.size(); ++i)
            nested[i]->merge(states + state_offsets[i], rhs_states + state_offsets[i], arena);
    }
}

namespace
{
/// The keys of a state as a column, with their state blocks in the same order, ascending by key.
std::pair<MutableColumnPtr, std::vector<AggregateDataPtr>> sortedKeys(const PerKeyData & data, const IDataType & key_type)
{
    auto keys = key_type.createColumn();
    std::vector<AggregateDataPtr> blocks;
    for (const auto & [key, block] : data.states)
    {
        keys->deserializeAndInsertFromArena(key.data());
        blocks.push_back(block);
    }
    Permutation permutation;
    keys->getPermutation(false, 0, 1, permutation);
    std::vector<AggregateDataPtr> sorted_blocks;
    for (size_t index : permutation)
        sorted_blocks.push_back(blocks[index]);
    return {IColumn::mutate(keys->permute(permutation, 0)), std::move(sorted_blocks)};
}
}

void AggregateFunctionPerKey::serialize(ConstAggregateDataPtr place, WriteBuffer & out) const
{
    auto [keys, blocks] = sortedKeys(dataOf(place), *key_type);
    writeVarUInt(blocks.size(), out);
    for (size_t row = 0; row < blocks.size(); ++row)
    {
        key_type->serializeBinary(*keys, row, out);
        for (size_t i = 0; i < nested.size(); ++i)
        {
            if (!options.serialize_values)
            {
                nested[i]->serialize(blocks[row] + state_offsets[i], out);
                continue;
            }
            auto value = nested[i]->getResultType()->createColumn();
            nested[i]->insertResultInto(blocks[row] + state_offsets[i], *value, nullptr);
            auto widened = serialized_value_types[i]->createColumn();
            widened->insert((*value)[0]);
            serialized_value_types[i]->serializeBinary(*widened, 0, out);
        }
    }
}

void AggregateFunctionPerKey::deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const
{
    UInt64 size = 0;
    readVarUInt(size, in);
    auto keys = key_type->createColumn();
    for (UInt64 row = 0; row < size; ++row)
    {
        key_type->deserializeBinary(*keys, in);
        const char * key_begin = nullptr;
        AggregateDataPtr states = statesFor(place, keys->serializeValueIntoArena(row, *arena, key_begin), arena, false);
        for (size_t i = 0; i < nested.size(); ++i)
        {
            if (!options.serialize_values)
            {
                nested[i]->deserialize(states + state_offsets[i], in, arena);
                continue;
            }
            /// sumMap keeps values, not states: fold the value back in (the nested function takes its own result type).
            auto widened = serialized_value_types[i]->createColumn();
            serialized_value_types[i]->deserializeBinary(*widened, in);
            auto value = nested[i]->getResultType()->createColumn();
            value->insert((*widened)[0]);
            const IColumn * value_columns[] = {value.get()};
            nested[i]->add(states + state_offsets[i], value_columns, 0, arena);
        }
    }
}

void AggregateFunctionPerKey::insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const
{
    auto [keys, blocks] = sortedKeys(dataOf(place), *key_type);
    std::vector<MutableColumnPtr> values;
    for (const auto & function : nested)
        values.push_back(function->getResultType()->createColumn());
    for (AggregateDataPtr block : blocks)
        for (size_t i = 0; i < nested.size(); ++i)
            nested[i]->insertResultInto(block + state_offsets[i], *values[i], arena);

    IColumn * key_out;
    std::vector<IColumn *> value_out;
    std::vector<ColumnArray *> arrays;
    if (options.map_result)
    {
        auto & map = static_cast<ColumnMap &>(to);
        key_out = &map.getNestedDataMutable().getColumnMutable(0);
        value_out.push_back(&map.getNestedDataMutable().getColumnMutable(1));
        arrays.push_back(&map.getNestedColumnMutable());
    }
    else
    {
        auto & tuple = static_cast<ColumnTuple &>(to);
        for (size_t i = 0; i <= nested.size(); ++i)
            arrays.push_back(&static_cast<ColumnArray &>(tuple.getColumnMutable(i)));
        key_out = &arrays[0]->getDataMutable();
        for (size_t i = 1; i < arrays.size(); ++i)
            value_out.push_back(&arrays[i]->getDataMutable());
    }
    std::vector<Field> defaults;
    for (const auto & function : nested)
        defaults.push_back(function->getResultType()->getDefault());
    for (size_t row = 0; row < blocks.size(); ++row)
    {
        if (options.skip_zero_values)
        {
            bool all_zero = true;
            for (size_t i = 0; i < nested.size(); ++i)
                all_zero &= (*values[i])[row] == defaults[i];
            if (all_zero)
                continue;
        }
        key_out->insertFrom(*keys, row);
        for (size_t i = 0; i < nested.size(); ++i)
            value_out[i]->insertFrom(*values[i], row);
    }
    for (auto * array : arrays)
        array->finishRow();
}
}
