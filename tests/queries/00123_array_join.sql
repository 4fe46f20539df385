-- ARRAY JOIN and the arrayJoin function: rows unfolded per element, LEFT ARRAY JOIN keeping
-- empty arrays, several arrays side by side, and errors.
CREATE TABLE tags (id UInt64, name String, tags Array(String), scores Array(UInt32)) ENGINE = MergeTree ORDER BY id;
INSERT INTO tags VALUES (1, 'a', ['x', 'y'], [10, 20]), (2, 'b', [], []), (3, 'c', ['z'], [30]);
SELECT id, tags FROM tags ARRAY JOIN tags ORDER BY id, tags;
SELECT id, tag, tags FROM tags ARRAY JOIN tags AS tag ORDER BY id, tag;
SELECT id, tag FROM tags LEFT ARRAY JOIN tags AS tag ORDER BY id, tag;
SELECT id, tag, score FROM tags ARRAY JOIN tags AS tag, scores AS score ORDER BY id, tag;
SELECT * FROM tags ARRAY JOIN tags WHERE tags != 'y' ORDER BY id;
SELECT tag, count(), sum(score) FROM tags ARRAY JOIN tags AS tag, scores AS score GROUP BY tag ORDER BY tag;
SELECT count() FROM tags ARRAY JOIN tags;
SELECT id, n FROM tags ARRAY JOIN range(length(tags)) AS n ORDER BY id, n;
SELECT arrayJoin([1, 2, 3]) AS x ORDER BY x;
SELECT arrayJoin([1, 2]) AS x, arrayJoin(['a', 'b']) AS y ORDER BY x, y;
SELECT id, arrayJoin(tags) AS t FROM tags ORDER BY id, t;
SELECT sum(arrayJoin([1, 2, 3]) * 2);
SELECT arrayJoin(splitByChar(',', 'p,q,r')) AS part ORDER BY part;
SELECT number, arrayJoin(range(number)) AS r FROM numbers(4) WHERE r > 0 ORDER BY number, r;
SELECT id FROM tags ARRAY JOIN id AS x; -- { serverError TYPE_MISMATCH }
-- Arrays of different sizes are an error in 24.x (enable_unaligned_array_join = 0).
SELECT id FROM tags ARRAY JOIN [1, 2] AS a, [1] AS b; -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
