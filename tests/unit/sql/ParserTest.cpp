// Parsing of every statement kind into its AST, operator priorities, and syntax errors (code 62).
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

#include "base/Exception.h"
#include "sql/ASTAlterCommand.h"
#include "sql/ASTAlterQuery.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTDescribeQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExistsQuery.h"
#include "sql/ASTExplainQuery.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTShowQuery.h"
#include "sql/ASTUseQuery.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTStorage.h"
#include "sql/Parser.h"
#include "sql/formatAST.h"

using namespace datastore;
using namespace datastore::sql;

namespace
{
/// The expression in the function-call form ClickHouse uses for column names.
std::string tree(std::string_view expression)
{
    return columnNameOf(*parseExpression(expression));
}

std::string syntaxError(std::string_view query)
{
    try
    {
        parseQuery(query);
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), 62);
        return e.message();
    }
    ADD_FAILURE() << "no error for " << query;
    return {};
}
}

TEST(ParserTest, OperatorPriorities)
{
    EXPECT_EQ(tree("a + b * c"), "plus(a, multiply(b, c))");
    EXPECT_EQ(tree("(a + b) * c"), "multiply(plus(a, b), c)");
    EXPECT_EQ(tree("a - b - c"), "minus(minus(a, b), c)");
    EXPECT_EQ(tree("NOT a = 1 AND b OR c"), "or(and(not(equals(a, 1)), b), c)");
    EXPECT_EQ(tree("a OR b OR c"), "or(a, b, c)");
    EXPECT_EQ(tree("a AND b AND c"), "and(a, b, c)");
    EXPECT_EQ(tree("a || b || c"), "concat(a, b, c)");
    EXPECT_EQ(tree("x BETWEEN 1 AND 2 AND y"), "and(and(greaterOrEquals(x, 1), lessOrEquals(x, 2)), y)");
    EXPECT_EQ(tree("x NOT BETWEEN 1 AND 2"), "or(less(x, 1), greater(x, 2))");
    EXPECT_EQ(tree("a IS NULL AND b IS NOT NULL"), "and(isNull(a), isNotNull(b))");
    EXPECT_EQ(tree("a NOT LIKE 'x%' OR a ILIKE 'y'"), "or(notLike(a, 'x%'), ilike(a, 'y'))");
    EXPECT_EQ(tree("a IN (1, 2)"), "in(a, (1, 2))");
    EXPECT_EQ(tree("a NOT IN (1, 2)"), "notIn(a, (1, 2))");
    EXPECT_EQ(tree("a GLOBAL IN t"), "globalIn(a, t)");
    EXPECT_EQ(tree("-a[1]"), "negate(arrayElement(a, 1))");
    EXPECT_EQ(tree("-x * 2"), "multiply(negate(x), 2)");
    EXPECT_EQ(tree("a ? b : c ? d : e"), "if(a, b, if(c, d, e))");
    EXPECT_EQ(tree("x::UInt8 + 1"), "plus(CAST(x, 'UInt8'), 1)");
    EXPECT_EQ(tree("t.1"), "tupleElement(t, 1)");
    EXPECT_EQ(tree("a != b AND a <> b AND a == b AND a <= b AND a >= b"),
              "and(notEquals(a, b), notEquals(a, b), equals(a, b), lessOrEquals(a, b), greaterOrEquals(a, b))");
    EXPECT_EQ(tree("a % 2 / 3"), "divide(modulo(a, 2), 3)");
}

TEST(ParserTest, SpecialForms)
{
    EXPECT_EQ(tree("CASE WHEN a THEN 1 ELSE 2 END"), "multiIf(a, 1, 2)");
    EXPECT_EQ(tree("CASE a WHEN 1 THEN 2 END"), "caseWithExpression(a, 1, 2, NULL)");
    EXPECT_EQ(tree("CAST(x AS Nullable(String))"), "CAST(x, 'Nullable(String)')");
    EXPECT_EQ(tree("CAST(x, 'UInt8')"), "CAST(x, 'UInt8')");
    EXPECT_EQ(tree("INTERVAL 1 DAY"), "toIntervalDay(1)");
    EXPECT_EQ(tree("date '2020-01-01'"), "toDate('2020-01-01')");
    EXPECT_EQ(tree("x -> x + 1"), "lambda(tuple(x), plus(x, 1))");
    EXPECT_EQ(tree("arrayMap((x, y) -> x + y, a, b)"), "arrayMap(lambda(tuple(x, y), plus(x, y)), a, b)");
    EXPECT_EQ(tree("quantile(0.5)(x)"), "quantile(0.5)(x)");
    EXPECT_EQ(tree("count(*)"), "count()");
    EXPECT_EQ(tree("count(DISTINCT x)"), "countDistinct(x)");
    EXPECT_EQ(tree("[a, 1]"), "array(a, 1)");
    EXPECT_EQ(tree("(a, 1)"), "tuple(a, 1)");
    EXPECT_EQ(tree("db.t.col"), "db.t.col");
    EXPECT_EQ(tree("{p:UInt8}"), "{p:UInt8}");
}

