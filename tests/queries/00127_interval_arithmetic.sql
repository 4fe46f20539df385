-- Date and time arithmetic with INTERVAL, as dashboards write it (now() - INTERVAL 1 DAY):
-- every unit, both orders, Date, DateTime and DateTime64, column names as ClickHouse's.
SELECT toDate('2026-01-31') + INTERVAL 1 MONTH, toDate('2026-03-31') - INTERVAL 1 MONTH, toDate('2024-02-29') + INTERVAL 1 YEAR;
SELECT toDate('2026-01-01') + INTERVAL 1 DAY FORMAT TSVWithNames;
SELECT INTERVAL 2 WEEK + toDate('2026-01-01'), toDate('2026-01-01') - INTERVAL 1 QUARTER;
SELECT toDateTime('2026-03-01 00:00:00', 'UTC') - INTERVAL 90 MINUTE AS t, toTypeName(t);
SELECT toDateTime('2026-03-01 00:00:00', 'UTC') + INTERVAL 1 HOUR + INTERVAL 30 SECOND;
SELECT toDateTime64('2026-03-01 00:00:00.250', 3, 'UTC') + INTERVAL 1 DAY AS t, toTypeName(t);
SELECT toDate('2026-01-01') + INTERVAL 1 HOUR AS t, toTypeName(t);
SELECT count() FROM numbers(10) WHERE toDate('2026-01-10') - INTERVAL number DAY >= toDate('2026-01-05');
SELECT now() - INTERVAL 1 DAY < now(), today() - INTERVAL 30 DAY = today() - 30;
