// Results of the built-in aggregate functions, checked against ClickHouse's answers for the
// same input, including NULL handling, -If, merges of partial states and binary states.
#include <gtest/gtest.h>

#include <cmath>

#include "AggregateFunctionTestHelpers.h"
#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

using namespace datastore;
using namespace datastore::aggregates;
using namespace datastore::aggregates::testing;

namespace
{
ColumnPtr numbers(const std::string & type_name, UInt64 count, UInt64 multiplier = 1)
{
    std::vector<Field> values;
    for (UInt64 i = 0; i < count; ++i)
        values.emplace_back(i * multiplier);
    return column(type_name, values);
}

std::string stateBytes(State & state)
{
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        state.function->serialize(state.place, out);
    }
    std::string hex;
    for (unsigned char c : bytes)
        hex += fmt::format("{:02X}", c);
    return hex;
}
}

TEST(AggregateFunctionsTest, CountSkipsNullsAndCountsRows)
{
    State count_rows(get("count", {}));
    count_rows.addRows(5);
    EXPECT_EQ(count_rows.result(), Field(UInt64(5)));

    auto nullable = column("Nullable(Int32)", {Field(Int64(1)), Field(), Field(Int64(3))});
    EXPECT_EQ(aggregate("count", {"Nullable(Int32)"}, {nullable}), Field(UInt64(2)));

    auto all_null = column("Nullable(Int32)", {Field(), Field()});
    EXPECT_EQ(aggregate("count", {"Nullable(Int32)"}, {all_null}), Field(UInt64(0)));
}

TEST(AggregateFunctionsTest, SumOfEachKind)
{
    EXPECT_EQ(aggregate("sum", {"UInt8"}, {column("UInt8", {UInt64(200), UInt64(100)})}), Field(UInt64(300)));
    EXPECT_EQ(aggregate("sum", {"Int32"}, {column("Int32", {Int64(-5), Int64(2)})}), Field(Int64(-3)));
    /// Integer sums wrap around like ClickHouse's.
    EXPECT_EQ(aggregate("sum", {"UInt64"}, {column("UInt64", {UInt64(-1), UInt64(2)})}), Field(UInt64(1)));
    EXPECT_EQ(aggregate("sum", {"Float64"}, {column("Float64", {0.5, 0.25})}), Field(0.75));
    /// sum(toDecimal32(1.25, 2)) over 4 rows is 5.00 as Decimal(38, 2).
    auto decimals = column("Decimal(9, 2)", {DecimalField<Int32>{125, 2}, DecimalField<Int32>{125, 2}, DecimalField<Int32>{125, 2}, DecimalField<Int32>{125, 2}});
    State decimal_sum(get("sum", {"Decimal(9, 2)"}));
    decimal_sum.add({decimals});
    auto result = decimal_sum.function->getResultType()->createColumn();
    decimal_sum.function->insertResultInto(decimal_sum.place, *result, &decimal_sum.arena);
    EXPECT_EQ(decimal_sum.function->getResultType()->getField(*result, 0), Field(DecimalField<Int128>{500, 2}));
}

TEST(AggregateFunctionsTest, FloatSumRoundsLikeClickHouse)
{
    /// sum(number / 3) FROM numbers(1000) in ClickHouse, summed in 16 interleaved lanes.
    std::vector<Field> values;
    for (UInt64 i = 0; i < 1000; ++i)
        values.emplace_back(static_cast<Float64>(i) / 3);
    Field sum = aggregate("sum", {"Float64"}, {column("Float64", values)});
    EXPECT_EQ(sum.get<Float64>(), 166500.0);
}

TEST(AggregateFunctionsTest, NullableSumAndAvg)
{
    auto values = column("Nullable(Int32)", {Field(Int64(1)), Field(), Field(Int64(3))});
    EXPECT_EQ(aggregate("sum", {"Nullable(Int32)"}, {values}), Field(Int64(4)));
    EXPECT_EQ(aggregate("avg", {"Nullable(Int32)"}, {values}), Field(2.0));

    auto nulls = column("Nullable(Int32)", {Field(), Field(), Field()});
    EXPECT_TRUE(aggregate("sum", {"Nullable(Int32)"}, {nulls}).isNull());
    EXPECT_TRUE(aggregate("min", {"Nullable(Int32)"}, {nulls}).isNull());
    EXPECT_TRUE(aggregate("argMax", {"Nullable(Int32)", "Nullable(Int32)"}, {nulls, nulls}).isNull());
    EXPECT_EQ(aggregate("uniq", {"Nullable(Int32)"}, {nulls}), Field(UInt64(0)));
}

