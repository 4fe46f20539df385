#include <gtest/gtest.h>

#include "base/Exception.h"

using namespace datastore;

TEST(Exception, DisplayTextCarriesCodeAndName)
{
    Exception e(ErrorCodes::SYNTAX_ERROR, "Syntax error: failed at position {}", 8);
    EXPECT_EQ(e.code(), 62);
    EXPECT_EQ(e.displayText(), "Code: 62. DB::Exception: Syntax error: failed at position 8. (SYNTAX_ERROR) (version 24.3.1.1)");
}

TEST(ErrorCodes, NamesRoundTrip)
{
    EXPECT_EQ(ErrorCodes::getName(252), "TOO_MANY_PARTS");
    EXPECT_EQ(ErrorCodes::getCode("UNKNOWN_TABLE"), 60);
    EXPECT_EQ(ErrorCodes::getCode("NO_SUCH_CODE"), -1);
}
