// windowFunnel(window[, 'strict_deduplication', 'strict_order', 'strict_increase'])(timestamp,
// cond1, ..., condN): how far along a chain of events each group got, with every step within
// `window` of the chain's first event, as ClickHouse computes it. The timestamp may be a Date,
// DateTime, unsigned integer or (unlike ClickHouse, which refuses it) DateTime64, whose window
// is read in seconds as for DateTime: HIP-47's funnel passes its DateTime64(3) timestamp.
// State: sorted flag, VarUInt count, then (timestamp, level) pairs, as ClickHouse lays it out.
#include <algorithm>
#include <optional>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "columns/ColumnVector.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeDateTime64.h"
#include "types/DataTypeNumber.h"

namespace datastore::aggregates
{
namespace
{
constexpr size_t kMaxEvents = 32;

struct FunnelEvent
{
    UInt64 timestamp;
    /// 1-based number of the condition the row met; 0 for a row meeting none (strict_order).
    UInt8 level;
};

struct WindowFunnelData
{
    std::vector<FunnelEvent> events;
    bool is_sorted = true;

    void add(UInt64 timestamp, UInt8 level)
    {
        if (is_sorted && !events.empty() && events.back().timestamp > timestamp)
            is_sorted = false;
        events.push_back({timestamp, level});
    }

    /// Ordered by time; events of one row keep the order they were added in (highest level first).
    void sort()
    {
        if (!is_sorted)
            std::stable_sort(events.begin(), events.end(), [](const FunnelEvent & a, const FunnelEvent & b) { return a.timestamp < b.timestamp; });
        is_sorted = true;
    }
};

class AggregateFunctionWindowFunnel final : public IAggregateFunctionDataHelper<WindowFunnelData, AggregateFunctionWindowFunnel>
{
public:
    AggregateFunctionWindowFunnel(const DataTypes & arguments, const Array & parameters, UInt64 window_, bool strict_deduplication_,
                                  bool strict_order_, bool strict_increase_)
        : IAggregateFunctionDataHelper(arguments, parameters)
        , window(window_)
        , strict_deduplication(strict_deduplication_)
        , strict_order(strict_order_)
        , strict_increase(strict_increase_)
        , events_size(arguments.size() - 1)
        , timestamp_type(arguments[0]->getTypeId())
    {
        if (timestamp_type == TypeIndex::DateTime64)
        {
            units_per_second = 1;
            for (UInt32 i = 0; i < static_cast<const DataTypeDateTime64 &>(*arguments[0]).getScale(); ++i)
                units_per_second *= 10;
        }
    }

    std::string getName() const override { return "windowFunnel"; }
    DataTypePtr getResultType() const override { return std::make_shared<DataTypeNumber<UInt8>>(); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        UInt64 timestamp = timestampAt(*columns[0], row);
        bool has_event = false;
        /// Highest level first: a row meeting several conditions must extend the chain by at
        /// most one step, which the stable sort then preserves.
        for (size_t i = events_size; i > 0; --i)
            if (static_cast<const ColumnVector<UInt8> &>(*columns[i]).getData()[row])
            {
                data(place).add(timestamp, static_cast<UInt8>(i));
                has_event = true;
            }
        if (strict_order && !has_event)
            data(place).add(timestamp, 0);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & events = data(place);
        const auto & other = data(rhs);
        if (other.events.empty())
            return;
        bool is_ordered = events.is_sorted && other.is_sorted && (events.events.empty() || events.events.back().timestamp <= other.events.front().timestamp);
        events.events.insert(events.events.end(), other.events.begin(), other.events.end());
        if (!is_ordered)
        {
            events.is_sorted = false;
            events.sort();
        }
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & state = data(place);
        writeBinaryLittleEndian(static_cast<UInt8>(state.is_sorted), out);
        /// ClickHouse writes the count as a size_t: 8 bytes, not a varint.
        writeBinaryLittleEndian(static_cast<UInt64>(state.events.size()), out);
        for (const auto & event : state.events)
        {
            writeTimestamp(event.timestamp, out);
            writeBinaryLittleEndian(event.level, out);
        }
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        auto & state = data(place);
        UInt8 is_sorted = 0;
        readBinaryLittleEndian(is_sorted, in);
        UInt64 size = 0;
        readBinaryLittleEndian(size, in);
        state.events.clear();
        /// The count comes from outside (a stored state): reserve no more than a sane amount up front.
        state.events.reserve(std::min<UInt64>(size, 1 << 16));
        for (UInt64 i = 0; i < size; ++i)
        {
            FunnelEvent event{readTimestamp(in), 0};
            readBinaryLittleEndian(event.level, in);
            state.events.push_back(event);
        }
        state.is_sorted = is_sorted;
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<UInt8> &>(to).getData().push_back(static_cast<UInt8>(level(data(place))));
    }

private:
    UInt64 timestampAt(const IColumn & column, size_t row) const
    {
        switch (timestamp_type)
        {
            case TypeIndex::UInt8: return static_cast<const ColumnVector<UInt8> &>(column).getData()[row];
            case TypeIndex::UInt16:
            case TypeIndex::Date: return static_cast<const ColumnVector<UInt16> &>(column).getData()[row];
            case TypeIndex::UInt32:
            case TypeIndex::DateTime: return static_cast<const ColumnVector<UInt32> &>(column).getData()[row];
            case TypeIndex::DateTime64:
            {
                Int64 value = static_cast<const ColumnVector<Int64> &>(column).getData()[row];
                Int64 seconds = value / units_per_second - (value % units_per_second != 0 && value < 0);
                return static_cast<UInt64>(seconds);
            }
            default: return static_cast<const ColumnVector<UInt64> &>(column).getData()[row];
        }
    }

