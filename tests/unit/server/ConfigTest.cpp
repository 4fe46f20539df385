// ClickHouse's configuration rules: merging config.d/ files (replace, remove, repeated
// elements), YAML, substitutions, Poco-style keys, and errors naming the file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/Exception.h"
#include "server/Config.h"

namespace fs = std::filesystem;
using datastore::Exception;
using datastore::server::Config;

namespace
{
class ConfigFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        directory = fs::temp_directory_path() / ("config-test-" + std::to_string(::getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(directory / "config.d");
    }
    void TearDown() override { fs::remove_all(directory); }

    std::string write(const std::string & name, const std::string & text)
    {
        auto path = directory / name;
        std::ofstream(path) << text;
        return path.string();
    }

    fs::path directory;
};
}

TEST_F(ConfigFiles, MergesInOrderWithReplaceAndRemove)
{
    auto main = write("config.xml", R"(<clickhouse>
        <http_port>8123</http_port>
        <listen_host>::1</listen_host><listen_host>127.0.0.1</listen_host>
        <macros><shard>01</shard><replica>r1</replica></macros>
        <query_log><database>system</database><table>query_log</table></query_log>
        <query_thread_log><database>system</database></query_thread_log>
    </clickhouse>)");
    write("config.d/a.xml", R"(<yandex>
        <http_port>8124</http_port>
        <listen_host>0.0.0.0</listen_host>
        <macros><replica>r2</replica><cluster>c</cluster></macros>
        <query_log replace="1"><table>other</table></query_log>
        <query_thread_log remove="1"/>
    </yandex>)");
    write("config.d/b.yaml", "logger:\n  level: debug\nlisten_host:\n  - a\n  - b\n  - c\n");
    Config config = Config::load(main);
    EXPECT_EQ(config.getUInt("http_port", 0), 8124u);
    EXPECT_EQ(config.getAll("listen_host"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(config.keys("macros"), (std::vector<std::string>{"shard", "replica", "cluster"}));
    EXPECT_EQ(config.getString("macros.replica", ""), "r2");
    EXPECT_FALSE(config.has("query_log.database"));
    EXPECT_EQ(config.getString("query_log.table", ""), "other");
    EXPECT_FALSE(config.has("query_thread_log"));
    EXPECT_EQ(config.getString("logger.level", ""), "debug");
    EXPECT_EQ(config.getString("listen_host[2]", ""), "c");
    EXPECT_EQ(config.files().size(), 3u);
    EXPECT_EQ(config.sourceOf("logger.level"), (directory / "config.d/b.yaml").string());
}

TEST_F(ConfigFiles, SubstitutesEnvironmentAndIncludes)
{
    write("metrika.xml", "<clickhouse><nets><ip>10.0.0.0/8</ip></nets></clickhouse>");
    ::setenv("CONFIG_TEST_PORT", "9999", 1);
    auto main = write("config.xml", "<clickhouse><include_from>" + (directory / "metrika.xml").string()
                                       + "</include_from><tcp_port from_env=\"CONFIG_TEST_PORT\">1</tcp_port>"
                                         "<users><u><networks incl=\"nets\" replace=\"1\"><ip>::/0</ip></networks></u></users></clickhouse>");
    Config config = Config::load(main);
    EXPECT_EQ(config.getUInt("tcp_port", 0), 9999u);
    EXPECT_EQ(config.getAll("users.u.networks.ip"), (std::vector<std::string>{"10.0.0.0/8"}));
}

TEST_F(ConfigFiles, ErrorsNameTheFileAndElement)
{
    auto main = write("config.xml", "<clickhouse><http_port>1</http_port></clickhouse>");
    auto typo = write("config.d/typo.xml", "<clickhouse><htp_port>1</htp_port></clickhouse>");
    try
    {
        Config::load(main);
        FAIL() << "an unknown element must not load";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), 137);
        EXPECT_EQ(e.message(), "Unknown element <htp_port> in configuration file " + typo);
    }
    write("config.d/typo.xml", "<clickhouse>\n<a>\n</clickhouse>");
    try
    {
        Config::load(main);
        FAIL() << "a malformed file must not load";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), 347);
        EXPECT_NE(e.message().find(typo), std::string::npos) << e.message();
        EXPECT_NE(e.message().find("at line 3"), std::string::npos) << e.message();
    }
}

TEST(Config, OverridesAndKeys)
{
    Config config = Config::embeddedDefault();
    config.applyOverrides({"--http_port=1234", "--logger.level=trace", "--remote_servers.c.shard.replica.host=h"});
    EXPECT_EQ(config.getUInt("http_port", 0), 1234u);
    EXPECT_EQ(config.getString("logger.level", ""), "trace");
    EXPECT_EQ(config.getString("remote_servers.c.shard.replica.host", ""), "h");
    EXPECT_EQ(config.sourceOf("http_port"), "the command line");
    EXPECT_THROW(config.applyOverrides({"--novalue"}), Exception);
    EXPECT_EQ(Config::elementPathOf("users.a.networks.ip[1]"), "<users><a><networks><ip>");
    EXPECT_EQ(Config::elementNameOf("replica[3]"), "replica");
    EXPECT_FALSE(config.getBool("listen_try", false));
}
