// MergeTree end to end on a temporary directory: parts written and read back, the files of
// a part, partition pruning, granule skipping, merges, OPTIMIZE FINAL, crash recovery and
// corruption detection.
#include "base/Exception.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "storage/mergetree/MergeTreeDataPart.h"
#include "storage/mergetree/StorageMergeTree.h"
#include "TestColumns.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

using namespace datastore;
using namespace datastore::storage;
namespace fs = std::filesystem;

namespace
{
using test::type;

ColumnsDescription tableColumns()
{
    return test::columnsOf({ { "id", "UInt64" }, { "name", "String" }, { "month", "UInt32" } });
}

class MergeTreeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        root = fs::temp_directory_path()
            / ("ds_mergetree_" + std::to_string(::getpid()) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root);
        path = (root / "t").string() + "/";
    }
    void TearDown() override
    {
        storage.reset();
        fs::remove_all(root);
    }

    std::shared_ptr<StorageMergeTree> open(bool partitioned, UInt64 granularity)
    {
        auto columns = tableColumns();
        MergeTreeSettings settings;
        settings.index_granularity = granularity;
        KeyDescription partition_key = partitioned ? KeyDescription::fromColumns({ "month" }, columns) : KeyDescription {};
        return std::make_shared<StorageMergeTree>(
            StorageID { "db", "t" }, columns, path, partition_key, KeyDescription::fromColumns({ "id" }, columns), KeyDescription {},
            settings);
    }

    static Block makeBlock(const std::vector<UInt64> & ids, UInt32 month = 202602)
    {
        auto id = type("UInt64")->createColumn();
        auto name = type("String")->createColumn();
        auto months = type("UInt32")->createColumn();
        for (UInt64 v : ids)
        {
            id->insert(Field(v));
            name->insert(Field("n" + std::to_string(v)));
            months->insert(Field(static_cast<UInt64>(month)));
        }
        return Block({ { std::move(id), type("UInt64"), "id" },
                       { std::move(name), type("String"), "name" },
                       { std::move(months), type("UInt32"), "month" } });
    }

    static std::vector<std::string> readAll(const exec::BlockStreams & streams, size_t * blocks = nullptr)
    {
        std::vector<std::string> rows;
        for (const auto & stream : streams)
            while (Block block = stream->read())
            {
                if (blocks)
                    ++*blocks;
                for (size_t row = 0; row < block.rows(); ++row)
                {
                    std::string text;
                    for (const auto & column : block)
                        text += (text.empty() ? "" : "|") + (*column.column)[row].dump();
                    rows.push_back(text);
                }
            }
        return rows;
    }

    std::vector<std::string> partNames() const
    {
        std::vector<std::string> names;
        for (const auto & part : storage->getParts(false))
            names.push_back(part.name);
        return names;
    }

    fs::path root;
    std::string path;
    std::shared_ptr<StorageMergeTree> storage;
};

sql::ASTPtr compare(const std::string & function, const std::string & column, UInt64 value)
{
    return sql::makeASTFunction(
        function,
        { std::make_shared<sql::ASTIdentifier>(std::vector<std::string> { column }), std::make_shared<sql::ASTLiteral>(Field(value)) });
}
}

