-- intHash32/intHash64 take Decimal32/64 (their raw integer) and IPv4 (its number) as ClickHouse does,
-- and refuse wider and non-integer types
SELECT intHash32(toDecimal32(1, 2)), intHash32(100), intHash64(toDecimal64(-1.5, 3)), intHash64(toInt64(-1500));
SELECT intHash32(toIPv4('1.2.3.4')), intHash64(toIPv4('1.2.3.4')), intHash32(toUInt32(16909060));
SELECT intHash32(toDate32('2020-01-01')), intHash32(toDate('2020-01-01')), intHash32(toDateTime(5, 'UTC')), intHash32(true);
SELECT groupBitXor(intHash32(toDecimal32(number, 1))), groupBitXor(intHash64(toIPv4(number))) FROM numbers(1000);
SELECT intHash32(toDecimal128(1, 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT intHash64(toIPv6('::1')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT intHash32(toDateTime64(1, 3)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT intHash32(1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT intHash32(toInt128(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
