// DateLUT against values checked with ClickHouse: calendar math, DST days in New York,
// half-hour offsets in Kolkata, dates before 1970, and unknown zone names.
#include "base/DateLUT.h"

#include "base/Exception.h"

#include <cctz/civil_time.h>
#include <cctz/time_zone.h>
#include <gtest/gtest.h>
#include <limits>

using namespace datastore;

TEST(DateLUT, CivilDayNumbers)
{
    EXPECT_EQ(DateLUT::civilToDayNum(1970, 1, 1), 0);
    EXPECT_EQ(DateLUT::civilToDayNum(2026, 2, 23), 20507);
    EXPECT_EQ(DateLUT::civilToDayNum(1900, 1, 1), DateLUT::kMinDayNum);
    EXPECT_EQ(DateLUT::civilToDayNum(2299, 12, 31), DateLUT::kMaxDayNum);
    EXPECT_EQ(DateLUT::civilToDayNum(1969, 5, 5), -241);

    Int32 year;
    UInt32 month, day;
    DateLUT::dayNumToCivil(-241, year, month, day);
    EXPECT_EQ(year, 1969);
    EXPECT_EQ(month, 5u);
    EXPECT_EQ(day, 5u);
    DateLUT::dayNumToCivil(DateLUT::civilToDayNum(2024, 2, 29), year, month, day);
    EXPECT_EQ(month, 2u);
    EXPECT_EQ(day, 29u);
}

TEST(DateLUT, MakeDayNumRollsOverAndClamps)
{
    EXPECT_EQ(DateLUT::makeDayNum(2026, 2, 30, 0), DateLUT::civilToDayNum(2026, 3, 2));
    EXPECT_EQ(DateLUT::makeDayNum(2026, 13, 1, 0), 0);
    EXPECT_EQ(DateLUT::makeDayNum(2026, 1, 0, -7), -7);
    EXPECT_EQ(DateLUT::makeDayNum(1800, 5, 5, 0), DateLUT::kMinDayNum);
    EXPECT_EQ(DateLUT::makeDayNum(2300, 5, 5, 0), DateLUT::kMaxDayNum);
}

TEST(DateLUT, WeeksMonthsYears)
{
    const Int32 wednesday = DateLUT::civilToDayNum(2026, 2, 25);
    EXPECT_EQ(DateLUT::dayOfWeek(wednesday), 3);
    EXPECT_EQ(DateLUT::dayOfWeek(0), 4); /// 1970-01-01 was a Thursday
    EXPECT_EQ(DateLUT::dayOfWeek(DateLUT::kMinDayNum), 1); /// 1900-01-01 was a Monday
    EXPECT_EQ(DateLUT::toFirstDayNumOfWeek(wednesday, 0), DateLUT::civilToDayNum(2026, 2, 22));
    EXPECT_EQ(DateLUT::toFirstDayNumOfWeek(wednesday, 1), DateLUT::civilToDayNum(2026, 2, 23));
    /// A Sunday starts its own week in mode 0 and ends the week in mode 1.
    const Int32 sunday = DateLUT::civilToDayNum(2026, 3, 1);
    EXPECT_EQ(DateLUT::toFirstDayNumOfWeek(sunday, 0), sunday);
    EXPECT_EQ(DateLUT::toFirstDayNumOfWeek(sunday, 1), DateLUT::civilToDayNum(2026, 2, 23));
    EXPECT_EQ(DateLUT::toFirstDayNumOfWeek(DateLUT::civilToDayNum(1969, 12, 31), 1), DateLUT::civilToDayNum(1969, 12, 29));
    EXPECT_EQ(DateLUT::toFirstDayNumOfMonth(wednesday), DateLUT::civilToDayNum(2026, 2, 1));
    EXPECT_EQ(DateLUT::toFirstDayNumOfQuarter(DateLUT::civilToDayNum(2026, 8, 14)), DateLUT::civilToDayNum(2026, 7, 1));
    EXPECT_EQ(DateLUT::toFirstDayNumOfYear(wednesday), DateLUT::civilToDayNum(2026, 1, 1));
    EXPECT_EQ(DateLUT::toYYYYMM(wednesday), 202602u);
    EXPECT_EQ(DateLUT::toYYYYMMDD(wednesday), 20260225u);
}

