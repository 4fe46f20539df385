// groupBitAnd, groupBitOr, groupBitXor (BIT_AND, BIT_OR, BIT_XOR): the bitwise fold of an
// integer column in its own type. AND starts from all ones, so no rows give all ones (as
// ClickHouse); OR and XOR start from zero. State: the value, little-endian.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
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
enum class BitOperation
{
    And,
    Or,
    Xor,
};

template <typename T, BitOperation operation>
struct BitFold
{
    T value = operation == BitOperation::And ? static_cast<T>(~T{}) : T{};

    void add(T x)
    {
        if constexpr (operation == BitOperation::And)
            value &= x;
        else if constexpr (operation == BitOperation::Or)
            value |= x;
        else
            value ^= x;
    }
};

template <typename T, BitOperation operation>
class AggregateFunctionBitwise final : public IAggregateFunctionDataHelper<BitFold<T, operation>, AggregateFunctionBitwise<T, operation>>
{
    using Base = IAggregateFunctionDataHelper<BitFold<T, operation>, AggregateFunctionBitwise<T, operation>>;
    using Base::data;

public:
    AggregateFunctionBitwise(std::string name_, const DataTypes & arguments, const Array & parameters, DataTypePtr result_type_)
        : Base(arguments, parameters), name(std::move(name_)), result_type(std::move(result_type_))
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        data(place).add(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row]);
    }

    /// One fold per batch in a register, which the compiler vectorizes.
    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena *, const UInt8 * mask) const override
    {
        const T * values = static_cast<const ColumnVector<T> &>(*columns[0]).getData().data();
        BitFold<T, operation> fold = data(place);
        if (mask)
        {
            for (size_t i = 0; i < rows; ++i)
                if (mask[i])
                    fold.add(values[i]);
        }
        else
        {
            for (size_t i = 0; i < rows; ++i)
                fold.add(values[i]);
        }
        data(place) = fold;
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).add(data(rhs).value); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { writeBinaryLittleEndian(data(place).value, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { readBinaryLittleEndian(data(place).value, in); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<T> &>(to).insertValue(data(place).value);
    }

private:
    std::string name;
    DataTypePtr result_type;
};

/// ClickHouse first asks whether the type takes bitwise operations at all (numbers, UUID,
/// IP addresses do; strings, dates, decimals, enums do not), then whether it is an integer.
bool takesBitOperations(TypeIndex type)
{
    return functions::isNativeNumber(type) || type == TypeIndex::UUID || type == TypeIndex::IPv4 || type == TypeIndex::IPv6;
}

template <BitOperation operation>
AggregateFunctionPtr createBitwise(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    TypeIndex type = arguments[0]->getTypeId();
    if (!takesBitOperations(type))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                        "The type {} of argument for aggregate function {} is illegal, because it cannot be used in bitwise operations",
                        arguments[0]->getName(), name);
    if (!functions::isNativeInteger(type))
        throwIllegalArgumentType(name, *arguments[0]);
    /// A Bool folds as the UInt8 it is stored as.
    DataTypePtr result_type = type == TypeIndex::Bool ? functions::typeByName("UInt8") : arguments[0];
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        type,
        [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            if constexpr (std::is_integral_v<T> || std::is_same_v<T, Int128> || std::is_same_v<T, UInt128>)
                result = std::make_shared<AggregateFunctionBitwise<T, operation>>(name, arguments, parameters, result_type);
        });
    return result;
}
}

void registerAggregateFunctionsBitwise(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupBitAnd", createBitwise<BitOperation::And>);
    factory.registerFunction("groupBitOr", createBitwise<BitOperation::Or>);
    factory.registerFunction("groupBitXor", createBitwise<BitOperation::Xor>);
    factory.registerAlias("BIT_AND", "groupBitAnd", true);
    factory.registerAlias("BIT_OR", "groupBitOr", true);
    factory.registerAlias("BIT_XOR", "groupBitXor", true);
}
}
