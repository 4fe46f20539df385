// Round trips through the parser and formatter, in ClickHouse's one-line and multi-line layouts,
// and the column names of unaliased expressions.
#include <gtest/gtest.h>

#include "sql/Parser.h"
#include "sql/formatAST.h"

using namespace datastore;
using namespace datastore::sql;

namespace
{
std::string oneLine(std::string_view query)
{
    return formatAST(*parseQuery(query));
}

std::string multiLine(std::string_view query)
{
    return formatAST(*parseQuery(query), false);
}

std::string name(std::string_view expression)
{
    return columnNameOf(*parseExpression(expression));
}
}

TEST(FormatterTest, Expressions)
{
    EXPECT_EQ(oneLine("select -x + 1, a[1] + 1, t.1 + 1, x::UInt8 + 1, a is null and b, a in (1,2) or b, not a, -(a+b)"),
              "SELECT (-x) + 1, (a[1]) + 1, (t.1) + 1, CAST(x, 'UInt8') + 1, (a IS NULL) AND b, (a IN (1, 2)) OR b, NOT a, -(a + b)");
    EXPECT_EQ(oneLine("select a between 1 and 2, a || b || c, 1 + 2 + 3, (a, b), [a, b], [1, 2], a ? b : c"),
              "SELECT (a >= 1) AND (a <= 2), concat(a, b, c), (1 + 2) + 3, (a, b), [a, b], [1, 2], if(a, b, c)");
    EXPECT_EQ(oneLine("select arrayMap(x -> x + 1, arr), a or b or c, -1 + 2, 1 - -1, count(distinct x), f(x as y)"),
              "SELECT arrayMap(x -> (x + 1), arr), a OR b OR c, -1 + 2, 1 - -1, countDistinct(x), f(x AS y)");
    EXPECT_EQ(oneLine("select `1a`, `a.b`, a.b.c, t.*, 1.5e3, '\\n\\t\\'\\0', null, true, (select 1) as sq, interval 3 hour"),
              "SELECT `1a`, `a.b`, a.b.c, t.*, 1500., '\\n\\t\\'\\0', NULL, true, (SELECT 1) AS sq, toIntervalHour(3)");
    EXPECT_EQ(oneLine("select a not in (1), x global in y, count(*), quantile(0.5)(x), {p:UInt8}, case when a then 1 else 2 end"),
              "SELECT a NOT IN (1), x GLOBAL IN (y), count(*), quantile(0.5)(x), {p:UInt8}, multiIf(a, 1, 2)");
    EXPECT_EQ(oneLine("select 1.0, 1e100, 1e-7, 1e-6, 1e20, 1e21, 0.1, tuple(1), ()"),
              "SELECT 1., 1e100, 1e-7, 0.000001, 100000000000000000000., 1e21, 0.1, tuple(1), tuple()");
}

TEST(FormatterTest, SelectClauses)
{
    std::string query = "select a + 1, -1 from db.t as t final where a > 1 group by a with totals having 1 "
                        "order by a desc nulls first limit 1 by a limit 10 offset 5 settings max_threads=1";
    EXPECT_EQ(oneLine(query),
              "SELECT a + 1, -1 FROM db.t AS t FINAL WHERE a > 1 GROUP BY a WITH TOTALS HAVING 1 ORDER BY a DESC NULLS FIRST "
              "LIMIT 1 BY a LIMIT 5, 10 SETTINGS max_threads = 1");
    EXPECT_EQ(multiLine(query),
              "SELECT\n    a + 1,\n    -1\nFROM db.t AS t\nFINAL\nWHERE a > 1\nGROUP BY a\n    WITH TOTALS\nHAVING 1\n"
              "ORDER BY a DESC NULLS FIRST\nLIMIT 1 BY a\nLIMIT 5, 10\nSETTINGS max_threads = 1");
    EXPECT_EQ(oneLine("select a from t join u using (a) left join v on t.x=v.y array join arr as x where a union all select 2 union distinct select 3"),
              "SELECT a FROM t INNER JOIN u USING (a) LEFT JOIN v ON t.x = v.y ARRAY JOIN arr AS x WHERE a UNION ALL SELECT 2 UNION DISTINCT SELECT 3");
    EXPECT_EQ(multiLine("select * from (select 1) as s, t2 as r"), "SELECT *\nFROM\n(\n    SELECT 1\n) AS s, t2 AS r");
    EXPECT_EQ(multiLine("select 1 union all (select 2 union all select 3)"),
              "SELECT 1\nUNION ALL\n(\n    SELECT 2\n    UNION ALL\n    SELECT 3\n)");
    EXPECT_EQ(multiLine("select * from t where x in (select 1)"), "SELECT *\nFROM t\nWHERE x IN (\n    SELECT 1\n)");
    EXPECT_EQ(oneLine("select 1 format JSON"), "SELECT 1 FORMAT JSON");
    EXPECT_EQ(oneLine("select exists(select 1), -[1][1], 1 + -x"), "SELECT exists((SELECT 1)), -([1][1]), 1 + (-x)");
    EXPECT_EQ(oneLine("select a from t full join u using a order by a, b desc limit 3 offset 2"),
              "SELECT a FROM t FULL OUTER JOIN u USING (a) ORDER BY a ASC, b DESC LIMIT 2, 3");
    EXPECT_EQ(multiLine("select * from t as a join u as b on a.x = b.x left array join arr as y, t2 cross join t3 join (select 1) as s using (x)"),
              "SELECT *\nFROM t AS a\nINNER JOIN u AS b ON a.x = b.x\nLEFT ARRAY JOIN\n    arr AS y,\n    t2\nCROSS JOIN t3\nINNER JOIN\n(\n"
              "    SELECT 1\n) AS s USING (x)");
    EXPECT_EQ(oneLine("select [a, b] || c, (a + 1 as x) * 2, f(x) + 1"), "SELECT [a, b] || c, (a + 1 AS x) * 2, f(x) + 1");
}

