-- generateRandom: endless rows of any structure; a seed repeats them, string and array
-- lengths stay within their limits, values are valid for their types, and bad arguments
-- and types without random values are ClickHouse's errors.
SELECT toTypeName(a), toTypeName(s), toTypeName(n), toTypeName(t), toTypeName(m), toTypeName(tup)
FROM generateRandom('a UInt8, s String, n Nullable(Int32), t DateTime64(3, \'UTC\'), m Map(String, Array(UInt8)), tup Tuple(b Bool, f FixedString(3))', 1) LIMIT 1;
SELECT count() FROM (SELECT * FROM generateRandom('a Int64, s String', 7) LIMIT 100000);
SELECT (SELECT sum(cityHash64(a, s)) FROM (SELECT * FROM generateRandom('a Int64, s String', 7) LIMIT 1000))
     = (SELECT sum(cityHash64(a, s)) FROM (SELECT * FROM generateRandom('a Int64, s String', 7) LIMIT 1000));
SELECT (SELECT sum(cityHash64(a)) FROM (SELECT * FROM generateRandom('a Int64', 7) LIMIT 1000))
     = (SELECT sum(cityHash64(a)) FROM (SELECT * FROM generateRandom('a Int64', 8) LIMIT 1000));
SELECT max(length(s)) <= 3, max(length(a)) <= 4, max(length(s)) > 0, max(length(a)) > 0, uniqExact(s) > 50
FROM (SELECT * FROM generateRandom('s String, a Array(Int8)', NULL, 3, 4) LIMIT 10000);
SELECT max(length(s)), max(length(a)) FROM (SELECT * FROM generateRandom('s String, a Array(Int8)', 1, 0, 0) LIMIT 100);
SELECT countIf(e NOT IN ('x', 'y')), countIf(d < toDate32('1900-01-01') OR d > toDate32('2299-12-31')), countIf(abs(dec) >= 10000000),
       countIf(n IS NULL) BETWEEN 400 AND 900, countIf(b) BETWEEN 4000 AND 6000, min(length(f)), max(length(f))
FROM (SELECT * FROM generateRandom('e Enum8(\'x\' = 1, \'y\' = 5), d Date32, dec Decimal(9, 2), n Nullable(UInt8), b Bool, f FixedString(4)', 3) LIMIT 10000);
SELECT * FROM generateRandom('a AggregateFunction(sum, UInt8)') LIMIT 1; -- { serverError NOT_IMPLEMENTED }
SELECT * FROM generateRandom('a Array(Nothing)') LIMIT 1; -- { serverError NOT_IMPLEMENTED }
SELECT * FROM generateRandom('a UInt8', 1, 2, 3, 4) LIMIT 1; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT * FROM generateRandom('a UInt8', -1) LIMIT 1; -- { serverError BAD_ARGUMENTS }
SELECT * FROM generateRandom('a NoSuchType') LIMIT 1; -- { serverError UNKNOWN_TYPE }
