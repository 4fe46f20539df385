// sequenceMatch(pattern)(timestamp, cond1, ..., condN): whether a group's rows, ordered by
// time, contain the pattern (SequencePattern.h); sequenceCount(pattern)(...): how many
// non-overlapping matches they contain. Only rows meeting some condition are kept. The state
// is ClickHouse's: a sorted flag, the row count (8 bytes), then per row the timestamp in its
// own width and the conditions as an 8-byte bit mask.
#include <algorithm>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/PdqSort.h"
#include "aggregates/SequencePattern.h"
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
constexpr size_t max_conditions = 32;

struct SequenceMatchData
{
    std::vector<SequenceEvent> events;
    bool is_sorted = true;
    /// Conditions met by some row: a pattern naming another cannot match.
    UInt32 conditions_met = 0;

    void sort()
    {
        /// ClickHouse 24.x's unstable sort (pdqsort): rows with equal timestamps end up where it
        /// leaves them. (ClickHouse 26 sorts with ipnsort, which leaves more than 24 of them elsewhere.)
        if (!is_sorted)
            pdqsort(events.data(), events.data() + events.size(), [](const SequenceEvent & a, const SequenceEvent & b) { return a.timestamp < b.timestamp; });
        is_sorted = true;
    }
};

/// T: the timestamp's storage (UInt8..UInt64; Date and DateTime as UInt16 and UInt32).
template <typename T, bool is_count>
class AggregateFunctionSequenceMatch final
    : public IAggregateFunctionDataHelper<SequenceMatchData, AggregateFunctionSequenceMatch<T, is_count>>
{
    using Base = IAggregateFunctionDataHelper<SequenceMatchData, AggregateFunctionSequenceMatch<T, is_count>>;
    using Base::data;

public:
    AggregateFunctionSequenceMatch(const DataTypes & arguments, const Array & parameters, const std::string & pattern_)
        : Base(arguments, parameters)
        , pattern(pattern_, arguments.size() - 1)
        , result_type(functions::typeByName(is_count ? "UInt64" : "UInt8"))
    {
    }

    std::string getName() const override { return is_count ? "sequenceCount" : "sequenceMatch"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        UInt32 conditions = 0;
        for (size_t i = 1; i < this->argument_types.size(); ++i)
            conditions |= static_cast<UInt32>(static_cast<const ColumnVector<UInt8> &>(*columns[i]).getData()[row] != 0) << (i - 1);
        if (conditions == 0)
            return;
        auto & state = data(place);
        state.events.push_back({static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row], conditions});
        state.is_sorted = false;
        state.conditions_met |= conditions;
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & state = data(place);
        const auto & other = data(rhs);
        if (other.events.empty())
            return;
        state.events.insert(state.events.end(), other.events.begin(), other.events.end());
        state.is_sorted = false;
        state.conditions_met |= other.conditions_met;
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & state = data(place);
        writeBinaryLittleEndian(static_cast<UInt8>(state.is_sorted), out);
        writeBinaryLittleEndian(static_cast<UInt64>(state.events.size()), out);
        for (const auto & event : state.events)
        {
            writeBinaryLittleEndian(static_cast<T>(event.timestamp), out);
            writeBinaryLittleEndian(static_cast<UInt64>(event.conditions), out);
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
        /// The count comes from outside: reserve no more than a sane amount up front.
        state.events.reserve(std::min<UInt64>(size, 1 << 16));
        for (UInt64 i = 0; i < size; ++i)
        {
            T timestamp{};
            UInt64 conditions = 0;
            readBinaryLittleEndian(timestamp, in);
            readBinaryLittleEndian(conditions, in);
            state.events.push_back({timestamp, static_cast<UInt32>(conditions)});
        }
        state.is_sorted = is_sorted;
        /// ClickHouse does not store which conditions were met, and assumes all were.
        state.conditions_met = ~UInt32{0};
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & state = data(place);
        bool may_match = (pattern.conditionsInPattern() & state.conditions_met) == pattern.conditionsInPattern();
        if (may_match)
            state.sort();
        if constexpr (is_count)
        {
            UInt64 count = 0;
            for (size_t position = 0; may_match && position != state.events.size() && pattern.backtrackingMatch(state.events, position);)
                ++count;
            static_cast<ColumnVector<UInt64> &>(to).insertValue(count);
        }
        else
        {
            size_t position = 0;
            bool match = may_match
                && (pattern.hasTimeBounds() ? pattern.backtrackingMatch(state.events, position) : pattern.dfaMatch(state.events));
            static_cast<ColumnVector<UInt8> &>(to).insertValue(match);
        }
    }

private:
    SequencePattern pattern;
    DataTypePtr result_type;
};

template <bool is_count>
AggregateFunctionPtr createSequenceMatch(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    if (parameters.size() != 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires exactly one parameter.", name);
    if (arguments.size() < 3)
        throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Aggregate function {} requires at least 3 arguments.", name);
    if (arguments.size() - 1 > max_conditions)
        throw Exception(ErrorCodes::TOO_MANY_ARGUMENTS_FOR_FUNCTION, "Aggregate function {} supports up to {} event arguments.", name, max_conditions);
    for (size_t i = 1; i < arguments.size(); ++i)
    {
        TypeIndex type = arguments[i]->getTypeId();
        if (type != TypeIndex::UInt8 && type != TypeIndex::Bool)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument {} of aggregate function {}, must be UInt8",
                            arguments[i]->getName(), i + 1, name);
    }
    const auto * pattern = parameters[0].tryGet<std::string>();
    if (!pattern)
        throw Exception(ErrorCodes::BAD_GET, "Bad get: has {}, requested String", fieldTypeName(parameters[0].which()));
    switch (arguments[0]->getTypeId())
    {
        case TypeIndex::UInt8: return std::make_shared<AggregateFunctionSequenceMatch<UInt8, is_count>>(arguments, parameters, *pattern);
        case TypeIndex::UInt16:
        case TypeIndex::Date: return std::make_shared<AggregateFunctionSequenceMatch<UInt16, is_count>>(arguments, parameters, *pattern);
        case TypeIndex::UInt32:
        case TypeIndex::DateTime: return std::make_shared<AggregateFunctionSequenceMatch<UInt32, is_count>>(arguments, parameters, *pattern);
        case TypeIndex::UInt64: return std::make_shared<AggregateFunctionSequenceMatch<UInt64, is_count>>(arguments, parameters, *pattern);
        default:
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of first argument of aggregate function {}, must be DateTime",
                            arguments[0]->getName(), name);
    }
}
}

void registerAggregateFunctionSequenceMatch(AggregateFunctionFactory & factory)
{
    factory.registerFunction("sequenceMatch", createSequenceMatch<false>);
    factory.registerFunction("sequenceCount", createSequenceMatch<true>);
}
}
