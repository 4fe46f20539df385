-- Non-cryptographic hashes of several, nested and composite arguments: arrays fold in their
-- length then their elements, tuples hash as their elements, maps as arrays of pairs.
SELECT cityHash64('a'), cityHash64('a', 'b'), cityHash64(1, 'a', 2.5), cityHash64(tuple(1, 'a')), cityHash64([1, 2, 3]), cityHash64(['a', 'b']);
SELECT cityHash64([(1, 'a'), (2, 'b')]), cityHash64([tuple(1)]), cityHash64(map('a', 1)), cityHash64(toDate('2020-01-01')), cityHash64(toDecimal32(1.5, 2));
SELECT cityHash64([[1, 2], [3]]), cityHash64(([1, 2], 'a')), cityHash64([map('a', 1)]), cityHash64(map('a', [1], 'b', [2, 3]));
SELECT cityHash64(1, 'a', [1]), cityHash64('a', [1]), cityHash64([1], [1]), cityHash64([], 1), cityHash64([[]]);
SELECT cityHash64(number, toString(number), [number]) FROM numbers(3);
SELECT cityHash64(materialize('a'), materialize(1)), cityHash64(materialize([(1, 'a')]));
SELECT cityHash64(toLowCardinality('a')), cityHash64(toFixedString('a', 3)), cityHash64(''), cityHash64(), cityHash64([toLowCardinality('a')]);
SELECT cityHash64(NULL), cityHash64(toNullable(1)), cityHash64(toNullable('a')), cityHash64(1, NULL);
SELECT cityHash64(toInt128(1)), cityHash64(toDateTime64('2020-01-01 00:00:00', 3, 'UTC')), cityHash64(true), cityHash64(toDecimal64(1.5, 3)), cityHash64(toDate32('2020-01-01'));
SELECT cityHash64(toUUID('550e8400-e29b-41d4-a716-446655440000')), cityHash64(toInt8(-1)), cityHash64(toFloat32(1.5)), cityHash64(1.5);
SELECT sipHash64('a'), sipHash64(1, 2), sipHash64([1, 2]), sipHash64(tuple(1, 2)), sipHash64(map(1, 2)), sipHash64();
SELECT sipHash64(number, [toString(number), 'x'], (number, 'y')) FROM numbers(3);
SELECT xxHash32('a'), xxHash64('a'), xxHash32(1), xxHash64(1, 2), xxHash32([1, 2]), xxHash64(['a']), xxHash32();
SELECT murmurHash2_32('a'), murmurHash2_64('a'), murmurHash2_32('abcdefg'), murmurHash2_64('abcdefghijk'), murmurHash2_32(''), murmurHash2_64('');
SELECT murmurHash2_32(1, 2), murmurHash2_64(tuple(1, 'a')), murmurHash2_32([[1]]), murmurHash3_32('a'), murmurHash3_64([1, 2]), murmurHash3_64(map('a', 'b'));
SELECT halfMD5('a'), halfMD5(1, 'a'), halfMD5([1, 2]), halfMD5(tuple(1, 2)), halfMD5(NULL), halfMD5('');
SELECT intHash32(1), intHash32(-1), intHash32(toDate('2020-01-01')), toTypeName(intHash32(1)), intHash64(1), intHash64(toUInt8(1));
SELECT intHash32(toInt128(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT intHash32('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
-- javaHash: Java's hashCode of a string's bytes or of a signed integer; hiveHash drops the sign bit.
SELECT javaHash('a'), javaHash(''), javaHash('Hello, world!'), javaHash('абв'), toTypeName(javaHash('a')), hiveHash('abc'), hiveHash('абв'), toTypeName(hiveHash('a'));
SELECT javaHash(toInt8(-1)), javaHash(toInt16(300)), javaHash(toInt32(-5)), javaHash(toInt64(123456789012)), javaHash(toInt64(-1)), javaHash(-1);
SELECT javaHash(NULL), javaHash(toNullable('a')), javaHash(materialize('ab')), javaHash(toFixedString('a', 2));
SELECT javaHash(toUInt32(1)); -- { serverError NOT_IMPLEMENTED }
SELECT javaHash('a', 'b'); -- { serverError NOT_IMPLEMENTED }
-- 128-bit hashes as FixedString(16).
SELECT hex(sipHash128('a')), hex(sipHash128(1, 'a')), toTypeName(sipHash128('a')), hex(sipHash128()), hex(murmurHash3_128('a')), hex(murmurHash3_128('a', 'b')), hex(murmurHash3_128());
SELECT hex(sipHash128([1, 2])), hex(sipHash128((1, 'a'))), hex(sipHash128(toNullable('a'))), hex(sipHash128(NULL));
SELECT hex(sipHash128(number)), hex(murmurHash3_128(toString(number), number)) FROM numbers(2);
