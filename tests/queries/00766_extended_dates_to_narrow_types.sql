-- A Date32 or DateTime64 outside Date's or DateTime's range converts as ClickHouse does by
-- default (date_time_overflow_behavior 'ignore'): it wraps around 16 or 32 bits, while a
-- DateTime's day stays within Date's range.
SELECT toDate(toDateTime64('1900-01-01 00:00:00', 0, 'UTC')), toDate(toDateTime64(-1, 0, 'UTC')), CAST(toDateTime64('1950-01-01 00:00:00', 0, 'UTC') AS Date), toDate(toDateTime64('2299-12-31 23:59:59', 3, 'UTC'));
SELECT toDate(toDate32('1900-01-01')), toDate(toDate32('1969-12-31')), CAST(toDate32('2200-01-01') AS Date), toDate(toDate32('2149-06-06'));
SELECT toDateTime(toDateTime64(-1, 0, 'UTC'), 'UTC'), toDateTime(toDateTime64('2200-01-01 00:00:00', 0, 'UTC'), 'UTC'), toDateTime(toDate32('1969-12-31'), 'UTC'), toDateTime(toDate32('2200-01-01'), 'UTC');
SELECT toDate(toDateTime(0, 'America/New_York')), toDate32(toDateTime64('2299-12-31 23:59:59', 0, 'Asia/Kolkata')), toDate(toDateTime64('2024-03-10 23:30:00', 0, 'Asia/Kolkata')), toDateTime(toDate32('2024-03-10'), 'Asia/Kathmandu');