TEST(ParserTest, Literals)
{
    auto literal = [](std::string_view text) { return parseExpression(text)->as<ASTLiteral>()->value; };
    EXPECT_EQ(literal("1"), Field(UInt64(1)));
    EXPECT_EQ(literal("-1"), Field(Int64(-1)));
    EXPECT_EQ(literal("-9223372036854775808"), Field(std::numeric_limits<Int64>::min()));
    EXPECT_EQ(literal("18446744073709551615"), Field(std::numeric_limits<UInt64>::max()));
    EXPECT_TRUE(literal("18446744073709551616").holds<Float64>());
    EXPECT_EQ(literal("0x1F"), Field(UInt64(31)));
    EXPECT_EQ(literal("0b101"), Field(UInt64(5)));
    EXPECT_EQ(literal("1e3"), Field(1000.0));
    EXPECT_EQ(literal("-1.5"), Field(-1.5));
    EXPECT_EQ(literal("'it''s\\n'"), Field("it's\n"));
    EXPECT_EQ(literal("NULL"), Field());
    EXPECT_EQ(literal("true"), Field(true));
    EXPECT_EQ(literal("[1, 2]"), Field(Array{Field(UInt64(1)), Field(UInt64(2))}));
    EXPECT_EQ(literal("(1, 'a')"), Field(Tuple{Field(UInt64(1)), Field("a")}));
    EXPECT_EQ(literal("[[1], []]"), Field(Array{Field(Array{Field(UInt64(1))}), Field(Array{})}));
    EXPECT_TRUE(std::isinf(literal("-inf").get<Float64>()));
}

TEST(ParserTest, Select)
{
    auto ast = parseQuery("WITH 1 AS one SELECT DISTINCT a AS x, b y, count() FROM db.t AS t FINAL PREWHERE p WHERE a > 1 "
                          "GROUP BY a, b WITH TOTALS HAVING count() > 1 ORDER BY a DESC NULLS FIRST, b "
                          "LIMIT 2 BY a LIMIT 10, 20 SETTINGS max_threads = 1;");
    const auto & select = *ast->as<ASTSelectWithUnionQuery>()->list_of_selects->children.at(0)->as<ASTSelectQuery>();
    EXPECT_TRUE(select.distinct);
    EXPECT_TRUE(select.group_by_with_totals);
    ASSERT_EQ(select.select->children.size(), 3u);
    EXPECT_EQ(select.select->children[1]->as<ASTIdentifier>()->alias, "y");
    EXPECT_EQ(columnNameOf(*select.limit_offset), "10");
    EXPECT_EQ(columnNameOf(*select.limit_length), "20");
    EXPECT_EQ(columnNameOf(*select.limit_by_length), "2");
    EXPECT_TRUE(select.prewhere && select.where && select.having && select.settings);
    EXPECT_FALSE(select.children.empty());
    auto copy = ast->clone();
    EXPECT_EQ(formatAST(*copy), formatAST(*ast));
}

TEST(ParserTest, Insert)
{
    std::string_view query = "INSERT INTO db.t (a, b) VALUES (1, 'x'), (2, 'y')";
    ASTPtr insert_ast = parseQuery(query);
    const auto & insert = *insert_ast->as<ASTInsertQuery>();
    EXPECT_EQ(insert.database, "db");
    EXPECT_EQ(insert.table, "t");
    EXPECT_EQ(insert.format, "Values");
    EXPECT_EQ(query.substr(insert.data_offset), "(1, 'x'), (2, 'y')");

    std::string_view with_format = "INSERT INTO t FORMAT CSV  \n1,\"a\"\n'unclosed";
    ASTPtr csv_ast = parseQuery(with_format);
    const auto & csv = *csv_ast->as<ASTInsertQuery>();
    EXPECT_EQ(csv.format, "CSV");
    EXPECT_EQ(with_format.substr(csv.data_offset), "1,\"a\"\n'unclosed");

    ASTPtr select_ast = parseQuery("INSERT INTO TABLE t SELECT * FROM u");
    const auto & select = *select_ast->as<ASTInsertQuery>();
    EXPECT_TRUE(select.select);
    EXPECT_FALSE(select.has_inline_data);
}

