-- formatDateTime's %f as ClickHouse 24.x prints it: a DateTime64's fraction in as many digits as
-- its scale (24.x had no formatdatetime_f_prints_scale_number_of_digits: this was the only
-- behaviour); a Date, Date32, DateTime or DateTime64(0) has no fraction and prints 000000, or a
-- single 0 with formatdatetime_f_prints_single_zero.
SELECT formatDateTime(toDateTime64('2024-01-02 03:04:05.123456', 6, 'UTC'), '%f'), formatDateTime(toDateTime64('2024-01-02 03:04:05.1', 1, 'UTC'), '%f'), formatDateTime(toDateTime64('2024-01-02 03:04:05.05', 3, 'UTC'), '%f'), formatDateTime(toDateTime64('2024-01-02 03:04:05.123456789', 9, 'UTC'), '%f');
SELECT formatDateTime(toDateTime64('1969-12-31 23:59:59.25', 2, 'UTC'), '%S.%f');
SELECT formatDateTime(toDateTime('2024-01-02 03:04:05', 'UTC'), '%f'), formatDateTime(toDate('2024-01-02'), '%f'), formatDateTime(toDate32('2024-01-02'), '%f'), formatDateTime(toDateTime64('2024-01-02 03:04:05', 0, 'UTC'), '%f');
SELECT formatDateTime(toDateTime('2024-01-02 03:04:05', 'UTC'), '%f'), formatDateTime(toDate('2024-01-02'), '%f'), formatDateTime(toDate32('2024-01-02'), '%f'), formatDateTime(toDateTime64('2024-01-02 03:04:05', 0, 'UTC'), '%f') SETTINGS formatdatetime_f_prints_single_zero = 1;
SELECT formatDateTime(toDateTime64('2024-01-02 03:04:05', 3, 'UTC'), '%f'), formatDateTime(toDateTime64('2024-01-02 03:04:05.5', 3, 'UTC'), '%f') SETTINGS formatdatetime_f_prints_single_zero = 1;
