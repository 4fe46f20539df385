-- toDecimalNOrDefault(s, scale [, default]): a string that does not parse gives the default
-- (else zero), after the scale that picks the type.
SELECT toDecimal32OrDefault('1.5', 2), toDecimal64OrDefault('x', 3, toDecimal64(7, 3)), toDecimal128OrDefault('y', 1), toTypeName(toDecimal32OrDefault('1', 4));
SELECT toDecimal32OrDefault(s, 2, toDecimal32(-1, 2)) FROM (SELECT arrayJoin(['1.25', 'bad', '', '99999999999']) AS s);
SELECT toInt32OrDefault('x', toInt32(5)), toInt32OrDefault('7'), toUInt8OrDefault('300', toUInt8(1));
SELECT toDecimal32OrDefault('1'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
