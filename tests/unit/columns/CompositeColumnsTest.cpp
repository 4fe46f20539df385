// Array, Tuple, Map and LowCardinality columns: row access, bulk operations, comparison,
// hashing and arena round trips.
#include <gtest/gtest.h>

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnLowCardinality.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "columns/ColumnTuple.h"
#include "columns/ColumnVector.h"

using namespace datastore;

namespace
{
std::shared_ptr<ColumnArray> makeArrays(const std::vector<std::vector<UInt64>> & rows)
{
    auto column = ColumnArray::create(ColumnUInt64::create());
    for (const auto & row : rows)
    {
        Array value;
        for (UInt64 element : row)
            value.push_back(Field(element));
        column->insert(Field(value));
    }
    return column;
}

Field arrayField(std::initializer_list<UInt64> elements)
{
    Array value;
    for (UInt64 element : elements)
        value.push_back(Field(element));
    return Field(value);
}

std::shared_ptr<ColumnLowCardinality> makeLowCardinality(const std::vector<std::string> & rows, bool nullable = false)
{
    auto column = ColumnLowCardinality::create(ColumnString::create(), nullable);
    for (const auto & row : rows)
        column->insert(row == "NULL" && nullable ? Field() : Field(row));
    return column;
}

template <typename Column>
std::vector<Field> rowsOf(const Column & column)
{
    std::vector<Field> result;
    for (size_t i = 0; i < column.size(); ++i)
        result.push_back(column[i]);
    return result;
}

/// Serializes every row into an arena and reads them back into an empty clone.
ColumnPtr arenaRoundTrip(const IColumn & column)
{
    Arena arena;
    std::vector<std::string_view> keys;
    for (size_t i = 0; i < column.size(); ++i)
    {
        const char * begin = nullptr;
        keys.push_back(column.serializeValueIntoArena(i, arena, begin));
        EXPECT_EQ(keys.back().data(), begin);
    }
    auto result = column.cloneEmpty();
    for (auto key : keys)
        EXPECT_EQ(result->deserializeAndInsertFromArena(key.data()), key.data() + key.size());
    return result;
}
}

TEST(ColumnArrayTest, InsertAndAccess)
{
    auto column = makeArrays({{1, 2, 3}, {}, {4}});
    EXPECT_EQ(column->getName(), "Array(UInt64)");
    ASSERT_EQ(column->size(), 3u);
    EXPECT_EQ((*column)[0], arrayField({1, 2, 3}));
    EXPECT_EQ((*column)[1], arrayField({}));
    EXPECT_EQ(column->sizeAt(2), 1u);
    EXPECT_EQ(column->getData().size(), 4u);
    EXPECT_THROW(column->insert(Field(UInt64(5))), Exception);
    EXPECT_EQ(column->size(), 3u);
}

TEST(ColumnArrayTest, BadElementLeavesColumnUnchanged)
{
    auto column = makeArrays({{1}});
    Array bad{Field(UInt64(2)), Field("text")};
    EXPECT_THROW(column->insert(Field(bad)), Exception);
    EXPECT_EQ(column->size(), 1u);
    EXPECT_EQ(column->getData().size(), 1u);
}

TEST(ColumnArrayTest, FilterPermuteCutReplicate)
{
    auto column = makeArrays({{1, 2}, {3}, {}, {4, 5, 6}});
    Filter filter{1, 0, 1, 1};
    auto filtered = column->filter(filter, -1);
    EXPECT_EQ(rowsOf(*filtered), (std::vector<Field>{arrayField({1, 2}), arrayField({}), arrayField({4, 5, 6})}));
    Filter wrong{1, 0};
    EXPECT_THROW(column->filter(wrong, -1), Exception);

    Permutation perm{3, 0, 2, 1};
    auto permuted = column->permute(perm, 2);
    EXPECT_EQ(rowsOf(*permuted), (std::vector<Field>{arrayField({4, 5, 6}), arrayField({1, 2})}));

    auto cut = column->cut(1, 3);
    EXPECT_EQ(rowsOf(*cut), (std::vector<Field>{arrayField({3}), arrayField({}), arrayField({4, 5, 6})}));

    PodArray<UInt64> offsets{2, 2, 3, 3};
    auto replicated = column->replicate(offsets);
    EXPECT_EQ(rowsOf(*replicated), (std::vector<Field>{arrayField({1, 2}), arrayField({1, 2}), arrayField({})}));

    auto copy = column->cloneEmpty();
    copy->insertRangeFrom(*column, 1, 3);
    copy->insertFrom(*column, 0);
    copy->popBack(2);
    EXPECT_EQ(rowsOf(*copy), (std::vector<Field>{arrayField({3}), arrayField({})}));
    EXPECT_EQ(static_cast<const ColumnArray &>(*copy).getData().size(), 1u);
}

