-- bin/unbin, splitByWhitespace and splitByNonAlpha.
SELECT bin(0), bin(5), bin(256), bin(toUInt16(5)), bin(-1), bin(toInt128(1)), bin(toUInt128(3));
SELECT bin(''), bin('ab'), bin(toFixedString('a', 2)), bin(1.0), bin(toFloat32(1)), bin(toDecimal32(1, 1)), bin(true);
SELECT bin(toDate('1970-01-02')), bin(toDateTime('1970-01-01 00:00:01', 'UTC')), bin(NULL), toTypeName(bin(1)), BIN(1);
SELECT bin(toUUID('00000000-0000-0000-0000-000000000001'));
SELECT bin(n) FROM (SELECT arrayJoin([0, 1, 255, 65535]) AS n);
SELECT bin([1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT unbin('1'), unbin('0101'), unbin('100000001'), unbin('2'), unbin('abc'), hex(unbin('11111111')), unbin(''), unbin(NULL), UNBIN('1000001');
SELECT unbin(bin('hello')), unbin(s) FROM (SELECT arrayJoin(['01100001', '0110000101100010', '']) AS s);
SELECT unbin(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByWhitespace('  a  b\tc\n'), splitByWhitespace(''), splitByWhitespace('   '), splitByWhitespace('a\vb\fc\rd'), splitByWhitespace('a\x00b');
SELECT splitByWhitespace('a b c', 2), splitByWhitespace('a b c', 0), splitByWhitespace('a b c', -1), splitByWhitespace(NULL);
SELECT splitByNonAlpha(' a1,b.c  '), splitByNonAlpha('ab_cd'), splitByNonAlpha('привет мир'), splitByNonAlpha('1.2-3'), splitByNonAlpha('a b c', 2);
SELECT splitByNonAlpha('a\x01b\x7fc'), splitByNonAlpha('...'), splitByNonAlpha('');
SELECT splitByWhitespace(s), splitByNonAlpha(s) FROM (SELECT arrayJoin(['x y', 'x,y z', '', ' x ']) AS s);
SELECT splitByWhitespace('a b', materialize(1)); -- { serverError ILLEGAL_COLUMN }
SELECT splitByWhitespace('a b', 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByWhitespace(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByNonAlpha(toFixedString('a b', 3)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
