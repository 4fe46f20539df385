// The function registry: lookup by name, aliases, case-insensitive names and the
// "Maybe you meant" hint for unknown names.
#include <gtest/gtest.h>

#include "base/Exception.h"
#include "functions/FunctionFactory.h"

using namespace datastore;
using namespace datastore::functions;

namespace
{
FunctionContext context;

FunctionFactory & factory()
{
    registerFunctions();
    return FunctionFactory::instance();
}
}

TEST(FunctionFactory, FindsRegisteredNames)
{
    EXPECT_TRUE(factory().has("plus"));
    EXPECT_EQ(factory().get("plus", context)->getName(), "plus");
    EXPECT_EQ(factory().canonicalName("mod"), "modulo");
    EXPECT_EQ(factory().canonicalName("MOD"), "modulo");
    EXPECT_EQ(factory().canonicalName("ABS"), "abs");
    EXPECT_EQ(factory().canonicalName("PLUS"), "");
    EXPECT_EQ(factory().tryGet("noSuchFunction", context), nullptr);
}

TEST(FunctionFactory, UnknownFunctionHasHint)
{
    registerFunctions(); /// Idempotent.
    try
    {
        factory().get("plu", context);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::UNKNOWN_FUNCTION);
        EXPECT_EQ(e.message(), "Unknown function plu. Maybe you meant: ['plus']");
    }
    try
    {
        factory().get("xyzzyq", context);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.message(), "Unknown function xyzzyq");
    }
}
