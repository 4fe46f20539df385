// toUnixTimestamp64*/fromUnixTimestamp64*, parseDateTime(64)BestEffort with their -OrNull and
// -OrZero forms, toDayOfWeek's mode and toDate with a time zone.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsDateTimeExtra, UnixTimestamp64)
{
    auto t = column("DateTime64(6, 'UTC')", {"2026-02-23 12:00:00.123456", "1969-12-31 23:59:59.999999"});
    EXPECT_EQ(evaluate("toUnixTimestamp64Milli", {t}), (Result{"Int64", {"1771848000123", "0"}}));
    EXPECT_EQ(evaluate("toUnixTimestamp64Micro", {t}), (Result{"Int64", {"1771848000123456", "-1"}}));
    EXPECT_EQ(evaluate("toUnixTimestamp64Nano", {column("DateTime64(3, 'UTC')", {"2026-02-23 12:00:00.123"})}),
              (Result{"Int64", {"1771848000123000000"}}));
    EXPECT_EQ(errorOf("toUnixTimestamp64Milli", {column("DateTime('UTC')", {"2026-02-23 12:00:00"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);

    EXPECT_EQ(evaluate("fromUnixTimestamp64Milli", {column("Int64", {"1771848000123", "-5"}), constant("String", "UTC", 2)}),
              (Result{"DateTime64(3, 'UTC')", {"2026-02-23 12:00:00.123", "1969-12-31 23:59:59.995"}}));
    EXPECT_EQ(run("fromUnixTimestamp64Micro", {column("Int64", {"1"})}).type->getName(), "DateTime64(6)");
    EXPECT_EQ(errorOf("fromUnixTimestamp64Milli", {column("String", {"5"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsDateTimeExtra, ParseBestEffort)
{
    auto utc = constant("String", "UTC", 9);
    auto texts_in = column("String", {"2026-02-23T12:00:00Z", "2026-02-23 14:00:00+02:00", "2026-02-23", "1771848000", "2026-02-23 12:00",
                                      "2026-02-23T12:00:00-0530", "20260223", "2026/02/23 1:2:3", "23/02/2026"});
    EXPECT_EQ(evaluate("parseDateTimeBestEffort", {texts_in, utc}),
              (Result{"DateTime('UTC')", {"2026-02-23 12:00:00", "2026-02-23 12:00:00", "2026-02-23 00:00:00", "2026-02-23 12:00:00",
                                          "2026-02-23 12:00:00", "2026-02-23 17:30:00", "2026-02-23 00:00:00", "2026-02-23 01:02:03",
                                          "2026-02-23 00:00:00"}}));
    auto words = column("String", {"Mon, 23 Feb 2026 12:00:00 GMT", "23 Feb 2026 12:00", "Feb 23 2026 12:00:00", "February 23, 2026",
                                   "23-Feb-2026 10:00:00 +0100", "2026-02", "2026-02-23 12:00:00 PM", "2026-02-23 1:00 am", "2026-02-23T12",
                                   "2026", "202602", "23.02.2026", "2026-02-23 12:00:00.123+03"});
    EXPECT_EQ(evaluate("parseDateTimeBestEffort", {words, constant("String", "UTC", 13)}),
              (Result{"DateTime('UTC')", {"2026-02-23 12:00:00", "2026-02-23 12:00:00", "2026-02-23 12:00:00", "2026-02-23 00:00:00",
                                          "2026-02-23 09:00:00", "2026-02-01 00:00:00", "2026-02-23 12:00:00", "2026-02-23 01:00:00",
                                          "2026-02-23 12:00:00", "2026-01-01 00:00:00", "2026-02-01 00:00:00", "2026-02-23 00:00:00",
                                          "2026-02-23 09:00:00"}}));
    EXPECT_EQ(evaluate("parseDateTimeBestEffortOrNull", {column("String", {"2026-Feb-23", "x", "2026-02-30", "12:00 2026-02-23 25:00"})}).second,
              (Rows{"NULL", "NULL", "NULL", "NULL"}));
    EXPECT_EQ(evaluate("parseDateTime64BestEffort", {column("String", {"2026-02-23T12:00:00.000Z", "2026-02-23T14:00:00.250+02:00", "1771848000.25"}),
                                                     constant("UInt8", "3", 3), constant("String", "UTC", 3)}),
              (Result{"DateTime64(3, 'UTC')", {"2026-02-23 12:00:00.000", "2026-02-23 12:00:00.250", "2026-02-23 12:00:00.250"}}));
    EXPECT_EQ(evaluate("parseDateTime64BestEffort", {column("String", {"2026-02-23 12:00:00.5"}), constant("UInt8", "6", 1),
                                                     constant("String", "Asia/Tokyo", 1)}),
              (Result{"DateTime64(6, 'Asia/Tokyo')", {"2026-02-23 12:00:00.500000"}}));
    EXPECT_EQ(evaluate("parseDateTime64BestEffortOrNull", {column("String", {"x", "2026-02-23"}), constant("UInt8", "3", 2),
                                                           constant("String", "UTC", 2)}),
              (Result{"Nullable(DateTime64(3, 'UTC'))", {"NULL", "2026-02-23 00:00:00.000"}}));
    EXPECT_EQ(evaluate("parseDateTimeBestEffortOrZero", {column("String", {"2026-13-01"}), constant("String", "UTC", 1)}),
              (Result{"DateTime('UTC')", {"1970-01-01 00:00:00"}}));
    EXPECT_EQ(errorOf("parseDateTimeBestEffort", {column("String", {"not a time"})}).first, ErrorCodes::CANNOT_PARSE_DATETIME);
    EXPECT_EQ(errorOf("parseDateTime64BestEffort", {column("String", {"x"}), constant("UInt8", "10", 1)}).first, ErrorCodes::ARGUMENT_OUT_OF_BOUND);
}

TEST(FunctionsDateTimeExtra, DayOfWeekModes)
{
    auto days = column("Date", {"2026-02-21", "2026-02-22", "2026-02-23"});
    EXPECT_EQ(evaluate("toDayOfWeek", {days}), (Result{"UInt8", {"6", "7", "1"}}));
    EXPECT_EQ(evaluate("toDayOfWeek", {days, constant("UInt8", "1", 3)}), (Result{"UInt8", {"5", "6", "0"}}));
    EXPECT_EQ(evaluate("toDayOfWeek", {days, constant("UInt8", "2", 3)}), (Result{"UInt8", {"6", "0", "1"}}));
    EXPECT_EQ(evaluate("toDayOfWeek", {days, constant("UInt8", "3", 3)}), (Result{"UInt8", {"7", "1", "2"}}));
}

TEST(FunctionsDateTimeExtra, ToDateInZone)
{
    auto t = column("DateTime('UTC')", {"2026-02-24 03:30:00"});
    EXPECT_EQ(evaluate("toDate", {t}), (Result{"Date", {"2026-02-24"}}));
    EXPECT_EQ(evaluate("toDate", {t, constant("String", "America/New_York", 1)}), (Result{"Date", {"2026-02-23"}}));
    EXPECT_EQ(evaluate("toDate", {column("DateTime64(3, 'America/New_York')", {"2026-11-01 23:30:00.250"}), constant("String", "UTC", 1)}),
              (Result{"Date", {"2026-11-02"}}));
}

TEST(FunctionsDateTimeExtra, FormatDateTime)
{
    auto t = column("DateTime('UTC')", {"2026-02-03 04:05:06"});
    auto format = constant("String", "%a|%b|%c|%C|%d|%D|%e|%f|%F|%g|%G|%h|%H|%i|%I|%j|%k|%l|%m|%M|%p|%Q|%r|%R|%s|%S|%T|%u|%V|%w|%W|%y|%Y|%z|%%", 1);
    EXPECT_EQ(evaluate("formatDateTime", {t, format}),
              (Result{"String", {"Tue|Feb|02|20|03|02/03/26| 3|000000|2026-02-03|26|2026|04|04|05|04|034|04|04|02|February|AM|1|04:05 AM|04:05|06|06|"
                                 "04:05:06|2|06|2|Tuesday|26|2026|+0000|%"}}));
    EXPECT_EQ(evaluate("formatDateTime", {column("DateTime64(3, 'UTC')", {"2026-02-03 14:05:06.123"}), constant("String", "%f %h %p %r", 1)}),
              (Result{"String", {"123 02 PM 02:05 PM"}}));
    EXPECT_EQ(evaluate("formatDateTime", {column("Date", {"2026-02-03"}), constant("String", "%F %T", 1)}), (Result{"String", {"2026-02-03 00:00:00"}}));
    EXPECT_EQ(evaluate("formatDateTime", {t, constant("String", "%F %T %z", 1), constant("String", "Asia/Tokyo", 1)}),
              (Result{"String", {"2026-02-03 13:05:06 +0900"}}));
    EXPECT_EQ(evaluate("formatDateTime", {column("DateTime('UTC')", {"2027-01-01 00:00:00"}), constant("String", "%G-%V %j", 1)}),
              (Result{"String", {"2026-53 001"}}));
    EXPECT_EQ(errorOf("formatDateTime", {t, constant("String", "%q", 1)}).first, ErrorCodes::BAD_ARGUMENTS);
    EXPECT_EQ(errorOf("formatDateTime", {t, constant("String", "abc%", 1)}).first, ErrorCodes::BAD_ARGUMENTS);
    EXPECT_EQ(errorOf("formatDateTime", {column("String", {"2026"}), constant("String", "%F", 1)}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorOf("formatDateTime", {t, column("String", {"%F"})}).first, ErrorCodes::ILLEGAL_COLUMN);
}
