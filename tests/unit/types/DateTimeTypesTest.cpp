// Date, Date32, DateTime and DateTime64: names, text forms in and out, clamping, zones and
// binary forms, against ClickHouse's behaviour (checked with chDB).
#include "TypeTestHelpers.h"
#include "base/DateLUT.h"
#include "columns/ColumnVector.h"
#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"

#include <gtest/gtest.h>

using namespace datastore;
using namespace datastore::test;

namespace
{
DataTypePtr type(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

class DateTimeTypes : public ::testing::Test
{
protected:
    void SetUp() override { DateLUT::setDefaultTimezone("UTC"); }
};
}

TEST_F(DateTimeTypes, Names)
{
    EXPECT_EQ(type("Date")->getName(), "Date");
    EXPECT_EQ(type("date")->getName(), "Date");
    EXPECT_EQ(type("Date32")->getName(), "Date32");
    EXPECT_EQ(type("DateTime")->getName(), "DateTime");
    EXPECT_EQ(type("DateTime('Asia/Tokyo')")->getName(), "DateTime('Asia/Tokyo')");
    EXPECT_EQ(type("DateTime64")->getName(), "DateTime64(3)");
    EXPECT_EQ(type("DateTime64(6)")->getName(), "DateTime64(6)");
    EXPECT_EQ(type("DateTime64(3, 'UTC')")->getName(), "DateTime64(3, 'UTC')");
    EXPECT_EQ(type("DateTime(1)")->getName(), "DateTime64(1)");
    EXPECT_EQ(type("DateTime64(3, 'UTC')")->getTypeId(), TypeIndex::DateTime64);
}

TEST_F(DateTimeTypes, BadArguments)
{
    try
    {
        type("Date(1)");
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS);
        EXPECT_EQ(e.message(), "Data type Date cannot have arguments");
    }
    try
    {
        type("DateTime64(10)");
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::ARGUMENT_OUT_OF_BOUND);
        EXPECT_EQ(e.message(), "Scale 10 is too large for DateTime64. Maximum is up to nanoseconds (9)");
    }
    try
    {
        type("DateTime('Foo/Bar')");
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::BAD_ARGUMENTS);
        EXPECT_EQ(e.message(), "Cannot load time zone Foo/Bar");
    }
}

TEST_F(DateTimeTypes, DateText)
{
    EXPECT_EQ(roundTrip("Date", "2026-02-23", Form::Escaped), "2026-02-23");
    EXPECT_EQ(roundTrip("Date", "2026-2-3", Form::Whole), "2026-02-03");
    EXPECT_EQ(roundTrip("Date", "20260223", Form::Whole), "2026-02-23");
    EXPECT_EQ(roundTrip("Date", "2026-02-23 12:00:00", Form::Whole), "2026-02-23");
    EXPECT_EQ(roundTrip("Date", "2026-02-30", Form::Whole), "2026-03-02");
    EXPECT_EQ(roundTrip("Date", "2026-13-01", Form::Whole), "1970-01-01");
    EXPECT_EQ(roundTrip("Date", "1969-01-01", Form::Whole), "1970-01-01");
    EXPECT_EQ(roundTrip("Date", "2150-01-01", Form::Whole), "2149-06-06");
    EXPECT_EQ(roundTrip("Date", "'2026-02-23'", Form::Quoted, Form::Quoted), "'2026-02-23'");
    EXPECT_EQ(roundTrip("Date", "\"2026-02-23\"", Form::JSON, Form::JSON), "\"2026-02-23\"");
    EXPECT_EQ(roundTrip("Date", "20000", Form::JSON, Form::JSON), "\"2024-10-04\"");
    EXPECT_EQ(roundTrip("Date", "\"2026-02-23\"", Form::CSV, Form::CSV), "\"2026-02-23\"");
    std::string rest;
    EXPECT_EQ(roundTrip("Date", "2026-02-23,x", Form::CSV, Form::Plain, &rest), "2026-02-23");
    EXPECT_EQ(rest, ",x");
    EXPECT_EQ(roundTrip("Date", "2026-02-23\tx", Form::Escaped, Form::Plain, &rest), "2026-02-23");
    EXPECT_EQ(rest, "\tx");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23 12:00:00 ,x", Form::CSV, Form::Plain, &rest), "2026-02-23 12:00:00");
    EXPECT_EQ(rest, " ,x");
    EXPECT_EQ(roundTrip("Date", "2026-02-23 ,x", Form::CSV, Form::Plain, &rest), "2026-02-23");
    EXPECT_EQ(rest, ",x");
}

