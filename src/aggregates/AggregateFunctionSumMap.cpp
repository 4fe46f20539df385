// sumMap, minMap, maxMap and sumMapWithOverflow: per key, the sum (min, max) of the values,
// from key and value arrays, a Tuple of them, or a Map. sumMapFiltered(keys)(...) and
// sumMapFilteredWithOverflow(keys)(...) keep only the listed keys (arrays or a Tuple). Keys come out sorted; sumMap leaves
// out keys whose sums are all zero and sums as sum does (UInt8 into UInt64), while the
// others keep the value type. State: VarUInt count, then each key and its values in binary
// (from a Map: each key and its nested state, as the -Map combinator's).
// The -Map combinator (avgMap(m), uniqMap(m)) shares the per-key machinery, with nested states.
#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionPerKey.h"
#include "base/Arena.h"
#include "base/Exception.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeTuple.h"

namespace datastore::aggregates
{
namespace
{
[[noreturn]] void throwNotMapArguments(const std::string & name)
{
    throw Exception(
        ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
        "Aggregate function {} requires a Map, a Tuple of key and value arrays, or key and value arrays as arguments",
        name);
}

/// The keys of sumMapFiltered's parameter in their arena form, sorted: those of a type the key
/// column takes (strings for string keys, numbers for the others); the rest match no key.
std::vector<std::string> keysToKeep(const std::string & name, const Array & parameters, const IDataType & key_type)
{
    if (parameters.size() != 1)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function '{}' requires exactly one parameter of Array type.", name);
    const auto * keys = parameters[0].tryGet<Array>();
    if (!keys)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Aggregate function {} requires an Array as a parameter.", name);
    bool is_string_key = key_type.getTypeId() == TypeIndex::String || key_type.getTypeId() == TypeIndex::FixedString;
    auto column = key_type.createColumn();
    for (const Field & key : *keys)
    {
        bool is_number = key.holds<UInt64>() || key.holds<Int64>() || key.holds<Float64>();
        if (is_string_key ? key.holds<std::string>() : is_number)
            column->insert(key);
    }
    Arena arena;
    std::vector<std::string> result;
    for (size_t i = 0; i < column->size(); ++i)
    {
        const char * begin = nullptr;
        result.emplace_back(column->serializeValueIntoArena(i, arena, begin));
    }
    std::sort(result.begin(), result.end());
    return result;
}

/// `value_function`: sum, min, max or sumWithOverflow; `filtered`: sumMapFiltered's key list parameter.
AggregateFunctionPtr createMapAggregate(
    const std::string & name, const std::string & value_function, const DataTypes & arguments, const Array & parameters, bool filtered)
{
    if (!filtered && !parameters.empty())
        throw Exception(ErrorCodes::AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS, "Aggregate function {} cannot have parameters", name);
    PerKeyOptions options;
    options.skip_zero_values = value_function.starts_with("sum");
    DataTypes arrays;
    if (arguments.size() == 1)
    {
        const auto * map = dynamic_cast<const DataTypeMap *>(arguments[0].get());
        /// ClickHouse takes a Map in sumMap, minMap and maxMap, not in sumMapWithOverflow or the filtered forms.
        if (map && value_function != "sumWithOverflow" && !filtered)
        {
            options.input = PerKeyOptions::Input::Map;
            options.map_result = true;
            arrays = {std::make_shared<DataTypeArray>(map->getKeyType()), std::make_shared<DataTypeArray>(map->getValueType())};
        }
        else if (const auto * tuple = dynamic_cast<const DataTypeTuple *>(arguments[0].get()))
        {
            options.input = PerKeyOptions::Input::Tuple;
            arrays = tuple->getElements();
        }
        else
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "When function {} gets one argument it must be a tuple", name);
    }
    else
        arrays = arguments;
    options.serialize_values = options.input != PerKeyOptions::Input::Map;
    if (arrays.size() < 2)
        throwNotMapArguments(name);
    DataTypes element_types;
    for (const auto & type : arrays)
    {
        const auto * array = dynamic_cast<const DataTypeArray *>(type.get());
        if (!array)
            throwNotMapArguments(name);
        element_types.push_back(array->getNestedType());
    }

    auto & factory = AggregateFunctionFactory::instance();
    DataTypes value_types(element_types.begin() + 1, element_types.end());
    std::vector<AggregateFunctionPtr> nested;
    for (const auto & value_type : value_types)
    {
        /// Over its own result type, so states fold in deserialized values and sums of UInt8 wrap as UInt64.
        DataTypePtr result_type = factory.get(value_function, {value_type}, {})->getResultType();
        nested.push_back(factory.get(value_function, {result_type}, {}));
    }
    if (filtered)
        options.keys_to_keep = keysToKeep(name, parameters, *element_types[0]);
    return std::make_shared<AggregateFunctionPerKey>(name, arguments, parameters, element_types[0], value_types, std::move(nested), options);
}

template <const char * value_function, bool filtered = false>
AggregateFunctionPtr createFor(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    return createMapAggregate(name, value_function, arguments, parameters, filtered);
}

constexpr char sum_name[] = "sum";
constexpr char min_name[] = "min";
constexpr char max_name[] = "max";
constexpr char sum_with_overflow_name[] = "sumWithOverflow";

class AggregateFunctionCombinatorMap final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "Map"; }

    DataTypes transformArguments(const DataTypes & arguments) const override
    {
        const auto * map = arguments.size() == 1 ? dynamic_cast<const DataTypeMap *>(arguments[0].get()) : nullptr;
        if (!map)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Aggregate function Map requires map as argument");
        return {map->getValueType()};
    }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        const auto & map = static_cast<const DataTypeMap &>(*arguments[0]);
        PerKeyOptions options{.input = PerKeyOptions::Input::Map, .map_result = true};
        return std::make_shared<AggregateFunctionPerKey>(
            nested->getName() + "Map", arguments, parameters, map.getKeyType(), DataTypes{map.getValueType()}, std::vector{nested}, options);
    }
};
}

void registerAggregateFunctionSumMap(AggregateFunctionFactory & factory)
{
    factory.registerFunction("sumMap", createFor<sum_name>);
    factory.registerFunction("minMap", createFor<min_name>);
    factory.registerFunction("maxMap", createFor<max_name>);
    factory.registerFunction("sumMapWithOverflow", createFor<sum_with_overflow_name>);
    factory.registerFunction("sumMapFiltered", createFor<sum_name, true>);
    factory.registerFunction("sumMapFilteredWithOverflow", createFor<sum_with_overflow_name, true>);
}

void registerAggregateFunctionCombinatorMap(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorMap>());
}
}
