-- untuple(t): the elements of a tuple as separate columns of the SELECT list, named
-- tupleElement(t, 'name') (an unnamed tuple's elements by position), or alias.name.
SELECT untuple((1, 'a')), untuple(CAST((1, 2) AS Tuple(x UInt8, y UInt8))) AS z FORMAT TSVWithNamesAndTypes;
SELECT untuple((1, 2)) AS z FORMAT TSVWithNamesAndTypes;
SELECT untuple(t), t FROM (SELECT (1, (2, 3)) AS t) FORMAT TSVWithNamesAndTypes;
SELECT untuple(CAST((1, NULL) AS Tuple(a Nullable(UInt8), b Nullable(String)))) FORMAT TSVWithNamesAndTypes;
SELECT untuple((toLowCardinality('a'), 1)) AS l FORMAT TSVWithNamesAndTypes;
SELECT * FROM (SELECT untuple(CAST((1, 2) AS Tuple(x UInt8, y UInt8)))) FORMAT TSVWithNames;
-- An element can be picked by its position as a string name.
SELECT tupleElement((1, 'a'), '2'), tupleElement(t, '2') FROM (SELECT (1, (2, 3)) AS t);
SELECT tupleElement((1, 2), '0'); -- { serverError BAD_ARGUMENTS }
SELECT tupleElement((1, 2), '01'); -- { serverError BAD_ARGUMENTS }
SELECT tupleElement(CAST((1, 2) AS Tuple(x UInt8, y UInt8)), '1'); -- { serverError BAD_ARGUMENTS }
-- Over rows, aggregates and GROUP BY; positions in ORDER BY and LIMIT BY count the elements.
SELECT untuple(argMax((number, toString(number)), number)) FROM numbers(10);
SELECT untuple((sum(number), max(number))) FROM numbers(10);
SELECT untuple((number % 2, number % 3)), count() FROM numbers(10) GROUP BY untuple((number % 2, number % 3)) ORDER BY 1, 2;
SELECT untuple((number, 10 - number)) FROM numbers(3) ORDER BY 2;
SELECT untuple((number % 2, number)) FROM numbers(4) ORDER BY 2 DESC LIMIT 1 BY 1;
SELECT untuple((1, 2)) ORDER BY 1;
-- As function arguments: one argument per element.
SELECT concat(untuple(('a', 'b', 'c'))), greatest(untuple((3, 7, 5)));
SELECT untuple((1, 2)) + 1; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
-- Errors.
SELECT untuple(1); -- { serverError UNSUPPORTED_METHOD }
SELECT untuple([1]); -- { serverError UNSUPPORTED_METHOD }
SELECT untuple(map(1, 2)); -- { serverError UNSUPPORTED_METHOD }
SELECT untuple(NULL); -- { serverError UNSUPPORTED_METHOD }
SELECT untuple(); -- { serverError UNSUPPORTED_METHOD }
SELECT untuple((1, 2), (3, 4)); -- { serverError UNSUPPORTED_METHOD }
SELECT untuple(tuple()); -- { serverError EMPTY_LIST_OF_COLUMNS_QUERIED }
-- The empty tuple.
SELECT tuple(), toTypeName(tuple()), [tuple(), tuple()];
SELECT tuple() = tuple(); -- { serverError NOT_IMPLEMENTED }
SELECT tuple() < tuple(); -- { serverError NOT_IMPLEMENTED }