TEST_F(MergeTreeTest, WritesSortedPartAndReadsItBack)
{
    storage = open(false, 4);
    storage->insertBlocks({ makeBlock({ 5, 3, 9, 1, 7, 2, 8, 0, 6, 4 }) });
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_1_1_0" });
    auto rows = readAll(storage->readWithRanges({ "id", "name" }, {}, 1, 65536, nullptr));
    ASSERT_EQ(rows.size(), 10u);
    for (size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i], std::to_string(i) + "|'n" + std::to_string(i) + "'");

    std::string part = path + "all_1_1_0/";
    for (const char * file : { "id.bin", "id.mrk2", "name.bin", "name.mrk2", "month.bin", "month.mrk2", "primary.idx", "count.txt",
                               "columns.txt", "checksums.txt", "default_compression_codec.txt" })
        EXPECT_TRUE(fs::exists(part + file)) << file;
    EXPECT_FALSE(fs::exists(part + "partition.dat"));
    EXPECT_EQ(readPartFile(part + "count.txt"), "10");
    EXPECT_EQ(readPartFile(part + "columns.txt"), "columns format version: 1\n3 columns:\n`id` UInt64\n`name` String\n`month` UInt32\n");
    EXPECT_EQ(readPartFile(part + "default_compression_codec.txt"), "CODEC(LZ4)");
    /// 10 rows in granules of 4: 3 granules + the final mark, 24 bytes each.
    EXPECT_EQ(fs::file_size(part + "id.mrk2"), 4u * 24);
    /// primary.idx: id at rows 0, 4, 8 and the last row, 8 bytes each.
    std::string index = readPartFile(part + "primary.idx");
    ASSERT_EQ(index.size(), 32u);
    UInt64 keys[4];
    std::memcpy(keys, index.data(), 32);
    EXPECT_EQ(keys[0], 0u);
    EXPECT_EQ(keys[1], 4u);
    EXPECT_EQ(keys[2], 8u);
    EXPECT_EQ(keys[3], 9u);

    auto parts = storage->getParts(false);
    EXPECT_EQ(parts[0].rows, 10u);
    EXPECT_EQ(parts[0].marks, 4u);
    EXPECT_EQ(parts[0].partition, "tuple()");
    EXPECT_GT(storage->getColumnSizes()["name"].data_uncompressed, 0u);
    EXPECT_EQ(storage->totalRows(), 10u);
}

TEST_F(MergeTreeTest, CountOnlyAndParallelStreams)
{
    storage = open(false, 3);
    std::vector<UInt64> ids;
    for (UInt64 i = 0; i < 100; ++i)
        ids.push_back(99 - i);
    storage->insertBlocks({ makeBlock(ids) });
    auto streams = storage->readWithRanges({}, {}, 1, 65536, nullptr);
    size_t rows = 0;
    for (const auto & stream : streams)
        while (Block block = stream->read())
            rows += block.rows();
    EXPECT_EQ(rows, 100u);

    streams = storage->readWithRanges({ "id" }, {}, 4, 7, nullptr);
    EXPECT_EQ(streams.size(), 4u);
    size_t blocks = 0;
    auto all = readAll(streams, &blocks);
    EXPECT_EQ(all.size(), 100u);
    /// Blocks hold whole granules of 3 rows: at most 7 rows means 2 granules per block.
    EXPECT_GE(blocks, 17u);
}

TEST_F(MergeTreeTest, InsertMakesOnePartPerPartitionAndPrunes)
{
    storage = open(true, 8192);
    Block block = makeBlock({ 1, 2, 3 }, 202601);
    Block other = makeBlock({ 4, 5 }, 202602);
    for (size_t i = 0; i < block.columns(); ++i)
    {
        auto column = IColumn::mutate(block.getByPosition(i).column);
        column->insertRangeFrom(*other.getByPosition(i).column, 0, 2);
        block.getByPosition(i).column = std::move(column);
    }
    storage->insertBlocks({ block });
    EXPECT_EQ(partNames(), (std::vector<std::string> { "202601_1_1_0", "202602_2_2_0" }));
    EXPECT_EQ(readPartFile(path + "202602_2_2_0/count.txt"), "2");
    EXPECT_TRUE(fs::exists(path + "202602_2_2_0/minmax_month.idx"));
    EXPECT_TRUE(fs::exists(path + "202602_2_2_0/partition.dat"));
    EXPECT_EQ(storage->getParts(false)[1].partition, "202602");

    ReadStatistics statistics;
    auto ranges = KeyRanges::fromFilter(compare("equals", "month", 202602), storage->getColumns());
    auto rows = readAll(storage->readWithRanges({ "id" }, ranges, 1, 65536, &statistics));
    EXPECT_EQ(rows, (std::vector<std::string> { "4", "5" }));
    EXPECT_EQ(statistics.parts_total, 2u);
    EXPECT_EQ(statistics.parts_selected, 1u);
}

