// The pieces of users.xml access: password kinds, networks, profile inheritance, quotas.
#include <gtest/gtest.h>

#include "access/AllowedNetworks.h"
#include "access/Authentication.h"
#include "access/Quota.h"
#include "access/UsersConfigParser.h"
#include "base/Exception.h"
#include "server/Config.h"

using namespace datastore::access;
using datastore::Exception;

TEST(Authentication, PasswordKinds)
{
    Authentication plain(Authentication::Type::PlainText, "qwerty");
    EXPECT_TRUE(plain.isCorrectPassword("qwerty"));
    EXPECT_FALSE(plain.isCorrectPassword("qwert"));
    Authentication sha256(Authentication::Type::Sha256, "65e84be33532fb784c48129675f9eff3a682b27168c0ea744b2cf58ee02337c5");
    EXPECT_TRUE(sha256.isCorrectPassword("qwerty"));
    EXPECT_FALSE(sha256.isCorrectPassword(""));
    /// SELECT hex(SHA1(SHA1('mysql-pass'))) as MySQL stores it.
    Authentication double_sha1(Authentication::Type::DoubleSha1, "5daa0655364a414f0ad7126ade30ad3d6fe1f61a");
    EXPECT_TRUE(double_sha1.isCorrectPassword("mysql-pass"));
    EXPECT_TRUE(Authentication().isCorrectPassword("anything"));
    EXPECT_THROW(Authentication(Authentication::Type::Sha256, "abc"), Exception);
    EXPECT_THROW(Authentication(Authentication::Type::Sha256, std::string(64, 'z')), Exception);
}

TEST(AllowedNetworks, SubnetsMasksAndHosts)
{
    AllowedNetworks networks;
    networks.addSubnet("10.0.0.0/8");
    networks.addSubnet("192.168.1.0/255.255.255.0");
    networks.addSubnet("2a02:6b8::/32");
    EXPECT_TRUE(networks.contains("10.1.2.3"));
    EXPECT_TRUE(networks.contains("::ffff:10.1.2.3"));
    EXPECT_FALSE(networks.contains("11.0.0.1"));
    EXPECT_TRUE(networks.contains("192.168.1.77"));
    EXPECT_FALSE(networks.contains("192.168.2.1"));
    EXPECT_TRUE(networks.contains("2a02:6b8::3"));
    EXPECT_FALSE(networks.contains("2a03::1"));
    EXPECT_FALSE(networks.contains("127.0.0.1"));
    EXPECT_FALSE(networks.contains(""));

    AllowedNetworks everywhere;
    everywhere.addSubnet("::/0");
    EXPECT_TRUE(everywhere.contains("8.8.8.8"));
    EXPECT_TRUE(everywhere.contains("::1"));

    AllowedNetworks local;
    local.addHost("localhost");
    EXPECT_TRUE(local.contains("127.0.0.1"));
    EXPECT_FALSE(local.contains("10.0.0.1"));

    EXPECT_THROW(networks.addSubnet("10.0.0.0/33"), Exception);
    EXPECT_THROW(networks.addSubnet("not-an-ip"), Exception);
    EXPECT_THROW(networks.addHostRegexp("(unclosed"), Exception);
}

TEST(UsersModel, ProfilesInheritInOrder)
{
    auto config = datastore::server::Config::fromXml(R"(<clickhouse><profiles>
        <default><max_threads>2</max_threads></default>
        <base><max_threads>4</max_threads><readonly>2</readonly></base>
        <child><profile>base</profile><max_threads>8</max_threads></child>
    </profiles><users><u><profile>child</profile></u></users></clickhouse>)", "test");
    auto model = parseUsersModel(config, "default");
    auto settings = model.resolveProfile("child");
    ASSERT_EQ(settings.size(), 3u);
    EXPECT_EQ(settings[0], (std::pair<std::string, std::string>{"max_threads", "4"}));
    EXPECT_EQ(settings[2], (std::pair<std::string, std::string>{"max_threads", "8"}));
    EXPECT_FALSE(model.users.at("u").allowed_databases.has_value());
}

TEST(Quota, CountsQueriesAndRefusesTheOneTooMany)
{
    Quota quota;
    quota.name = "q";
    QuotaInterval interval;
    interval.duration_seconds = 3600;
    interval.max[static_cast<size_t>(QuotaResource::Queries)] = 2;
    interval.max[static_cast<size_t>(QuotaResource::ReadRows)] = 100;
    quota.intervals.push_back(interval);
    QuotaUsage usage(quota, "u");
    usage.startQuery(QuotaUsage::QueryKind::Select);
    usage.finishQuery(1, 1, 150, 1000, 1000, false);
    try
    {
        usage.startQuery(QuotaUsage::QueryKind::Select);
        FAIL() << "read_rows was exceeded";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), 201);
        EXPECT_NE(e.message().find("Quota for user `u` for 3600s has been exceeded: read_rows = 150/100. Interval will end at "),
                  std::string::npos) << e.message();
    }
    auto snapshot = usage.snapshot();
    EXPECT_EQ(snapshot[0].used[static_cast<size_t>(QuotaResource::Queries)], 2u);
}
