#include "system/IntrospectionTables.h"

#include <cctype>
#include <cstdio>

#include <fmt/format.h>

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionFactory.h"
#include "analyzer/TableFunctionFactory.h"
#include "base/Exception.h"
#include "exec/WindowFunctionFactory.h"
#include "functions/FunctionFactory.h"
#include "system/StorageSystemTable.h"

namespace datastore::system
{
namespace
{
using interpreters::QueryContext;

/// The name with every letter's case flipped: a factory that still finds it registered the
/// name case-insensitively.
std::string flipCase(const std::string & name)
{
    std::string result = name;
    for (auto & c : result)
    {
        auto byte = static_cast<unsigned char>(c);
        c = static_cast<char>(std::islower(byte) ? std::toupper(byte) : std::tolower(byte));
    }
    return result;
}

/// Every scalar and aggregate function by each name it answers to, as ClickHouse lists them:
/// an alias names its target, and combinations (sumIf) are not listed.
class StorageSystemFunctions final : public StorageSystemTable
{
public:
    StorageSystemFunctions()
        : StorageSystemTable(
            "functions",
            {{"name", "String"},
             {"is_aggregate", "UInt8"},
             {"case_insensitive", "UInt8"},
             {"alias_to", "String"},
             {"create_query", "String"},
             {"origin", "Enum8('System' = 0, 'SQLUserDefined' = 1, 'ExecutableUserDefined' = 2)"},
             {"description", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext &) const override
    {
        auto add = [&](const std::string & name, bool is_aggregate, bool is_case_insensitive, const std::string & alias_to)
        {
            size_t i = 0;
            columns[i++]->insert(Field(name));
            columns[i++]->insert(Field(UInt64(is_aggregate)));
            columns[i++]->insert(Field(UInt64(is_case_insensitive)));
            columns[i++]->insert(Field(alias_to));
            columns[i++]->insert(Field(std::string()));
            columns[i++]->insert(Field(Int64(0)));
            columns[i++]->insert(Field(std::string()));
        };
        const auto & scalars = functions::FunctionFactory::instance();
        for (const auto & name : scalars.getAllNames())
        {
            std::string target = scalars.canonicalName(name);
            std::string flipped = flipCase(name);
            add(name, false, flipped != name && !scalars.canonicalName(flipped).empty(), target == name ? "" : target);
        }
        /// Calls the analyzer takes apart itself rather than through a factory.
        for (const char * name : {"arrayJoin", "in", "notIn", "nullIn", "notNullIn", "globalIn", "globalNotIn", "caseWithExpression"})
            add(name, false, false, "");
        /// ClickHouse lists the window-only functions as aggregate ones.
        for (const auto & name : exec::WindowFunctionFactory::instance().getAllNames())
            add(name, true, false, "");
        const auto & aggregates = aggregates::AggregateFunctionFactory::instance();
        for (const auto & name : aggregates.getAllNames())
        {
            const std::string * target = aggregates.findName(name);
            std::string flipped = flipCase(name);
            add(name, true, flipped != name && aggregates.findName(flipped), target && *target != name ? *target : "");
        }
    }
};

class StorageSystemAggregateFunctionCombinators final : public StorageSystemTable
{
public:
    StorageSystemAggregateFunctionCombinators()
        : StorageSystemTable("aggregate_function_combinators", {{"name", "String"}, {"is_internal", "UInt8"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext &) const override
    {
        /// Every combinator here is one a query may name; ClickHouse's internal Null is not one.
        for (const auto & combinator : aggregates::AggregateFunctionCombinatorFactory::instance().getAll())
        {
            columns[0]->insert(Field(combinator->getName()));
            columns[1]->insert(Field(UInt64(0)));
        }
    }
};

/// The table functions a FROM clause may call, and whether a readonly user may.
class StorageSystemTableFunctions final : public StorageSystemTable
{
public:
    StorageSystemTableFunctions()
        : StorageSystemTable("table_functions", {{"name", "String"}, {"description", "String"}, {"allow_readonly", "UInt8"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext &) const override
    {
        for (const auto & [name, entry] : analyzer::TableFunctionFactory::instance().getAll())
        {
            columns[0]->insert(Field(name));
            columns[1]->insert(Field(std::string()));
            columns[2]->insert(Field(UInt64(entry.allows_readonly)));
        }
    }
};

/// How this binary was built; the compiler and flags come from CMake (CMakeLists.txt).
class StorageSystemBuildOptions final : public StorageSystemTable
{
public:
    StorageSystemBuildOptions() : StorageSystemTable("build_options", {{"name", "String"}, {"value", "String"}}) {}

protected:
    void fillData(MutableColumns & columns, QueryContext &) const override
    {
        unsigned major = 0;
        unsigned minor = 0;
        unsigned patch = 0;
        std::sscanf(kClickHouseCompatibleVersion, "%u.%u.%u", &major, &minor, &patch);
        const std::pair<const char *, std::string> options[] = {
            {"VERSION_FULL", fmt::format("Hanzo Datastore {}", kClickHouseCompatibleVersion)},
            {"VERSION_DESCRIBE", fmt::format("v{}-stable", kClickHouseCompatibleVersion)},
            {"VERSION_INTEGER", std::to_string(major * 1000000 + minor * 1000 + patch)},
            {"SYSTEM", DATASTORE_BUILD_SYSTEM},
            {"BUILD_TYPE", DATASTORE_BUILD_TYPE},
            {"SYSTEM_PROCESSOR", DATASTORE_BUILD_SYSTEM_PROCESSOR},
            {"CMAKE_VERSION", DATASTORE_BUILD_CMAKE_VERSION},
            {"CXX_COMPILER", DATASTORE_BUILD_CXX_COMPILER},
            {"CXX_COMPILER_VERSION", DATASTORE_BUILD_CXX_COMPILER_VERSION},
            {"CXX_FLAGS", DATASTORE_BUILD_CXX_FLAGS},
            {"CXX_STANDARD", std::to_string(__cplusplus)},
        };
        for (const auto & [name, value] : options)
        {
            columns[0]->insert(Field(std::string(name)));
            columns[1]->insert(Field(value));
        }
    }
};
}

void attachIntrospectionTables(interpreters::Database & system)
{
    system.attachTable("functions", std::make_shared<StorageSystemFunctions>(), "");
    system.attachTable("aggregate_function_combinators", std::make_shared<StorageSystemAggregateFunctionCombinators>(), "");
    system.attachTable("table_functions", std::make_shared<StorageSystemTableFunctions>(), "");
    system.attachTable("build_options", std::make_shared<StorageSystemBuildOptions>(), "");
}
}