TEST_F(MergeTreeTest, SkipsGranulesByPrimaryKey)
{
    storage = open(false, 10);
    std::vector<UInt64> ids;
    for (UInt64 i = 0; i < 100; ++i)
        ids.push_back(i);
    storage->insertBlocks({ makeBlock(ids) });
    auto filter = sql::makeASTFunction("and", { compare("greaterOrEquals", "id", 35), compare("less", "id", 52) });
    ReadStatistics statistics;
    auto rows = readAll(storage->readWithRanges({ "id" }, KeyRanges::fromFilter(filter, storage->getColumns()), 2, 65536, &statistics));
    EXPECT_EQ(statistics.granules_total, 10u);
    EXPECT_EQ(statistics.granules_selected, 3u);
    EXPECT_EQ(statistics.rows_selected, 30u);
    EXPECT_EQ(rows.size(), 30u);
    EXPECT_EQ(rows.front(), "30");
    EXPECT_EQ(rows.back(), "59");

    /// A literal the column's type cannot hold does not prune (and does not crash).
    auto loose = KeyRanges::fromFilter(compare("equals", "name", 3), storage->getColumns());
    EXPECT_TRUE(loose.empty());
    ReadStatistics none;
    readAll(
        storage->readWithRanges({ "id" }, KeyRanges::fromFilter(compare("greater", "id", 1000), storage->getColumns()), 1, 65536, &none));
    EXPECT_EQ(none.granules_selected, 0u);
}

TEST_F(MergeTreeTest, MergesAndOptimizeFinal)
{
    storage = open(false, 4);
    storage->insertBlocks({ makeBlock({ 5, 1 }), makeBlock({ 4, 2 }), makeBlock({ 3, 0 }) });
    EXPECT_EQ(partNames(), (std::vector<std::string> { "all_1_1_0", "all_2_2_0", "all_3_3_0" }));
    EXPECT_TRUE(storage->mergeOnce());
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_1_3_1" });
    EXPECT_FALSE(fs::exists(path + "all_1_1_0"));
    auto rows = readAll(storage->readWithRanges({ "id" }, {}, 1, 65536, nullptr));
    EXPECT_EQ(rows, (std::vector<std::string> { "0", "1", "2", "3", "4", "5" }));
    EXPECT_FALSE(storage->mergeOnce());

    storage->insertBlocks({ makeBlock({ 10 }) });
    storage->optimizeParts("", true);
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_1_4_2" });
    /// FINAL rewrites a partition even when it has one part.
    storage->optimizeParts("", true);
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_1_4_3" });
    EXPECT_EQ(storage->totalRows(), 7u);
}

TEST_F(MergeTreeTest, MergeInterleavesManyGranulesInKeyOrder)
{
    storage = open(false, 4);
    Blocks blocks;
    for (UInt64 start = 0; start < 3; ++start)
    {
        std::vector<UInt64> ids;
        for (UInt64 v = start; v < 150; v += 3)
            ids.push_back(v);
        blocks.push_back(makeBlock(ids));
    }
    /// Equal keys in two parts: the earlier part's row comes first after the merge.
    Block first = makeBlock({ 1000 });
    Block second = makeBlock({ 1000 });
    auto name = type("String")->createColumn();
    name->insert(Field("second"));
    second.getByName("name").column = std::move(name);
    blocks.push_back(first);
    blocks.push_back(second);
    storage->insertBlocks(blocks);
    EXPECT_EQ(storage->getParts(false).size(), 5u);
    storage->optimizeParts("", true);
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_1_5_1" });
    auto rows = readAll(storage->readWithRanges({ "id", "name" }, {}, 1, 65536, nullptr));
    ASSERT_EQ(rows.size(), 152u);
    for (size_t i = 0; i < 150; ++i)
        EXPECT_EQ(rows[i], std::to_string(i) + "|'n" + std::to_string(i) + "'");
    EXPECT_EQ(rows[150], "1000|'n1000'");
    EXPECT_EQ(rows[151], "1000|'second'");
    EXPECT_EQ(storage->getParts(false)[0].marks, 39u); /// 152 rows in granules of 4, plus the final mark
}