TEST(DateLUT, Utc)
{
    const DateLUT & utc = DateLUT::instance("UTC");
    EXPECT_EQ(&utc, &DateLUT::instance("UTC"));
    EXPECT_EQ(utc.toDayNum(0), 0);
    EXPECT_EQ(utc.toDayNum(-1), -1);
    EXPECT_EQ(utc.toDayNum(1771848000), 20507);
    EXPECT_EQ(utc.fromDayNum(20507), 1771804800);
    EXPECT_EQ(utc.toStartOfDay(1771848000), 1771804800);
    EXPECT_EQ(utc.toHour(1771848000 + 3723), 13);
    EXPECT_EQ(utc.toMinute(1771848000 + 3723), 2);
    EXPECT_EQ(utc.toSecond(1771848000 + 3723), 3);
    EXPECT_EQ(utc.toStartOfHour(1771848000 + 3723), 1771848000 + 3600);
    EXPECT_EQ(DateLUT::dayOfWeek(utc.toDayNum(1771848000)), 1);
    EXPECT_EQ(DateLUT::toYYYYMM(utc.toDayNum(1771848000)), 202602u);
    EXPECT_EQ(utc.makeDateTime(20507, 12 * 3600), 1771848000);
    /// Before 1970: 1960-01-01.
    EXPECT_EQ(utc.makeDateTime(DateLUT::civilToDayNum(1960, 1, 1), 0), -315619200);
    EXPECT_EQ(utc.toDayNum(-315619200), DateLUT::civilToDayNum(1960, 1, 1));
}

TEST(DateLUT, NewYorkDaylightSaving)
{
    const DateLUT & ny = DateLUT::instance("America/New_York");
    const Int32 spring = DateLUT::civilToDayNum(2026, 3, 8);
    const Int64 spring_change = 1772953200; /// 2026-03-08 07:00:00 UTC = 03:00 EDT
    EXPECT_EQ(ny.getOffsetAtTime(spring_change - 1), -5 * 3600);
    EXPECT_EQ(ny.getOffsetAtTime(spring_change), -4 * 3600);
    EXPECT_EQ(ny.toHour(spring_change - 1), 1);
    EXPECT_EQ(ny.toHour(spring_change), 3);
    EXPECT_EQ(ny.toDayNum(spring_change), spring);
    EXPECT_EQ(ny.toStartOfDay(spring_change), spring_change - 2 * 3600);
    EXPECT_EQ(ny.makeDateTime(spring, 3 * 3600), spring_change);
    /// 02:30 does not exist that day; ClickHouse reads it as 01:30 EST.
    EXPECT_EQ(ny.makeDateTime(spring, 2 * 3600 + 1800), spring_change - 1800);

    const Int32 autumn = DateLUT::civilToDayNum(2026, 11, 1);
    const Int64 autumn_change = 1793512800; /// 2026-11-01 06:00:00 UTC = 01:00 EST
    /// 01:30 happens twice; the first (EDT) is chosen.
    EXPECT_EQ(ny.makeDateTime(autumn, 3600 + 1800), autumn_change - 1800);
    EXPECT_EQ(ny.makeDateTime(autumn, 2 * 3600), autumn_change + 3600);
    EXPECT_EQ(ny.toHour(autumn_change - 1), 1);
    EXPECT_EQ(ny.toHour(autumn_change), 1);
    EXPECT_EQ(ny.toMinute(autumn_change + 1800), 30);
    EXPECT_EQ(ny.toStartOfHour(autumn_change + 1800), autumn_change);
    EXPECT_EQ(ny.toDayNum(autumn_change + 20 * 3600), autumn);
    EXPECT_EQ(ny.toDayNum(autumn_change + 23 * 3600), autumn + 1);
}

TEST(DateLUT, KolkataHalfHourOffset)
{
    const DateLUT & kolkata = DateLUT::instance("Asia/Kolkata");
    const Int64 t = 1771831020; /// 2026-02-23 12:47:00 IST
    EXPECT_EQ(kolkata.getOffsetAtTime(t), 19800);
    EXPECT_EQ(kolkata.toHour(t), 12);
    EXPECT_EQ(kolkata.toMinute(t), 47);
    EXPECT_EQ(kolkata.toStartOfHour(t), t - 47 * 60);
    EXPECT_EQ(kolkata.toStartOfDay(t), 1771804800 - 19800);
}

TEST(DateLUT, SkippedDayInSamoa)
{
    /// Samoa moved across the date line: 2011-12-30 never happened there.
    const DateLUT & apia = DateLUT::instance("Pacific/Apia");
    EXPECT_EQ(apia.toDayNum(1325239200), DateLUT::civilToDayNum(2011, 12, 31));
    EXPECT_EQ(apia.toDayNum(1325239200 - 86400), DateLUT::civilToDayNum(2011, 12, 29));
}

