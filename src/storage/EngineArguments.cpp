#include "storage/EngineArguments.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "interpreters/Context.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTStorage.h"

namespace datastore::storage
{
sql::ASTs * engineArgumentsOf(const StorageArguments & arguments)
{
    const auto * create = arguments.create_query ? arguments.create_query->as<sql::ASTCreateQuery>() : nullptr;
    const auto * storage = create && create->storage ? create->storage->as<sql::ASTStorage>() : nullptr;
    auto * engine = storage && storage->engine ? storage->engine->as<sql::ASTFunction>() : nullptr;
    return engine && engine->arguments ? &engine->arguments->children : nullptr;
}

std::string evaluateStringArgument(sql::ASTPtr & argument, interpreters::QueryContext & context)
{
    Field value;
    if (const auto * identifier = argument->as<sql::ASTIdentifier>())
        value = identifier->name();
    else
        value = analyzer::evaluateConstantExpression(argument, context);
    const auto * text = value.tryGet<std::string>();
    if (!text)
        throw Exception(ErrorCodes::BAD_GET, "Bad get: has {}, requested String", fieldTypeName(value.which()));
    argument = std::make_shared<sql::ASTLiteral>(value);
    return *text;
}

void checkNoKeysOrSettings(const StorageArguments & arguments, const std::string & engine)
{
    const auto * create = arguments.create_query ? arguments.create_query->as<sql::ASTCreateQuery>() : nullptr;
    const auto * storage = create && create->storage ? create->storage->as<sql::ASTStorage>() : nullptr;
    if (!storage)
        return;
    static const char * key_engines = "[MergeTree, ReplacingMergeTree, SummingMergeTree, AggregatingMergeTree, CollapsingMergeTree, "
                                      "VersionedCollapsingMergeTree]";
    if (storage->partition_by || storage->primary_key || storage->order_by || storage->sample_by)
        throw Exception(ErrorCodes::BAD_ARGUMENTS,
                        "Engine {} doesn't support PARTITION_BY, PRIMARY_KEY, ORDER_BY or SAMPLE_BY clauses. Currently only the following "
                        "engines have support for the feature: {}",
                        engine, key_engines);
    if (storage->settings)
        throw Exception(ErrorCodes::BAD_ARGUMENTS,
                        "Engine {} doesn't support SETTINGS clause. Currently only the following engines have support for the feature: {}",
                        engine, key_engines);
}

std::unique_ptr<interpreters::QueryContext> makeEngineContext(const StorageArguments & arguments)
{
    if (!arguments.server)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Table {} is created without a server context", arguments.id.getNameForLogs());
    auto context = std::make_unique<interpreters::QueryContext>(*arguments.server);
    context->current_database = arguments.id.database;
    return context;
}
}
