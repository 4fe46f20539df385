// sequenceNextNode(direction, base)(timestamp, event_column, base_condition, event1, ...): the
// value of event_column on the row that follows (forward) or precedes (backward) a chain of
// rows meeting event1, event2, ... from a base row (head: the first row, tail: the last,
// first_match / last_match: the first / last row meeting event1), or NULL. Experimental in
// ClickHouse: allow_experimental_funnel_functions must be on. Rows are ordered by timestamp,
// then by value. State as ClickHouse's: a sorted flag, then VarUInt count and per row the
// value (VarUInt size, bytes), UInt32 time, 8-byte event mask and the base flag; head and tail
// keep only the rows a chain from the base can reach.
#include <algorithm>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
constexpr size_t min_required_args = 3;
constexpr size_t max_events = 64;
constexpr UInt64 max_node_size = 0xFFFFFF;

enum class Direction
{
    Forward,
    Backward,
};

enum class Base
{
    Head,
    Tail,
    FirstMatch,
    LastMatch,
};

struct SequenceNode
{
    std::string value;
    UInt32 time = 0;
    UInt64 events = 0;
    bool can_be_base = false;

    bool operator<(const SequenceNode & rhs) const { return time == rhs.time ? value < rhs.value : time < rhs.time; }
};

struct SequenceNextNodeData
{
    std::vector<SequenceNode> nodes;
    bool is_sorted = false;

    void sort()
    {
        if (!is_sorted)
            std::stable_sort(nodes.begin(), nodes.end());
        is_sorted = true;
    }
};

/// T: the timestamp's storage (stored as ClickHouse's 32-bit event time).
template <typename T>
class AggregateFunctionSequenceNextNode final : public IAggregateFunctionDataHelper<SequenceNextNodeData, AggregateFunctionSequenceNextNode<T>>
{
    using Base_ = IAggregateFunctionDataHelper<SequenceNextNodeData, AggregateFunctionSequenceNextNode<T>>;
    using Base_::data;

public:
    AggregateFunctionSequenceNextNode(const DataTypes & arguments, const Array & parameters, Direction direction_, Base base_)
        : Base_(arguments, parameters)
        , direction(direction_)
        , base(base_)
        , events_size(arguments.size() - min_required_args)
        , result_type(functions::typeByName("Nullable(String)"))
    {
    }

    std::string getName() const override { return "sequenceNextNode"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        SequenceNode node;
        node.value = static_cast<const ColumnString &>(*columns[1]).getDataAt(row);
        node.time = static_cast<UInt32>(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row]);
        for (size_t i = 0; i < events_size; ++i)
            if (static_cast<const ColumnVector<UInt8> &>(*columns[min_required_args + i]).getData()[row])
                node.events |= UInt64{1} << i;
        node.can_be_base = static_cast<const ColumnVector<UInt8> &>(*columns[2]).getData()[row] != 0;
        data(place).nodes.push_back(std::move(node));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & state = data(place);
        const auto & other = data(rhs);
        if (other.nodes.empty())
            return;
        size_t middle = state.nodes.size();
        state.nodes.insert(state.nodes.end(), other.nodes.begin(), other.nodes.end());
        if (!state.is_sorted && !other.is_sorted)
            std::stable_sort(state.nodes.begin(), state.nodes.end());
        else
        {
            auto begin = state.nodes.begin();
            auto mid = begin + static_cast<std::ptrdiff_t>(middle);
            if (!state.is_sorted)
                std::stable_sort(begin, mid);
            if (!other.is_sorted)
                std::stable_sort(mid, state.nodes.end());
            std::inplace_merge(begin, mid, state.nodes.end());
        }
        state.is_sorted = true;
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        std::vector<SequenceNode> nodes = data(place).nodes;
        if (!data(place).is_sorted)
            std::stable_sort(nodes.begin(), nodes.end());
        writeBinaryLittleEndian(UInt8{1}, out);
        size_t size = std::min(events_size + 1, nodes.size());
        size_t begin = 0;
        if (base == Base::Head || base == Base::Tail)
            begin = base == Base::Head ? 0 : nodes.size() - size;
        else
            size = nodes.size();
        writeVarUInt(size, out);
        for (size_t i = begin; i < begin + size; ++i)
        {
            writeStringBinary(nodes[i].value, out);
            writeBinaryLittleEndian(nodes[i].time, out);
            writeBinaryLittleEndian(nodes[i].events, out);
            writeBinaryLittleEndian(static_cast<UInt8>(nodes[i].can_be_base), out);
        }
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        auto & state = data(place);
        UInt8 is_sorted = 0;
        readBinaryLittleEndian(is_sorted, in);
        state.is_sorted = is_sorted;
        UInt64 size = 0;
        readVarUInt(size, in);
        if (size > max_node_size)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size (maximum: {})", max_node_size);
        state.nodes.resize(size);
        for (auto & node : state.nodes)
        {
            UInt64 length = 0;
            readVarUInt(length, in);
            if (length > max_node_size)
                throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large node state size");
            node.value.resize(length);
            in.readStrict(node.value.data(), length);
            readBinaryLittleEndian(node.time, in);
            readBinaryLittleEndian(node.events, in);
            UInt8 can_be_base = 0;
            readBinaryLittleEndian(can_be_base, in);
            node.can_be_base = can_be_base;
        }
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & state = data(place);
        size_t index = nextNodeIndex(state);
        auto & result = static_cast<ColumnNullable &>(to);
        if (index < state.nodes.size())
        {
            static_cast<ColumnString &>(result.getNestedColumnMutable()).insertData(state.nodes[index].value);
            result.getNullMapData().push_back(0);
        }
        else
            result.insertDefault();
    }

