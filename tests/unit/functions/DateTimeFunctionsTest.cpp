// Date and time functions against ClickHouse's results, in UTC and in zones with DST and
// half-hour offsets.
#include <gtest/gtest.h>

#include "FunctionTestHelpers.h"
#include "base/Exception.h"

using namespace datastore;
using namespace datastore::functions::testing;

namespace
{
/// 2024-03-10 01:37:45 in New York (EST, a few minutes before the switch to EDT).
constexpr UInt64 new_york_time = 1710052665;

ColumnWithTypeAndName newYork()
{
    return values("DateTime('America/New_York')", {Field(new_york_time)});
}

std::string one(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    return run(name, arguments, 1).text(0);
}

std::string typeOf(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    return run(name, arguments, 1).type->getName();
}

ColumnWithTypeAndName zone(const std::string & name)
{
    return constant("String", Field(name), 1);
}

ColumnWithTypeAndName dateTime(UInt64 t, const std::string & zone_name)
{
    return values("DateTime('" + zone_name + "')", {Field(t)});
}

int errorCode(const std::function<void()> & f)
{
    try
    {
        f();
    }
    catch (const Exception & e)
    {
        return e.code();
    }
    return 0;
}
}

TEST(DateTimeFunctionsTest, PartsOfATime)
{
    EXPECT_EQ(one("toYear", {newYork()}), "2024");
    EXPECT_EQ(one("toMonth", {newYork()}), "3");
    EXPECT_EQ(one("toDayOfMonth", {newYork()}), "10");
    EXPECT_EQ(one("toDayOfWeek", {newYork()}), "7");
    EXPECT_EQ(one("toHour", {newYork()}), "1");
    EXPECT_EQ(one("toMinute", {newYork()}), "37");
    EXPECT_EQ(one("toSecond", {newYork()}), "45");
    EXPECT_EQ(one("toYYYYMM", {newYork()}), "202403");
    EXPECT_EQ(one("toYYYYMMDD", {newYork()}), "20240310");
    EXPECT_EQ(one("toQuarter", {newYork()}), "1");
    EXPECT_EQ(one("toUnixTimestamp", {newYork()}), "1710052665");
    EXPECT_EQ(typeOf("toYear", {newYork()}), "UInt16");
    EXPECT_EQ(typeOf("toMonth", {newYork()}), "UInt8");
    EXPECT_EQ(typeOf("toYYYYMM", {newYork()}), "UInt32");
    EXPECT_EQ(typeOf("toUnixTimestamp", {newYork()}), "UInt32");
}

TEST(DateTimeFunctionsTest, RoundingDown)
{
    EXPECT_EQ(one("toStartOfDay", {newYork()}), "2024-03-10 00:00:00");
    EXPECT_EQ(one("toStartOfHour", {newYork()}), "2024-03-10 01:00:00");
    EXPECT_EQ(one("toStartOfMinute", {newYork()}), "2024-03-10 01:37:00");
    EXPECT_EQ(one("toStartOfFiveMinutes", {newYork()}), "2024-03-10 01:35:00");
    EXPECT_EQ(one("toStartOfFiveMinute", {newYork()}), "2024-03-10 01:35:00");
    EXPECT_EQ(one("toStartOfFifteenMinutes", {newYork()}), "2024-03-10 01:30:00");
    EXPECT_EQ(one("toMonday", {newYork()}), "2024-03-04");
    EXPECT_EQ(one("toStartOfWeek", {newYork()}), "2024-03-10");
    EXPECT_EQ(one("toStartOfWeek", {newYork(), constant("UInt8", UInt64(1), 1)}), "2024-03-04");
    EXPECT_EQ(one("toStartOfMonth", {newYork()}), "2024-03-01");
    EXPECT_EQ(one("toStartOfQuarter", {newYork()}), "2024-01-01");
    EXPECT_EQ(one("toStartOfYear", {newYork()}), "2024-01-01");

    EXPECT_EQ(typeOf("toStartOfDay", {newYork()}), "DateTime('America/New_York')");
    EXPECT_EQ(typeOf("toStartOfMonth", {newYork()}), "Date");
    EXPECT_EQ(typeOf("toStartOfDay", {values("Date", {UInt64(19792)})}), "DateTime");
    EXPECT_EQ(typeOf("toStartOfHour", {values("DateTime64(3)", {DecimalField<Int64>{0, 3}})}), "DateTime");
    EXPECT_EQ(typeOf("toStartOfMonth", {values("DateTime64(3)", {DecimalField<Int64>{0, 3}})}), "Date");
    EXPECT_EQ(typeOf("toStartOfMonth", {values("Date32", {Int64(0)})}), "Date");

    /// toStartOfMonth(toDateTime64('2024-03-10 10:00:00.5', 3, 'UTC')).
    EXPECT_EQ(one("toStartOfMonth", {values("DateTime64(3, 'UTC')", {DecimalField<Int64>{1710064800500, 3}})}), "2024-03-01");
}

