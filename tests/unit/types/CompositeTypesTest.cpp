// Array, Tuple, Map, Nullable and LowCardinality types: names and argument errors, text in
// every format as ClickHouse writes and reads it, RowBinary and Native bytes.
#include <gtest/gtest.h>

#include "TypeTestHelpers.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnLowCardinality.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnNullable.h"
#include "io/ReadHelpers.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeLowCardinality.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeNullable.h"
#include "types/DataTypeTuple.h"

using namespace datastore;
using namespace datastore::test;

namespace
{
std::pair<int, std::string> typeError(const std::string & name)
{
    try
    {
        DataTypeFactory::instance().get(name);
    }
    catch (const Exception & e)
    {
        return {e.code(), e.message()};
    }
    return {0, ""};
}

Field strings(std::initializer_list<const char *> values)
{
    Array result;
    for (const char * value : values)
        result.push_back(Field(value));
    return Field(result);
}

Field numbers(std::initializer_list<UInt64> values)
{
    Array result;
    for (UInt64 value : values)
        result.push_back(Field(value));
    return Field(result);
}

Field pair(Field key, Field value) { return Field(Tuple{std::move(key), std::move(value)}); }

std::string nativeBytes(const IDataType & type, const IColumn & column, size_t offset = 0, size_t limit = 0)
{
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        type.serializeBinaryBulk(column, out, offset, limit);
    }
    return bytes;
}

std::string rowBinaryBytes(const IDataType & type, const IColumn & column)
{
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        for (size_t i = 0; i < column.size(); ++i)
            type.serializeBinary(column, i, out);
    }
    return bytes;
}

/// Reads `rows` rows of Native bytes back and checks every byte was used.
MutableColumnPtr fromNative(const IDataType & type, const std::string & bytes, size_t rows)
{
    auto column = type.createColumn();
    ReadBufferFromMemory in(bytes);
    type.deserializeBinaryBulk(*column, in, rows);
    EXPECT_TRUE(in.eof());
    return column;
}

std::vector<Field> rowsOf(const IColumn & column)
{
    std::vector<Field> result;
    for (size_t i = 0; i < column.size(); ++i)
        result.push_back(column[i]);
    return result;
}

std::string hex(std::string_view bytes)
{
    static const char * digits = "0123456789abcdef";
    std::string result;
    for (unsigned char c : bytes)
    {
        result += digits[c >> 4];
        result += digits[c & 15];
    }
    return result;
}
}