private:
    /// The base row's index, or the row count when there is none.
    size_t baseIndex(const std::vector<SequenceNode> & nodes) const
    {
        size_t none = nodes.size();
        switch (base)
        {
            case Base::Head: return nodes[0].can_be_base ? 0 : none;
            case Base::Tail: return nodes.back().can_be_base ? nodes.size() - 1 : none;
            case Base::FirstMatch:
                for (size_t i = 0; i < nodes.size(); ++i)
                    if ((nodes[i].events & 1) && nodes[i].can_be_base)
                        return i;
                return none;
            case Base::LastMatch:
                for (size_t i = nodes.size(); i > 0; --i)
                    if ((nodes[i - 1].events & 1) && nodes[i - 1].can_be_base)
                        return i - 1;
                return none;
        }
        return none;
    }

    /// The row after the chain event1, event2, ... from the base; the row count when there is none.
    size_t nextNodeIndex(SequenceNextNodeData & state) const
    {
        const size_t none = state.nodes.size();
        if (state.nodes.size() <= events_size)
            return none;
        state.sort();
        size_t base_index = baseIndex(state.nodes);
        if (base_index == none || events_size == 0)
            return base_index;
        size_t i = 0;
        if (direction == Direction::Forward)
        {
            for (; i < events_size && base_index + i < state.nodes.size(); ++i)
                if (!((state.nodes[base_index + i].events >> i) & 1))
                    break;
            return i == events_size ? base_index + i : none;
        }
        for (; i < events_size && i < base_index; ++i)
            if (!((state.nodes[base_index - i].events >> i) & 1))
                break;
        return i == events_size ? base_index - i : none;
    }

    Direction direction;
    Base base;
    size_t events_size;
    DataTypePtr result_type;
};

AggregateFunctionPtr createSequenceNextNode(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    if (parameters.size() < 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function '{}' requires 2 parameters (direction, head)", name);
    const auto * direction_name = parameters[0].tryGet<std::string>();
    const auto * base_name = parameters[1].tryGet<std::string>();
    if (!direction_name || !base_name)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Aggregate function '{}' requires 'String' parameters", name);
    Direction direction;
    if (*direction_name == "forward")
        direction = Direction::Forward;
    else if (*direction_name == "backward")
        direction = Direction::Backward;
    else
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Aggregate function {} doesn't support a parameter: {}", name, *direction_name);
    Base base;
    if (*base_name == "head")
        base = Base::Head;
    else if (*base_name == "tail")
        base = Base::Tail;
    else if (*base_name == "first_match")
        base = Base::FirstMatch;
    else if (*base_name == "last_match")
        base = Base::LastMatch;
    else
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Aggregate function {} doesn't support a parameter: {}", name, *base_name);
    if ((base == Base::Head && direction == Direction::Backward) || (base == Base::Tail && direction == Direction::Forward))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Invalid argument combination of '{}' with '{}'", *base_name, *direction_name);
    if (arguments.size() < min_required_args)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires at least {} arguments.", name, min_required_args);
    if ((base == Base::FirstMatch || base == Base::LastMatch) && arguments.size() < min_required_args + 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                        "Aggregate function {} requires at least {} arguments when base is first_match or last_match.", name, min_required_args + 1);
    if (arguments.size() > max_events + min_required_args)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                        "Aggregate function '{}' requires at most {} (timestamp, value_column, ...{} events) arguments.", name,
                        max_events + min_required_args, max_events);
    auto is_uint8 = [](const DataTypePtr & type) { return type->getTypeId() == TypeIndex::UInt8 || type->getTypeId() == TypeIndex::Bool; };
    if (!is_uint8(arguments[2]))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of third argument of aggregate function {}, must be UInt8",
                        arguments[2]->getName(), name);
    for (size_t i = min_required_args; i < arguments.size(); ++i)
        if (!is_uint8(arguments[i]))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type '{}' of {} argument of aggregate function '{}', must be UInt8",
                            arguments[i]->getName(), i + 1, name);
    if (arguments[1]->getTypeId() != TypeIndex::String)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of second argument of aggregate function {}, must be String",
                        arguments[1]->getName(), name);
    switch (arguments[0]->getTypeId())
    {
        case TypeIndex::UInt8: return std::make_shared<AggregateFunctionSequenceNextNode<UInt8>>(arguments, parameters, direction, base);
        case TypeIndex::UInt16:
        case TypeIndex::Date: return std::make_shared<AggregateFunctionSequenceNextNode<UInt16>>(arguments, parameters, direction, base);
        case TypeIndex::UInt32:
        case TypeIndex::DateTime: return std::make_shared<AggregateFunctionSequenceNextNode<UInt32>>(arguments, parameters, direction, base);
        case TypeIndex::UInt64: return std::make_shared<AggregateFunctionSequenceNextNode<UInt64>>(arguments, parameters, direction, base);
        default:
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Illegal type {} of first argument of aggregate function {}, must be Unsigned Number, Date, DateTime",
                            arguments[0]->getName(), name);
    }
}
}

void registerAggregateFunctionSequenceNextNode(AggregateFunctionFactory & factory)
{
    factory.registerFunction("sequenceNextNode", createSequenceNextNode,
                             {.returns_default_when_only_null = true, .required_setting = "allow_experimental_funnel_functions"});
}
}