TEST(FormatterTest, CreateTable)
{
    std::string query = "create table default.t (id UInt64, s String default 'x' comment 'c' codec(ZSTD(1)), "
                        "d DateTime64(3, 'UTC')) engine=MergeTree order by id partition by toYYYYMM(d) settings index_granularity=8192";
    EXPECT_EQ(multiLine(query),
              "CREATE TABLE default.t\n(\n    `id` UInt64,\n    `s` String DEFAULT 'x' COMMENT 'c' CODEC(ZSTD(1)),\n"
              "    `d` DateTime64(3, 'UTC')\n)\nENGINE = MergeTree\nPARTITION BY toYYYYMM(d)\nORDER BY id\nSETTINGS index_granularity = 8192");
    EXPECT_EQ(oneLine("CREATE TABLE t (x UInt8) ENGINE = Memory"), "CREATE TABLE t (`x` UInt8) ENGINE = Memory");
    EXPECT_EQ(oneLine("create table t (x Tuple(a UInt8, `b c` String), y Nullable(String) NULL) engine = MergeTree() order by tuple()"),
              "CREATE TABLE t (`x` Tuple(a UInt8, `b c` String), `y` Nullable(String) NULL) ENGINE = MergeTree ORDER BY tuple()");
    EXPECT_EQ(multiLine("create view v as select 1"), "CREATE VIEW v\nAS SELECT 1");
    EXPECT_EQ(multiLine("create table t (x UInt64, index i x * 2 type minmax granularity 4, constraint c check x > 0, "
                        "primary key x) engine = MergeTree order by x"),
              "CREATE TABLE t\n(\n    `x` UInt64,\n    INDEX i x * 2 TYPE minmax GRANULARITY 4,\n    CONSTRAINT c CHECK x > 0\n)\n"
              "ENGINE = MergeTree\nPRIMARY KEY x\nORDER BY x");
    EXPECT_EQ(multiLine("create database if not exists d engine = Atomic comment 'x'"),
              "CREATE DATABASE IF NOT EXISTS d\nENGINE = Atomic\nCOMMENT 'x'");
    EXPECT_EQ(oneLine("create materialized view mv to db.t as select 1 as x"), "CREATE MATERIALIZED VIEW mv TO db.t AS SELECT 1 AS x");
}

