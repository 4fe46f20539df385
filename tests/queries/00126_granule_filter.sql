-- WHERE is evaluated granule by granule on its own columns first, and the other columns are
-- read only for granules where a row passes: results must not change, whatever the filter
-- (constant, Nullable, on an ALIAS column, passing nowhere or everywhere).
CREATE TABLE g (k UInt32, kind String, n Nullable(UInt32), payload String, twice UInt64 ALIAS k * 2) ENGINE = MergeTree ORDER BY (kind, k) SETTINGS index_granularity = 64;
INSERT INTO g SELECT number, ['a', 'b', 'c'][number % 3 + 1], if(number % 7 = 0, NULL, number % 100), concat('p', toString(number)) FROM numbers(10000);
SELECT count(), sum(length(payload)), min(payload), max(payload) FROM g WHERE kind = 'b';
SELECT count(), sum(k) FROM g WHERE kind = 'c' AND k % 1000 = 5;
SELECT count(), any(payload) FROM g WHERE n > 98;
SELECT count(), sum(length(payload)) FROM g WHERE n IS NULL;
SELECT count(), sum(length(payload)) FROM g WHERE 1;
SELECT count(), sum(length(payload)) FROM g WHERE 0;
SELECT count(), sum(length(payload)) FROM g WHERE kind = 'z';
SELECT count(), sum(length(payload)) FROM g WHERE twice = 4002;
SELECT payload FROM g WHERE k IN (17, 5000, 9999) ORDER BY payload;
SELECT kind, count(), sum(length(payload)) FROM g WHERE k BETWEEN 100 AND 200 OR k > 9990 GROUP BY kind ORDER BY kind;