TEST_F(MergeTreeTest, WithoutSortingKeyKeepsInsertOrder)
{
    auto columns = tableColumns();
    MergeTreeSettings settings;
    settings.index_granularity = 2;
    storage = std::make_shared<StorageMergeTree>(
        StorageID { "db", "t" }, columns, path, KeyDescription {}, KeyDescription {}, KeyDescription {}, settings);
    storage->insertBlocks({ makeBlock({ 3, 1, 2 }), makeBlock({ 9, 0 }) });
    EXPECT_FALSE(fs::exists(path + "all_1_1_0/primary.idx"));
    storage->optimizeParts("", true);
    EXPECT_EQ(readAll(storage->readWithRanges({ "id" }, {}, 1, 65536, nullptr)), (std::vector<std::string> { "3", "1", "2", "9", "0" }));
    EXPECT_EQ(storage->getKeyDescriptions()["sorting_key"], "");
}

TEST_F(MergeTreeTest, BackgroundMergesRun)
{
    storage = open(false, 8192);
    storage->startup();
    for (UInt64 i = 0; i < 6; ++i)
        storage->insertBlocks({ makeBlock({ i }) });
    for (int attempt = 0; attempt < 100 && storage->getParts(false).size() > 1; ++attempt)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(storage->getParts(false).size(), 1u);
    storage->shutdown();
    EXPECT_EQ(storage->totalRows(), 6u);
}

TEST_F(MergeTreeTest, RecoversAfterCrash)
{
    storage = open(false, 4);
    storage->insertBlocks({ makeBlock({ 1 }), makeBlock({ 2 }) });
    /// Simulate a crash after the merge's rename but before its sources were deleted,
    /// and an insert that never reached its rename.
    fs::copy(path + "all_1_1_0", root / "saved_part", fs::copy_options::recursive);
    storage->optimizeParts("", true);
    storage.reset();
    fs::copy(root / "saved_part", path + "all_1_1_0", fs::copy_options::recursive);
    fs::create_directories(path + "tmp_insert_all_3_3_0");
    std::ofstream(path + "tmp_insert_all_3_3_0/id.bin") << "garbage";

    storage = open(false, 4);
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_1_2_1" });
    EXPECT_FALSE(fs::exists(path + "all_1_1_0"));
    EXPECT_FALSE(fs::exists(path + "tmp_insert_all_3_3_0"));
    /// Block numbers continue after the highest one on disk.
    storage->insertBlocks({ makeBlock({ 3 }) });
    EXPECT_EQ(partNames(), (std::vector<std::string> { "all_1_2_1", "all_3_3_0" }));
    EXPECT_EQ(storage->totalRows(), 3u);
}

TEST_F(MergeTreeTest, DetectsCorruption)
{
    storage = open(false, 4);
    storage->insertBlocks({ makeBlock({ 1, 2, 3 }) });
    {
        std::fstream file(path + "all_1_1_0/name.bin", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(30);
        file.put('\x7f');
    }
    try
    {
        readAll(storage->readWithRanges({ "name" }, {}, 1, 65536, nullptr));
        FAIL() << "corruption not detected";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::CHECKSUM_DOESNT_MATCH);
    }
    /// A part whose files disagree with checksums.txt is set aside at load.
    storage.reset();
    std::ofstream(path + "all_1_1_0/count.txt", std::ios::app) << "0";
    storage = open(false, 4);
    EXPECT_TRUE(partNames().empty());
    EXPECT_TRUE(fs::exists(path + "detached/broken_all_1_1_0"));
}