    void writeTimestamp(UInt64 timestamp, WriteBuffer & out) const
    {
        switch (timestamp_type)
        {
            case TypeIndex::UInt8: writeBinaryLittleEndian(static_cast<UInt8>(timestamp), out); break;
            case TypeIndex::UInt16:
            case TypeIndex::Date: writeBinaryLittleEndian(static_cast<UInt16>(timestamp), out); break;
            case TypeIndex::UInt32:
            case TypeIndex::DateTime: writeBinaryLittleEndian(static_cast<UInt32>(timestamp), out); break;
            default: writeBinaryLittleEndian(timestamp, out); break;
        }
    }

    UInt64 readTimestamp(ReadBuffer & in) const
    {
        switch (timestamp_type)
        {
            case TypeIndex::UInt8: { UInt8 v = 0; readBinaryLittleEndian(v, in); return v; }
            case TypeIndex::UInt16:
            case TypeIndex::Date: { UInt16 v = 0; readBinaryLittleEndian(v, in); return v; }
            case TypeIndex::UInt32:
            case TypeIndex::DateTime: { UInt32 v = 0; readBinaryLittleEndian(v, in); return v; }
            default: { UInt64 v = 0; readBinaryLittleEndian(v, in); return v; }
        }
    }

    /// The longest chain: for each level, the first timestamp of its chain and the time of
    /// its last step.
    size_t level(WindowFunnelData & state) const
    {
        if (state.events.empty())
            return 0;
        state.sort();
        std::vector<std::optional<std::pair<UInt64, UInt64>>> chains(events_size);
        bool first_event = false;
        for (const auto & event : state.events)
        {
            if (strict_order && event.level == 0)
            {
                if (first_event)
                    break;
                continue;
            }
            size_t index = event.level - 1;
            if (index == 0)
            {
                chains[0] = std::make_pair(event.timestamp, event.timestamp);
                first_event = true;
            }
            else if (strict_deduplication && chains[index].has_value())
                return index + 1;
            else if (strict_order && first_event && !chains[index - 1].has_value())
            {
                for (size_t step = 0; step < events_size; ++step)
                    if (!chains[step].has_value())
                        return step;
            }
            else if (chains[index - 1].has_value())
            {
                UInt64 first_timestamp = chains[index - 1]->first;
                bool is_in_window = event.timestamp <= first_timestamp + window;
                if (strict_increase)
                    is_in_window = is_in_window && chains[index - 1]->second < event.timestamp;
                if (is_in_window)
                {
                    chains[index] = std::make_pair(first_timestamp, event.timestamp);
                    if (index + 1 == events_size)
                        return events_size;
                }
            }
        }
        for (size_t step = events_size; step > 0; --step)
            if (chains[step - 1].has_value())
                return step;
        return 0;
    }

    UInt64 window;
    bool strict_deduplication;
    bool strict_order;
    bool strict_increase;
    size_t events_size;
    TypeIndex timestamp_type;
    Int64 units_per_second = 1;
};

AggregateFunctionPtr createWindowFunnel(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    if (parameters.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires at least one parameter: <window>, [option, [option, ...]]", name);
    if (arguments.size() < 2)
        throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Aggregate function {} requires one timestamp argument and at least one event condition.", name);
    if (arguments.size() > kMaxEvents + 1)
        throw Exception(ErrorCodes::TOO_MANY_ARGUMENTS_FOR_FUNCTION, "Too many event arguments for aggregate function {}", name);
    UInt64 window = 0;
    if (const auto * value = parameters[0].tryGet<UInt64>())
        window = *value;
    else if (const auto * signed_value = parameters[0].tryGet<Int64>(); signed_value && *signed_value >= 0)
        window = static_cast<UInt64>(*signed_value);
    else
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Aggregate function {} requires a non-negative integer window, got {}", name, parameters[0].dump());
    bool strict_deduplication = false, strict_order = false, strict_increase = false;
    for (size_t i = 1; i < parameters.size(); ++i)
    {
        const auto * option = parameters[i].tryGet<std::string>();
        if (option && *option == "strict_deduplication")
            strict_deduplication = true;
        else if (option && *option == "strict_order")
            strict_order = true;
        else if (option && *option == "strict_increase")
            strict_increase = true;
        else if (option && *option == "strict")
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "strict is replaced with strict_deduplication in Aggregate function {}", name);
        else
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Aggregate function {} doesn't support a parameter: {}", name, parameters[i].dump());
    }
    switch (arguments[0]->getTypeId())
    {
        case TypeIndex::UInt8: case TypeIndex::UInt16: case TypeIndex::UInt32: case TypeIndex::UInt64:
        case TypeIndex::Date: case TypeIndex::DateTime: case TypeIndex::DateTime64:
            break;
        default:
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Illegal type {} of first argument of aggregate function {}, must be Unsigned Number, Date, DateTime",
                            arguments[0]->getName(), name);
    }
    for (size_t i = 1; i < arguments.size(); ++i)
        if (arguments[i]->getTypeId() != TypeIndex::UInt8)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument {} of aggregate function {}, must be UInt8",
                            arguments[i]->getName(), i + 1, name);
    return std::make_shared<AggregateFunctionWindowFunnel>(arguments, parameters, window, strict_deduplication, strict_order, strict_increase);
}
}

void registerAggregateFunctionWindowFunnel(AggregateFunctionFactory & factory)
{
    factory.registerFunction("windowFunnel", createWindowFunnel);
}
}
