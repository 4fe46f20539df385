// mapAdd(m1, m2, ...) and mapSubtract(m1, m2, ...): per key, the sum of the maps' values (the
// later maps' values subtracted for mapSubtract), keys in ascending order. As in ClickHouse the
// values compute in the first map's value type widened to UInt64, Int64 or Float64 (wrapping),
// and every map's keys and value kind must agree with the first's.
#include <numeric>

#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeMap.h"

namespace datastore::functions
{
namespace
{
class FunctionMapArithmetic final : public IFunction
{
public:
    explicit FunctionMapArithmetic(bool is_subtract_) : is_subtract(is_subtract_) {}
    std::string getName() const override { return is_subtract ? "mapSubtract" : "mapAdd"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() < 2)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "{} accepts at least two maps or map tuples", getName());
        const DataTypeMap * first = nullptr;
        std::string promoted;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            const auto * map = arguments[i].type->as<DataTypeMap>();
            if (!map)
                throwIllegalType(getName(), *arguments[i].type, i + 1);
            std::string value_kind = promotedName(map->getValueType()->getTypeId());
            if (!first)
            {
                first = map;
                promoted = value_kind;
                if (promoted.empty())
                    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Values to be summed are expected to be Numeric, Float or Decimal");
                continue;
            }
            if (!map->getKeyType()->equals(*first->getKeyType()))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Expected same {} type for all keys in {}", first->getKeyType()->getName(),
                                getName());
            if (value_kind.empty() || (value_kind == "Float64") != (promoted == "Float64"))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "All value types in {} should be either or float or integer", getName());
            if (value_kind != promoted)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "All value types in {} should be promotable to {}, got {}", getName(), promoted,
                                value_kind);
        }
        return std::make_shared<DataTypeMap>(first->getKeyType(), typeByName(promoted));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr result;
        dispatchByStorage(result_type->as<DataTypeMap>()->getValueType()->getTypeId(), [&](auto tag) {
            using V = typename decltype(tag)::Type;
            if constexpr (std::is_same_v<V, UInt64> || std::is_same_v<V, Int64> || std::is_same_v<V, Float64>)
                result = compute<V>(arguments, result_type, rows);
        });
        return result;
    }

private:
    /// UInt64, Int64 or Float64 for plain numbers; empty for any other type.
    static std::string promotedName(TypeIndex type)
    {
        if (isNativeFloat(type))
            return "Float64";
        if (isNativeInteger(type) && nativeNumberSize(type) <= 8)
            return isNativeSignedInteger(type) ? "Int64" : "UInt64";
        return {};
    }

    /// Integers wrap as ClickHouse's do, computed unsigned to stay defined.
    template <typename V>
    static V add(V a, V b)
    {
        if constexpr (std::is_integral_v<V>)
            return static_cast<V>(static_cast<UInt64>(a) + static_cast<UInt64>(b));
        else
            return a + b;
    }

    template <typename V>
    static V negate(V a)
    {
        if constexpr (std::is_integral_v<V>)
            return static_cast<V>(UInt64(0) - static_cast<UInt64>(a));
        else
            return -a;
    }

    template <typename V>
    ColumnPtr compute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const
    {
        const auto & map_type = *result_type->as<DataTypeMap>();
        std::vector<const ColumnMap *> maps;
        Columns holders;
        std::vector<ColumnPtr> values;
        for (const auto & argument : arguments)
        {
            holders.push_back(argument.column->convertToFullColumnIfConst());
            maps.push_back(&holders.back()->assertCast<ColumnMap>());
            const auto & value_type = argument.type->as<DataTypeMap>()->getValueType();
            values.push_back(convertNumericColumn<V>(maps.back()->getNestedData().getColumnPtr(1), value_type->getTypeId()));
        }
        auto result_keys = map_type.getKeyType()->createColumn();
        auto result_values = ColumnVector<V>::create();
        ColumnArray::Offsets offsets(rows);
        auto row_keys = map_type.getKeyType()->createColumn();
        std::vector<V> row_values;
        std::vector<size_t> order;
        for (size_t row = 0; row < rows; ++row)
        {
            row_keys = row_keys->cloneEmpty();
            row_values.clear();
            for (size_t m = 0; m < maps.size(); ++m)
            {
                UInt64 begin = maps[m]->getNestedColumn().offsetAt(row);
                UInt64 end = maps[m]->getOffsets()[row];
                row_keys->insertRangeFrom(maps[m]->getKeys(), begin, end - begin);
                const V * data = values[m]->template assertCast<ColumnVector<V>>().getData().data();
                for (UInt64 i = begin; i < end; ++i)
                    row_values.push_back(m > 0 && is_subtract ? negate<V>(data[i]) : data[i]);
            }
            order.resize(row_values.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return row_keys->compareAt(a, b, *row_keys, 1) < 0; });
            for (size_t k = 0; k < order.size(); ++k)
            {
                bool same_key = k > 0 && row_keys->compareAt(order[k], order[k - 1], *row_keys, 1) == 0;
                if (same_key)
                    result_values->getData().back() = add<V>(result_values->getData().back(), row_values[order[k]]);
                else
                {
                    result_keys->insertFrom(*row_keys, order[k]);
                    result_values->getData().push_back(row_values[order[k]]);
                }
            }
            offsets[row] = result_keys->size();
        }
        auto pairs = ColumnTuple::create(Columns{ColumnPtr(std::move(result_keys)), ColumnPtr(std::move(result_values))});
        return ColumnMap::create(ColumnArray::create(std::move(pairs), std::move(offsets)));
    }

    bool is_subtract;
};
}

void registerFunctionsMapArithmetic(FunctionFactory & factory)
{
    factory.registerFunction("mapAdd", makeCreator<FunctionMapArithmetic>(false));
    factory.registerFunction("mapSubtract", makeCreator<FunctionMapArithmetic>(true));
}
}