TEST(FormatterTest, OtherStatements)
{
    EXPECT_EQ(oneLine("drop table if exists db.t sync"), "DROP TABLE IF EXISTS db.t SYNC");
    EXPECT_EQ(oneLine("truncate t"), "TRUNCATE TABLE t");
    EXPECT_EQ(oneLine("detach database d"), "DETACH DATABASE d");
    EXPECT_EQ(oneLine("rename table a to b, c to d"), "RENAME TABLE a TO b, c TO d");
    EXPECT_EQ(oneLine("insert into t (a,b) format JSONEachRow"), "INSERT INTO t (a, b) FORMAT JSONEachRow");
    EXPECT_EQ(multiLine("insert into t settings a=1 values (1)"), "INSERT INTO t\nSETTINGS a = 1\nFORMAT Values");
    EXPECT_EQ(oneLine("show tables from db like '%x'"), "SHOW TABLES FROM db LIKE '%x'");
    EXPECT_EQ(oneLine("show databases"), "SHOW DATABASES");
    EXPECT_EQ(oneLine("show create table db.t"), "SHOW CREATE TABLE db.t");
    EXPECT_EQ(oneLine("show processlist"), "SHOW PROCESSLIST");
    EXPECT_EQ(oneLine("desc t"), "DESCRIBE TABLE t");
    EXPECT_EQ(oneLine("use db"), "USE db");
    EXPECT_EQ(oneLine("exists table t"), "EXISTS TABLE t");
    EXPECT_EQ(oneLine("exists database d"), "EXISTS DATABASE d");
    EXPECT_EQ(oneLine("optimize table t partition 2020 final deduplicate"), "OPTIMIZE TABLE t PARTITION 2020 FINAL DEDUPLICATE");
    EXPECT_EQ(oneLine("set a=1, b='x'"), "SET a = 1, b = 'x'");
    EXPECT_EQ(multiLine("explain syntax select 1"), "EXPLAIN SYNTAX\nSELECT 1");
    EXPECT_EQ(oneLine("explain plan header=1 select 1"), "EXPLAIN header = 1 SELECT 1");
    EXPECT_EQ(oneLine("alter table t add column x UInt8 after y, drop column z, modify column q String, delete where 1, update a=1 where 2"),
              "ALTER TABLE t ADD COLUMN `x` UInt8 AFTER y, DROP COLUMN z, MODIFY COLUMN `q` String, DELETE WHERE 1, UPDATE a = 1 WHERE 2");
    EXPECT_EQ(oneLine("alter table t drop partition 202001"), "ALTER TABLE t DROP PARTITION 202001");
    EXPECT_EQ(oneLine("system stop merges db.t"), "SYSTEM STOP MERGES db.t");
    EXPECT_EQ(oneLine("kill query where query_id = 'x' sync"), "KILL QUERY WHERE query_id = 'x' SYNC");
}

TEST(FormatterTest, ColumnNames)
{
    EXPECT_EQ(name("a + 1"), "plus(a, 1)");
    EXPECT_EQ(name("count()"), "count()");
    EXPECT_EQ(name("sum(x)"), "sum(x)");
    EXPECT_EQ(name("'abc'"), "'abc'");
    EXPECT_EQ(name("1"), "1");
    EXPECT_EQ(name("-1"), "-1");
    EXPECT_EQ(name("1.0"), "1.");
    EXPECT_EQ(name("[1, 2]"), "[1, 2]");
    EXPECT_EQ(name("[1, 1.5]"), "[1, 1.5]");
    EXPECT_EQ(name("(1, 'a')"), "(1, 'a')");
    EXPECT_EQ(name("toDate(ts)"), "toDate(ts)");
    EXPECT_EQ(name("not 1"), "not(1)");
    EXPECT_EQ(name("1 in (1, 2)"), "in(1, (1, 2))");
    EXPECT_EQ(name("0x1F"), "31");
    EXPECT_EQ(name("'x' like 'y'"), "like('x', 'y')");
    EXPECT_EQ(name("NULL"), "NULL");
    EXPECT_EQ(name("inf"), "inf");
    EXPECT_EQ(name("a AS b"), "a");
}

TEST(FormatterTest, WithClause)
{
    EXPECT_EQ(oneLine("with x as (select 1) select * from x"), "WITH x AS (SELECT 1) SELECT * FROM x");
    EXPECT_EQ(oneLine("with (select 1) as x select x"), "WITH (SELECT 1) AS x SELECT x");
    EXPECT_EQ(multiLine("with 1 as x, y as (select 2) select x"),
              "WITH\n    1 AS x,\n    y AS\n    (\n        SELECT 2\n    )\nSELECT x");
    EXPECT_EQ(multiLine("describe (select 1)"), "DESCRIBE TABLE\n(\n    SELECT 1\n)");
}

TEST(FormatterTest, WindowFunctions)
{
    EXPECT_EQ(oneLine("select sum(x) over (partition by a, b % 2 order by c desc nulls first rows between 2 preceding and unbounded following) as s "
                      "from t window w as (order by d range 3 preceding), v as (w rows between current row and 1 following)"),
              "SELECT sum(x) OVER (PARTITION BY a, b % 2 ORDER BY c DESC NULLS FIRST ROWS BETWEEN 2 PRECEDING AND UNBOUNDED FOLLOWING) AS s "
              "FROM t WINDOW w AS (ORDER BY d ASC RANGE BETWEEN 3 PRECEDING AND CURRENT ROW), "
              "v AS (w ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING)");
    EXPECT_EQ(multiLine("select row_number() over w, count() over () from t window w as (partition by a)"),
              "SELECT\n    row_number() OVER w,\n    count() OVER ()\nFROM t\nWINDOW w AS (PARTITION BY a)");
    /// Column names print operators as functions, inside the window too; a default frame is not printed.
    EXPECT_EQ(name("lagInFrame(x, 1) over (partition by a % 2 order by b)"), "lagInFrame(x, 1) OVER (PARTITION BY modulo(a, 2) ORDER BY b ASC)");
    EXPECT_EQ(name("rank() over (w order by b range between unbounded preceding and current row)"),
              "rank() OVER (w ORDER BY b ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
}
