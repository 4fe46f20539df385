-- Array, Tuple and Map columns: a round trip through a MergeTree table in VALUES, TabSeparated
-- and JSONEachRow, element access, and the text forms of nested values.
CREATE TABLE c (
    id UInt32,
    tags Array(String),
    nums Array(Nullable(Int32)),
    nested Array(Array(UInt8)),
    pair Tuple(String, UInt64),
    named Tuple(model String, tokens UInt32),
    props Map(String, String),
    counts Map(String, UInt64)
) ENGINE = MergeTree ORDER BY id;
INSERT INTO c VALUES
    (1, ['a', 'b'], [1, NULL, -3], [[1, 2], [], [3]], ('x', 10), ('gpt-4o', 1200), {'url': '/dashboard', 'ref': ''}, {'clicks': 3, 'views': 10}),
    (2, [], [], [], ('', 0), ('', 0), {}, {}),
    (3, ['it\'s', 'tab\there', 'q"uote'], [NULL], [[255]], ('y', 18446744073709551615), ('claude', 7), {'k': 'v\nw'}, {'a': 1});
INSERT INTO c FORMAT JSONEachRow
{"id": 4, "tags": ["json", "row"], "nums": [7, null], "nested": [[4], [5, 6]], "pair": ["z", 42], "named": {"model": "mini", "tokens": 5}, "props": {"a": "1", "b": "2"}, "counts": {"x": 9}};
SELECT * FROM c ORDER BY id;
SELECT id, tags, pair, props FROM c ORDER BY id FORMAT JSONEachRow;
SELECT id, length(tags), tags[1], tags[-1], nums[2], nested[2], has(tags, 'b'), indexOf(tags, 'b') FROM c ORDER BY id;
SELECT id, pair.1, pair.2, tupleElement(named, 'model'), named.tokens FROM c ORDER BY id;
SELECT id, props['url'], props['missing'], counts['views'], mapKeys(counts), mapValues(counts), length(props) FROM c ORDER BY id;
SELECT toTypeName(tags), toTypeName(pair), toTypeName(props), toTypeName(nums) FROM c LIMIT 1;
SELECT count(), sum(length(tags)), sum(length(nested)), sum(counts['views']) FROM c;
SELECT tags, count() FROM c GROUP BY tags ORDER BY tags;
-- Literals and constructors.
SELECT [1, 2, 3], array('a', 'b'), [[1], [2, 3]], (1, 'a', 2.5), tuple(1, NULL), map('k', 1, 'l', 2), map('a', [1, 2]), [(1, 'a'), (2, 'b')];
SELECT toTypeName([1, 2, 300]), toTypeName([1, -1]), toTypeName([1, NULL]), toTypeName((1, 'a')), toTypeName(map('k', 1)), toTypeName([]);
SELECT [1, 2] = [1, 2], (1, 'a') < (1, 'b'), emptyArrayString(), range(5);
SELECT [1, 'a']; -- { serverError NO_COMMON_TYPE }
SELECT (1, 2).3; -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT count() FROM c;
