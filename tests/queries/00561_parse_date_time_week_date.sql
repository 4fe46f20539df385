-- parseDateTime's ISO week date: %V (week), %u / %w / %a (weekday), %G / %g (week-based year).
-- The last of the date's specifiers decides how the day is named: a weekday read after %m-%d
-- switches to the week date (week 1 unless %V gave one), a month read after a weekday back.
SELECT parseDateTime('2024-W19-2', '%G-W%V-%u'), parseDateTime('2024 19', '%Y %V'), parseDateTime('2024 19 7', '%Y %V %u'), parseDateTime('19 7', '%V %u');
SELECT parseDateTime('2021 01 1', '%G %V %u'), parseDateTime('2021 53 7', '%G %V %u'), parseDateTime('2024 19 Sun', '%Y %V %a'), parseDateTime('2024 19 0', '%Y %V %w');
SELECT parseDateTime('2024-05-07 Mon', '%Y-%m-%d %a'), parseDateTime('2024 128 Mon', '%Y %j %a'), parseDateTime('2024 Tuesday May', '%Y %W %M'), parseDateTime('2024-05-07 19', '%Y-%m-%d %V');
SELECT parseDateTime('21', '%g'), parseDateTime('2021', '%G'), parseDateTime('99 19', '%g %V'), parseDateTime('24 2024', '%g %G');
SELECT parseDateTime('2024-05-07 08:09:03', '%Y-%m-%d %H:%i:%S'), parseDateTime('2024-128', '%Y-%j'), parseDateTime('24/5/7', '%y/%c/%e'), parseDateTime('2024-05-07T08', '%FT%H');
SELECT parseDateTimeOrNull('2024 54', '%Y %V'), parseDateTimeOrZero('2024 1', '%Y %V');
SELECT parseDateTime('2024 54', '%Y %V'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2024 00', '%Y %V'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2024 1', '%Y %V'); -- { serverError CANNOT_PARSE_DATETIME }
SELECT parseDateTime('2024-02-30', '%Y-%m-%d'); -- { serverError CANNOT_PARSE_DATETIME }
