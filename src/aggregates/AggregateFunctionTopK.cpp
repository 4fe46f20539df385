// topK(N[, load_factor[, 'counts']])(x) and topKWeighted(...)(x, weight): the approximately
// most frequent values, best first, from a SpaceSaving sketch of N * load_factor counters
// (load_factor 3 by default); with 'counts', (item, count, error) tuples. Numbers, Date,
// DateTime and IPv4 are kept as numbers; other values as their bytes (strings as they are),
// which is how ClickHouse keys and serializes them.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/SpaceSaving.h"
#include "base/Arena.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnFixedString.h"
#include "columns/ColumnString.h"
#include "columns/ColumnTuple.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
constexpr UInt64 top_k_max_size = 0xFFFFFF;

/// How a non-numeric value becomes its key and back.
enum class KeyForm
{
    String,
    FixedString,
    Serialized,
};

/// Key: the argument's storage type, or std::string for values kept as bytes.
template <typename Key, bool is_weighted>
class AggregateFunctionTopK final : public IAggregateFunctionDataHelper<SpaceSaving<Key>, AggregateFunctionTopK<Key, is_weighted>>
{
    using Base = IAggregateFunctionDataHelper<SpaceSaving<Key>, AggregateFunctionTopK<Key, is_weighted>>;
    using Base::data;
    static constexpr bool is_bytes = std::is_same_v<Key, std::string>;

public:
    AggregateFunctionTopK(const DataTypes & arguments, const Array & parameters, UInt64 threshold_, UInt64 reserved_, bool include_counts_,
                          KeyForm key_form_)
        : Base(arguments, parameters)
        , threshold(threshold_)
        , reserved(reserved_)
        , include_counts(include_counts_)
        , key_form(key_form_)
        , weight_type(is_weighted ? arguments[1]->getTypeId() : TypeIndex::Nothing)
        , result_type(functions::typeByName(
              include_counts ? "Array(Tuple(item " + arguments[0]->getName() + ", count UInt64, error UInt64))"
                             : "Array(" + arguments[0]->getName() + ")"))
    {
    }

    std::string getName() const override { return is_weighted ? "topKWeighted" : "topK"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        auto & sketch = data(place);
        sketch.resize(reserved);
        UInt64 weight = 1;
        if constexpr (is_weighted)
            weight = integerAsUInt64(*columns[1], weight_type, row);
        if constexpr (is_bytes)
        {
            switch (key_form)
            {
                case KeyForm::String: sketch.insert(static_cast<const ColumnString &>(*columns[0]).getDataAt(row), weight); break;
                case KeyForm::FixedString: sketch.insert(static_cast<const ColumnFixedString &>(*columns[0]).getDataAt(row), weight); break;
                case KeyForm::Serialized:
                {
                    const char * begin = nullptr;
                    std::string_view bytes = columns[0]->serializeValueIntoArena(row, *arena, begin);
                    sketch.insert(bytes, weight);
                    arena->rollback(bytes.size());
                    break;
                }
            }
        }
        else
            sketch.insert(static_cast<const ColumnVector<Key> &>(*columns[0]).getData()[row], weight);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        if (data(rhs).empty())
            return;
        data(place).resize(reserved);
        data(place).merge(data(rhs));
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in, reserved); }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & array = static_cast<ColumnArray &>(to);
        IColumn & elements = array.getDataMutable();
        IColumn & keys = include_counts ? static_cast<ColumnTuple &>(elements).getColumnMutable(0) : elements;
        for (const auto & counter : data(place).topK(threshold))
        {
            insertKey(counter.key, keys);
            if (include_counts)
            {
                auto & tuple = static_cast<ColumnTuple &>(elements);
                static_cast<ColumnVector<UInt64> &>(tuple.getColumnMutable(1)).insertValue(counter.count);
                static_cast<ColumnVector<UInt64> &>(tuple.getColumnMutable(2)).insertValue(counter.error);
            }
        }
        array.finishRow();
    }

private:
    void insertKey(const Key & key, IColumn & to) const
    {
        if constexpr (is_bytes)
        {
            switch (key_form)
            {
                case KeyForm::String: static_cast<ColumnString &>(to).insertData(key); break;
                case KeyForm::FixedString: static_cast<ColumnFixedString &>(to).insertData(key); break;
                case KeyForm::Serialized: to.deserializeAndInsertFromArena(key.data()); break;
            }
        }
        else
            static_cast<ColumnVector<Key> &>(to).insertValue(key);
    }

    UInt64 threshold;
    UInt64 reserved;
    bool include_counts;
    KeyForm key_form;
    TypeIndex weight_type;
    DataTypePtr result_type;
};