TEST_F(DateTimeTypes, DateErrors)
{
    EXPECT_EQ(
        parseError("Date", "19000", Form::Whole),
        std::make_pair(ErrorCodes::CANNOT_PARSE_DATE, std::string("Cannot parse date: value is too short: Cannot parse Date from String")));
    EXPECT_EQ(
        parseError("Date", "2026-02-23x", Form::Whole),
        std::make_pair(
            ErrorCodes::CANNOT_PARSE_TEXT,
            std::string("Cannot parse string '2026-02-23x' as Date: syntax error at position 10 (parsed just '2026-02-23')")));
    EXPECT_EQ(parseError("Date", "abc", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_DATE);
    EXPECT_EQ(parseError("Date", "'2026-02-23", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
}

TEST_F(DateTimeTypes, Date32Range)
{
    EXPECT_EQ(roundTrip("Date32", "1969-05-05", Form::Whole), "1969-05-05");
    EXPECT_EQ(roundTrip("Date32", "1900-01-01", Form::Whole), "1900-01-01");
    EXPECT_EQ(roundTrip("Date32", "1899-12-31", Form::Whole), "1900-01-01");
    EXPECT_EQ(roundTrip("Date32", "2300-05-05", Form::Whole), "2299-12-31");
    EXPECT_EQ(roundTrip("Date32", "2026-13-01", Form::Whole), "1900-01-01");
    EXPECT_EQ(roundTrip("Date32", "2026-02-31", Form::Whole), "2026-03-03");
    EXPECT_EQ(roundTrip("Date32", "-241", Form::JSON), "1969-05-05");
}

TEST_F(DateTimeTypes, DateTimeText)
{
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23 12:00:00", Form::Escaped), "2026-02-23 12:00:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "1700000000", Form::Whole), "2023-11-14 22:13:20");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23T12:00:00Z", Form::Whole), "2026-02-23 12:00:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23T12:00:00+05:30", Form::Whole), "2026-02-23 06:30:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23", Form::Whole), "2026-02-23 00:00:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23 25:00:00", Form::Whole), "2026-02-24 01:00:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2026-02-23 12:00:00.123", Form::Escaped), "2026-02-23 12:00:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "1960-01-01 00:00:00", Form::Whole), "1970-01-01 00:00:00");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "2200-01-01 00:00:00", Form::Whole), "2106-02-07 06:28:15");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "'2026-02-23 12:00:00'", Form::Quoted, Form::Quoted), "'2026-02-23 12:00:00'");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "1700000000", Form::JSON, Form::JSON), "\"2023-11-14 22:13:20\"");
    EXPECT_EQ(roundTrip("DateTime('UTC')", "\"2026-02-23 12:00:00\"", Form::CSV, Form::CSV), "\"2026-02-23 12:00:00\"");
    /// The column's zone is used for reading and writing.
    EXPECT_EQ(roundTrip("DateTime('Asia/Tokyo')", "2026-02-23 12:00:00", Form::Whole), "2026-02-23 12:00:00");
    EXPECT_EQ(roundTrip("DateTime('Asia/Tokyo')", "2026-02-23T12:00:00Z", Form::Whole), "2026-02-23 21:00:00");
    EXPECT_EQ(roundTrip("DateTime('America/New_York')", "2026-03-08 02:30:00", Form::Whole), "2026-03-08 01:30:00");
    EXPECT_EQ(roundTrip("DateTime('America/New_York')", "2026-11-01 01:30:00", Form::Whole), "2026-11-01 01:30:00");

    auto tokyo = type("DateTime('Asia/Tokyo')");
    auto column = tokyo->createColumn();
    ReadBufferFromMemory in("2026-02-23 12:00:00");
    tokyo->deserializeWholeText(*column, in, {});
    EXPECT_EQ(static_cast<const ColumnUInt32 &>(*column).getData()[0], 1771848000u - 9 * 3600);
}

TEST_F(DateTimeTypes, DateTimeUsesServerZoneWhenNotNamed)
{
    DateLUT::setDefaultTimezone("Asia/Kolkata");
    auto dt = type("DateTime");
    EXPECT_EQ(dt->getName(), "DateTime");
    auto column = columnOf(dt, { UInt64(1771848000) });
    EXPECT_EQ(serialize(*dt, *column, 0, Form::Plain), "2026-02-23 17:30:00");
}