TEST(ColumnArrayTest, CompareHashAndArena)
{
    auto column = makeArrays({{1, 2}, {1, 2, 0}, {1, 3}, {}, {1, 2}});
    EXPECT_LT(column->compareAt(0, 1, *column, 1), 0);
    EXPECT_LT(column->compareAt(1, 2, *column, 1), 0);
    EXPECT_GT(column->compareAt(0, 3, *column, 1), 0);
    EXPECT_EQ(column->compareAt(0, 4, *column, 1), 0);

    RowHashes hashes(column->size(), 0);
    column->updateHashes(hashes);
    EXPECT_EQ(hashes[0], hashes[4]);
    EXPECT_NE(hashes[0], hashes[1]);
    EXPECT_NE(hashes[3], hashes[0]);

    EXPECT_EQ(rowsOf(*arenaRoundTrip(*column)), rowsOf(*column));

    Permutation perm;
    column->getPermutation(false, 0, 1, perm);
    EXPECT_EQ(std::vector<UInt64>(perm.begin(), perm.end()), (std::vector<UInt64>{3, 0, 4, 1, 2}));
}

TEST(ColumnArrayTest, NestedArraysOfStrings)
{
    auto column = ColumnArray::create(ColumnArray::create(ColumnString::create()));
    Array inner1{Field("a"), Field("bc")};
    Array inner2{};
    column->insert(Field(Array{Field(inner1), Field(inner2)}));
    column->insert(Field(Array{}));
    EXPECT_EQ(column->getName(), "Array(Array(String))");
    EXPECT_EQ((*column)[0], Field(Array{Field(inner1), Field(inner2)}));
    EXPECT_EQ(rowsOf(*arenaRoundTrip(*column)), rowsOf(*column));
    Filter filter{0, 1};
    EXPECT_EQ(rowsOf(*column->filter(filter, -1)), (std::vector<Field>{Field(Array{})}));
}

TEST(ColumnTupleTest, Basics)
{
    auto column = ColumnTuple::create(Columns{ColumnUInt64::create(), ColumnString::create()});
    column->insert(Field(Tuple{Field(UInt64(2)), Field("b")}));
    column->insert(Field(Tuple{Field(UInt64(1)), Field("z")}));
    column->insert(Field(Tuple{Field(UInt64(2)), Field("a")}));
    EXPECT_EQ(column->getName(), "Tuple(UInt64, String)");
    EXPECT_EQ((*column)[1], Field(Tuple{Field(UInt64(1)), Field("z")}));

    EXPECT_THROW(column->insert(Field(Tuple{Field(UInt64(1))})), Exception);
    try
    {
        column->insert(Field(Tuple{Field(UInt64(1)), Field(UInt64(2))}));
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::BAD_TYPE_OF_FIELD);
    }
    EXPECT_EQ(column->size(), 3u);
    EXPECT_EQ(column->getColumn(0).size(), 3u);

    EXPECT_GT(column->compareAt(0, 1, *column, 1), 0);
    EXPECT_GT(column->compareAt(0, 2, *column, 1), 0);

    Permutation perm;
    column->getPermutation(false, 0, 1, perm);
    EXPECT_EQ(std::vector<UInt64>(perm.begin(), perm.end()), (std::vector<UInt64>{1, 2, 0}));

    Filter filter{1, 0, 1};
    auto filtered = column->filter(filter, -1);
    EXPECT_EQ(filtered->size(), 2u);
    EXPECT_EQ((*filtered)[1], Field(Tuple{Field(UInt64(2)), Field("a")}));
    EXPECT_EQ(rowsOf(*arenaRoundTrip(*column)), rowsOf(*column));
    EXPECT_EQ(rowsOf(*column->permute(Permutation{2, 0}, 0)), (std::vector<Field>{(*column)[2], (*column)[0]}));

    RowHashes hashes(3, 0);
    column->updateHashes(hashes);
    EXPECT_NE(hashes[0], hashes[2]);
}

