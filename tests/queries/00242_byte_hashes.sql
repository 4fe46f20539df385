-- sipHash64, murmurHash3_64 and murmurHash3_32 over the bytes values are stored in (a UInt8
-- hashes one byte, a UInt64 eight), several arguments combined as ClickHouse does; MD5 and
-- SHA digests as FixedString, shown with hex().
SELECT sipHash64('a'), sipHash64(''), sipHash64(1), sipHash64(toUInt64(1)), sipHash64('a', 'b'), sipHash64('abcdefghijklmnopqrstuvwxyz'), sipHash64(toDate('2020-01-01'));
SELECT murmurHash3_64('a'), murmurHash3_64(''), murmurHash3_64('a', 'b'), murmurHash3_64(toUInt32(1)), murmurHash3_64(toFixedString('ab', 3)), murmurHash3_64('0123456789abcdefXYZ');
SELECT murmurHash3_32('a'), murmurHash3_32('a', 'b'), murmurHash3_32(1), toTypeName(murmurHash3_32('a')), murmurHash3_32('0123456789abc');
SELECT sipHash64(NULL), murmurHash3_64(CAST(NULL, 'Nullable(String)')), sipHash64(materialize('x'), number) FROM numbers(2);
SELECT hex(MD5('a')), hex(MD5('')), hex(SHA1('')), hex(SHA224('a')), hex(SHA256('a')), hex(SHA512('a')), toTypeName(MD5('a')), toTypeName(SHA256('a'));
SELECT hex(SHA256(toFixedString('abc', 3))), hex(MD5(materialize('abc')));
SELECT MD5(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