TEST(AggregateFunctionsTest, AvgOfEmptyIsNanAndDecimalIsFloat)
{
    Field empty = aggregate("avg", {"Int32"}, {column("Int32", {})});
    EXPECT_TRUE(std::isnan(empty.get<Float64>()));
    auto decimals = column("Decimal(9, 2)", {DecimalField<Int32>{125, 2}, DecimalField<Int32>{150, 2}});
    EXPECT_EQ(aggregate("avg", {"Decimal(9, 2)"}, {decimals}), Field(1.375));
    EXPECT_EQ(aggregate("avg", {"UInt64"}, {numbers("UInt64", 4)}), Field(1.5));
}

TEST(AggregateFunctionsTest, MinMaxAnyAnyLast)
{
    auto ints = column("Int64", {Int64(3), Int64(-7), Int64(10), Int64(-7)});
    EXPECT_EQ(aggregate("min", {"Int64"}, {ints}), Field(Int64(-7)));
    EXPECT_EQ(aggregate("max", {"Int64"}, {ints}), Field(Int64(10)));
    EXPECT_EQ(aggregate("any", {"Int64"}, {ints}), Field(Int64(3)));
    EXPECT_EQ(aggregate("anyLast", {"Int64"}, {ints}), Field(Int64(-7)));

    auto strings = column("String", {"pear", "apple", "zoo", ""});
    EXPECT_EQ(aggregate("min", {"String"}, {strings}), Field(""));
    EXPECT_EQ(aggregate("max", {"String"}, {strings}), Field("zoo"));
    EXPECT_EQ(aggregate("any", {"String"}, {strings}), Field("pear"));

    /// Types without an order still work for any().
    auto arrays = column("Array(UInt8)", {Array{Field(UInt64(1)), Field(UInt64(2))}, Array{}});
    EXPECT_EQ(aggregate("any", {"Array(UInt8)"}, {arrays}), Field(Array{Field(UInt64(1)), Field(UInt64(2))}));
    EXPECT_EQ(aggregate("anyLast", {"Array(UInt8)"}, {arrays}), Field(Array{}));

    /// Over no rows: the type's default.
    EXPECT_EQ(aggregate("min", {"Int64"}, {column("Int64", {})}), Field(Int64(0)));
}

TEST(AggregateFunctionsTest, ArgMinArgMaxTakeFirstOfTies)
{
    auto names = column("String", {"a", "b", "c", "d"});
    auto scores = column("Int32", {Int64(5), Int64(1), Int64(9), Int64(1)});
    EXPECT_EQ(aggregate("argMin", {"String", "Int32"}, {names, scores}), Field("b"));
    EXPECT_EQ(aggregate("argMax", {"String", "Int32"}, {names, scores}), Field("c"));
    EXPECT_EQ(aggregate("argMax", {"Int32", "String"}, {scores, names}), Field(Int64(1)));
}

TEST(AggregateFunctionsTest, UniqIsExactForSmallSetsAndMatchesClickHouseAbove)
{
    auto repeated = column("UInt64", {UInt64(1), UInt64(2), UInt64(1), UInt64(3), UInt64(2)});
    EXPECT_EQ(aggregate("uniq", {"UInt64"}, {repeated}), Field(UInt64(3)));
    EXPECT_EQ(aggregate("uniqExact", {"UInt64"}, {repeated}), Field(UInt64(3)));

    /// SELECT uniq(number), uniq(number * 3) FROM numbers(100000) in ClickHouse.
    EXPECT_EQ(aggregate("uniq", {"UInt64"}, {numbers("UInt64", 100000)}), Field(UInt64(100315)));
    EXPECT_EQ(aggregate("uniq", {"UInt64"}, {numbers("UInt64", 100000, 3)}), Field(UInt64(100196)));
    EXPECT_EQ(aggregate("uniqExact", {"UInt64"}, {numbers("UInt64", 100000, 3)}), Field(UInt64(100000)));

    std::vector<Field> strings;
    for (UInt64 i = 0; i < 100000; ++i)
        strings.emplace_back(std::to_string(i));
    auto string_column = column("String", strings);
    /// With optimize_injective_functions_inside_uniq = 0, so ClickHouse really hashes the strings.
    EXPECT_EQ(aggregate("uniq", {"String"}, {string_column}), Field(UInt64(100401)));
    EXPECT_EQ(aggregate("uniqExact", {"String"}, {string_column}), Field(UInt64(100000)));
}