TEST(ColumnMapTest, Basics)
{
    auto column = ColumnMap::create(ColumnString::create(), ColumnUInt64::create());
    Map row{Field(Tuple{Field("a"), Field(UInt64(1))}), Field(Tuple{Field("b"), Field(UInt64(2))})};
    column->insert(Field(row));
    column->insertDefault();
    column->insert(Field(Map{Field(Tuple{Field("c"), Field(UInt64(3))})}));
    EXPECT_EQ(column->getName(), "Map(String, UInt64)");
    EXPECT_EQ(column->size(), 3u);
    EXPECT_EQ((*column)[0], Field(row));
    EXPECT_EQ((*column)[1], Field(Map{}));
    EXPECT_EQ(column->getKeys().size(), 3u);
    EXPECT_EQ(column->getValues()[2], Field(UInt64(3)));

    EXPECT_THROW(column->insert(Field(Map{Field(Tuple{Field("x")})})), Exception);
    EXPECT_EQ(column->size(), 3u);
    EXPECT_EQ(column->getKeys().size(), 3u);

    Filter filter{1, 0, 1};
    auto filtered = column->filter(filter, -1);
    EXPECT_NE(filtered->as<ColumnMap>(), nullptr);
    EXPECT_EQ((*filtered)[1], (*column)[2]);
    EXPECT_EQ(rowsOf(*arenaRoundTrip(*column)), rowsOf(*column));
    EXPECT_THROW(ColumnMap::create(ColumnArray::create(ColumnUInt64::create())), Exception);
}

TEST(ColumnLowCardinalityTest, DictionaryLayout)
{
    auto column = makeLowCardinality({"b", "a", "b", "", "a"});
    EXPECT_EQ(column->getName(), "LowCardinality(String)");
    EXPECT_EQ(column->getDictionary().size(), 3u);
    EXPECT_EQ(column->getDictionary()[0], Field(""));
    EXPECT_EQ(column->getPositionAt(0), column->getPositionAt(2));
    EXPECT_EQ(column->getPositionAt(3), 0u);
    EXPECT_EQ((*column)[4], Field("a"));
    EXPECT_EQ(column->getDataAt(0), "b");

    auto nullable = makeLowCardinality({"x", "NULL", "", "x"}, true);
    EXPECT_EQ(nullable->getName(), "LowCardinality(Nullable(String))");
    EXPECT_EQ(nullable->getDictionary().size(), 3u);
    EXPECT_EQ(nullable->getPositionAt(1), 0u);
    EXPECT_EQ(nullable->getPositionAt(2), 1u);
    EXPECT_TRUE(nullable->isNullAt(1));
    EXPECT_FALSE(nullable->isNullAt(2));
    EXPECT_EQ((*nullable)[1], Field());
    EXPECT_EQ((*nullable)[2], Field(""));
    nullable->insertDefault();
    EXPECT_TRUE(nullable->isNullAt(4));
}

TEST(ColumnLowCardinalityTest, ManyValuesGrowTheIndex)
{
    auto column = ColumnLowCardinality::create(ColumnUInt64::create(), false);
    for (UInt64 round = 0; round < 3; ++round)
        for (UInt64 i = 0; i < 1000; ++i)
            column->insert(Field(i * 7));
    EXPECT_EQ(column->size(), 3000u);
    EXPECT_EQ(column->getDictionary().size(), 1000u);
    for (size_t i = 0; i < 1000; ++i)
        ASSERT_EQ(column->getPositionAt(i), column->getPositionAt(i + 2000));
    EXPECT_EQ((*column)[2999], Field(UInt64(999 * 7)));
}

TEST(ColumnLowCardinalityTest, BulkOperationsShareDictionary)
{
    auto column = makeLowCardinality({"b", "a", "NULL", "c", "a"}, true);
    Filter filter{1, 0, 1, 0, 1};
    auto filtered = column->filter(filter, -1);
    EXPECT_EQ(rowsOf(*filtered), (std::vector<Field>{Field("b"), Field(), Field("a")}));
    auto permuted = column->permute(Permutation{3, 2, 1}, 0);
    EXPECT_EQ(rowsOf(*permuted), (std::vector<Field>{Field("c"), Field(), Field("a")}));
    EXPECT_EQ(rowsOf(*column->cut(1, 2)), (std::vector<Field>{Field("a"), Field()}));
    EXPECT_EQ(rowsOf(*column->replicate(PodArray<UInt64>{0, 2, 2, 3, 3})), (std::vector<Field>{Field("a"), Field("a"), Field("c")}));

    /// Inserting into a result that shares the dictionary must not change the original.
    auto mutable_result = IColumn::mutate(filtered);
    mutable_result->insert(Field("new"));
    EXPECT_EQ(column->getDictionary().size(), 5u);
    EXPECT_EQ((*mutable_result)[3], Field("new"));
    EXPECT_EQ(rowsOf(*column), (std::vector<Field>{Field("b"), Field("a"), Field(), Field("c"), Field("a")}));
}

