-- var*/stddev* take Decimals as their Float64 values; covar/corr refuse them; single row and empty input give nan
DROP TABLE IF EXISTS vd;
CREATE TABLE vd (i32 Int32, f Float64, d Decimal(10, 2), d64 Decimal64(4)) ENGINE = Memory;
INSERT INTO vd VALUES (10, 1.5, 12.34, 1.0001), (20, 2.5, 1.11, 2.5), (-7, 7, -0.01, -3.25), (30, 3, 5, 7);
SELECT varSamp(d), stddevSamp(d), varPop(d), stddevPop(d64), toTypeName(varSamp(d)) FROM vd;
SELECT varSamp(toDecimal128(d, 5)), varPop(d), stddevSamp(d) FROM vd WHERE i32 = 10;
SELECT varSamp(d), varPop(d64) FROM vd WHERE 0;
SELECT stddevPop(i32), stddevSamp(i32), varPop(i32), varSamp(i32), covarPop(i32, f), covarSamp(i32, f), corr(i32, f) FROM vd WHERE i32 = 10;
SELECT covarSamp(d, i32) FROM vd; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT corr(f, d64) FROM vd; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT varSamp('a') FROM vd; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
DROP TABLE vd;
