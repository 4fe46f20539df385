#include "analyzer/Sampling.h"

#include <cmath>

#include "analyzer/ExpressionBuilder.h"
#include "base/Exception.h"
#include "interpreters/Context.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTFunction.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTStorage.h"

namespace datastore::analyzer
{
namespace
{
/// A ratio's value: a number literal or divide(a, b). Long double holds UInt64 keys' bounds exactly.
long double ratioValue(const sql::ASTPtr & ast)
{
    if (const auto * function = ast->as<sql::ASTFunction>(); function && function->name == "divide")
    {
        long double denominator = ratioValue(function->argumentList()[1]);
        if (denominator == 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Sample ratio has a zero denominator");
        return ratioValue(function->argumentList()[0]) / denominator;
    }
    const Field & value = ast->as<sql::ASTLiteral>()->value;
    if (const auto * u = value.tryGet<UInt64>())
        return static_cast<long double>(*u);
    if (const auto * f = value.tryGet<Float64>())
        return *f;
    if (const auto * i = value.tryGet<Int64>())
        return static_cast<long double>(*i);
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Sample ratio must be a number, got {}", value.dump());
}

/// Above 1 a value counts rows: as a ratio of the table's rows.
long double relative(long double value, const storage::IStorage & storage)
{
    if (value <= 1)
        return value;
    auto rows = storage.totalRows();
    return rows && *rows ? value / static_cast<long double>(*rows) : 1;
}

sql::ASTPtr uint64Literal(UInt64 value)
{
    return std::make_shared<sql::ASTLiteral>(Field(value));
}
}

sql::ASTPtr samplingKeyOf(const storage::IStorage & storage)
{
    const auto & create = storage.getCreateQuery();
    const auto * create_query = create ? create->as<sql::ASTCreateQuery>() : nullptr;
    const auto * engine = create_query && create_query->storage ? create_query->storage->as<sql::ASTStorage>() : nullptr;
    return engine ? engine->sample_by : nullptr;
}

Sample buildSample(const sql::ASTTableExpression & expression, const storage::IStorage & storage, const Block & header,
                   interpreters::QueryContext & context)
{
    Sample sample;
    sql::ASTPtr key = samplingKeyOf(storage);
    if (!key)
        throw Exception(ErrorCodes::SAMPLING_NOT_SUPPORTED, "Storage {} doesn't support sampling", storage.getStorageID().getFullName());

    long double size = relative(ratioValue(expression.sample_size), storage);
    long double offset = expression.sample_offset ? relative(ratioValue(expression.sample_offset), storage) : 0;
    /// SAMPLE 0 and SAMPLE 1 read everything.
    if (size == 0 || (size >= 1 && offset == 0))
        return sample;
    sample.factor = static_cast<Float64>(1 / size);

    auto actions = std::make_shared<exec::ExpressionActions>(header);
    ExpressionScope scope;
    scope.function_context = context.getFunctionContext();
    scope.clause = "SAMPLE BY";
    std::string key_name = ExpressionBuilder(actions, scope).build(key);
    DataTypePtr key_type = actions->get(key_name).type;
    std::string type_name = key_type->getName();
    long double universe;
    if (type_name == "UInt8")
        universe = 256.0L;
    else if (type_name == "UInt16")
        universe = 65536.0L;
    else if (type_name == "UInt32")
        universe = 4294967296.0L;
    else if (type_name == "UInt64")
        universe = 18446744073709551616.0L;
    else
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER,
                        "Invalid sampling column type in storage parameters: {}. Must be one unsigned integer type", type_name);

    long double lower = std::floor(offset * universe);
    long double upper = std::floor((offset + size) * universe);
    sql::ASTs conditions;
    if (lower > 0)
        conditions.push_back(sql::makeASTFunction("greaterOrEquals", {key->clone(), uint64Literal(static_cast<UInt64>(std::min(lower, universe - 1)))}));
    if ((offset + size) * universe < universe)
        conditions.push_back(sql::makeASTFunction("less", {key->clone(), uint64Literal(static_cast<UInt64>(upper))}));
    if (lower >= universe)
        conditions = {std::make_shared<sql::ASTLiteral>(Field(UInt64(0)))};
    if (!conditions.empty())
        sample.condition = conditions.size() == 1 ? conditions[0] : sql::makeASTFunction("and", conditions);
    return sample;
}
}