TEST_F(DateTimeTypes, DateTimeErrors)
{
    EXPECT_EQ(parseError("DateTime('UTC')", "2026-02-23 12:00:00 garbage", Form::Whole).first, ErrorCodes::CANNOT_PARSE_TEXT);
    EXPECT_EQ(parseError("DateTime('UTC')", "abc", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_DATETIME);
    EXPECT_EQ(parseError("DateTime('UTC')", "2026-02", Form::Whole).first, ErrorCodes::CANNOT_PARSE_DATETIME);
    EXPECT_EQ(
        parseError("DateTime('UTC')", "1234", Form::Whole),
        std::make_pair(ErrorCodes::CANNOT_PARSE_DATETIME, std::string("Cannot parse DateTime: Cannot parse DateTime('UTC') from String")));
    EXPECT_EQ(
        parseError("DateTime('UTC')", "2026-02-23 12:00", Form::Whole),
        std::make_pair(ErrorCodes::CANNOT_PARSE_DATETIME, std::string("Cannot parse time component of DateTime 12:00")));
    EXPECT_EQ(roundTrip("DateTime('UTC')", "123456789012", Form::Whole), "2106-02-07 06:28:15");
}

TEST_F(DateTimeTypes, DateTime64Text)
{
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "2026-02-23 12:00:00", Form::Whole), "2026-02-23 12:00:00.000");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "2026-02-23 12:00:00.12345", Form::Whole), "2026-02-23 12:00:00.123");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "\"2026-02-23T12:00:00.000Z\"", Form::JSON, Form::JSON), "\"2026-02-23 12:00:00.000\"");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "2026-02-23T12:00:00.123+05:30", Form::Whole), "2026-02-23 06:30:00.123");
    /// A bare integer counts ticks; one with a fraction counts seconds.
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "1700000000123", Form::CSV), "2023-11-14 22:13:20.123");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "1700000000.5", Form::CSV), "2023-11-14 22:13:20.500");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "1700000000123", Form::JSON), "2023-11-14 22:13:20.123");
    EXPECT_EQ(roundTrip("DateTime64(0, 'UTC')", "2026-02-23 12:00:00.9", Form::Whole), "2026-02-23 12:00:00");
    EXPECT_EQ(roundTrip("DateTime64(9, 'UTC')", "2026-02-23 12:00:00.123456789", Form::Whole), "2026-02-23 12:00:00.123456789");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "1960-01-01 00:00:00.250", Form::Whole), "1960-01-01 00:00:00.250");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "12345", Form::Whole), "1970-01-01 03:25:45.000");
    EXPECT_EQ(roundTrip("DateTime64(3, 'UTC')", "'2026-02-23 12:00:00.5'", Form::Quoted, Form::Quoted), "'2026-02-23 12:00:00.500'");
}

TEST_F(DateTimeTypes, DateTime64Field)
{
    auto dt64 = type("DateTime64(3, 'UTC')");
    EXPECT_EQ(dt64->getDefault(), Field(DecimalField<Int64> { 0, 3 }));
    auto column = dt64->createColumn();
    ReadBufferFromMemory in("2026-02-23 12:00:00.250");
    dt64->deserializeWholeText(*column, in, {});
    EXPECT_EQ(dt64->getField(*column, 0), Field(DecimalField<Int64> { 1771848000250, 3 }));
}

TEST_F(DateTimeTypes, BinaryForms)
{
    auto date = type("Date");
    auto column = date->createColumn();
    ReadBufferFromMemory in("2026-02-23");
    date->deserializeWholeText(*column, in, {});
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        date->serializeBinary(*column, 0, out);
    }
    EXPECT_EQ(bytes, std::string("\x1b\x50", 2)); /// 20507 little-endian

    auto dt = type("DateTime('UTC')");
    auto times = columnOf(dt, { UInt64(1), UInt64(1771848000), UInt64(4294967295) });
    std::string bulk;
    {
        WriteBufferFromString out(bulk);
        dt->serializeBinaryBulk(*times, out, 1, 0);
    }
    EXPECT_EQ(bulk.size(), 8u);
    auto back = dt->createColumn();
    ReadBufferFromMemory bulk_in(bulk);
    dt->deserializeBinaryBulk(*back, bulk_in, 10);
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ(serialize(*dt, *back, 0, Form::Plain), "2026-02-23 12:00:00");
    EXPECT_EQ(serialize(*dt, *back, 1, Form::Plain), "2106-02-07 06:28:15");

    auto dt64 = type("DateTime64(3, 'UTC')");
    auto ticks = dt64->createColumn();
    ReadBufferFromMemory row_in(std::string_view("\x01\x00\x00\x00\x00\x00\x00\x00", 8));
    dt64->deserializeBinary(*ticks, row_in);
    EXPECT_EQ(serialize(*dt64, *ticks, 0, Form::Plain), "1970-01-01 00:00:00.001");
    ReadBufferFromMemory short_in(std::string_view("\x01\x00", 2));
    EXPECT_THROW(dt64->deserializeBinary(*ticks, short_in), Exception);
}
