// CAST between types. Numbers convert with one typed loop per target; strings are parsed with
// ClickHouse's messages for numbers ("Cannot parse string 'abc' as UInt64: ...") and through
// the target type's deserializeWholeText for everything else; other types go through text.
#include "functions/CastColumn.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

#include "columns/ColumnArray.h"
#include "columns/ColumnConst.h"
#include "columns/ColumnLowCardinality.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "columns/ColumnTuple.h"
#include "functions/CastIPAddress.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeDate.h"
#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"
#include "types/DataTypeDecimal.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeSimpleAggregateFunction.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
namespace
{
/// Unix times of 1900-01-01 00:00:00 and 2299-12-31 23:59:59 UTC, DateTime64's range.
constexpr Int64 kMinDateTime64Seconds = -2208988800;
constexpr Int64 kMaxDateTime64Seconds = 10413791999;

enum class ParseResult
{
    Ok,
    Empty,
    SyntaxAtBegin,
    Trailing,
    NegativeUnsigned,
};

/// Whether the digits, read as magnitude `digits` of sign `negative`, fit T: the OrNull and
/// OrZero conversions of integers up to 64 bits refuse a value out of range instead of wrapping.
template <typename T>
bool integerFits(std::string_view digits, bool negative)
{
    UInt64 magnitude = 0;
    for (char c : digits)
    {
        UInt64 digit = static_cast<UInt64>(c - '0');
        if (magnitude > (std::numeric_limits<UInt64>::max() - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
    }
    if (negative)
        return magnitude <= static_cast<UInt64>(std::numeric_limits<T>::max()) + 1;
    return magnitude <= static_cast<UInt64>(std::numeric_limits<T>::max());
}

/// ClickHouse's readIntText over a whole string: [+-]digits, wrapping on overflow unless
/// `check_overflow` (then a value out of range is a syntax error).
template <typename T>
ParseResult parseInteger(std::string_view text, T & value, size_t & parsed, bool check_overflow)
{
    if (text.empty())
        return ParseResult::Empty;
    size_t pos = 0;
    bool negative = false;
    if (text[0] == '+' || text[0] == '-')
    {
        negative = text[0] == '-';
        if (negative && !(std::is_signed_v<T> || std::is_same_v<T, Int128>))
            return ParseResult::NegativeUnsigned;
        ++pos;
    }
    size_t digits_begin = pos;
    T result = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
    {
        result = static_cast<T>(result * 10 + (text[pos] - '0'));
        ++pos;
    }
    if (pos == digits_begin)
        return ParseResult::SyntaxAtBegin;
    if constexpr (sizeof(T) <= sizeof(UInt64))
        if (check_overflow && !integerFits<T>(text.substr(digits_begin, pos - digits_begin), negative))
            return ParseResult::SyntaxAtBegin;
    value = negative ? static_cast<T>(-result) : result;
    parsed = pos;
    return pos == text.size() ? ParseResult::Ok : ParseResult::Trailing;
}

bool equalsCaseInsensitive(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    return true;
}

template <typename T>
ParseResult parseFloat(std::string_view text, T & value, size_t & parsed)
{
    if (text.empty())
        return ParseResult::Empty;
    std::string_view body = text;
    bool negative = false;
    if (body[0] == '+' || body[0] == '-')
    {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    size_t sign = text.size() - body.size();
    if (equalsCaseInsensitive(body, "inf") || equalsCaseInsensitive(body, "infinity"))
    {
        value = negative ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::infinity();
        return ParseResult::Ok;
    }
    if (equalsCaseInsensitive(body, "nan"))
    {
        value = std::numeric_limits<T>::quiet_NaN();
        return ParseResult::Ok;
    }
    if (body.empty() || !((body[0] >= '0' && body[0] <= '9') || body[0] == '.'))
        return ParseResult::SyntaxAtBegin;
    T result{};
    auto [end, error] = std::from_chars(body.data(), body.data() + body.size(), result, std::chars_format::general);
    if (error == std::errc::invalid_argument)
        return ParseResult::SyntaxAtBegin;
    if (error == std::errc::result_out_of_range)
        result = std::strtod(std::string(body.data(), end).c_str(), nullptr);
    value = negative ? -result : result;
    parsed = sign + static_cast<size_t>(end - body.data());
    return parsed == text.size() ? ParseResult::Ok : ParseResult::Trailing;
}

[[noreturn]] void throwParseError(ParseResult result, std::string_view text, size_t parsed, const std::string & type_name)
{
    std::string note = fmt::format(
        "Note: there are to{}OrZero and to{}OrNull functions, which returns zero/NULL instead of throwing exception", type_name, type_name);
    switch (result)
    {
        case ParseResult::Empty:
            throw Exception(ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF,
                            "Attempt to read after eof: Cannot parse {} from String, because value is too short", type_name);
        case ParseResult::NegativeUnsigned:
            throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Unsigned type must not contain '-' symbol: Cannot parse {} from String", type_name);
        case ParseResult::Trailing:
            throw Exception(ErrorCodes::CANNOT_PARSE_TEXT, "Cannot parse string '{}' as {}: syntax error at position {} (parsed just '{}'). {}",
                            text, type_name, parsed, text.substr(0, parsed), note);
        default:
            throw Exception(ErrorCodes::CANNOT_PARSE_TEXT, "Cannot parse string '{}' as {}: syntax error at begin of string. {}", text, type_name, note);
    }
}

template <typename T>
ColumnPtr parseNumbers(const IColumn & strings, const std::string & type_name, PodArray<UInt8> * failed)
{
    size_t rows = strings.size();
    auto result = ColumnVector<T>::create(rows);
    T * out = result->getData().data();
    if (failed)
        failed->resize_fill(rows, 0);
    for (size_t i = 0; i < rows; ++i)
    {
        std::string_view text = strings.getDataAt(i);
        size_t parsed = 0;
        T value{};
        ParseResult status;
        if constexpr (std::is_floating_point_v<T>)
            status = parseFloat(text, value, parsed);
        else
            status = parseInteger(text, value, parsed, failed != nullptr);
        if (status != ParseResult::Ok)
        {
            if (!failed)
                throwParseError(status, text, parsed, type_name);
            (*failed)[i] = 1;
            value = T{};
        }
        out[i] = value;
    }
    return result;
}

ColumnPtr castToString(const ColumnPtr & column, const DataTypePtr & from)
{
    auto result = ColumnString::create();
    size_t rows = column->size();
    std::string text;
    {
        WriteBufferFromString out(text);
        FormatSettings settings;
        auto & offsets = result->getOffsets();
        offsets.resize(rows);
        for (size_t i = 0; i < rows; ++i)
        {
            from->serializeText(*column, i, out, settings);
            offsets[i] = out.count();
        }
        out.finalize();
    }
    result->getChars().insert(text.data(), text.data() + text.size());
    return result;
}

/// Parses `source` rows as `to` through the type's own text reader (dates, UUID, Enum, Decimal...).
ColumnPtr parseWithType(const IColumn & strings, const DataTypePtr & to, PodArray<UInt8> * failed)
{
    auto result = to->createColumn();
    size_t rows = strings.size();
    FormatSettings settings;
    if (failed)
        failed->resize_fill(rows, 0);
    for (size_t i = 0; i < rows; ++i)
    {
        ReadBufferFromMemory in(strings.getDataAt(i));
        if (!failed)
        {
            to->deserializeWholeText(*result, in, settings);
            continue;
        }
        try
        {
            to->deserializeWholeText(*result, in, settings);
        }
        catch (const Exception &)
        {
            (*failed)[i] = 1;
            result->insertDefault();
        }
    }
    return result;
}

ColumnPtr castNumber(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to)
{
    TypeIndex to_type = to->getTypeId();
    TypeIndex from_type = from->getTypeId();
    if (to_type == TypeIndex::Bool)
    {
        ColumnPtr result;
        dispatchByStorage(from_type, [&](auto tag) {
            using From = typename decltype(tag)::Type;
            const auto & source = column->assertCast<ColumnVector<From>>().getData();
            auto converted = ColumnUInt8::create(source.size());
            auto & out = converted->getData();
            for (size_t i = 0; i < source.size(); ++i)
                out[i] = source[i] != From(0);
            result = converted;
        });
        return result;
    }
    ColumnPtr result;
    dispatchByStorage(to_type, [&](auto tag) {
        using To = typename decltype(tag)::Type;
        result = convertNumericColumn<To>(column, from_type);
    });
    return result;
}

bool isTemporalOrDecimal(TypeIndex type)
{
    switch (type)
    {
        case TypeIndex::Date:
        case TypeIndex::Date32:
        case TypeIndex::DateTime:
        case TypeIndex::DateTime64:
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128: return true;
        default: return false;
    }
}

const DateLUT & zoneOf(const IDataType & type)
{
    if (type.getTypeId() == TypeIndex::DateTime)
        return static_cast<const DataTypeDateTime &>(type).getTimeZone();
    if (type.getTypeId() == TypeIndex::DateTime64)
        return static_cast<const DataTypeDateTime64 &>(type).getTimeZone();
    return DateLUT::serverTimezone();
}

Int128 powerOf10(UInt32 exponent)
{
    Int128 result = 1;
    for (UInt32 i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

/// Moves a scaled value to another scale; fractions are cut toward zero, as ClickHouse does.
Int128 rescale(Int128 value, UInt32 from, UInt32 to)
{
    return to >= from ? value * powerOf10(to - from) : value / powerOf10(from - to);
}

Int64 floorDivide(Int128 value, Int128 divisor)
{
    Int128 quotient = value / divisor;
    if (value % divisor != 0 && value < 0)
        --quotient;
    return static_cast<Int64>(quotient);
}

/// The calendar day of a DateTime or DateTime64 (toDate(timestamp) of nearly every dashboard
/// query): 64-bit arithmetic, without the general path's Int128 division per row.
template <typename Day>
Day clampDay(Int64 day, bool clamp_to_date)
{
    return static_cast<Day>(clamp_to_date ? DataTypeDate::clampDayNum(day) : std::clamp<Int64>(day, DateLUT::kMinDayNum, DateLUT::kMaxDayNum));
}

template <typename Time, typename Day>
void timesToDays(const PodArray<Time> & times, Int64 units_per_second, const DateLUT & zone, PodArray<Day> & days, bool clamp_to_date)
{
    size_t rows = times.size();
    days.resize(rows);
    for (size_t i = 0; i < rows; ++i)
    {
        Int64 value = static_cast<Int64>(times[i]);
        Int64 seconds = value / units_per_second;
        seconds -= (value % units_per_second != 0 && value < 0);
        days[i] = clampDay<Day>(zone.toDayNum(seconds), clamp_to_date);
    }
}

/// A zone with one fixed offset: the day is one floor division by a constant per row (the
/// compiler turns it into a multiplication), the table lookup and the per-row division by a
/// run-time scale gone.
template <Int64 UnitsPerSecond, typename Time, typename Day>
void fixedOffsetTimesToDays(const PodArray<Time> & times, Int64 offset_seconds, PodArray<Day> & days, bool clamp_to_date)
{
    constexpr Int64 units_per_day = UnitsPerSecond * 86400;
    const Int64 offset = offset_seconds * UnitsPerSecond;
    size_t rows = times.size();
    days.resize(rows);
    for (size_t i = 0; i < rows; ++i)
    {
        Int64 value = static_cast<Int64>(times[i]) + offset;
        /// Floor division with one division by the constant.
        Int64 day = (value >= 0 ? value : value - (units_per_day - 1)) / units_per_day;
        days[i] = clampDay<Day>(day, clamp_to_date);
    }
}

template <typename Time, typename Day>
void toDays(const PodArray<Time> & times, Int64 units_per_second, const DateLUT & zone, PodArray<Day> & days, bool clamp_to_date)
{
    Int32 offset = 0;
    if (zone.hasFixedOffset(offset))
    {
        if (units_per_second == 1)
            return fixedOffsetTimesToDays<1>(times, offset, days, clamp_to_date);
        if (units_per_second == 1000)
            return fixedOffsetTimesToDays<1000>(times, offset, days, clamp_to_date);
        if (units_per_second == 1000000)
            return fixedOffsetTimesToDays<1000000>(times, offset, days, clamp_to_date);
    }
    timesToDays(times, units_per_second, zone, days, clamp_to_date);
}

ColumnPtr castTimeToDate(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to)
{
    Int64 units_per_second = static_cast<Int64>(powerOf10(decimalScale(*from)));
    const DateLUT & zone = zoneOf(*from);
    /// As ClickHouse, a DateTime64's day outside Date's range wraps around 16 bits (1900-01-01
    /// is 2079-06-07), while a DateTime's stays within it.
    const bool wraps = from->getTypeId() == TypeIndex::DateTime64;
    auto convert = [&](const auto & times) -> ColumnPtr
    {
        if (to->getTypeId() == TypeIndex::Date)
        {
            auto result = ColumnVector<UInt16>::create();
            toDays(times, units_per_second, zone, result->getData(), !wraps);
            return result;
        }
        auto result = ColumnVector<Int32>::create();
        toDays(times, units_per_second, zone, result->getData(), false);
        return result;
    };
    if (from->getTypeId() == TypeIndex::DateTime)
        return convert(column->assertCast<ColumnVector<UInt32>>().getData());
    return convert(column->assertCast<ColumnVector<Int64>>().getData());
}

/// A date, time or decimal on one side: values go through Int128 with their scale and unit
/// (days, seconds, plain numbers), then to the target's representation.
ColumnPtr castTemporalOrDecimal(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to)
{
    size_t rows = column->size();
    TypeIndex from_type = from->getTypeId();
    TypeIndex to_type = to->getTypeId();
    if ((from_type == TypeIndex::DateTime || from_type == TypeIndex::DateTime64) && (to_type == TypeIndex::Date || to_type == TypeIndex::Date32))
        return castTimeToDate(column, from, to);
    bool from_float = isNativeFloat(from_type);
    UInt32 from_scale = decimalScale(*from);
    UInt32 to_scale = decimalScale(*to);
    bool from_days = from_type == TypeIndex::Date || from_type == TypeIndex::Date32;
    bool from_seconds = from_type == TypeIndex::DateTime || from_type == TypeIndex::DateTime64;
    const DateLUT & from_zone = zoneOf(*from);
    const DateLUT & to_zone = zoneOf(*to);

    PodArray<Int128> values(rows);
    PodArray<Float64> floats;
    if (from_float)
    {
        floats.resize(rows);
        dispatchByStorage(from_type, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            const auto & data = column->assertCast<ColumnVector<T>>().getData();
            for (size_t i = 0; i < rows; ++i)
            {
                if (!std::isfinite(data[i]) && !isNativeNumber(to_type))
                    throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Unexpected inf or nan to integer conversion");
                floats[i] = data[i];
            }
        });
    }
    else
        dispatchByStorage(from_type, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            const auto & data = column->assertCast<ColumnVector<T>>().getData();
            for (size_t i = 0; i < rows; ++i)
                values[i] = static_cast<Int128>(data[i]);
        });

    auto result = to->createColumn();
    auto store = [&](auto compute) {
        dispatchByStorage(to_type, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            auto & out = result->template assertCast<ColumnVector<T>>();
            auto & data = const_cast<ColumnVector<T> &>(out).getData();
            data.resize(rows);
            for (size_t i = 0; i < rows; ++i)
                data[i] = static_cast<T>(compute(i));
        });
    };

    switch (to_type)
    {
        case TypeIndex::Date:
        case TypeIndex::Date32:
            store([&](size_t i) -> Int64 {
                Int64 day;
                if (from_days)
                    day = static_cast<Int64>(values[i]);
                else if (from_seconds)
                    day = from_zone.toDayNum(floorDivide(values[i], powerOf10(from_scale)));
                else
                {
                    /// A number small enough to be a Date is a day number; larger ones (65535.5 too)
                    /// are unix times.
                    Int64 number = from_float ? static_cast<Int64>(floats[i]) : static_cast<Int64>(values[i] / powerOf10(from_scale));
                    bool is_day = from_float ? floats[i] <= DateLUT::kMaxDateDayNum : number <= DateLUT::kMaxDateDayNum;
                    day = is_day ? number : DateLUT::serverTimezone().toDayNum(number);
                }
                /// A Date32 outside Date's range wraps around 16 bits, as ClickHouse.
                if (to_type == TypeIndex::Date && from_type == TypeIndex::Date32)
                    return day;
                if (to_type == TypeIndex::Date)
                    return DataTypeDate::clampDayNum(day);
                return std::clamp<Int64>(day, DateLUT::kMinDayNum, DateLUT::kMaxDayNum);
            });
            break;
        case TypeIndex::DateTime:
            /// A Date32 or DateTime64 outside DateTime's range wraps around 32 bits, as ClickHouse.
            store([&](size_t i) -> Int64 {
                if (from_type == TypeIndex::Date32)
                    return to_zone.fromDayNum(static_cast<Int32>(values[i]));
                if (from_type == TypeIndex::DateTime64)
                    return floorDivide(values[i], powerOf10(from_scale));
                if (from_days)
                    return DataTypeDateTime::clampTime(to_zone.fromDayNum(static_cast<Int32>(values[i])));
                if (from_float)
                    return DataTypeDateTime::clampTime(static_cast<Int64>(floats[i]));
                return DataTypeDateTime::clampTime(floorDivide(values[i], powerOf10(from_scale)));
            });
            break;
        case TypeIndex::DateTime64:
            store([&](size_t i) -> Int128 {
                if (from_days)
                    return static_cast<Int128>(to_zone.fromDayNum(static_cast<Int32>(values[i]))) * powerOf10(to_scale);
                /// A number of seconds saturates at 1900-01-01 00:00:00 and 2299-12-31 23:59:59 UTC,
                /// as in ClickHouse 24.x (a decimal keeps its value).
                if (from_float)
                    return static_cast<Int128>(
                        std::clamp<Float64>(floats[i], kMinDateTime64Seconds, kMaxDateTime64Seconds) * static_cast<Float64>(powerOf10(to_scale)));
                if (isNativeInteger(from_type))
                    return std::clamp<Int128>(values[i], kMinDateTime64Seconds, kMaxDateTime64Seconds) * powerOf10(to_scale);
                return rescale(values[i], from_scale, to_scale);
            });
            break;
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128:
        {
            Int128 limit = to_type == TypeIndex::Decimal32 ? Int128(std::numeric_limits<Int32>::max())
                : (to_type == TypeIndex::Decimal64 ? Int128(std::numeric_limits<Int64>::max()) : std::numeric_limits<Int128>::max());
            store([&](size_t i) -> Int128 {
                Int128 raw;
                if (from_float)
                {
                    Float64 scaled = floats[i] * static_cast<Float64>(powerOf10(to_scale));
                    if (!(std::fabs(scaled) < static_cast<Float64>(limit)))
                        throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal convert overflow. Float is out of Decimal range");
                    raw = static_cast<Int128>(scaled);
                }
                else
                    raw = rescale(values[i], from_scale, to_scale);
                if (raw > limit || raw < -limit)
                    throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal convert overflow");
                return raw;
            });
            break;
        }
        case TypeIndex::Float32:
        case TypeIndex::Float64:
            store([&](size_t i) -> Float64 { return static_cast<Float64>(values[i]) / static_cast<Float64>(powerOf10(from_scale)); });
            break;
        case TypeIndex::Bool:
            store([&](size_t i) -> Int128 { return values[i] != 0; });
            break;
        default:
            if (!isNativeInteger(to_type))
                throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Conversion from {} to {} is not supported", from->getName(), to->getName());
            /// A decimal's integer part must fit the integer type; dates and times wrap.
            if (from_type == TypeIndex::Decimal32 || from_type == TypeIndex::Decimal64 || from_type == TypeIndex::Decimal128)
                dispatchByStorage(to_type, [&](auto tag) {
                    using T = typename decltype(tag)::Type;
                    Int128 divisor = powerOf10(from_scale);
                    for (size_t i = 0; i < rows; ++i)
                    {
                        Int128 whole = values[i] / divisor;
                        if (whole < static_cast<Int128>(std::numeric_limits<T>::lowest())
                            || (whole > 0 && static_cast<UInt128>(whole) > static_cast<UInt128>(std::numeric_limits<T>::max())))
                            throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Convert overflow");
                    }
                });
            store([&](size_t i) -> Int128 { return values[i] / powerOf10(from_scale); });
            break;
    }
    return result;
}
}

ColumnPtr parseStrings(const IColumn & strings, const DataTypePtr & to, PodArray<UInt8> * failed)
{
    TypeIndex type = to->getTypeId();
    if (isNativeNumber(type) && type != TypeIndex::Bool)
    {
        ColumnPtr result;
        dispatchByStorage(type, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            result = parseNumbers<T>(strings, to->getName(), failed);
        });
        return result;
    }
    if (isIPAddress(type))
        return parseIPAddresses(strings, *to, failed);
    return parseWithType(strings, to, failed);
}

ColumnPtr castColumn(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to)
{
    if (from->equals(*to))
        return column;
    if (const auto * constant = column->as<ColumnConst>())
        return ColumnConst::create(castColumn(constant->getDataColumnPtr(), from, to)->convertToFullColumnIfConst(), constant->size());

    if (from->isLowCardinality())
        return castColumn(column->convertToFullColumnIfLowCardinality(), removeLowCardinality(from), to);
    /// SimpleAggregateFunction(f, T) keeps a column of T.
    if (from->getTypeId() == TypeIndex::SimpleAggregateFunction)
        return castColumn(column, removeSimpleAggregateFunction(from), to);
    if (to->getTypeId() == TypeIndex::SimpleAggregateFunction)
        return castColumn(column, from, removeSimpleAggregateFunction(to));
    /// States convert only to the same function's type (equal names, handled above); from a
    /// String they are read from its bytes below.
    bool from_state = from->getTypeId() == TypeIndex::AggregateFunction;
    if (from_state || (to->getTypeId() == TypeIndex::AggregateFunction && !isStringOrFixedString(*removeNullable(from))))
        throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Conversion from {} to {} is not supported", from->getName(), to->getName());
    if (to->isLowCardinality())
    {
        auto full = castColumn(column, from, removeLowCardinality(to));
        auto result = to->createColumn();
        static_cast<ColumnLowCardinality &>(*result).insertRangeFromFullColumn(*full, 0, full->size());
        return result;
    }

    size_t rows = column->size();
    if (to->isNullable())
    {
        DataTypePtr nested_to = removeNullable(to);
        if (onlyNull(*from))
        {
            auto result = to->createColumn();
            result->insertManyDefaults(rows);
            return result;
        }
        const IColumn & values = removeNullable(*column);
        DataTypePtr nested_from = removeNullable(from);
        if (isStringOrFixedString(*nested_from) && !isStringOrFixedString(*nested_to))
        {
            /// A string that does not parse becomes NULL, as CAST('abc' AS Nullable(UInt8)) does.
            PodArray<UInt8> failed;
            auto nested = parseStrings(values, nested_to, &failed);
            if (const auto * nullable = column->as<ColumnNullable>())
            {
                const auto & null_map = nullable->getNullMapData();
                for (size_t i = 0; i < rows; ++i)
                    failed[i] |= null_map[i];
            }
            return ColumnNullable::create(nested, ColumnUInt8::create(std::move(failed)));
        }
        if (const auto * nullable = column->as<ColumnNullable>())
            return ColumnNullable::create(castColumn(nullable->getNestedColumnPtr(), nested_from, nested_to), nullable->getNullMapColumnPtr());
        return ColumnNullable::create(castColumn(column, from, nested_to));
    }
    if (from->isNullable())
    {
        const auto & nullable = column->assertCast<ColumnNullable>();
        for (UInt8 is_null : nullable.getNullMapData())
            if (is_null)
                throw Exception(ErrorCodes::CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, "Cannot convert NULL value to non-Nullable type");
        return castColumn(nullable.getNestedColumnPtr(), removeNullable(from), to);
    }
    if (from->getTypeId() == TypeIndex::Nothing)
    {
        auto result = to->createColumn();
        result->insertManyDefaults(rows);
        return result;
    }

    TypeIndex from_type = from->getTypeId();
    TypeIndex to_type = to->getTypeId();
    bool from_composite = from_type == TypeIndex::Array || from_type == TypeIndex::Map || from_type == TypeIndex::Tuple;
    if (from_composite && to_type != from_type && to_type != TypeIndex::String)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function to{}", from->getName(), to->getFamilyName());
    if (from_type == TypeIndex::String || from_type == TypeIndex::FixedString)
    {
        if (to_type == TypeIndex::String)
        {
            auto result = ColumnString::create();
            for (size_t i = 0; i < rows; ++i)
                result->insertData(column->getDataAt(i));
            return result;
        }
        return parseStrings(*column, to, nullptr);
    }
    if (to_type == TypeIndex::String)
        return castToString(column, from);
    if (isIPAddress(from_type) || isIPAddress(to_type))
        return castIPAddress(column, from, to);
    if (isNativeNumber(from_type) && isNativeNumber(to_type))
        return castNumber(column, from, to);
    if ((isTemporalOrDecimal(from_type) && (isTemporalOrDecimal(to_type) || isNativeNumber(to_type)))
        || (isNativeNumber(from_type) && isTemporalOrDecimal(to_type)))
        return castTemporalOrDecimal(column, from, to);
    if (from->isValueRepresentedByNumber() && to->isValueRepresentedByNumber() && isNativeNumber(to_type))
        return castNumber(column, from, to);

    if (from_type == TypeIndex::Array && to_type == TypeIndex::Array)
    {
        const auto & array = column->assertCast<ColumnArray>();
        auto data = castColumn(array.getDataPtr(), static_cast<const DataTypeArray &>(*from).getNestedType(),
                               static_cast<const DataTypeArray &>(*to).getNestedType());
        return ColumnArray::create(data->convertToFullColumnIfConst(), ColumnArray::Offsets(array.getOffsets()));
    }
    if (from_type == TypeIndex::Map && to_type == TypeIndex::Map)
    {
        auto nested = castColumn(column->assertCast<ColumnMap>().getNestedColumnPtr(), static_cast<const DataTypeMap &>(*from).getNestedType(),
                                 static_cast<const DataTypeMap &>(*to).getNestedType());
        return ColumnMap::create(nested);
    }
    if (from_type == TypeIndex::Tuple && to_type == TypeIndex::Tuple)
    {
        const auto & from_elements = static_cast<const DataTypeTuple &>(*from).getElements();
        const auto & to_elements = static_cast<const DataTypeTuple &>(*to).getElements();
        if (from_elements.size() != to_elements.size())
            throw Exception(ErrorCodes::TYPE_MISMATCH, "CAST AS Tuple can only be performed between tuple types with the same number of elements. "
                            "Type {} has {} elements, type {} has {}", from->getName(), from_elements.size(), to->getName(), to_elements.size());
        const auto & tuple = column->assertCast<ColumnTuple>();
        Columns elements;
        for (size_t i = 0; i < from_elements.size(); ++i)
            elements.push_back(castColumn(tuple.getColumnPtr(i), from_elements[i], to_elements[i]));
        return ColumnTuple::create(std::move(elements));
    }

    /// Whatever has no direct conversion goes through its text form, as ClickHouse's CAST does.
    return parseWithType(*castToString(column, from), to, nullptr);
}
}
