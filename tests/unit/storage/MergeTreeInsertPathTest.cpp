// The INSERT path hands the part writer unsorted columns and a permutation, and the writer
// sorts, serializes and compresses columns on two threads: the parts must be byte for byte
// those of already sorted input, with one part per partition (a one-row partition included).
#include "storage/mergetree/MergeTreeDataPart.h"
#include "storage/mergetree/StorageMergeTree.h"
#include "TestColumns.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <random>
#include <unistd.h>

using namespace datastore;
using namespace datastore::storage;
namespace fs = std::filesystem;

namespace
{
using test::type;

ColumnsDescription tableColumns()
{
    return test::columnsOf({ { "id", "UInt64" }, { "name", "String" }, { "month", "UInt32" }, { "tag", "LowCardinality(String)" } });
}

struct Row
{
    UInt64 id;
    UInt32 month;
};

Block makeBlock(const std::vector<Row> & rows)
{
    auto id = type("UInt64")->createColumn();
    auto name = type("String")->createColumn();
    auto month = type("UInt32")->createColumn();
    auto tag = type("LowCardinality(String)")->createColumn();
    for (const auto & row : rows)
    {
        id->insert(Field(row.id));
        name->insert(Field("name-" + std::to_string(row.id * 7919 % 100003)));
        month->insert(Field(static_cast<UInt64>(row.month)));
        tag->insert(Field("t" + std::to_string(row.id % 13)));
    }
    return Block({ { std::move(id), type("UInt64"), "id" },
                   { std::move(name), type("String"), "name" },
                   { std::move(month), type("UInt32"), "month" },
                   { std::move(tag), type("LowCardinality(String)"), "tag" } });
}

class MergeTreeInsertPathTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        root = fs::temp_directory_path() / ("ds_insert_path_" + std::to_string(::getpid()));
        fs::remove_all(root);
    }
    void TearDown() override { fs::remove_all(root); }

    std::shared_ptr<StorageMergeTree> open(const std::string & name)
    {
        auto columns = tableColumns();
        MergeTreeSettings settings;
        settings.index_granularity = 1000;
        return std::make_shared<StorageMergeTree>(
            StorageID { "db", name }, columns, (root / name).string() + "/", KeyDescription::fromColumns({ "month" }, columns),
            KeyDescription::fromColumns({ "tag", "id" }, columns), KeyDescription {}, settings);
    }

    fs::path root;
};
}

TEST_F(MergeTreeInsertPathTest, ShuffledInputGivesTheSamePartsAsSorted)
{
    std::vector<Row> rows;
    for (UInt64 i = 0; i < 30000; ++i)
        rows.push_back({ i, i % 2 ? 202601u : 202603u });
    rows.push_back({ 30000, 202602 });
    std::vector<Row> shuffled = rows;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(42));
    std::vector<Row> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const Row & a, const Row & b)
    {
        std::string tag_a = "t" + std::to_string(a.id % 13), tag_b = "t" + std::to_string(b.id % 13);
        return std::tie(a.month, tag_a, a.id) < std::tie(b.month, tag_b, b.id);
    });

    auto from_shuffled = open("a");
    auto from_sorted = open("b");
    from_shuffled->insertBlocks({ makeBlock(shuffled) });
    from_sorted->insertBlocks({ makeBlock(sorted) });

    std::vector<std::string> parts;
    for (const auto & part : from_shuffled->getParts(false))
        parts.push_back(part.name);
    EXPECT_EQ(parts, (std::vector<std::string> { "202601_1_1_0", "202602_2_2_0", "202603_3_3_0" }));
    EXPECT_EQ(readPartFile((root / "a" / "202602_2_2_0" / "count.txt").string()), "1");
    EXPECT_EQ(readPartFile((root / "a" / "202601_1_1_0" / "count.txt").string()), "15000");

    size_t files = 0;
    for (const auto & entry : fs::recursive_directory_iterator(root / "a"))
    {
        if (!entry.is_regular_file())
            continue;
        fs::path other = root / "b" / fs::relative(entry.path(), root / "a");
        ASSERT_TRUE(fs::exists(other)) << other;
        EXPECT_EQ(readPartFile(entry.path().string()), readPartFile(other.string())) << entry.path();
        ++files;
    }
    /// 3 parts x (4 columns x 2 files + primary.idx, minmax, partition.dat, 4 small files) + format_version.txt
    EXPECT_EQ(files, 3u * 15 + 1);
}