TEST(ColumnLowCardinalityTest, InsertFromOtherDictionary)
{
    auto left = makeLowCardinality({"x", "y"}, true);
    auto right = makeLowCardinality({"y", "NULL", "z", "y"}, true);
    left->insertRangeFrom(*right, 0, 4);
    left->insertFrom(*right, 2);
    EXPECT_EQ(rowsOf(*left), (std::vector<Field>{Field("x"), Field("y"), Field("y"), Field(), Field("z"), Field("y"), Field("z")}));
    EXPECT_EQ(left->getDictionary().size(), 5u);
    EXPECT_EQ(left->compareAt(1, 2, *left, 1), 0);
    EXPECT_EQ(left->compareAt(1, 0, *right, 1), 0);
    EXPECT_GT(left->compareAt(3, 0, *left, 1), 0);
    EXPECT_LT(left->compareAt(3, 0, *left, -1), 0);
    EXPECT_LT(left->compareAt(0, 1, *left, 1), 0);
}

TEST(ColumnLowCardinalityTest, HashesMatchAcrossDictionaries)
{
    auto left = makeLowCardinality({"a", "b", "NULL"}, true);
    auto right = makeLowCardinality({"b", "NULL", "a"}, true);
    RowHashes left_hashes(3, 0), right_hashes(3, 0);
    left->updateHashes(left_hashes);
    right->updateHashes(right_hashes);
    EXPECT_EQ(left_hashes[0], right_hashes[2]);
    EXPECT_EQ(left_hashes[1], right_hashes[0]);
    EXPECT_EQ(left_hashes[2], right_hashes[1]);
    EXPECT_NE(left_hashes[0], left_hashes[1]);
}

TEST(ColumnLowCardinalityTest, ArenaAndFullColumn)
{
    auto column = makeLowCardinality({"a", "NULL", "b", "a"}, true);
    EXPECT_EQ(rowsOf(*arenaRoundTrip(*column)), rowsOf(*column));

    auto full = column->convertToFullColumnIfLowCardinality();
    ASSERT_NE(full->as<ColumnNullable>(), nullptr);
    EXPECT_EQ(full->getName(), "Nullable(String)");
    EXPECT_EQ(rowsOf(*full), rowsOf(*column));

    /// Arena bytes equal those of the full column, so mixed keys group together.
    Arena arena;
    const char * begin = nullptr;
    auto from_low_cardinality = std::string(column->serializeValueIntoArena(2, arena, begin));
    begin = nullptr;
    auto from_full = std::string(full->serializeValueIntoArena(2, arena, begin));
    EXPECT_EQ(from_low_cardinality, from_full);

    auto back = ColumnLowCardinality::create(ColumnString::create(), true);
    back->insertRangeFromFullColumn(*full, 0, full->size());
    EXPECT_EQ(rowsOf(*back), rowsOf(*column));

    auto plain = makeLowCardinality({"q", "r"});
    auto plain_full = plain->convertToFullColumnIfLowCardinality();
    EXPECT_EQ(plain_full->getName(), "String");
    EXPECT_EQ(rowsOf(*plain_full), rowsOf(*plain));

    auto array = ColumnArray::create(column, ColumnArray::Offsets{1, 4});
    auto full_array = array->convertToFullColumnIfLowCardinality();
    EXPECT_EQ(full_array->getName(), "Array(Nullable(String))");
    EXPECT_EQ(rowsOf(*full_array), rowsOf(*array));
}

TEST(ColumnLowCardinalityTest, SortAndPermutation)
{
    auto column = makeLowCardinality({"c", "a", "NULL", "b"}, true);
    Permutation perm;
    column->getPermutation(false, 0, 1, perm);
    EXPECT_EQ(std::vector<UInt64>(perm.begin(), perm.end()), (std::vector<UInt64>{1, 3, 0, 2}));
    EXPECT_THROW(ColumnLowCardinality::create(ColumnNullable::create(ColumnString::create()), false), Exception);
}