TEST(DateTimeFunctionsTest, TimeZoneArgument)
{
    /// 2024-03-09 20:40:00 UTC is 02:10 on the 10th in Kolkata (+05:30).
    auto utc = dateTime(1710016800, "UTC");
    EXPECT_EQ(one("toHour", {utc, zone("Asia/Kolkata")}), "2");
    EXPECT_EQ(one("toStartOfHour", {utc, zone("Asia/Kolkata")}), "2024-03-10 02:00:00");
    EXPECT_EQ(typeOf("toStartOfHour", {utc, zone("Asia/Kolkata")}), "DateTime('Asia/Kolkata')");
    EXPECT_EQ(one("toStartOfDay", {utc, zone("Asia/Kolkata")}), "2024-03-10 00:00:00");
    EXPECT_EQ(one("toDayOfMonth", {utc, zone("Asia/Kolkata")}), "10");
}

TEST(DateTimeFunctionsTest, DatesAndBadArguments)
{
    auto date = values("Date", {UInt64(19792)}); /// 2024-03-10
    EXPECT_EQ(one("toYear", {date}), "2024");
    EXPECT_EQ(one("toDayOfWeek", {date}), "7");
    EXPECT_EQ(one("toStartOfDay", {date}), "2024-03-10 00:00:00");
    EXPECT_EQ(errorCode([&] { one("toHour", {date}); }), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorCode([] { one("toYear", {values("String", {"2024-01-01"})}); }), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorCode([&] { one("toYear", {}); }), ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
}

TEST(DateTimeFunctionsTest, CalendarArithmetic)
{
    auto jan31 = values("Date", {UInt64(19753)}); /// 2024-01-31
    EXPECT_EQ(one("addMonths", {jan31, values("Int32", {Int64(1)})}), "2024-02-29");
    EXPECT_EQ(one("addDays", {values("Date", {UInt64(18262)}), values("Int8", {Int64(-1)})}), "2019-12-31");
    EXPECT_EQ(one("subtractYears", {values("Date", {UInt64(19782)}), values("UInt8", {UInt64(1)})}), "2023-02-28");
    EXPECT_EQ(one("addWeeks", {values("Date", {UInt64(19723)}), values("UInt8", {UInt64(2)})}), "2024-01-15");
    EXPECT_EQ(typeOf("addDays", {jan31, values("UInt8", {UInt64(1)})}), "Date");

    /// A clock unit turns a Date into a DateTime.
    auto hours = run("addHours", {values("Date", {UInt64(18262)}), values("UInt8", {UInt64(1)})}, 1);
    EXPECT_EQ(hours.type->getName(), "DateTime");

    /// 01:30 EST + 1 hour is 03:30 EDT.
    EXPECT_EQ(one("addHours", {dateTime(1710052200, "America/New_York"), values("UInt8", {UInt64(1)})}), "2024-03-10 03:30:00");
    EXPECT_EQ(typeOf("addMonths", {dateTime(0, "Asia/Tokyo"), values("UInt8", {UInt64(1)})}), "DateTime('Asia/Tokyo')");

    auto dt64 = values("DateTime64(3, 'UTC')", {DecimalField<Int64>{1706695200250, 3}}); /// 2024-01-31 10:00:00.250
    EXPECT_EQ(one("addMonths", {dt64, values("UInt8", {UInt64(1)})}), "2024-02-29 10:00:00.250");
    EXPECT_EQ(typeOf("addMonths", {dt64, values("UInt8", {UInt64(1)})}), "DateTime64(3, 'UTC')");
    auto dt64_1 = values("DateTime64(1, 'UTC')", {DecimalField<Int64>{17040672005, 1}}); /// 2024-01-01 00:00:00.5
    EXPECT_EQ(one("subtractHours", {dt64_1, values("UInt8", {UInt64(1)})}), "2023-12-31 23:00:00.5");

    EXPECT_EQ(one("dateAdd", {constant("String", "month", 1), values("UInt8", {UInt64(2)}), jan31}), "2024-03-31");
}

TEST(DateTimeFunctionsTest, DateDiffCountsBoundaries)
{
    auto date = [](UInt64 d) { return values("Date", {Field(d)}); };
    auto unit = [](const std::string & u) { return constant("String", Field(u), 1); };
    EXPECT_EQ(one("dateDiff", {unit("month"), date(18292), date(18293)}), "1"); /// 2020-01-31 -> 2020-02-01
    EXPECT_EQ(one("dateDiff", {unit("year"), date(18627), date(18628)}), "1"); /// 2020-12-31 -> 2021-01-01
    EXPECT_EQ(one("dateDiff", {unit("week"), date(18265), date(18267)}), "1"); /// Saturday -> Monday
    EXPECT_EQ(one("dateDiff", {unit("quarter"), date(18352), date(18353)}), "1"); /// 2020-03-31 -> 2020-04-01
    EXPECT_EQ(one("date_diff", {unit("day"), dateTime(1577919600, "UTC"), dateTime(1577926800, "UTC")}), "1");
    EXPECT_EQ(one("dateDiff", {unit("hour"), dateTime(1577923140, "UTC"), dateTime(1577923200, "UTC")}), "1");
    EXPECT_EQ(one("dateDiff", {unit("minute"), dateTime(1577836859, "UTC"), dateTime(1577836860, "UTC")}), "1");
    EXPECT_EQ(one("dateDiff", {unit("second"), values("Date", {UInt64(18262)}), dateTime(1577836810, "UTC")}), "10");
    /// Across a DST change the hour count is the elapsed hours.
    EXPECT_EQ(one("dateDiff", {unit("hour"), dateTime(1710050400, "America/New_York"), dateTime(1710054000, "America/New_York")}), "1");
    /// The zone argument decides which local days the times fall on.
    EXPECT_EQ(one("dateDiff", {unit("day"), dateTime(1710025200, "UTC"), dateTime(1710032400, "UTC"), zone("Asia/Kolkata")}), "0");
    EXPECT_EQ(typeOf("dateDiff", {unit("day"), date(0), date(1)}), "Int64");

    try
    {
        one("dateDiff", {unit("foo"), date(0), date(1)});
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::BAD_ARGUMENTS);
        EXPECT_EQ(e.message(), "Function dateDiff does not support 'foo' unit");
    }
}

