// uniq(x, ...): approximate distinct count over ClickHouse's UniquesHashSet. Each row is
// reduced to 64 bits as ClickHouse does (numbers by value, floats by bit pattern, 128-bit
// integers by intHash64 of their halves, strings by CityHash64, several arguments, Decimals,
// DateTime64 and other types by chaining CityHash64 of each value's bytes), so counts are
// exact below 65536 distinct values and the same estimates above.

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/UniqHashes.h"
#include "aggregates/UniquesHashSet.h"
#include "base/CityHash.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
struct UniqData
{
    UniquesHashSet set;
};

template <typename T>
UInt64 uniqKey(T value)
{
    if constexpr (std::is_floating_point_v<T>)
        return bitsOf(value);
    else if constexpr (std::is_same_v<T, UUID>)
        return uuidHash64(value);
    else if constexpr (sizeof(T) <= sizeof(UInt64))
        return static_cast<UInt64>(value);
    else
        return wideIntHash64(value);
}

/// T is the storage of a single numeric argument; void means "hash the bytes of every argument".
template <typename T>
class AggregateFunctionUniq final : public IAggregateFunctionDataHelper<UniqData, AggregateFunctionUniq<T>>
{
    using Base = IAggregateFunctionDataHelper<UniqData, AggregateFunctionUniq<T>>;
    using Base::data;

public:
    AggregateFunctionUniq(const DataTypes & arguments, const Array & parameters)
        : Base(arguments, parameters)
        , is_single_string(
              arguments.size() == 1
              && (arguments[0]->getTypeId() == TypeIndex::String || arguments[0]->getTypeId() == TypeIndex::FixedString))
    {
    }

    std::string getName() const override { return "uniq"; }
    DataTypePtr getResultType() const override { return functions::typeByName("UInt64"); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        if constexpr (std::is_void_v<T>)
        {
            UInt64 hash = uniqVariadicHash(columns, this->argument_types.size(), row);
            if (is_single_string)
                data(place).set.insert(hash);
            else
                data(place).set.insertHashed(hash);
        }
        else
            data(place).set.insert(uniqKey(columns[0]->assertCast<ColumnVector<T>>().getData()[row]));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).set.merge(data(rhs).set); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).set.write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).set.read(in); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnUInt64 &>(to).insertValue(data(place).set.size());
    }

private:
    /// A lone String is hashed once more by the set; combined hashes are used directly.
    bool is_single_string;
};

AggregateFunctionPtr createUniq(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    AggregateFunctionPtr result;
    TypeIndex type = arguments[0]->getTypeId();
    if (arguments.size() == 1 && !isHashedByBytes(type))
        dispatchUniqStorage(
            arguments[0]->getTypeId(),
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                result = std::make_shared<AggregateFunctionUniq<T>>(arguments, parameters);
            });
    if (!result)
        result = std::make_shared<AggregateFunctionUniq<void>>(arguments, parameters);
    return result;
}
}

void registerAggregateFunctionUniq(AggregateFunctionFactory & factory)
{
    factory.registerFunction("uniq", createUniq, {.returns_default_when_only_null = true});
}
}
