// Higher-order functions that test the lambda's condition on each element: arrayCount,
// arrayExists, arrayAll (also on an array of UInt8 without a lambda), arrayFirst / arrayLast
// (the element, or the type's default when none passes; arrayFirstOrNull / arrayLastOrNull: NULL)
// and arrayFirstIndex / arrayLastIndex (its 1-based position, or 0).
#include "columns/ColumnNullable.h"
#include "functions/FunctionHelpers.h"
#include "functions/array/FunctionArrayMapped.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class Test
{
    Count,
    Exists,
    All,
};

class FunctionArrayTest final : public FunctionArrayMapped
{
public:
    FunctionArrayTest(std::string name_, Test test_) : FunctionArrayMapped(std::move(name_), Lambda::Optional, Results::Conditions), test(test_) {}

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr &, const DataTypePtr &) const override
    {
        return typeByName(test == Test::Count ? "UInt32" : "UInt8");
    }

    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr &) const override
    {
        const auto & passed = mapped->assertCast<ColumnUInt8>().getData();
        const auto & offsets = array.getOffsets();
        PodArray<UInt32> counts(offsets.size());
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            UInt32 count = 0;
            for (UInt64 i = begin; i < offsets[row]; ++i)
                count += passed[i] != 0;
            counts[row] = count;
            if (test == Test::All)
                counts[row] = count == offsets[row] - begin;
            else if (test == Test::Exists)
                counts[row] = count != 0;
            begin = offsets[row];
        }
        if (test == Test::Count)
            return ColumnUInt32::create(std::move(counts));
        auto result = ColumnUInt8::create(offsets.size());
        for (size_t row = 0; row < offsets.size(); ++row)
            result->getData()[row] = static_cast<UInt8>(counts[row]);
        return result;
    }

private:
    Test test;
};

class FunctionArrayFind final : public FunctionArrayMapped
{
public:
    /// `or_null`: no element found gives NULL (arrayFirstOrNull) instead of the default.
    FunctionArrayFind(std::string name_, bool from_end_, bool returns_index_, bool or_null_ = false)
        : FunctionArrayMapped(std::move(name_), Lambda::Required, Results::Conditions)
        , from_end(from_end_)
        , returns_index(returns_index_)
        , or_null(or_null_)
    {
    }

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr &, const DataTypePtr & element_type) const override
    {
        if (returns_index)
            return typeByName("UInt32");
        return or_null ? makeNullable(element_type) : element_type;
    }

    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr &, const DataTypePtr & result_type) const override
    {
        const auto & passed = mapped->assertCast<ColumnUInt8>().getData();
        const auto & offsets = array.getOffsets();
        /// Per row the element found, as its position in the data column, or none.
        static constexpr UInt64 none = ~UInt64(0);
        PodArray<UInt64> found(offsets.size());
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            UInt64 end = offsets[row];
            found[row] = none;
            if (!from_end)
            {
                for (UInt64 i = begin; i < end; ++i)
                    if (passed[i])
                    {
                        found[row] = i;
                        break;
                    }
            }
            else
                for (UInt64 i = end; i > begin; --i)
                    if (passed[i - 1])
                    {
                        found[row] = i - 1;
                        break;
                    }
            begin = end;
        }
        if (returns_index)
        {
            auto result = ColumnUInt32::create(offsets.size());
            for (size_t row = 0; row < offsets.size(); ++row)
                result->getData()[row] = found[row] == none ? 0 : static_cast<UInt32>(found[row] - array.offsetAt(row) + 1);
            return result;
        }
        /// With OrNull, the elements' own column under a NULL map marking the rows without one.
        bool wraps_elements = or_null && !array.getData().isNullable() && result_type->isNullable();
        auto result = wraps_elements ? removeNullable(result_type)->createColumn() : result_type->createColumn();
        result->reserve(offsets.size());
        auto null_map = ColumnUInt8::create(offsets.size(), 0);
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            if (found[row] == none)
            {
                result->insertDefault();
                null_map->getData()[row] = 1;
            }
            else
                result->insertFrom(array.getData(), found[row]);
        }
        if (wraps_elements)
            return ColumnNullable::create(std::move(result), std::move(null_map));
        return result;
    }

private:
    bool from_end;
    bool returns_index;
    bool or_null;
};
}

void registerFunctionsArrayPredicates(FunctionFactory & factory)
{
    factory.registerFunction("arrayCount", makeCreator<FunctionArrayTest>(std::string("arrayCount"), Test::Count));
    factory.registerFunction("arrayExists", makeCreator<FunctionArrayTest>(std::string("arrayExists"), Test::Exists));
    factory.registerFunction("arrayAll", makeCreator<FunctionArrayTest>(std::string("arrayAll"), Test::All));
    factory.registerFunction("arrayFirst", makeCreator<FunctionArrayFind>(std::string("arrayFirst"), false, false));
    factory.registerFunction("arrayLast", makeCreator<FunctionArrayFind>(std::string("arrayLast"), true, false));
    factory.registerFunction("arrayFirstOrNull", makeCreator<FunctionArrayFind>(std::string("arrayFirstOrNull"), false, false, true));
    factory.registerFunction("arrayLastOrNull", makeCreator<FunctionArrayFind>(std::string("arrayLastOrNull"), true, false, true));
    factory.registerFunction("arrayFirstIndex", makeCreator<FunctionArrayFind>(std::string("arrayFirstIndex"), false, true));
    factory.registerFunction("arrayLastIndex", makeCreator<FunctionArrayFind>(std::string("arrayLastIndex"), true, true));
}
}
