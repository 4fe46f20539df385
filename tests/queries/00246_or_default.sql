-- toXOrDefault(s[, default]): an unparsable string gives the default value, else the type's default.
SELECT toInt32OrDefault('12'), toInt32OrDefault('x'), toInt32OrDefault('x', toInt32(-5)), toUInt8OrDefault('25'), toFloat64OrDefault('1.5e3'), toFloat64OrDefault('abc', 2.5);
SELECT toUInt64OrDefault(s, toUInt64(7)) FROM (SELECT arrayJoin(['1', '', 'q', '18446744073709551615']) AS s);
SELECT toUUIDOrDefault('x'), toUUIDOrDefault('61f0c404-5cb3-11e7-907b-a6006ad3dba0'), toInt64OrDefault(toString(number), toInt64(0)) FROM numbers(2);
SELECT toTypeName(toInt16OrDefault('1')), toTypeName(toFloat32OrDefault('x', toFloat32(1)));
SELECT toInt32OrDefault(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
