-- Without transform_null_in a NULL on the left of IN gives NULL; with it NULL matches a NULL in the set
SELECT NULL IN (NULL), toTypeName(NULL IN (NULL));
SELECT NULL IN (NULL) SETTINGS transform_null_in = 1;
SELECT toNullable(1) IN (1, 2), CAST(NULL, 'Nullable(Int32)') IN (1), number IN (1) FROM numbers(1);
SELECT x IN (1, NULL), x NOT IN (1, NULL) FROM (SELECT arrayJoin([1, NULL, 3]) AS x);
SELECT x IN (1, NULL), x NOT IN (1, NULL) FROM (SELECT arrayJoin([1, NULL, 3]) AS x) SETTINGS transform_null_in = 1;
SELECT x IN (SELECT 1) FROM (SELECT arrayJoin([1, NULL]) AS x);
SELECT (1, NULL) IN ((1, NULL)), (1, NULL) IN ((1, NULL)) SETTINGS transform_null_in = 1;
SELECT count() FROM (SELECT arrayJoin([1, NULL, 3]) AS x) WHERE x IN (1, 3);
-- A bare NULL on the left meets only the NULLs of the set: other values cannot match.
SELECT NULL IN (1), NULL NOT IN (1), toTypeName(NULL IN (1));
SELECT NULL IN (1) SETTINGS transform_null_in = 1;
SELECT NULL IN (NULL, 1) SETTINGS transform_null_in = 1;
SELECT (1, NULL) IN ((1, NULL), (1, 2)), notNullIn(NULL, (1, 2));