TEST(DateLUT, UnknownZone)
{
    try
    {
        DateLUT::instance("Foo/Bar");
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::BAD_ARGUMENTS);
        EXPECT_EQ(e.message(), "Cannot load time zone Foo/Bar");
    }
}

TEST(DateLUT, DefaultZone)
{
    DateLUT::setDefaultTimezone("Asia/Tokyo");
    EXPECT_EQ(DateLUT::serverTimezone().getTimeZone(), "Asia/Tokyo");
    DateLUT::setDefaultTimezone("UTC");
    EXPECT_EQ(DateLUT::serverTimezone().getTimeZone(), "UTC");
    EXPECT_THROW(DateLUT::setDefaultTimezone("Not/AZone"), Exception);
    EXPECT_EQ(DateLUT::serverTimezone().getTimeZone(), "UTC");
}

TEST(DateLUT, AgreesWithCctzAcrossHistory)
{
    /// Sampled instants from 1900 to 2100 in zones with DST, half-hour and odd historical offsets.
    for (const char * name : { "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "America/Sao_Paulo",
                               "Pacific/Apia", "Europe/Moscow", "Asia/Kathmandu" })
    {
        const DateLUT & lut = DateLUT::instance(name);
        cctz::time_zone zone;
        ASSERT_TRUE(cctz::load_time_zone(name, &zone));
        for (Int64 t = -2208988800 + 2 * 86400; t < 4102444800; t += 86400 * 3 + 3607)
        {
            const auto tp = cctz::time_point<cctz::seconds>(cctz::seconds(t));
            const cctz::civil_second civil = cctz::convert(tp, zone);
            const Int32 expected_day = DateLUT::civilToDayNum(
                static_cast<Int32>(civil.year()), static_cast<UInt32>(civil.month()), static_cast<UInt32>(civil.day()));
            ASSERT_EQ(lut.toDayNum(t), expected_day) << name << " " << t;
            ASSERT_EQ(lut.secondsOfDay(t), civil.hour() * 3600 + civil.minute() * 60 + civil.second()) << name << " " << t;
            ASSERT_EQ(lut.getOffsetAtTime(t), zone.lookup(tp).offset) << name << " " << t;
            if (zone.lookup(civil).kind == cctz::time_zone::civil_lookup::UNIQUE)
            {
                ASSERT_EQ(lut.makeDateTime(expected_day, lut.secondsOfDay(t)), t) << name << " " << t;
            }
        }
    }
}

TEST(DateLUT, TimesOutsideTheTableKeepTheEdgeOffset)
{
    const DateLUT & utc = DateLUT::instance("UTC");
    /// 1899-12-31 23:58:20 UTC: the day before the table, not clock time 46:26:36 of its first day.
    Int32 day_num = 0;
    EXPECT_EQ(utc.toDayNumAndSeconds(-2208988900, day_num), 23 * 3600 + 58 * 60 + 20);
    EXPECT_EQ(day_num, DateLUT::kMinDayNum - 1);
    EXPECT_EQ(utc.toDayNum(-2208988900), DateLUT::kMinDayNum - 1);
    EXPECT_EQ(utc.toStartOfDay(-2208988900), -2208988800 - 86400);
    EXPECT_EQ(utc.fromDayNum(DateLUT::kMinDayNum - 1), -2208988800 - 86400);
    /// 2300-01-01 00:01:39 UTC.
    EXPECT_EQ(utc.toDayNumAndSeconds(10413792099, day_num), 99);
    EXPECT_EQ(day_num, DateLUT::kMaxDayNum + 1);
    EXPECT_EQ(utc.fromDayNum(DateLUT::kMaxDayNum + 1), 10413792000);

    /// Berlin's 1900 offset (+1:00) continues before 1900.
    const DateLUT & berlin = DateLUT::instance("Europe/Berlin");
    EXPECT_EQ(berlin.toDayNumAndSeconds(berlin.fromDayNum(DateLUT::kMinDayNum) - 100, day_num), 86400 - 100);
    EXPECT_EQ(day_num, DateLUT::kMinDayNum - 1);

    /// Far-off times stay within Int32 day numbers instead of overflowing.
    EXPECT_LT(utc.toDayNum(std::numeric_limits<Int64>::min()), DateLUT::kMinDayNum);
    EXPECT_GT(utc.toDayNum(std::numeric_limits<Int64>::max()), DateLUT::kMaxDayNum);
}
