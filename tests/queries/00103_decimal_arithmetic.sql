-- Decimal: exact fixed-point arithmetic, result scales, and the Decimal64(8) cost sums of HIP-47 billing.
SELECT toDecimal64('0.1', 8) + toDecimal64('0.2', 8), 0.1 + 0.2 = 0.3, toDecimal64('0.1', 8) + toDecimal64('0.2', 8) = toDecimal64('0.3', 8);
SELECT toTypeName(toDecimal64('1', 8)), toTypeName(toDecimal32('1', 2)), toTypeName(toDecimal128('1', 20)), toTypeName(CAST(1 AS Decimal(10, 2)));
-- Result scale: max of the scales for + and -, sum of the scales for *, the dividend's scale for /.
SELECT toDecimal64('1.5', 2) + toDecimal64('2.25', 4) AS a, toTypeName(a);
SELECT toDecimal64('1.5', 2) * toDecimal64('2.25', 4) AS m, toTypeName(m);
SELECT toDecimal64('10', 4) / toDecimal64('3', 2) AS q, toTypeName(q);
SELECT toDecimal64('-7.5', 2), -toDecimal64('7.5', 2), abs(toDecimal64('-7.5', 2));
-- Printing: no trailing zeros by default.
SELECT toDecimal64('12.50000000', 8), toDecimal64('0', 8), toDecimal64('0.00000001', 8), toDecimal32('-0.5', 3), toDecimal128('123456789012345678.123456789', 9);
-- Mixed with integers and floats.
SELECT toDecimal64('2.5', 8) * 3, toDecimal64('2.5', 8) + 1, toTypeName(toDecimal64('2.5', 8) * 3), toDecimal64('2.5', 2) * 1.5;
-- Comparison across scales.
SELECT toDecimal64('1.10', 2) = toDecimal64('1.1', 8), toDecimal32('2', 1) > toDecimal64('1.99999999', 8);
-- Sums stay exact where Float64 would drift: a million adds of 0.00000001.
SELECT sum(toDecimal64('0.00000001', 8)) FROM numbers(1000000);
SELECT toTypeName(sum(toDecimal64('0.1', 8))), sum(toDecimal64('0.1', 8)) FROM numbers(10);
SELECT avg(toDecimal64(number, 8)) FROM numbers(4);
SELECT min(x), max(x), sum(x) FROM (SELECT toDecimal64(number, 8) / 7 AS x FROM numbers(10));
-- HIP-47 style cost calculation: tokens times a per-token price.
CREATE TABLE usage (model String, tokens_prompt UInt32, tokens_completion UInt32, cost_usd Decimal64(8)) ENGINE = MergeTree ORDER BY model;
INSERT INTO usage VALUES ('gpt-4o', 1200, 300, 0.01050000), ('gpt-4o', 800, 200, 0.007), ('claude', 1000, 1000, 0.018), ('claude', 3, 7, 0.00000015), ('mini', 1000000, 0, 0.15);
SELECT model, sum(tokens_prompt + tokens_completion) AS tokens, sum(cost_usd) AS cost, toTypeName(cost) FROM usage GROUP BY model ORDER BY cost DESC;
SELECT model, sum(toDecimal64(tokens_prompt, 8) * toDecimal64('0.0000025', 8)) AS prompt_cost FROM usage GROUP BY model ORDER BY model;
SELECT sum(cost_usd), round(sum(cost_usd), 2), toString(sum(cost_usd)) FROM usage;
SELECT cost_usd FROM usage ORDER BY cost_usd;
-- Errors: too many digits, overflow, bad text.
SELECT toDecimal32('12345678.9', 2); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT toDecimal64('abc', 8); -- { serverError CANNOT_PARSE_TEXT }
SELECT toDecimal64('1', 19); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT toDecimal64('1', 2) / 0; -- { serverError ILLEGAL_DIVISION }
SELECT toDecimal32('99999', 4) * 100000; -- { serverError DECIMAL_OVERFLOW }