TEST_F(MergeTreeTest, TruncateRenameDrop)
{
    storage = open(false, 4);
    storage->insertBlocks({ makeBlock({ 1, 2 }) });
    storage->truncate();
    EXPECT_TRUE(partNames().empty());
    EXPECT_FALSE(fs::exists(path + "all_1_1_0"));
    storage->insertBlocks({ makeBlock({ 3 }) });
    EXPECT_EQ(partNames(), std::vector<std::string> { "all_2_2_0" });

    std::string renamed = (root / "renamed").string() + "/";
    storage->rename(StorageID { "db", "t2" }, renamed);
    EXPECT_FALSE(fs::exists(path));
    EXPECT_TRUE(fs::exists(renamed + "all_2_2_0/count.txt"));
    EXPECT_EQ(readAll(storage->readWithRanges({ "id" }, {}, 1, 65536, nullptr)), std::vector<std::string> { "3" });
    storage->drop();
    EXPECT_FALSE(fs::exists(renamed));
}

TEST_F(MergeTreeTest, PartitionIds)
{
    auto row = [](const std::string & type_name, const Field & value)
    {
        auto column = type(type_name)->createColumn();
        column->insert(value);
        Block block;
        block.insert({ std::move(column), type(type_name), "p" });
        return block;
    };
    EXPECT_EQ(StorageMergeTree::computePartitionId({}), "all");
    EXPECT_EQ(StorageMergeTree::computePartitionId(row("UInt32", Field(UInt64(202602)))), "202602");
    EXPECT_EQ(StorageMergeTree::computePartitionId(row("Int8", Field(Int64(-3)))), "-3");
    /// Date partitions are named YYYYMMDD: day 20507 is 2026-02-23.
    EXPECT_EQ(StorageMergeTree::computePartitionId(row("Date", Field(UInt64(20507)))), "20260223");
    /// Other keys are named by SipHash-128 of the values, as ClickHouse 24 names them.
    EXPECT_EQ(StorageMergeTree::computePartitionId(row("String", Field("abc"))), "f815b3f19bae3563399d3c6214a8ed43");
    EXPECT_EQ(StorageMergeTree::computePartitionId(row("String", Field(""))), "f64abffc6c96f8ef72c783f1b9426e19");
    Block pair = row("UInt8", Field(UInt64(1)));
    auto text = type("String")->createColumn();
    text->insert(Field("abc"));
    pair.insert({ std::move(text), type("String"), "s" });
    EXPECT_EQ(StorageMergeTree::computePartitionId(pair), "28fc48273dec924a3d787cb9fef4bef2");
}

TEST(MergeTreePartInfo, ParsesNames)
{
    auto info = MergeTreePartInfo::tryParsePartName("202602_1_15_2");
    ASSERT_TRUE(info);
    EXPECT_EQ(info->partition_id, "202602");
    EXPECT_EQ(info->min_block, 1);
    EXPECT_EQ(info->max_block, 15);
    EXPECT_EQ(info->level, 2u);
    EXPECT_EQ(info->getPartName(), "202602_1_15_2");
    EXPECT_FALSE(MergeTreePartInfo::tryParsePartName("tmp_insert_all_1_1_0"));
    EXPECT_FALSE(MergeTreePartInfo::tryParsePartName("detached"));
    EXPECT_FALSE(MergeTreePartInfo::tryParsePartName("all_5_1_0"));
    EXPECT_TRUE((MergeTreePartInfo { "all", 1, 5, 1 }.contains(MergeTreePartInfo { "all", 2, 2, 0 })));
    EXPECT_FALSE((MergeTreePartInfo { "all", 1, 5, 1 }.contains(MergeTreePartInfo { "x", 2, 2, 0 })));
}

TEST(MergeTreeSettings, RejectsUnknown)
{
    MergeTreeSettings settings;
    settings.set("index_granularity", Field(UInt64(128)));
    EXPECT_EQ(settings.index_granularity, 128u);
    try
    {
        settings.set("no_such_setting", Field(UInt64(1)));
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::UNKNOWN_SETTING);
    }
}