TEST(ParserTest, Create)
{
    auto ast = parseQuery("CREATE TABLE IF NOT EXISTS db.t (id UInt64, s Nullable(String) DEFAULT 'x' COMMENT 'c' CODEC(ZSTD(1)), "
                          "d DateTime64(3, 'UTC') MATERIALIZED now(), e Enum8('a' = 1, 'b' = 2), n Tuple(a UInt8, b String)) "
                          "ENGINE = MergeTree ORDER BY (id, d) PARTITION BY toYYYYMM(d) SETTINGS index_granularity = 8192");
    const auto & create = *ast->as<ASTCreateQuery>();
    EXPECT_TRUE(create.if_not_exists);
    EXPECT_EQ(create.database, "db");
    const auto & columns = create.columns->children;
    ASSERT_EQ(columns.size(), 5u);
    EXPECT_EQ(columns[1]->as<ASTColumnDeclaration>()->type_text, "Nullable(String)");
    EXPECT_EQ(columns[1]->as<ASTColumnDeclaration>()->default_kind, "DEFAULT");
    EXPECT_EQ(columns[2]->as<ASTColumnDeclaration>()->type_text, "DateTime64(3, 'UTC')");
    EXPECT_EQ(columns[3]->as<ASTColumnDeclaration>()->type_text, "Enum8('a' = 1, 'b' = 2)");
    EXPECT_EQ(columns[4]->as<ASTColumnDeclaration>()->type_text, "Tuple(a UInt8, b String)");
    const auto & storage = *create.storage->as<ASTStorage>();
    EXPECT_EQ(storage.engine->as<ASTFunction>()->name, "MergeTree");
    EXPECT_TRUE(storage.partition_by && storage.order_by && storage.settings);

    ASTPtr view_ast = parseQuery("CREATE MATERIALIZED VIEW mv TO db.dst AS SELECT 1");
    const auto & view = *view_ast->as<ASTCreateQuery>();
    EXPECT_TRUE(view.is_materialized_view);
    EXPECT_EQ(view.to_table, "dst");
    EXPECT_TRUE(view.select);
    ASTPtr as_table_ast = parseQuery("CREATE TABLE t2 AS db.t1 ENGINE = Memory");
    const auto & as_table = *as_table_ast->as<ASTCreateQuery>();
    EXPECT_EQ(as_table.as_database, "db");
    EXPECT_EQ(as_table.as_table, "t1");
    EXPECT_TRUE(parseQuery("CREATE DATABASE d")->as<ASTCreateQuery>()->is_database);
}

TEST(ParserTest, SyntaxErrors)
{
    EXPECT_EQ(syntaxError("SELECT 1 +").substr(0, 71), "Syntax error: failed at position 11 (end of query): . Expected one of: ");
    EXPECT_EQ(syntaxError("SELECT 1 2").substr(0, 47), "Syntax error: failed at position 10 (2): 2. Exp");
    EXPECT_EQ(syntaxError("SELECT f("), "Syntax error: failed at position 9 ((): (. Unmatched parentheses: (.");
    EXPECT_EQ(syntaxError("SELECT 'abc"), "Syntax error: failed at position 8 ('abc): 'abc. Single quoted string is not closed.");
    EXPECT_NE(syntaxError("SELEC 1").find("failed at position 1 (SELEC)"), std::string::npos);
    EXPECT_NE(syntaxError("CREATE TABLE t (x UInt8) ENGINE = Memory garbage").find("position 42 (garbage)"), std::string::npos);
    EXPECT_NE(syntaxError("SELECT 1 FROM").find("end of query"), std::string::npos);
    syntaxError("SELECT 1; SELECT 2");
    EXPECT_EQ(syntaxError(" -- nothing\n"), "Empty query");
    std::string long_query = "SELECT 1 2 " + std::string(200, 'a');
    EXPECT_EQ(syntaxError(long_query).substr(0, 41 + 160 + 4), "Syntax error: failed at position 10 (2): 2 " + std::string(158, 'a') + "... ");
    syntaxError("INSERT INTO t");
    syntaxError("DROP t");
}

TEST(ParserTest, MaxQuerySize)
{
    try
    {
        parseQuery("SELECT 1234567890", 10);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), 62);
        EXPECT_NE(e.message().find("Max query size exceeded"), std::string::npos);
    }
}

