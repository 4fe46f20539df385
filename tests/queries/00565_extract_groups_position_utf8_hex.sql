-- extractGroups / extractAllGroupsVertical (extractAllGroups) / extractAllGroupsHorizontal.
SELECT extractAllGroupsHorizontal('abc=111, def=222, ghi=333', '(\\w+)=(\\w+)'), extractAllGroupsVertical('abc=111, def=222, ghi=333', '(\\w+)=(\\w+)'), extractAllGroups('abc=111, def=222', '(\\w+)=(\\w+)');
SELECT extractAllGroupsHorizontal('abc', '(x)?(b)'), extractAllGroupsVertical('abc', '(x)?(b)'), extractAllGroupsVertical('abc', '((a)|b)');
-- Empty matches move a byte on and none is taken at the end.
SELECT extractAllGroupsVertical('abc', '(x*)'), extractAllGroupsHorizontal('abc', '(x*)'), extractAllGroupsVertical('aXbX', '(X*)'), extractAllGroupsVertical('XaXXb', '(X*)');
SELECT extractGroups('abc=111', '(\\w+)=(\\w+)'), extractGroups('abc', '(x)(y)'), extractGroups('abc', '(x)?(b)'), extractGroups('', '(a)');
SELECT extractAllGroupsHorizontal('', '(a)'), extractAllGroupsVertical('', '(a)'), toTypeName(extractAllGroups('a1b2', '([a-z])(\\d)')), toTypeName(extractGroups('a1', '([a-z])(\\d)'));
SELECT extractAllGroupsHorizontal(materialize('k1=v1 k2=v2'), '(\\w+)=(\\w+)'), extractAllGroupsVertical(toFixedString('k=v', 3), '(\\w)=(\\w)');
SELECT extractAllGroupsVertical(concat('k', toString(number), '=v', toString(number)), '(\\w+)=(\\w+)') FROM numbers(3);
SELECT extractAllGroupsVertical('abc', 'b'); -- { serverError BAD_ARGUMENTS }
SELECT extractGroups('abc', 'b'); -- { serverError BAD_ARGUMENTS }
SELECT extractAllGroupsHorizontal('abc', '('); -- { serverError CANNOT_COMPILE_REGEXP }
SELECT extractAllGroupsHorizontal('k=v', materialize('(\\w)=(\\w)')); -- { serverError ILLEGAL_COLUMN }
SELECT extractAllGroupsHorizontal(number, '(a)') FROM numbers(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- positionUTF8 / positionCaseInsensitiveUTF8 count code points, start included.
SELECT positionUTF8('привет мир', 'мир'), positionCaseInsensitiveUTF8('ПРИВЕТ мир', 'привет'), positionUTF8('привет', '', 3), positionUTF8('привет', '', 7), positionUTF8('привет', '', 8);
SELECT positionUTF8('абвабв', 'б', 3), positionUTF8('абвабв', 'б', 10), positionCaseInsensitiveUTF8('АБВабв', 'Б', 3), positionCaseInsensitiveUTF8('ÄÖÜ', 'ü'), positionUTF8('', ''), positionUTF8('a', '', 2), positionUTF8('a', '', 3);
SELECT positionUTF8(materialize('日本語テキスト'), materialize('テ')), positionCaseInsensitiveUTF8('ΑΒΓ', 'βγ'), positionUTF8('abc', 'c', toUInt8(2)), positionUTF8('a\xFFб', 'б'), positionCaseInsensitiveUTF8('a\xFFБ', 'б');
SELECT positionUTF8(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- hex of UUID (its text order), decimals and floats (memory order), integers (from the top byte).
SELECT hex(toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0')), hex(materialize(toUUID('00000000-0000-0000-0000-000000000001'))), hex(toDecimal32(1.5, 2)), hex(toInt128(-1)), hex(true), hex(NULL), hex(toNullable(10)), hex(0), hex(''), hex(toIPv4('1.2.3.4'));
SELECT hex(toIPv6('::1')), hex(toLowCardinality('ab')), hex(toInt64(256)), hex(toDecimal64(-1.5, 3)), hex(toDecimal128(2, 1)), hex(toUInt128(255)), hex(toInt128(256));
SELECT hex(toFloat64(-0.0)), hex(nan), hex(toFloat32(inf)), hex(toFixedString('a', 3)), hex(toDate('2024-01-01')), hex(toDateTime('2024-01-01 00:00:00')), hex(toInt8(-1)), hex(toInt16(-1)), hex(toInt32(-256)), hex(-1), hex(1.5);
SELECT unhex('616263'), unhex('6'), unhex('616'), unhex('zz'), unhex(''), unhex('4A4b'), hex(unhex('0g')), unhex(materialize('61 62')), unhex(toFixedString('6162', 4));
SELECT hex(toDate32('2024-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT hex(toDateTime64('2024-01-01 00:00:00', 3)); -- { serverError ILLEGAL_COLUMN }
SELECT unhex(123); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