template <bool is_weighted>
AggregateFunctionPtr createTopKFor(const DataTypes & arguments, const Array & parameters, UInt64 threshold, UInt64 reserved, bool include_counts)
{
    AggregateFunctionPtr result;
    auto make_numeric = [&](auto tag)
    {
        using T = typename decltype(tag)::Type;
        result = std::make_shared<AggregateFunctionTopK<T, is_weighted>>(arguments, parameters, threshold, reserved, include_counts, KeyForm::Serialized);
    };
    switch (TypeIndex type = arguments[0]->getTypeId())
    {
        /// ClickHouse's numeric sketch: the types it instantiates by number, plus Date, DateTime and IPv4.
        case TypeIndex::UInt8: case TypeIndex::Bool: case TypeIndex::UInt16: case TypeIndex::UInt32: case TypeIndex::UInt64:
        case TypeIndex::UInt128: case TypeIndex::Int8: case TypeIndex::Int16: case TypeIndex::Int32: case TypeIndex::Int64:
        case TypeIndex::Int128: case TypeIndex::Float32: case TypeIndex::Float64: case TypeIndex::Date: case TypeIndex::DateTime:
            functions::dispatchByStorage(type, make_numeric);
            break;
        case TypeIndex::IPv4:
            make_numeric(functions::TypeTag<UInt32>{});
            break;
        case TypeIndex::String:
            result = std::make_shared<AggregateFunctionTopK<std::string, is_weighted>>(arguments, parameters, threshold, reserved, include_counts, KeyForm::String);
            break;
        case TypeIndex::FixedString:
            result = std::make_shared<AggregateFunctionTopK<std::string, is_weighted>>(arguments, parameters, threshold, reserved, include_counts, KeyForm::FixedString);
            break;
        default:
            result = std::make_shared<AggregateFunctionTopK<std::string, is_weighted>>(arguments, parameters, threshold, reserved, include_counts, KeyForm::Serialized);
    }
    return result;
}

template <bool is_weighted>
AggregateFunctionPtr createTopK(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    if constexpr (is_weighted)
    {
        assertBinary(name, arguments);
        if (!functions::isNativeInteger(arguments[1]->getTypeId()) || arguments[1]->getTypeId() == TypeIndex::Bool)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The second argument for aggregate function 'topKWeighted' must have integer type");
    }
    else
        assertUnary(name, arguments);

    UInt64 threshold = 10;
    UInt64 load_factor = 3;
    bool include_counts = false;
    if (parameters.size() > 3)
        throw Exception(ErrorCodes::TOO_MANY_ARGUMENTS_FOR_FUNCTION, "Aggregate function '{}' requires three parameters or less", name);
    if (!parameters.empty())
        threshold = parameterToUInt64(parameters[0]);
    if (parameters.size() >= 2)
    {
        load_factor = parameterToUInt64(parameters[1]);
        if (load_factor < 1)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND,
                            "Too small parameter 'load_factor' for aggregate function '{}' (got {}, minimum is 1)", name, load_factor);
    }
    if (parameters.size() == 3)
    {
        const auto * option = parameters[2].tryGet<std::string>();
        if (!option)
            throw Exception(ErrorCodes::BAD_GET, "Bad get: has {}, requested String", fieldTypeName(parameters[2].which()));
        if (*option != "counts")
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Aggregate function {} doesn't support a parameter: {}", name, *option);
        include_counts = true;
    }
    if (threshold > top_k_max_size || load_factor > top_k_max_size || threshold * load_factor > top_k_max_size)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Too large parameter(s) for aggregate function '{}' (maximum is {})", name, top_k_max_size);
    if (threshold == 0)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Parameter 0 is illegal for aggregate function '{}'", name);
    return createTopKFor<is_weighted>(arguments, parameters, threshold, threshold * load_factor, include_counts);
}
}

void registerAggregateFunctionTopK(AggregateFunctionFactory & factory)
{
    factory.registerFunction("topK", createTopK<false>);
    factory.registerFunction("topKWeighted", createTopK<true>);
}
}
