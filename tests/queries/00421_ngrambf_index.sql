-- ngrambf_v1(n, bytes, hashes, seed): per granule a Bloom filter of every n consecutive bytes of a
-- string column. A query skips the granules whose filter lacks an n-gram of a piece every match must
-- hold (LIKE's fixed pieces, an equality, startsWith/endsWith, multiSearchAny's needles, IN); a piece
-- shorter than n tells nothing. Every result is checked against a twin table without the index.
DROP DATABASE IF EXISTS ngrambf_00421;
CREATE DATABASE ngrambf_00421;
CREATE TABLE ngrambf_00421.hits (k UInt32, url String, INDEX iu url TYPE ngrambf_v1(3, 1024, 2, 1) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 8;
CREATE TABLE ngrambf_00421.plain (k UInt32, url String) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 8;
INSERT INTO ngrambf_00421.hits SELECT number, multiIf(number < 32, concat('https://shop.example/item/', toString(intDiv(number, 4)), '/view'), number < 40, concat('https://shop.example/checkout/', if(number = 39, 'pay', 'cart')), concat('https://blog.example/post/', toString(number - 40))) FROM numbers(64);
INSERT INTO ngrambf_00421.plain SELECT * FROM ngrambf_00421.hits;

SELECT 'url LIKE \'%/checkout/%\'' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%/checkout/%') AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url LIKE '%/checkout/%') AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%/checkout/%';
SELECT 'url LIKE \'%heck%\'' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%heck%') AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url LIKE '%heck%') AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%heck%';
SELECT 'url LIKE \'%ck%\'' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%ck%') AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url LIKE '%ck%') AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%ck%';
SELECT 'url LIKE \'https://shop.example/item/1_/%\'' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url LIKE 'https://shop.example/item/1_/%') AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url LIKE 'https://shop.example/item/1_/%') AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url LIKE 'https://shop.example/item/1_/%';
SELECT 'url = \'https://shop.example/item/7/view\'' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url = 'https://shop.example/item/7/view') AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url = 'https://shop.example/item/7/view') AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url = 'https://shop.example/item/7/view';
SELECT 'startsWith(url, \'https://blog.\')' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE startsWith(url, 'https://blog.')) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE startsWith(url, 'https://blog.')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE startsWith(url, 'https://blog.');
SELECT 'endsWith(url, \'/checkout/pay\')' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE endsWith(url, '/checkout/pay')) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE endsWith(url, '/checkout/pay')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE endsWith(url, '/checkout/pay');
SELECT 'multiSearchAny(url, [\'/item/3/\', \'blog\'])' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE multiSearchAny(url, ['/item/3/', 'blog'])) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE multiSearchAny(url, ['/item/3/', 'blog'])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE multiSearchAny(url, ['/item/3/', 'blog']);
SELECT 'multiSearchAny(url, [\'/item/3/\', \'go\'])' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE multiSearchAny(url, ['/item/3/', 'go'])) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE multiSearchAny(url, ['/item/3/', 'go'])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE multiSearchAny(url, ['/item/3/', 'go']);
SELECT 'url IN (\'https://shop.example/item/2/view\', \'https://blog.example/post/9\')' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url IN ('https://shop.example/item/2/view', 'https://blog.example/post/9')) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url IN ('https://shop.example/item/2/view', 'https://blog.example/post/9')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url IN ('https://shop.example/item/2/view', 'https://blog.example/post/9');
SELECT 'hasToken(url, \'checkout\')' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE hasToken(url, 'checkout')) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE hasToken(url, 'checkout')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE hasToken(url, 'checkout');
SELECT 'position(url, \'checkout\') > 0' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE position(url, 'checkout') > 0) AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE position(url, 'checkout') > 0) AS without;
SELECT 'url NOT LIKE \'%/checkout/%\'' AS condition, (SELECT count() FROM ngrambf_00421.hits WHERE url NOT LIKE '%/checkout/%') AS with_index, (SELECT count() FROM ngrambf_00421.plain WHERE url NOT LIKE '%/checkout/%') AS without;
SELECT k, url FROM ngrambf_00421.hits WHERE url LIKE '%/checkout/%' ORDER BY k LIMIT 3;

-- the index is built again when parts merge
INSERT INTO ngrambf_00421.hits SELECT number, concat('https://docs.example/page/', toString(number)) FROM numbers(64, 16);
INSERT INTO ngrambf_00421.plain SELECT number, concat('https://docs.example/page/', toString(number)) FROM numbers(64, 16);
OPTIMIZE TABLE ngrambf_00421.hits FINAL;
SELECT (SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%docs%'), (SELECT count() FROM ngrambf_00421.plain WHERE url LIKE '%docs%');
EXPLAIN indexes = 1 SELECT count() FROM ngrambf_00421.hits WHERE url LIKE '%docs%';
SELECT name, type, type_full, expr, granularity FROM system.data_skipping_indices WHERE database = 'ngrambf_00421';
DROP DATABASE ngrambf_00421;