TEST(AggregateFunctionsTest, UniqOfSignedValuesAndTuples)
{
    /// SELECT uniq(toInt32(number) - 50000), uniq(number, toString(number)) FROM numbers(100000)
    /// SETTINGS optimize_injective_functions_inside_uniq = 0.
    std::vector<Field> shifted;
    std::vector<Field> texts;
    for (UInt64 i = 0; i < 100000; ++i)
    {
        shifted.emplace_back(static_cast<Int64>(i) - 50000);
        texts.emplace_back(std::to_string(i));
    }
    EXPECT_EQ(aggregate("uniq", {"Int32"}, {column("Int32", shifted)}), Field(UInt64(100523)));
    EXPECT_EQ(aggregate("uniq", {"UInt64", "String"}, {numbers("UInt64", 100000), column("String", texts)}), Field(UInt64(99603)));
    EXPECT_EQ(aggregate("uniqExact", {"UInt64", "String"}, {numbers("UInt64", 100000), column("String", texts)}), Field(UInt64(100000)));
}

TEST(AggregateFunctionsTest, IfCombinatorFiltersRows)
{
    auto values = column("UInt64", {UInt64(10), UInt64(20), UInt64(30)});
    auto condition = column("UInt8", {UInt64(1), UInt64(0), UInt64(1)});
    EXPECT_EQ(aggregate("sumIf", {"UInt64", "UInt8"}, {values, condition}), Field(UInt64(40)));
    EXPECT_EQ(aggregate("countIf", {"UInt8"}, {condition}), Field(UInt64(2)));
    EXPECT_EQ(aggregate("uniqIf", {"UInt64", "UInt8"}, {values, condition}), Field(UInt64(2)));
    EXPECT_EQ(aggregate("maxIf", {"UInt64", "UInt8"}, {values, condition}), Field(UInt64(30)));

    /// A NULL condition counts as false.
    auto nullable_condition = column("Nullable(UInt8)", {Field(UInt64(1)), Field(), Field(UInt64(1))});
    EXPECT_EQ(aggregate("sumIf", {"UInt64", "Nullable(UInt8)"}, {values, nullable_condition}), Field(UInt64(40)));
}

TEST(AggregateFunctionsTest, BatchesIntoManyPlaces)
{
    /// Groups as the aggregator hands them over: one state per row's group.
    auto function = get("sumIf", {"UInt64", "UInt8"});
    Arena arena;
    std::vector<char *> groups;
    for (int g = 0; g < 2; ++g)
    {
        groups.push_back(arena.alloc(function->sizeOfData(), function->alignOfData()));
        function->create(groups.back());
    }
    auto values = column("UInt64", {UInt64(1), UInt64(2), UInt64(3), UInt64(4)});
    auto condition = column("UInt8", {UInt64(1), UInt64(1), UInt64(0), UInt64(1)});
    std::vector<char *> places = {groups[0], groups[1], groups[0], groups[1]};
    const IColumn * columns[] = {values.get(), condition.get()};
    function->addBatch(4, places.data(), 0, columns, &arena, nullptr);
    auto result = function->getResultType()->createColumn();
    function->insertResultInto(groups[0], *result, &arena);
    function->insertResultInto(groups[1], *result, &arena);
    EXPECT_EQ((*result)[0], Field(UInt64(1)));
    EXPECT_EQ((*result)[1], Field(UInt64(6)));
    for (char * group : groups)
        function->destroy(group);
}

TEST(AggregateFunctionsTest, MergeOfPartialStates)
{
    State left(get("uniq", {"UInt64"}));
    State right(get("uniq", {"UInt64"}));
    left.add({numbers("UInt64", 60000)});
    right.add({numbers("UInt64", 40000, 2)});
    left.merge(right);
    EXPECT_EQ(left.result(), aggregate("uniq", {"UInt64"}, {column("UInt64", [] {
                                             std::vector<Field> all;
                                             for (UInt64 i = 0; i < 60000; ++i)
                                                 all.emplace_back(i);
                                             for (UInt64 i = 60000; i < 80000; i += 2)
                                                 all.emplace_back(i);
                                             return all;
                                         }())}));

    State min_left(get("min", {"String"}));
    State min_right(get("min", {"String"}));
    min_left.add({column("String", {"m"})});
    min_right.add({column("String", {"b"})});
    min_left.merge(min_right);
    EXPECT_EQ(min_left.result(), Field("b"));
}

