-- Output formats of one small result with awkward values (quotes, tabs, NULL, 64-bit numbers,
-- Decimal, DateTime64, arrays): TabSeparated family, CSV, JSON family, Pretty, Values.
CREATE TABLE f (id UInt64, name String, n Nullable(Int32), price Decimal64(8), ts DateTime64(3, 'UTC'), tags Array(String), ok Bool) ENGINE = MergeTree ORDER BY id;
INSERT INTO f VALUES (1, 'plain', 7, 1.5, '2026-02-23 12:00:00.000', ['a', 'b'], true), (2, 'it\'s "quoted"\ttab\\', NULL, 0.00000001, '2026-02-23 12:00:01.250', [], false), (18446744073709551615, '', -1, 0, '1970-01-01 00:00:00.000', ['x,y'], true);
SELECT * FROM f ORDER BY id FORMAT TabSeparated;
SELECT * FROM f ORDER BY id FORMAT TabSeparatedWithNames;
SELECT * FROM f ORDER BY id FORMAT TSVWithNamesAndTypes;
SELECT * FROM f ORDER BY id FORMAT TSVRaw;
SELECT * FROM f ORDER BY id FORMAT CSV;
SELECT * FROM f ORDER BY id FORMAT CSVWithNames;
SELECT * FROM f ORDER BY id FORMAT JSONEachRow;
SELECT * FROM f ORDER BY id FORMAT JSONCompactEachRow;
SELECT * FROM f ORDER BY id SETTINGS output_format_json_quote_64bit_integers = 0 FORMAT JSONEachRow;
SELECT * FROM f ORDER BY id SETTINGS output_format_write_statistics = 0 FORMAT JSON;
SELECT id, name FROM f ORDER BY id SETTINGS output_format_write_statistics = 0 FORMAT JSONCompact;
SELECT * FROM f ORDER BY id FORMAT Values;
-- Pretty formats, without the row-number column.
SELECT id, n, price, ts, tags, ok FROM f ORDER BY id SETTINGS output_format_pretty_row_numbers = 0 FORMAT PrettyCompact;
SELECT id, n FROM f ORDER BY id SETTINGS output_format_pretty_row_numbers = 0 FORMAT Pretty;
SELECT count() FROM f WHERE id > 100 FORMAT JSONEachRow;
SELECT * FROM f WHERE id > 1000000 ORDER BY id FORMAT JSONEachRow;
SELECT * FROM f WHERE id > 1000000 ORDER BY id SETTINGS output_format_write_statistics = 0 FORMAT JSON;
SELECT 1 AS x, 'a' AS `weird name` FORMAT TSVWithNames;
SELECT number FROM numbers(3) FORMAT Null;
SELECT 1 FORMAT NoSuchFormat; -- { serverError UNKNOWN_FORMAT }