TEST(CompositeTypes, NamesFromFactory)
{
    auto & factory = DataTypeFactory::instance();
    EXPECT_EQ(factory.get("Array(UInt8)")->getName(), "Array(UInt8)");
    EXPECT_EQ(factory.get("Array(Array(Nullable(String)))")->getName(), "Array(Array(Nullable(String)))");
    EXPECT_EQ(factory.get("Tuple(String, UInt8)")->getName(), "Tuple(String, UInt8)");
    EXPECT_EQ(factory.get("Tuple(a String, b UInt8)")->getName(), "Tuple(a String, b UInt8)");
    EXPECT_EQ(factory.get("Tuple(`a b` UInt8, `1x` String)")->getName(), "Tuple(`a b` UInt8, `1x` String)");
    EXPECT_EQ(factory.get("Map(String, Array(Nullable(UInt8)))")->getName(), "Map(String, Array(Nullable(UInt8)))");
    EXPECT_EQ(factory.get("LowCardinality(Nullable(String))")->getName(), "LowCardinality(Nullable(String))");

    auto tuple = factory.get("Tuple(a String, b Nullable(UInt8))");
    const auto * as_tuple = tuple->as<DataTypeTuple>();
    ASSERT_NE(as_tuple, nullptr);
    EXPECT_EQ(as_tuple->getElementNames(), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(as_tuple->tryGetPositionByName("b"), 1);
    EXPECT_EQ(tuple->getDefault(), Field(Tuple{Field(""), Field()}));

    auto low_cardinality = factory.get("LowCardinality(Nullable(String))");
    EXPECT_EQ(low_cardinality->as<DataTypeLowCardinality>()->getDictionaryType()->getName(), "String");
    EXPECT_EQ(removeLowCardinality(low_cardinality)->getName(), "Nullable(String)");
    EXPECT_EQ(removeNullable(factory.get("Nullable(UInt8)"))->getName(), "UInt8");
    EXPECT_TRUE(isStringOrFixedString(*low_cardinality));
    EXPECT_EQ(factory.get("Nullable(UInt8)")->getDefault(), Field());
    EXPECT_EQ(factory.get("Map(String, UInt8)")->getDefault(), Field(Map{}));
}

TEST(CompositeTypes, ArgumentErrors)
{
    EXPECT_EQ(typeError("Nullable(Array(UInt8))"),
              std::make_pair(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, std::string("Nested type Array(UInt8) cannot be inside Nullable type")));
    EXPECT_EQ(typeError("Nullable(Nullable(UInt8))").second, "Nested type Nullable(UInt8) cannot be inside Nullable type");
    EXPECT_EQ(typeError("Nullable(LowCardinality(String))").second, "Nested type LowCardinality(String) cannot be inside Nullable type");
    EXPECT_EQ(typeError("Nullable(Tuple(UInt8))").first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(typeError("Nullable(Map(String, UInt8))").first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(typeError("LowCardinality(Array(UInt8))"),
              std::make_pair(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                             std::string("DataTypeLowCardinality is supported only for numbers, strings, Date or DateTime, but got Array(UInt8)")));
    EXPECT_EQ(typeError("LowCardinality(DateTime64(3))").first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(typeError("LowCardinality(LowCardinality(String))").first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(typeError("Map(Nullable(String), UInt8)"),
              std::make_pair(ErrorCodes::BAD_ARGUMENTS, std::string("Map cannot have a key of type Nullable(String)")));
    EXPECT_EQ(typeError("Map(LowCardinality(Nullable(String)), UInt8)").first, ErrorCodes::BAD_ARGUMENTS);
    EXPECT_EQ(typeError("Map(String)").first, ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
    EXPECT_EQ(typeError("Array(UInt8, UInt8)").first, ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
    EXPECT_EQ(typeError("Tuple(a UInt8, String)"),
              std::make_pair(ErrorCodes::BAD_ARGUMENTS, std::string("Names are specified not for all elements of Tuple type")));
    EXPECT_EQ(typeError("Tuple(a UInt8, a String)"),
              std::make_pair(ErrorCodes::DUPLICATE_COLUMN, std::string("Names of tuple elements must be unique. Duplicate name: a")));
    EXPECT_EQ(typeError("Array(Foo)").first, ErrorCodes::UNKNOWN_TYPE);
}

TEST(CompositeTypes, TextOutput)
{
    auto array = DataTypeFactory::instance().get("Array(String)");
    auto array_column = columnOf(array, {strings({"a\\b", "c\nd", "e'f"}), strings({})});
    EXPECT_EQ(serialize(*array, *array_column, 0, Form::Escaped), "['a\\\\b','c\\nd','e\\'f']");
    EXPECT_EQ(serialize(*array, *array_column, 0, Form::Quoted), "['a\\\\b','c\\nd','e\\'f']");
    EXPECT_EQ(serialize(*array, *array_column, 1, Form::Plain), "[]");
    EXPECT_EQ(serialize(*array, *array_column, 0, Form::JSON), "[\"a\\\\b\",\"c\\nd\",\"e'f\"]");

    auto csv_column = columnOf(array, {strings({"a\\b", "c\"d"})});
    EXPECT_EQ(serialize(*array, *csv_column, 0, Form::CSV), "\"['a\\\\b','c\"\"d']\"");

    auto nullable_array = DataTypeFactory::instance().get("Array(Nullable(UInt8))");
    auto nullable_column = columnOf(nullable_array, {Field(Array{Field(), Field(UInt64(1))})});
    EXPECT_EQ(serialize(*nullable_array, *nullable_column, 0, Form::Escaped), "[NULL,1]");
    EXPECT_EQ(serialize(*nullable_array, *nullable_column, 0, Form::JSON), "[null,1]");
    EXPECT_EQ(serialize(*nullable_array, *nullable_column, 0, Form::CSV), "\"[NULL,1]\"");

    auto tuple = DataTypeFactory::instance().get("Tuple(Nullable(UInt8), String)");
    auto tuple_column = columnOf(tuple, {Field(Tuple{Field(), Field("x")})});
    EXPECT_EQ(serialize(*tuple, *tuple_column, 0, Form::Escaped), "(NULL,'x')");
    EXPECT_EQ(serialize(*tuple, *tuple_column, 0, Form::CSV), "\\N,\"x\"");
    EXPECT_EQ(serialize(*tuple, *tuple_column, 0, Form::JSON), "[null,\"x\"]");

    auto named = DataTypeFactory::instance().get("Tuple(a UInt8, b String)");
    auto named_column = columnOf(named, {Field(Tuple{Field(UInt64(1)), Field("x")})});
    EXPECT_EQ(serialize(*named, *named_column, 0, Form::JSON), "{\"a\":1,\"b\":\"x\"}");
    FormatSettings as_arrays;
    as_arrays.json_named_tuples_as_objects = false;
    EXPECT_EQ(serialize(*named, *named_column, 0, Form::JSON, as_arrays), "[1,\"x\"]");
    EXPECT_EQ(serialize(*named, *named_column, 0, Form::Quoted), "(1,'x')");

    auto map = DataTypeFactory::instance().get("Map(String, UInt8)");
    auto map_column = columnOf(map, {Field(Map{pair(Field("a"), Field(UInt64(1))), pair(Field("b"), Field(UInt64(2)))}), Field(Map{})});
    EXPECT_EQ(serialize(*map, *map_column, 0, Form::Escaped), "{'a':1,'b':2}");
    EXPECT_EQ(serialize(*map, *map_column, 1, Form::Escaped), "{}");
    EXPECT_EQ(serialize(*map, *map_column, 0, Form::JSON), "{\"a\":1,\"b\":2}");
    EXPECT_EQ(serialize(*map, *map_column, 0, Form::CSV), "\"{'a':1,'b':2}\"");

    auto number_keys = DataTypeFactory::instance().get("Map(UInt8, Array(Nullable(UInt8)))");
    auto number_keys_column = columnOf(number_keys, {Field(Map{pair(Field(UInt64(1)), Field(Array{Field()}))})});
    EXPECT_EQ(serialize(*number_keys, *number_keys_column, 0, Form::Escaped), "{1:[NULL]}");
    EXPECT_EQ(serialize(*number_keys, *number_keys_column, 0, Form::JSON), "{\"1\":[null]}");
}

TEST(CompositeTypes, NullableText)
{
    auto type = DataTypeFactory::instance().get("Nullable(String)");
    auto column = columnOf(type, {Field(), Field("a\tb")});
    EXPECT_EQ(serialize(*type, *column, 0, Form::Escaped), "\\N");
    EXPECT_EQ(serialize(*type, *column, 0, Form::Quoted), "NULL");
    EXPECT_EQ(serialize(*type, *column, 0, Form::JSON), "null");
    EXPECT_EQ(serialize(*type, *column, 0, Form::CSV), "\\N");
    EXPECT_EQ(serialize(*type, *column, 0, Form::Plain), "NULL");
    EXPECT_EQ(serialize(*type, *column, 1, Form::Escaped), "a\\tb");
    EXPECT_EQ(serialize(*type, *column, 1, Form::Quoted), "'a\\tb'");

    std::string rest;
    EXPECT_EQ(roundTrip("Nullable(String)", "\\N\tx", Form::Escaped, Form::Quoted, &rest), "NULL");
    EXPECT_EQ(rest, "\tx");
    /// \N counts only as a whole field; "\Nx" is read as the value (ClickHouse gives 'x' and '\\Nx').
    EXPECT_EQ(roundTrip("Nullable(String)", "\\Nx\t", Form::Escaped, Form::Quoted), "'x'");
    EXPECT_EQ(roundTrip("Nullable(String)", "\\Nx,1", Form::CSV, Form::Quoted), "'\\\\Nx'");
    EXPECT_EQ(roundTrip("Nullable(String)", "\\N\n", Form::CSV, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(String)", "\\N", Form::Escaped, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(String)", "NULL\t", Form::Escaped, Form::Quoted), "'NULL'");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "null,", Form::Quoted, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "Null", Form::Quoted, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "null}", Form::JSON, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "7}", Form::JSON, Form::Quoted), "7");
    EXPECT_EQ(roundTrip("Nullable(String)", "\\N,1", Form::CSV, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(String)", ",1", Form::CSV, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(String)", "", Form::CSV, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(String)", "\"\\N\",1", Form::CSV, Form::Quoted), "'\\\\N'");
    EXPECT_EQ(roundTrip("Nullable(String)", "\"\",1", Form::CSV, Form::Quoted), "''");
    EXPECT_EQ(roundTrip("Nullable(String)", "NULL,1", Form::CSV, Form::Quoted), "'NULL'");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "NULL", Form::Whole, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "\\N", Form::Whole, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("Nullable(UInt8)", "12", Form::Whole, Form::Quoted), "12");
    EXPECT_EQ(parseError("Nullable(String)", "x", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    EXPECT_EQ(parseError("Nullable(String)", "\"x", Form::JSON).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
}

TEST(CompositeTypes, ArrayInput)
{
    EXPECT_EQ(roundTrip("Array(UInt8)", "[ 1 , 2 ]", Form::Escaped), "[1,2]");
    EXPECT_EQ(roundTrip("Array(UInt8)", "[]", Form::Quoted), "[]");
    EXPECT_EQ(roundTrip("Array(String)", "[ 'a' , 'b\\tc' ]\tnext", Form::Escaped, Form::Escaped), "['a','b\\tc']");
    EXPECT_EQ(roundTrip("Array(Nullable(UInt8))", "\"[1, NULL ,3]\",1", Form::CSV), "[1,NULL,3]");
    EXPECT_EQ(roundTrip("Array(Nullable(UInt8))", "[1, null]", Form::JSON), "[1,NULL]");
    EXPECT_EQ(roundTrip("Array(Array(String))", "[['a'],[],['b','c']]", Form::Whole), "[['a'],[],['b','c']]");

    EXPECT_EQ(parseError("Array(UInt8)", "[1 2]", Form::Escaped),
              std::make_pair(ErrorCodes::CANNOT_READ_ARRAY_FROM_TEXT,
                             std::string("Cannot read array from text, expected comma or end of array, found '2'")));
    EXPECT_EQ(parseError("Array(UInt8)", "1,2", Form::Escaped),
              std::make_pair(ErrorCodes::CANNOT_READ_ARRAY_FROM_TEXT, std::string("Array does not start with '[' character")));
    EXPECT_EQ(parseError("Array(UInt8)", "[1,2", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_NE(parseError("Array(String)", "['a', 'b", Form::Quoted).first, 0);
    EXPECT_NE(parseError("Array(String)", "['a', 'b", Form::Quoted).first, -1);
    EXPECT_EQ(parseError("Array(UInt8)", "[1] x", Form::Whole).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);

    /// A failed row leaves both the offsets and the elements as they were.
    auto type = DataTypeFactory::instance().get("Array(String)");
    auto column = columnOf(type, {strings({"kept"})});
    ReadBufferFromMemory in("['a', 'b', 3]");
    EXPECT_THROW(type->deserializeTextQuoted(*column, in, {}), Exception);
    const auto & array = static_cast<const ColumnArray &>(*column);
    EXPECT_EQ(array.size(), 1u);
    EXPECT_EQ(array.getData().size(), 1u);
}

TEST(CompositeTypes, TupleInput)
{
    EXPECT_EQ(roundTrip("Tuple(UInt8, String)", "( 1 , 'x' )", Form::Escaped), "(1,'x')");
    EXPECT_EQ(roundTrip("Tuple(UInt8, String)", "1,\"a\"\n", Form::CSV), "(1,'a')");
    EXPECT_EQ(roundTrip("Tuple(UInt8, String)", "[4, \"r\"]", Form::JSON), "(4,'r')");
    EXPECT_EQ(roundTrip("Tuple(a UInt8, b String)", "{\"b\":\"q\", \"a\" : 3}", Form::JSON), "(3,'q')");
    EXPECT_EQ(roundTrip("Tuple(a UInt8, b String)", "{\"b\":\"q\"}", Form::JSON), "(0,'q')");
    EXPECT_EQ(roundTrip("Tuple(a UInt8, b String)", "{}", Form::JSON), "(0,'')");
    EXPECT_EQ(roundTrip("Tuple(a UInt8, b String)", "{\"c\":[1,{\"d\":\"}\"}, -2.5e3, true, null],\"a\":2}", Form::JSON), "(2,'')");
    FormatSettings as_arrays;
    as_arrays.json_named_tuples_as_objects = false;
    EXPECT_EQ(roundTrip("Tuple(a UInt8, b String)", "[5,\"s\"]", Form::JSON, Form::Plain, nullptr, as_arrays), "(5,'s')");

    EXPECT_EQ(parseError("Tuple(UInt8, UInt8)", "(1)", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("Tuple(UInt8, UInt8)", "1,2", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("Tuple(UInt8, String)", "(1, 2)", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    EXPECT_EQ(parseError("Tuple(a UInt8, b String)", "[1]", Form::JSON).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("Tuple(UInt8, String)", "{\"a\":1}", Form::JSON).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("Tuple(a UInt8, b String)", "{\"c\":[1,}", Form::JSON).first, ErrorCodes::INCORRECT_DATA);
    EXPECT_EQ(parseError("Tuple(a UInt8, b String)", "{\"a\":1,\"a\":2}", Form::JSON),
              std::make_pair(ErrorCodes::INCORRECT_DATA, std::string("JSON object contains duplicate key 'a'")));
}

TEST(CompositeTypes, EmptyTuple)
{
    auto type = DataTypeFactory::instance().get("Tuple()");
    EXPECT_EQ(type->getName(), "Tuple()");
    EXPECT_EQ(DataTypeFactory::instance().get("Array(Tuple())")->getName(), "Array(Tuple())");
    auto column = columnOf(type, {Field(Tuple{}), Field(Tuple{})});
    EXPECT_EQ(column->size(), 2u);
    EXPECT_EQ(serialize(*type, *column, 0, Form::Quoted), "()");
    EXPECT_EQ(serialize(*type, *column, 0, Form::JSON), "[]");
    EXPECT_EQ(roundTrip("Tuple()", "( )", Form::Quoted), "()");
    EXPECT_EQ(roundTrip("Array(Tuple())", "[(),()]", Form::Quoted), "[(),()]");
    EXPECT_EQ(parseError("Tuple()", "(1)", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_THROW(column->insert(Field(Tuple{Field(UInt64(1))})), Exception);

    Filter filter{1, 0};
    EXPECT_EQ(column->filter(filter, -1)->size(), 1u);
    EXPECT_EQ(column->permute(Permutation{1, 0, 1}, 0)->size(), 3u);
    EXPECT_EQ(column->replicate(PodArray<UInt64>{2, 5})->size(), 5u);
    EXPECT_EQ(nativeBytes(*type, *column), "");
    EXPECT_EQ(fromNative(*type, "", 3)->size(), 3u);
}

TEST(CompositeTypes, MapInput)
{
    EXPECT_EQ(roundTrip("Map(String, UInt8)", "{ 'k' : 1 , 'l':2}", Form::Escaped), "{'k':1,'l':2}");
    EXPECT_EQ(roundTrip("Map(String, UInt8)", "{}", Form::Quoted), "{}");
    EXPECT_EQ(roundTrip("Map(UInt8, String)", "{\"1\":\"q\", \"2\" : \"r\"}", Form::JSON), "{1:'q',2:'r'}");
    EXPECT_EQ(roundTrip("Map(String, UInt8)", "\"{'a':1}\",x", Form::CSV), "{'a':1}");
    EXPECT_EQ(parseError("Map(String, UInt8)", "{'a' 1}", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("Map(String, UInt8)", "['a']", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_NE(parseError("Map(String, UInt8)", "{'a':1, 'b':x}", Form::Escaped).first, 0);
    EXPECT_NE(parseError("Map(String, UInt8)", "{'a':1, 'b':x}", Form::Escaped).first, -1);
    EXPECT_NE(parseError("Map(UInt8, UInt8)", "{\"x\":1}", Form::JSON).first, 0);
}

TEST(CompositeTypes, LowCardinalityText)
{
    auto type = DataTypeFactory::instance().get("LowCardinality(Nullable(String))");
    auto column = columnOf(type, {Field("a\tb"), Field(), Field("a\tb")});
    EXPECT_EQ(static_cast<const ColumnLowCardinality &>(*column).getDictionary().size(), 3u);
    EXPECT_EQ(serialize(*type, *column, 0, Form::Escaped), "a\\tb");
    EXPECT_EQ(serialize(*type, *column, 0, Form::Quoted), "'a\\tb'");
    EXPECT_EQ(serialize(*type, *column, 1, Form::Escaped), "\\N");
    EXPECT_EQ(serialize(*type, *column, 1, Form::Quoted), "NULL");
    EXPECT_EQ(serialize(*type, *column, 1, Form::JSON), "null");

    EXPECT_EQ(roundTrip("LowCardinality(Nullable(String))", "\\N", Form::Escaped, Form::Quoted), "NULL");
    EXPECT_EQ(roundTrip("LowCardinality(Nullable(String))", "x\\ty", Form::Escaped, Form::Quoted), "'x\\ty'");
    EXPECT_EQ(roundTrip("LowCardinality(String)", "\"x\"", Form::JSON, Form::JSON), "\"x\"");
    EXPECT_EQ(roundTrip("LowCardinality(UInt64)", "42", Form::Whole), "42");
    EXPECT_EQ(roundTrip("Array(LowCardinality(String))", "['a','b','a']", Form::Quoted), "['a','b','a']");
    EXPECT_EQ(parseError("LowCardinality(Nullable(String))", "x", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);

    /// A failed parse adds neither a row nor a dictionary value.
    auto strings_type = DataTypeFactory::instance().get("LowCardinality(String)");
    auto strings_column = strings_type->createColumn();
    ReadBufferFromMemory in("'unterminated");
    EXPECT_THROW(strings_type->deserializeTextQuoted(*strings_column, in, {}), Exception);
    EXPECT_EQ(strings_column->size(), 0u);
    EXPECT_EQ(static_cast<const ColumnLowCardinality &>(*strings_column).getDictionary().size(), 1u);
}

TEST(CompositeTypes, RowBinary)
{
    auto array = DataTypeFactory::instance().get("Array(UInt8)");
    auto array_column = columnOf(array, {numbers({1, 2}), numbers({})});
    EXPECT_EQ(hex(rowBinaryBytes(*array, *array_column)), "02010200");

    auto nullable = DataTypeFactory::instance().get("Nullable(UInt8)");
    auto nullable_column = columnOf(nullable, {Field(), Field(UInt64(5))});
    EXPECT_EQ(hex(rowBinaryBytes(*nullable, *nullable_column)), "010005");

    auto map = DataTypeFactory::instance().get("Map(String, UInt8)");
    auto map_column = columnOf(map, {Field(Map{pair(Field("k"), Field(UInt64(1))), pair(Field("l"), Field(UInt64(2)))})});
    EXPECT_EQ(hex(rowBinaryBytes(*map, *map_column)), "02016b01016c02");

    auto tuple = DataTypeFactory::instance().get("Tuple(UInt8, String)");
    auto tuple_column = columnOf(tuple, {Field(Tuple{Field(UInt64(1)), Field("x")})});
    EXPECT_EQ(hex(rowBinaryBytes(*tuple, *tuple_column)), "010178");

    auto low_cardinality = DataTypeFactory::instance().get("LowCardinality(Nullable(String))");
    auto low_cardinality_column = columnOf(low_cardinality, {Field("ab"), Field()});
    EXPECT_EQ(hex(rowBinaryBytes(*low_cardinality, *low_cardinality_column)), "0002616201");

    /// Every type reads back what it wrote.
    for (const auto & [type, column] : std::vector<std::pair<DataTypePtr, IColumn *>>{
             {array, array_column.get()}, {nullable, nullable_column.get()}, {map, map_column.get()}, {tuple, tuple_column.get()},
             {low_cardinality, low_cardinality_column.get()}})
    {
        std::string bytes = rowBinaryBytes(*type, *column);
        auto back = type->createColumn();
        ReadBufferFromMemory in(bytes);
        while (!in.eof())
            type->deserializeBinary(*back, in);
        EXPECT_EQ(rowsOf(*back), rowsOf(*column)) << type->getName();
    }

    std::string huge = "\xff\xff\xff\xff\x0f";
    ReadBufferFromMemory in(huge);
    auto column = array->createColumn();
    try
    {
        array->deserializeBinary(*column, in);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::TOO_LARGE_ARRAY_SIZE);
    }
    std::string truncated = "\x03\x01";
    ReadBufferFromMemory truncated_in(truncated);
    EXPECT_THROW(array->deserializeBinary(*column, truncated_in), Exception);
    EXPECT_EQ(column->size(), 0u);
    EXPECT_EQ(static_cast<const ColumnArray &>(*column).getData().size(), 0u);
}

TEST(CompositeTypes, NativeBytesAsClickHouse)
{
    /// Byte layouts checked against ClickHouse's FORMAT Native output.
    auto nested_array = DataTypeFactory::instance().get("Array(Array(UInt8))");
    auto nested_column = columnOf(nested_array, {Field(Array{numbers({1, 2}), numbers({3})})});
    EXPECT_EQ(hex(nativeBytes(*nested_array, *nested_column)), "0200000000000000" "0200000000000000" "0300000000000000" "010203");

    auto map = DataTypeFactory::instance().get("Map(String, UInt8)");
    auto map_column = columnOf(map, {Field(Map{pair(Field("k"), Field(UInt64(1)))})});
    EXPECT_EQ(hex(nativeBytes(*map, *map_column)), "0100000000000000" "016b" "01");

    auto tuple = DataTypeFactory::instance().get("Tuple(UInt8, String)");
    auto tuple_column = columnOf(tuple, {Field(Tuple{Field(UInt64(1)), Field("x")})});
    EXPECT_EQ(hex(nativeBytes(*tuple, *tuple_column)), "01" "0178");

    auto nullable = DataTypeFactory::instance().get("Nullable(UInt8)");
    auto nullable_column = columnOf(nullable, {Field(), Field(UInt64(7))});
    EXPECT_EQ(hex(nativeBytes(*nullable, *nullable_column)), "0100" "0007");

    auto low_cardinality = DataTypeFactory::instance().get("LowCardinality(Nullable(String))");
    auto low_cardinality_column = columnOf(low_cardinality, {Field("b"), Field("a"), Field(), Field("b"), Field("")});
    EXPECT_EQ(hex(nativeBytes(*low_cardinality, *low_cardinality_column)),
              "0100000000000000" "0006000000000000" "0400000000000000" "0000" "0162" "0161" "0500000000000000" "0203000201");

    auto plain = DataTypeFactory::instance().get("LowCardinality(String)");
    auto plain_column = columnOf(plain, {Field("b"), Field("a"), Field("b")});
    EXPECT_EQ(hex(nativeBytes(*plain, *plain_column)),
              "0100000000000000" "0006000000000000" "0300000000000000" "00" "0162" "0161" "0300000000000000" "010201");

    /// The key versions of nested LowCardinality types come before any data.
    auto array_of_low_cardinality = DataTypeFactory::instance().get("Array(LowCardinality(String))");
    auto array_of_low_cardinality_column = columnOf(array_of_low_cardinality, {strings({"a", "b"})});
    EXPECT_EQ(hex(nativeBytes(*array_of_low_cardinality, *array_of_low_cardinality_column)),
              "0100000000000000" "0200000000000000" "0006000000000000" "0300000000000000" "00" "0161" "0162" "0200000000000000" "0102");
    auto empty_array_column = columnOf(array_of_low_cardinality, {strings({})});
    EXPECT_EQ(hex(nativeBytes(*array_of_low_cardinality, *empty_array_column)), "0100000000000000" "0000000000000000");
    EXPECT_EQ(rowsOf(*fromNative(*array_of_low_cardinality, nativeBytes(*array_of_low_cardinality, *empty_array_column), 1)),
              rowsOf(*empty_array_column));

    auto pair_of_low_cardinality = DataTypeFactory::instance().get("Tuple(LowCardinality(String), LowCardinality(String))");
    auto pair_column = columnOf(pair_of_low_cardinality, {Field(Tuple{Field("x"), Field("y")})});
    EXPECT_EQ(hex(nativeBytes(*pair_of_low_cardinality, *pair_column)),
              "0100000000000000" "0100000000000000"
              "0006000000000000" "0200000000000000" "00" "0178" "0100000000000000" "01"
              "0006000000000000" "0200000000000000" "00" "0179" "0100000000000000" "01");
    EXPECT_EQ(rowsOf(*fromNative(*pair_of_low_cardinality, nativeBytes(*pair_of_low_cardinality, *pair_column), 1)), rowsOf(*pair_column));
}

TEST(CompositeTypes, NativeRoundTripsAndRanges)
{
    auto & factory = DataTypeFactory::instance();
    auto array = factory.get("Array(Nullable(String))");
    auto array_column = columnOf(array, {strings({"a", "b"}), Field(Array{Field()}), strings({}), strings({"c"})});
    EXPECT_EQ(rowsOf(*fromNative(*array, nativeBytes(*array, *array_column), 4)), rowsOf(*array_column));
    /// A range writes offsets relative to its first row and only its elements.
    auto middle = fromNative(*array, nativeBytes(*array, *array_column, 1, 2), 2);
    EXPECT_EQ(rowsOf(*middle), (std::vector<Field>{(*array_column)[1], (*array_column)[2]}));
    /// Reading appends to what the column holds.
    auto appended = array->createColumn();
    appended->insert(strings({"x"}));
    ReadBufferFromMemory in(nativeBytes(*array, *array_column, 3, 1));
    array->deserializeBinaryBulk(*appended, in, 1);
    EXPECT_EQ(rowsOf(*appended), (std::vector<Field>{strings({"x"}), strings({"c"})}));
    EXPECT_EQ(nativeBytes(*array, *array_column, 4, 1), "");

    auto low_cardinality_map = factory.get("Map(LowCardinality(String), Array(LowCardinality(Nullable(String))))");
    auto low_cardinality_map_column = columnOf(low_cardinality_map,
        {Field(Map{pair(Field("k"), Field(Array{Field("v"), Field()})), pair(Field("l"), Field(Array{}))}), Field(Map{}),
         Field(Map{pair(Field("k"), Field(Array{Field("w")}))})});
    EXPECT_EQ(rowsOf(*fromNative(*low_cardinality_map, nativeBytes(*low_cardinality_map, *low_cardinality_map_column), 3)),
              rowsOf(*low_cardinality_map_column));
    EXPECT_EQ(rowsOf(*fromNative(*low_cardinality_map, nativeBytes(*low_cardinality_map, *low_cardinality_map_column, 2, 1), 1)),
              (std::vector<Field>{(*low_cardinality_map_column)[2]}));
    EXPECT_EQ(roundTrip("Map(LowCardinality(String), UInt8)", "{\"a\":1}", Form::JSON), "{'a':1}");

    auto map = factory.get("Map(String, Array(UInt8))");
    auto map_column = columnOf(map, {Field(Map{pair(Field("k"), numbers({1, 2}))}), Field(Map{}), Field(Map{pair(Field("z"), numbers({}))})});
    EXPECT_EQ(rowsOf(*fromNative(*map, nativeBytes(*map, *map_column), 3)), rowsOf(*map_column));
    EXPECT_EQ(rowsOf(*fromNative(*map, nativeBytes(*map, *map_column, 1, 2), 2)), (std::vector<Field>{(*map_column)[1], (*map_column)[2]}));

    auto tuple = factory.get("Tuple(a Nullable(UInt8), b LowCardinality(String))");
    auto tuple_column = columnOf(tuple, {Field(Tuple{Field(), Field("x")}), Field(Tuple{Field(UInt64(3)), Field("y")})});
    EXPECT_EQ(rowsOf(*fromNative(*tuple, nativeBytes(*tuple, *tuple_column), 2)), rowsOf(*tuple_column));

    auto low_cardinality = factory.get("LowCardinality(Nullable(String))");
    auto low_cardinality_column = low_cardinality->createColumn();
    for (int i = 0; i < 600; ++i)
        low_cardinality_column->insert(i % 7 == 0 ? Field() : Field(std::to_string(i % 300)));
    std::string bytes = nativeBytes(*low_cardinality, *low_cardinality_column);
    EXPECT_EQ(bytes.substr(8, 2), std::string("\x01\x06", 2)); /// 302 keys need UInt16 indexes.
    EXPECT_EQ(rowsOf(*fromNative(*low_cardinality, bytes, 600)), rowsOf(*low_cardinality_column));
    auto range = fromNative(*low_cardinality, nativeBytes(*low_cardinality, *low_cardinality_column, 10, 5), 5);
    EXPECT_EQ(rowsOf(*range), rowsOf(*low_cardinality_column->cut(10, 5)));

    /// Truncated input throws and leaves the column unchanged.
    for (const auto & [type, column] : std::vector<std::pair<DataTypePtr, IColumn *>>{
             {array, array_column.get()}, {map, map_column.get()}, {tuple, tuple_column.get()}, {low_cardinality, low_cardinality_column.get()}})
    {
        std::string full = nativeBytes(*type, *column);
        std::string cut = full.substr(0, full.size() - 1);
        auto target = type->createColumn();
        ReadBufferFromMemory cut_in(cut);
        EXPECT_THROW(type->deserializeBinaryBulk(*target, cut_in, column->size()), Exception) << type->getName();
        EXPECT_EQ(target->size(), 0u) << type->getName();
    }

    std::string bad_version(8, '\0');
    bad_version[0] = 2;
    ReadBufferFromMemory bad_in(bad_version);
    auto target = low_cardinality->createColumn();
    try
    {
        low_cardinality->deserializeBinaryBulk(*target, bad_in, 1);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::INCORRECT_DATA);
    }
}