TEST(AggregateFunctionsTest, StatesSerializeAsClickHouse)
{
    /// hex(sumState(toUInt64(5))), hex(countState()), hex(minState(toInt32(7))), hex(minState('ab')),
    /// hex(avgState(toInt32(3))), hex(uniqState(toUInt64(1))), hex(maxState(toNullable(toInt32(1)))).
    State sum(get("sum", {"UInt64"}));
    sum.add({column("UInt64", {UInt64(5)})});
    EXPECT_EQ(stateBytes(sum), "0500000000000000");

    State count(get("count", {}));
    count.addRows(1);
    EXPECT_EQ(stateBytes(count), "01");

    State min_int(get("min", {"Int32"}));
    min_int.add({column("Int32", {Int64(7)})});
    EXPECT_EQ(stateBytes(min_int), "0107000000");

    State min_string(get("min", {"String"}));
    min_string.add({column("String", {"ab"})});
    EXPECT_EQ(stateBytes(min_string), "03000000616200");

    State avg(get("avg", {"Int32"}));
    avg.add({column("Int32", {Int64(3)})});
    EXPECT_EQ(stateBytes(avg), "030000000000000001");

    State uniq(get("uniq", {"UInt64"}));
    uniq.add({column("UInt64", {UInt64(1)})});
    EXPECT_EQ(stateBytes(uniq), "00012CCBC234");

    /// hex(uniqState(toUInt64(1), 'a')): two arguments combine into one hash used as is.
    State uniq_pair(get("uniq", {"UInt64", "String"}));
    uniq_pair.add({column("UInt64", {UInt64(1)}), column("String", {"a"})});
    EXPECT_EQ(stateBytes(uniq_pair), "0001D67ED088");

    State uniq_string(get("uniq", {"String"}));
    uniq_string.add({column("String", {"a"})});
    EXPECT_EQ(stateBytes(uniq_string), "0001FD9FBFBC");

    State max_nullable(get("max", {"Nullable(Int32)"}));
    max_nullable.add({column("Nullable(Int32)", {Int64(1)})});
    EXPECT_EQ(stateBytes(max_nullable), "010101000000");
}

TEST(AggregateFunctionsTest, StatesRoundTrip)
{
    for (const char * name : {"sum", "avg", "min", "max", "any", "anyLast", "uniq", "uniqExact", "count"})
    {
        State original(get(name, {"Int32"}));
        original.add({column("Int32", {Int64(4), Int64(-2), Int64(9)})});
        std::string bytes;
        {
            WriteBufferFromString out(bytes);
            original.function->serialize(original.place, out);
        }
        State restored(get(name, {"Int32"}));
        ReadBufferFromMemory in(bytes);
        restored.function->deserialize(restored.place, in, &restored.arena);
        EXPECT_EQ(restored.result(), original.result()) << name;
    }

    State strings(get("argMax", {"String", "String"}));
    strings.add({column("String", {"x", "y"}), column("String", {"b", "a"})});
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        strings.function->serialize(strings.place, out);
    }
    State restored(get("argMax", {"String", "String"}));
    ReadBufferFromMemory in(bytes);
    restored.function->deserialize(restored.place, in, &restored.arena);
    EXPECT_EQ(restored.result(), Field("x"));
}

TEST(AggregateFunctionsTest, GroupArrayKeepsOrderAndLimit)
{
    auto values = column("Nullable(UInt32)", {Field(UInt64(1)), Field(), Field(UInt64(2))});
    EXPECT_EQ(get("groupArray", {"Nullable(UInt32)"})->getResultType()->getName(), "Array(UInt32)");
    EXPECT_EQ(aggregate("groupArray", {"Nullable(UInt32)"}, {values}), Field(Array{Field(UInt64(1)), Field(UInt64(2))}));

    State limited(get("groupArray", {"String"}, Array{Field(UInt64(1))}));
    limited.add({column("String", {"a", "b"})});
    EXPECT_EQ(limited.result(), Field(Array{Field("a")}));

    /// hex(groupArrayState(toUInt32(x))) over [1, 2].
    State state(get("groupArray", {"UInt32"}));
    state.add({column("UInt32", {UInt64(1), UInt64(2)})});
    EXPECT_EQ(stateBytes(state), "020100000002000000");

    try
    {
        get("groupArray", {"UInt8"}, Array{Field(UInt64(0))});
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::BAD_ARGUMENTS);
        EXPECT_EQ(e.message(), "Parameter for aggregate function groupArray should be positive number");
    }
}
