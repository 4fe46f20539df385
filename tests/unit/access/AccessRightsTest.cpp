// AccessRights: grants by level, partial revokes, grant option, and the union of a role's.
#include <gtest/gtest.h>

#include "access/AccessRights.h"

using namespace datastore::access;

namespace
{
constexpr AccessFlags kSelect = flagOf(AccessType::Select);
constexpr AccessFlags kInsert = flagOf(AccessType::Insert);
}

TEST(AccessRights, MostSpecificLevelDecides)
{
    AccessRights rights;
    rights.grant(kSelect, {"db", "", ""}, false);
    rights.revoke(kSelect, {"db", "secret", ""}, false);
    rights.grant(kSelect, {"db", "secret", "id"}, false);
    EXPECT_TRUE(rights.isGranted(AccessType::Select, {"db", "t", "x"}));
    EXPECT_FALSE(rights.isGranted(AccessType::Select, {"db", "secret", "x"}));
    EXPECT_TRUE(rights.isGranted(AccessType::Select, {"db", "secret", "id"}));
    EXPECT_TRUE(rights.isGrantedOnAnyColumn(AccessType::Select, "db", "secret"));
    EXPECT_FALSE(rights.isGranted(AccessType::Select, {"other", "t", ""}));
    EXPECT_FALSE(rights.isGranted(AccessType::Insert, {"db", "t", ""}));

    /// A grant at a wider level drops what it covers: the partial revoke and the column grant.
    rights.grant(kSelect, {"db", "", ""}, false);
    EXPECT_TRUE(rights.isGranted(AccessType::Select, {"db", "secret", "x"}));
    EXPECT_EQ(rights.getEntries().size(), 1u);
    rights.revoke(kSelect, {}, false);
    EXPECT_TRUE(rights.isEmpty());
}

TEST(AccessRights, GrantOption)
{
    AccessRights rights;
    rights.grant(kSelect | kInsert, {"db", "t", ""}, true);
    EXPECT_TRUE(rights.isGranted(AccessType::Select, {"db", "t", ""}, true));
    rights.revoke(kInsert, {"db", "t", ""}, true);
    EXPECT_TRUE(rights.isGranted(AccessType::Insert, {"db", "t", ""}));
    EXPECT_FALSE(rights.isGranted(AccessType::Insert, {"db", "t", ""}, true));
    EXPECT_TRUE(rights.isGranted(AccessType::Select, {"db", "t", "c"}, true));
}

TEST(AccessRights, MergeIsTheUnion)
{
    AccessRights role;
    role.grant(kSelect, {}, false);
    role.revoke(kSelect, {"db", "hidden", ""}, false);
    AccessRights user;
    user.grant(kSelect, {"db", "", ""}, false);
    user.merge(role);
    /// The user's own grant on db covers db.hidden, which only the role revoked.
    EXPECT_TRUE(user.isGranted(AccessType::Select, {"db", "hidden", ""}));
    EXPECT_TRUE(user.isGranted(AccessType::Select, {"other", "t", ""}));

    AccessRights plain;
    plain.merge(role);
    EXPECT_FALSE(plain.isGranted(AccessType::Select, {"db", "hidden", ""}));
    EXPECT_TRUE(plain.isGranted(AccessType::Select, {"db", "t", ""}));
}
