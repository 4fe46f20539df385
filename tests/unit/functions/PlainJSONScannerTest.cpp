#include <gtest/gtest.h>

#include "functions/PlainJSONScanner.h"

using namespace datastore::functions;
using Outcome = PlainJSONMember::Outcome;

TEST(PlainJSONScanner, FindsTopLevelMembers)
{
    auto member = findPlainJSONMember(R"({"ab":1, "plan" : "pro", "plan":"second"})", "plan");
    EXPECT_EQ(member.outcome, Outcome::Found);
    EXPECT_TRUE(member.is_string);
    EXPECT_EQ(member.value, "pro");

    member = findPlainJSONMember(R"({"x":{"plan":"deep"},"plan":[1,{"a":null}]})", "plan");
    EXPECT_EQ(member.outcome, Outcome::Found);
    EXPECT_FALSE(member.is_string);
    EXPECT_EQ(member.value, R"([1,{"a":null}])");

    EXPECT_EQ(findPlainJSONMember(R"({"x":{"plan":"deep"}})", "plan").outcome, Outcome::Missing);
    EXPECT_EQ(findPlainJSONMember(R"(["plan","free"])", "plan").outcome, Outcome::Missing);
    EXPECT_EQ(findPlainJSONMember(R"(  -12.5e+3 )", "plan").outcome, Outcome::Missing);
    EXPECT_EQ(findPlainJSONMember("{}", "plan").outcome, Outcome::Missing);
}

TEST(PlainJSONScanner, LeavesAnythingDoubtfulToTheFullParser)
{
    for (const char * text : {R"({"plan":"free",})", R"({"plan":"free")", R"({"plan":"free"} x)", R"({"plan":01})", "",
                              R"({"plan":"fr\"ee"})", "{\"plan\":\"caf\xc3\xa9\"}", "{\"plan\":\"tab\there\"}", R"({"n":1e})",
                              R"({"t":tru})", R"({"n":1234567890123456789012})", R"({"n":1e400})", R"({"n":-})"})
        EXPECT_EQ(findPlainJSONMember(text, "plan").outcome, Outcome::Unsure) << text;
    std::string deep(40, '[');
    deep += std::string(40, ']');
    EXPECT_EQ(findPlainJSONMember(deep, "plan").outcome, Outcome::Unsure);
}
