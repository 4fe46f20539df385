// groupArrayInsertAt(x, pos) and groupArrayInsertAt(default_x, size)(x, pos): an Array with x
// placed at position pos; positions nothing was placed at get default_x (or the type's
// default), a position keeps the first value placed there, and with `size` the array has
// exactly that length (later positions are ignored). State: VarUInt length, then per
// position a byte 1 for "unset" or 0 followed by the value in binary (ClickHouse's layout).
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/Arena.h"
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
/// ClickHouse's limit on the position, so a stray large value cannot allocate gigabytes.
constexpr UInt64 max_position = 0xFFFFFF;

struct GroupArrayInsertAtData
{
    /// The arena form of the value at each position; a null data() marks an unset position.
    std::vector<std::string_view> slots;
};

class AggregateFunctionGroupArrayInsertAt final
    : public IAggregateFunctionDataHelper<GroupArrayInsertAtData, AggregateFunctionGroupArrayInsertAt>
{
public:
    AggregateFunctionGroupArrayInsertAt(const DataTypes & arguments, const Array & parameters, ColumnPtr default_value_, UInt64 length_)
        : IAggregateFunctionDataHelper(arguments, parameters)
        , default_value(std::move(default_value_))
        , length(length_)
        , result_type(functions::typeByName("Array(" + arguments[0]->getName() + ")"))
    {
    }

    std::string getName() const override { return "groupArrayInsertAt"; }
    DataTypePtr getResultType() const override { return result_type; }
    bool allocatesMemoryInArena() const override { return true; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        Field position_field = (*columns[1])[row];
        UInt64 position = position_field.tryGet<UInt64>() ? *position_field.tryGet<UInt64>() : 0;
        if (position >= max_position)
            throw Exception(
                ErrorCodes::TOO_LARGE_ARRAY_SIZE,
                "Too large array size: position argument ({}) is greater or equals to limit ({})",
                position,
                max_position);
        if (length && position >= length)
            return;
        auto & slots = data(place).slots;
        if (slots.size() <= position)
            slots.resize(position + 1);
        else if (slots[position].data())
            return;
        const char * begin = nullptr;
        slots[position] = columns[0]->serializeValueIntoArena(row, *arena, begin);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override
    {
        auto & slots = data(place).slots;
        const auto & rhs_slots = data(rhs).slots;
        if (slots.size() < rhs_slots.size())
            slots.resize(rhs_slots.size());
        for (size_t i = 0; i < rhs_slots.size(); ++i)
            if (!slots[i].data() && rhs_slots[i].data())
                slots[i] = arena->insert(rhs_slots[i]);
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & slots = data(place).slots;
        writeVarUInt(slots.size(), out);
        auto column = argument_types[0]->createColumn();
        for (std::string_view slot : slots)
        {
            writeBinaryLittleEndian(static_cast<UInt8>(slot.data() == nullptr), out);
            if (!slot.data())
                continue;
            column->deserializeAndInsertFromArena(slot.data());
            argument_types[0]->serializeBinary(*column, column->size() - 1, out);
        }
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        /// A state from a client: its size is checked before anything is allocated for it.
        if (size > max_position)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size");
        auto & slots = data(place).slots;
        slots.assign(size, {});
        auto column = argument_types[0]->createColumn();
        for (UInt64 i = 0; i < size; ++i)
        {
            UInt8 is_unset = 0;
            readBinaryLittleEndian(is_unset, in);
            if (is_unset)
                continue;
            argument_types[0]->deserializeBinary(*column, in);
            const char * begin = nullptr;
            slots[i] = column->serializeValueIntoArena(column->size() - 1, *arena, begin);
        }
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        const auto & slots = data(place).slots;
        auto & array = static_cast<ColumnArray &>(to);
        IColumn & elements = array.getDataMutable();
        size_t size = length ? length : slots.size();
        for (size_t i = 0; i < size; ++i)
        {
            if (i < slots.size() && slots[i].data())
                elements.deserializeAndInsertFromArena(slots[i].data());
            else if (default_value)
                elements.insertFrom(*default_value, 0);
            else
                elements.insertDefault();
        }
        array.finishRow();
    }

private:
    /// One row holding default_x, or null for the type's default.
    ColumnPtr default_value;
    /// The fixed length of the result; 0 when it follows the largest position.
    UInt64 length;
    DataTypePtr result_type;
};

AggregateFunctionPtr createGroupArrayInsertAt(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertBinary(name, arguments);
    if (!functions::isNativeInteger(arguments[1]->getTypeId()) || functions::isNativeSignedInteger(arguments[1]->getTypeId()))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Second argument of aggregate function {} must be unsigned integer.", name);
    if (parameters.size() > 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires at most two parameters.", name);
    ColumnPtr default_value;
    if (!parameters.empty())
    {
        auto column = arguments[0]->createColumn();
        column->insert(parameters[0]);
        default_value = std::move(column);
    }
    UInt64 length = 0;
    if (parameters.size() == 2)
        length = parameterToUInt64(parameters[1]);
    return std::make_shared<AggregateFunctionGroupArrayInsertAt>(arguments, parameters, std::move(default_value), length);
}
}

void registerAggregateFunctionGroupArrayInsertAt(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupArrayInsertAt", createGroupArrayInsertAt, {.returns_default_when_only_null = true});
}
}