TEST(ParserTest, SplitMultipleQueries)
{
    auto queries = splitMultipleQueries("SELECT ';'; -- c;\nSELECT 2;; INSERT INTO t VALUES (1), ('a;b'); INSERT INTO t FORMAT CSV\n1;2\n");
    ASSERT_EQ(queries.size(), 4u);
    EXPECT_EQ(queries[0], "SELECT ';'");
    EXPECT_EQ(queries[1], "SELECT 2");
    EXPECT_EQ(queries[2], "INSERT INTO t VALUES (1), ('a;b')");
    EXPECT_EQ(queries[3], "INSERT INTO t FORMAT CSV\n1;2\n");
    EXPECT_THROW(splitMultipleQueries("SELECT 1; SELEC 2"), Exception);
}

TEST(ParserTest, CloneIsDeepAndChildrenAreListed)
{
    auto ast = parseQuery("SELECT a + 1 AS x FROM t WHERE b");
    auto copy = ast->clone();
    auto & select = *copy->as<ASTSelectWithUnionQuery>()->list_of_selects->children.at(0)->as<ASTSelectQuery>();
    select.select->children.at(0)->as<ASTFunction>()->name = "minus";
    select.where = nullptr;
    select.updateChildren();
    EXPECT_EQ(formatAST(*ast), "SELECT a + 1 AS x FROM t WHERE b");
    EXPECT_EQ(formatAST(*copy), "SELECT a - 1 AS x FROM t");

    size_t identifiers = 0;
    std::function<void(const IAST &)> walk = [&](const IAST & node)
    {
        identifiers += node.as<ASTIdentifier>() != nullptr;
        for (const auto & child : node.children)
            walk(*child);
    };
    walk(*ast);
    EXPECT_EQ(identifiers, 3u);
}

TEST(ParserTest, OtherStatements)
{
    ASTPtr rename_ast = parseQuery("RENAME TABLE db.a TO b, c TO d");
    const auto & rename = *rename_ast->as<ASTRenameQuery>();
    ASSERT_EQ(rename.elements.size(), 2u);
    EXPECT_EQ(rename.elements[0].from_database, "db");
    EXPECT_EQ(rename.elements[1].to_table, "d");

    ASTPtr show_ast = parseQuery("SHOW TABLES FROM db NOT ILIKE '%x' LIMIT 3");
    const auto & show = *show_ast->as<ASTShowQuery>();
    EXPECT_EQ(show.database, "db");
    EXPECT_TRUE(show.not_like && show.case_insensitive_like);
    EXPECT_EQ(show.like, "%x");

    ASTPtr drop_ast = parseQuery("DROP TABLE IF EXISTS t SYNC");
    const auto & drop = *drop_ast->as<ASTDropQuery>();
    EXPECT_TRUE(drop.if_exists && drop.sync);

    ASTPtr alter_ast = parseQuery("ALTER TABLE t UPDATE a = a + 1, b = 2 WHERE c, DROP PARTITION 2020");
    const auto & alter = *alter_ast->as<ASTAlterQuery>();
    ASSERT_EQ(alter.commands->children.size(), 2u);
    EXPECT_EQ(alter.commands->children[0]->as<ASTAlterCommand>()->type, ASTAlterCommand::Type::Update);

    ASTPtr explain_ast = parseQuery("EXPLAIN AST SELECT 1");
    const auto & explain = *explain_ast->as<ASTExplainQuery>();
    EXPECT_EQ(explain.kind, ASTExplainQuery::Kind::AST);
    EXPECT_TRUE(explain.query->as<ASTSelectWithUnionQuery>());

    ASTPtr set_ast = parseQuery("SET max_threads = 4, s = 'x'");
    const auto & set = *set_ast->as<ASTSetQuery>();
    ASSERT_EQ(set.changes.size(), 2u);
    EXPECT_EQ(set.changes[0].second, Field(UInt64(4)));

    ASTPtr optimize_ast = parseQuery("OPTIMIZE TABLE db.t PARTITION tuple() FINAL");
    const auto & optimize = *optimize_ast->as<ASTOptimizeQuery>();
    EXPECT_TRUE(optimize.final && optimize.partition);
    EXPECT_EQ(parseQuery("USE db")->as<ASTUseQuery>()->database, "db");
    EXPECT_EQ(parseQuery("EXISTS DATABASE d")->as<ASTExistsQuery>()->kind, ASTExistsQuery::Kind::Database);
    EXPECT_TRUE(parseQuery("DESC numbers(10)")->as<ASTDescribeQuery>());
    EXPECT_EQ(parseQuery("SELECT 1 FORMAT JSONEachRow")->as<ASTSelectWithUnionQuery>()->format, "JSONEachRow");
}
