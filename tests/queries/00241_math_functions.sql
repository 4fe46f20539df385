-- exp, log, pow, sqrt and the trigonometric family: Float64 from any number or Decimal;
-- infinities and NaN where the real function has no value; NULL in, NULL out.
SELECT exp(1), log(e()), ln(1), exp2(10), log2(8), exp10(3), log10(1000), log1p(0), sqrt(16), cbrt(-8), pow(2, 10), power(2, -1), pow(0, 0);
SELECT log(0), log(-1), sqrt(-1), exp(710), pow(-8, 1 / 3);
SELECT sin(0), cos(0), tan(0), asin(1), acos(1), atan(1), atan2(1, 1), hypot(3, 4), sinh(0), cosh(0), tanh(0), asinh(0), acosh(1), atanh(0);
SELECT erf(0), erfc(0), lgamma(1), tgamma(5), degrees(pi()), radians(180), sigmoid(0), e(), pi();
SELECT toTypeName(sqrt(toFloat32(2))), toTypeName(exp(1)), toTypeName(pow(toFloat32(2), 2)), sqrt(toDecimal32(2.25, 2)), pow(toDecimal64(1.5, 1), 2), sqrt(toUInt64(18446744073709551615));
SELECT exp(NULL), sqrt(CAST(NULL, 'Nullable(Float32)')) AS s, toTypeName(s);
SELECT number, sqrt(number), pow(number, 2), log2(number) FROM numbers(4);
SELECT sqrt('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT pow(2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT pi(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
