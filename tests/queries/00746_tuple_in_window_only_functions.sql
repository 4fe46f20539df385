-- A tuple key of one element matches tuples of the set, from a list, an array or a subquery;
-- (a, b) IN (SELECT (x, y)) takes the tuple column's elements as the key columns.
SELECT tuple(1) IN (tuple(1), tuple(2)), tuple(3) IN (tuple(1), tuple(2)), tuple(1) IN tuple(1);
SELECT number, tuple(number) IN (tuple(1), tuple(2)), tuple(number) NOT IN [tuple(1)] FROM numbers(3);
SELECT tuple(1) IN (SELECT tuple(1)), (1, 'a') IN (SELECT (1, 'a')), (2, 'b') IN (SELECT (1, 'a'));
SELECT number, (number, toString(number)) IN (SELECT (number + 1, toString(number + 1)) FROM numbers(2)) FROM numbers(3);
SELECT (1, 2) IN ((1, 1 + 1), (3, 4)), 2 IN (1 + 1, 3), 5 IN [1, 2];
SELECT (number, number + 1) IN ((0, 1), (2, toUInt64(4 - 1))) FROM numbers(3);
-- Window-only functions without OVER are refused as aggregates that cannot aggregate.
SELECT rank() FROM numbers(2); -- { serverError BAD_ARGUMENTS }
SELECT row_number() FROM numbers(2); -- { serverError BAD_ARGUMENTS }
SELECT number, lagInFrame(number) FROM numbers(2); -- { serverError BAD_ARGUMENTS }
