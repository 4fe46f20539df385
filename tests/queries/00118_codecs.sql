-- Column compression codecs and chains (LZ4, ZSTD(level), Delta, DoubleDelta, Gorilla, NONE):
-- data reads back unchanged through every codec, system.columns shows the chain with its
-- parameters filled in, and invalid codecs and chains are rejected.
CREATE TABLE cc (
    id UInt64 CODEC(Delta, LZ4),
    ts DateTime64(3, 'UTC') CODEC(DoubleDelta, LZ4),
    v Float64 CODEC(Gorilla),
    s String CODEC(ZSTD(3)),
    lc LowCardinality(String) CODEC(ZSTD(1)),
    d Decimal64(8) CODEC(Delta, ZSTD),
    n UInt32 CODEC(NONE),
    plain UInt16
) ENGINE = MergeTree ORDER BY id;
INSERT INTO cc SELECT number, fromUnixTimestamp64Milli(toInt64(1769904000000 + number * 250), 'UTC'), number / 8, repeat(toString(number % 10), number % 5), ['a', 'b', 'c'][number % 3 + 1], toDecimal64(number, 8) / 1000, number * 3, number % 65536 FROM numbers(100000);
SELECT count(), sum(id), min(ts), max(ts), sum(v), sum(length(s)), uniqExact(lc), sum(d), sum(n), sum(plain) FROM cc;
SELECT id, ts, v, s, lc, d, n, plain FROM cc WHERE id IN (0, 1, 12345, 99999) ORDER BY id;
SELECT lc, count() FROM cc GROUP BY lc ORDER BY lc;
SELECT name, compression_codec FROM system.columns WHERE database = currentDatabase() AND table = 'cc' ORDER BY position;
-- The codecs survive a merge.
INSERT INTO cc (id, ts, v, s, lc, d, n, plain) VALUES (200000, '2026-03-01 00:00:00.000', -1.5, 'tail', 'z', -0.5, 7, 7);
OPTIMIZE TABLE cc FINAL;
SELECT count(), sum(id), sum(d), max(ts) FROM cc;
SELECT id, ts, v, s, lc, d FROM cc WHERE id = 200000;
CREATE TABLE bad1 (x UInt64 CODEC(NoSuchCodec)) ENGINE = MergeTree ORDER BY x; -- { serverError UNKNOWN_CODEC }
CREATE TABLE bad2 (x UInt64 CODEC(ZSTD(100))) ENGINE = MergeTree ORDER BY x; -- { serverError ILLEGAL_CODEC_PARAMETER }
CREATE TABLE bad3 (x String CODEC(Delta)) ENGINE = MergeTree ORDER BY x; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad4 (x UInt64 CODEC(LZ4, Delta)) ENGINE = MergeTree ORDER BY x; -- { serverError BAD_ARGUMENTS }
