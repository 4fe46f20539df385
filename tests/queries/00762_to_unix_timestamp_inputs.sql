-- toUnixTimestamp converts as ClickHouse's toUInt32-like conversion: text is read as a DateTime
-- (in the zone argument), a number converts as toUInt32, a date gives its UTC midnight (whatever the zone) wrapped around 32 bits,
-- and a DateTime64 whose seconds do not fit UInt32 is DECIMAL_OVERFLOW.
SELECT toUnixTimestamp('2024-01-01 00:00:00', 'UTC'), toUnixTimestamp('2024-01-01 00:00:00', 'Asia/Kolkata'), toUnixTimestamp(1), toUnixTimestamp(toFloat64(1.9));
SELECT toUnixTimestamp(toDate32('1950-01-01'), 'UTC'), toUnixTimestamp(toDate32('2200-01-01'), 'UTC'), toUnixTimestamp(toDate('2149-06-06'), 'UTC'), toUnixTimestamp(toDate('2024-01-01'), 'Asia/Kathmandu');
SELECT toUnixTimestamp(toDateTime64('1969-12-31 23:59:59.999', 3, 'UTC')), toUnixTimestamp(toDateTime64('2106-02-07 06:28:15.999', 3, 'UTC')), toUnixTimestamp(toDateTime('2024-03-10 03:30:00', 'America/New_York'));
SELECT toUnixTimestamp(toDateTime64('2106-02-07 06:28:16', 3, 'UTC')); -- { serverError DECIMAL_OVERFLOW }
SELECT toUnixTimestamp(toDateTime64('1969-12-31 23:59:59', 0, 'UTC')); -- { serverError DECIMAL_OVERFLOW }
SELECT toUnixTimestamp('garbage'); -- { serverError CANNOT_PARSE_DATETIME }