TEST(DateTimeFunctionsTest, NowIsTheQueryStartTime)
{
    functions::FunctionContext context;
    context.query_start_time_us = 1710052665123456;
    auto now = run("now", {}, 2, context);
    EXPECT_EQ(now.type->getName(), "DateTime");
    EXPECT_EQ(now.at(0), Field(UInt64(1710052665)));
    EXPECT_EQ(now.at(1), Field(UInt64(1710052665)));
    auto now64 = run("now64", {}, 1, context);
    EXPECT_EQ(now64.type->getName(), "DateTime64(3)");
    EXPECT_EQ(now64.at(0), Field(DecimalField<Int64>{1710052665123, 3}));
    auto now6 = run("now64", {constant("UInt8", UInt64(6), 1), zone("UTC")}, 1, context);
    EXPECT_EQ(now6.type->getName(), "DateTime64(6, 'UTC')");
    EXPECT_EQ(now6.text(0), "2024-03-10 06:37:45.123456");
    EXPECT_EQ(run("now", {zone("Asia/Tokyo")}, 1, context).type->getName(), "DateTime('Asia/Tokyo')");
    context.session_timezone = "UTC";
    auto today = run("today", {}, 1, context);
    EXPECT_EQ(today.type->getName(), "Date");
    EXPECT_EQ(today.text(0), "2024-03-10");
}

TEST(DateTimeFunctionsTest, TimeZoneConversionAndUnixTime)
{
    auto converted = run("toTimeZone", {dateTime(1710016800, "UTC"), zone("Asia/Kolkata")}, 1);
    EXPECT_EQ(converted.type->getName(), "DateTime('Asia/Kolkata')");
    EXPECT_EQ(converted.text(0), "2024-03-10 02:10:00");
    auto converted64 = run("toTimezone", {values("DateTime64(3, 'UTC')", {DecimalField<Int64>{1710016800500, 3}}), zone("Asia/Tokyo")}, 1);
    EXPECT_EQ(converted64.type->getName(), "DateTime64(3, 'Asia/Tokyo')");
    EXPECT_EQ(converted64.text(0), "2024-03-10 05:40:00.500");
    EXPECT_EQ(errorCode([] { one("toTimeZone", {values("Date", {UInt64(0)}), zone("UTC")}); }), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);

    auto from = run("fromUnixTimestamp", {values("UInt32", {UInt64(1710016800)})}, 1);
    EXPECT_EQ(from.type->getName(), "DateTime");
    EXPECT_EQ(from.at(0), Field(UInt64(1710016800)));
}
