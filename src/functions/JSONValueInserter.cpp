// JSONExtract's type tree: one inserter per node of the result type, built when the function is
// resolved. Conversions follow ClickHouse 24.x: numbers must fit, an array with no convertible
// element is empty, a tuple takes what it can, a map keeps the members whose values convert.
#include "functions/JSONValueInserter.h"

#include "columns/ColumnArray.h"
#include "columns/ColumnLowCardinality.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "columns/ColumnTuple.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringColumnWriteBuffer.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeLowCardinality.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeNullable.h"
#include "types/DataTypeTuple.h"

#include <cmath>
#include <limits>
#include <utility>

namespace datastore::functions
{
using simdjson::dom::element_type;

void writeJSONElement(JSONElement element, WriteBuffer & out)
{
    switch (element.type())
    {
        case element_type::INT64:
            writeIntText(element.get_int64().value_unsafe(), out);
            return;
        case element_type::UINT64:
            writeIntText(element.get_uint64().value_unsafe(), out);
            return;
        case element_type::DOUBLE:
            writeFloatText(element.get_double().value_unsafe(), out);
            return;
        case element_type::STRING:
            writeJSONString(element.get_string().value_unsafe(), out, false);
            return;
        case element_type::BOOL:
            writeString(element.get_bool().value_unsafe() ? "true" : "false", out);
            return;
        case element_type::NULL_VALUE:
            writeString("null", out);
            return;
        case element_type::ARRAY:
        {
            writeChar('[', out);
            bool need_comma = false;
            for (JSONElement child : asArray(element))
            {
                if (std::exchange(need_comma, true))
                    writeChar(',', out);
                writeJSONElement(child, out);
            }
            writeChar(']', out);
            return;
        }
        case element_type::OBJECT:
        {
            writeChar('{', out);
            bool need_comma = false;
            for (auto member : asObject(element))
            {
                if (std::exchange(need_comma, true))
                    writeChar(',', out);
                writeJSONString(member.key, out, false);
                writeChar(':', out);
                writeJSONElement(member.value, out);
            }
            writeChar('}', out);
            return;
        }
    }
}

namespace
{
/// Whether `value` lies within T's range, compared exactly (long double holds every 64-bit integer).
template <typename T, typename From> bool inRangeOf(From value)
{
    if constexpr (std::is_floating_point_v<T>)
        return true;
    else if constexpr (std::is_floating_point_v<From>)
        return static_cast<long double>(value) >= static_cast<long double>(std::numeric_limits<T>::lowest())
            && static_cast<long double>(value) <= static_cast<long double>(std::numeric_limits<T>::max());
    else if constexpr (std::is_same_v<From, Int128>)
        return value >= static_cast<Int128>(std::numeric_limits<T>::lowest())
            && value <= static_cast<Int128>(std::numeric_limits<T>::max());
    else
        return std::in_range<T>(value);
}

template <typename T, typename From> bool convertNumber(From from, T & value)
{
    if (!inRangeOf<T>(from))
        return false;
    value = static_cast<T>(from);
    return true;
}

/// A number written in a JSON string: the whole string must be the number. Integers that do not
/// read as integers are read as floats and truncated, as ClickHouse does.
template <typename T> bool parseNumber(std::string_view text, T & value)
{
    try
    {
        if constexpr (!std::is_floating_point_v<T>)
        {
            ReadBufferFromMemory in(text);
            Int128 integer = 0;
            if (tryReadIntText<Int128, IntOverflow::Wrap>(integer, in) && in.eof() && text.size() <= 38)
                return convertNumber(integer, value);
        }
        ReadBufferFromMemory in(text);
        Float64 number = 0;
        if (!tryReadFloatText(number, in) || !in.eof())
            return false;
        return convertNumber(number, value);
    }
    catch (const Exception &)
    {
        return false;
    }
}
}

template <typename T> bool extractJSONNumber(JSONElement element, T & value, bool convert_bool)
{
    switch (element.type())
    {
        case element_type::INT64:
            return convertNumber(element.get_int64().value_unsafe(), value);
        case element_type::UINT64:
            return convertNumber(element.get_uint64().value_unsafe(), value);
        case element_type::DOUBLE:
            return convertNumber(element.get_double().value_unsafe(), value);
        case element_type::BOOL:
            if (!convert_bool)
                return false;
            value = element.get_bool().value_unsafe();
            return true;
        case element_type::STRING:
            return parseNumber(element.get_string().value_unsafe(), value);
        default:
            return false;
    }
}

template bool extractJSONNumber<UInt8>(JSONElement, UInt8 &, bool);
template bool extractJSONNumber<UInt16>(JSONElement, UInt16 &, bool);
template bool extractJSONNumber<UInt32>(JSONElement, UInt32 &, bool);
template bool extractJSONNumber<UInt64>(JSONElement, UInt64 &, bool);
template bool extractJSONNumber<Int8>(JSONElement, Int8 &, bool);
template bool extractJSONNumber<Int16>(JSONElement, Int16 &, bool);
template bool extractJSONNumber<Int32>(JSONElement, Int32 &, bool);
template bool extractJSONNumber<Int64>(JSONElement, Int64 &, bool);
template bool extractJSONNumber<Float32>(JSONElement, Float32 &, bool);
template bool extractJSONNumber<Float64>(JSONElement, Float64 &, bool);

bool extractJSONBool(JSONElement element, UInt8 & value)
{
    switch (element.type())
    {
        case element_type::BOOL:
            value = element.get_bool().value_unsafe();
            return true;
        case element_type::INT64:
            value = element.get_int64().value_unsafe() != 0;
            return true;
        case element_type::UINT64:
            value = element.get_uint64().value_unsafe() != 0;
            return true;
        default:
            return false;
    }
}

namespace
{
template <typename T> class NumberInserter final : public JSONValueInserter
{
public:
    bool insert(IColumn & column, JSONElement element) const override
    {
        T value;
        if (!extractJSONNumber(element, value, true))
            return false;
        static_cast<ColumnVector<T> &>(column).getData().push_back(value);
        return true;
    }
};

/// Bool: true/false and any number compared with zero.
class BoolInserter final : public JSONValueInserter
{
public:
    bool insert(IColumn & column, JSONElement element) const override
    {
        UInt8 value;
        if (element.type() == element_type::DOUBLE)
            value = element.get_double().value_unsafe() != 0;
        else if (!extractJSONBool(element, value))
            return false;
        static_cast<ColumnUInt8 &>(column).getData().push_back(value);
        return true;
    }
};

/// A string's own text; any other value but null as its JSON text.
class StringInserter final : public JSONValueInserter
{
public:
    bool insert(IColumn & column, JSONElement element) const override
    {
        auto & strings = static_cast<ColumnString &>(column);
        if (element.is_string())
            strings.insertData(element.get_string().value_unsafe());
        else if (element.is_null())
            return false;
        else
        {
            StringColumnWriteBuffer out(strings.getChars());
            writeJSONElement(element, out);
            out.commit();
            strings.getOffsets().push_back(strings.getChars().size());
        }
        return true;
    }
};

/// Types without a JSON form of their own (dates, UUID, Decimal, big integers, Enum, FixedString):
/// the string's text, or the value's JSON text, read by the type's parser.
class TextInserter final : public JSONValueInserter
{
public:
    explicit TextInserter(DataTypePtr type_)
        : type(std::move(type_))
    {
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        if (element.is_null())
            return false;
        std::string text;
        if (element.is_string())
            text = element.get_string().value_unsafe();
        else
        {
            WriteBufferFromString out(text);
            writeJSONElement(element, out);
        }
        size_t rows = column.size();
        try
        {
            ReadBufferFromMemory in(text);
            type->deserializeWholeText(column, in, FormatSettings {});
        }
        catch (const Exception &)
        {
            if (column.size() > rows)
                column.popBack(column.size() - rows);
            return false;
        }
        return true;
    }

private:
    DataTypePtr type;
};

/// Decimal and DateTime64 from a JSON number: a Decimal takes the number scaled, and throws
/// DECIMAL_OVERFLOW when that does not fit its storage (the precision is not checked), as
/// ClickHouse does; a DateTime64 takes an integer as its ticks and a float as seconds. Strings
/// and other values are read as text.
template <typename T> class DecimalInserter final : public JSONValueInserter
{
public:
    DecimalInserter(DataTypePtr type_, UInt32 scale_, bool is_date_time_)
        : text(type_)
        , is_date_time(is_date_time_)
    {
        for (UInt32 i = 0; i < scale_; ++i)
            multiplier *= 10;
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        T value;
        switch (element.type())
        {
            case element_type::INT64:
                value = fromInteger(element.get_int64().value_unsafe());
                break;
            case element_type::UINT64:
                value = fromInteger(element.get_uint64().value_unsafe());
                break;
            case element_type::DOUBLE:
            {
                Float64 scaled = element.get_double().value_unsafe() * static_cast<Float64>(multiplier);
                if (!(std::fabs(scaled) < static_cast<Float64>(std::numeric_limits<T>::max())))
                    throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal convert overflow. Float is out of Decimal range");
                value = static_cast<T>(scaled);
                break;
            }
            default:
                return text.insert(column, element);
        }
        static_cast<ColumnVector<T> &>(column).getData().push_back(value);
        return true;
    }

private:
    template <typename Integer> T fromInteger(Integer integer) const
    {
        Int128 scaled = integer;
        if (!is_date_time && __builtin_mul_overflow(scaled, multiplier, &scaled))
            throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal convert overflow");
        Int128 lowest = std::numeric_limits<T>::lowest();
        Int128 highest = std::numeric_limits<T>::max();
        if (scaled < lowest || scaled > highest)
            throw Exception(
                ErrorCodes::DECIMAL_OVERFLOW, "Decimal convert overflow: {} is not in range ({}, {})", integerText(scaled),
                integerText(lowest), integerText(highest));
        return static_cast<T>(scaled);
    }

    static std::string integerText(Int128 value)
    {
        std::string text;
        {
            WriteBufferFromString out(text);
            writeIntText(value, out);
        }
        return text;
    }

    TextInserter text;
    Int128 multiplier = 1;
    bool is_date_time;
};

/// JSON null and values that do not convert are NULL.
class NullableInserter final : public JSONValueInserter
{
public:
    explicit NullableInserter(std::unique_ptr<JSONValueInserter> nested_)
        : nested(std::move(nested_))
    {
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        auto & nullable = static_cast<ColumnNullable &>(column);
        if (!nested->insert(nullable.getNestedColumnMutable(), element))
            return false;
        nullable.getNullMapData().push_back(0);
        return true;
    }

private:
    std::unique_ptr<JSONValueInserter> nested;
};

class LowCardinalityInserter final : public JSONValueInserter
{
public:
    explicit LowCardinalityInserter(std::unique_ptr<JSONValueInserter> nested_)
        : nested(std::move(nested_))
    {
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        auto & low_cardinality = static_cast<ColumnLowCardinality &>(column);
        if (!nested->insert(low_cardinality.dictionaryForInsert(), element))
            return false;
        low_cardinality.insertLastDictionaryValue();
        return true;
    }

private:
    std::unique_ptr<JSONValueInserter> nested;
};

/// Elements that do not convert get the default, but an array none of whose elements converts
/// does not convert at all.
class ArrayInserter final : public JSONValueInserter
{
public:
    explicit ArrayInserter(std::unique_ptr<JSONValueInserter> nested_)
        : nested(std::move(nested_))
    {
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        if (!element.is_array())
            return false;
        auto & array = static_cast<ColumnArray &>(column);
        IColumn & data = array.getDataMutable();
        size_t old_size = data.size();
        bool any_valid = false;
        for (JSONElement child : asArray(element))
        {
            if (nested->insert(data, child))
                any_valid = true;
            else
                data.insertDefault();
        }
        if (!any_valid)
        {
            if (data.size() > old_size)
                data.popBack(data.size() - old_size);
            return false;
        }
        array.finishRow();
        return true;
    }

private:
    std::unique_ptr<JSONValueInserter> nested;
};

/// From an array by position; from an object by name for a named tuple, else by position.
/// Elements missing or not converting get defaults; nothing converting means no value.
class TupleInserter final : public JSONValueInserter
{
public:
    TupleInserter(std::vector<std::unique_ptr<JSONValueInserter>> elements_, std::vector<std::string> names_)
        : elements(std::move(elements_))
        , names(std::move(names_))
    {
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        auto & tuple = static_cast<ColumnTuple &>(column);
        size_t old_size = tuple.size();
        bool any_valid = false;
        auto take = [&](size_t index, JSONElement value)
        {
            if (elements[index]->insert(tuple.getColumnMutable(index), value))
                any_valid = true;
        };
        if (element.is_array())
        {
            size_t index = 0;
            for (JSONElement child : asArray(element))
            {
                if (index == elements.size())
                    break;
                take(index++, child);
            }
        }
        else if (element.is_object())
        {
            auto object = asObject(element);
            if (names.empty())
            {
                size_t index = 0;
                for (auto member : object)
                {
                    if (index == elements.size())
                        break;
                    take(index++, member.value);
                }
            }
            else
                for (size_t index = 0; index < names.size(); ++index)
                {
                    auto value = object.at_key(names[index]);
                    if (!value.error())
                        take(index, value.value_unsafe());
                }
        }
        for (size_t index = 0; index < elements.size(); ++index)
        {
            IColumn & element_column = tuple.getColumnMutable(index);
            if (any_valid && element_column.size() == old_size)
                element_column.insertDefault();
        }
        return any_valid;
    }

private:
    std::vector<std::unique_ptr<JSONValueInserter>> elements;
    std::vector<std::string> names;
};

/// The object's members, a value that does not convert as the type's default; keys are read by
/// the key type's parser, and members whose key does not parse are left out.
class MapInserter final : public JSONValueInserter
{
public:
    MapInserter(DataTypePtr key_type_, std::unique_ptr<JSONValueInserter> value_)
        : key_type(std::move(key_type_))
        , value(std::move(value_))
    {
    }

    bool insert(IColumn & column, JSONElement element) const override
    {
        if (!element.is_object())
            return false;
        auto & map = static_cast<ColumnMap &>(column);
        auto & entries = map.getNestedDataMutable();
        IColumn & keys = entries.getColumnMutable(0);
        IColumn & values = entries.getColumnMutable(1);
        for (auto member : asObject(element))
        {
            if (!insertKey(keys, member.key))
                continue;
            if (!value->insert(values, member.value))
                values.insertDefault();
        }
        map.getNestedColumnMutable().finishRow();
        return true;
    }

private:
    bool insertKey(IColumn & keys, std::string_view key) const
    {
        if (auto * strings = keys.as<ColumnString>())
        {
            strings->insertData(key);
            return true;
        }
        try
        {
            ReadBufferFromMemory in(key);
            key_type->deserializeWholeText(keys, in, FormatSettings {});
            return true;
        }
        catch (const Exception &)
        {
            return false;
        }
    }

    DataTypePtr key_type;
    std::unique_ptr<JSONValueInserter> value;
};
}

std::unique_ptr<JSONValueInserter> makeJSONValueInserter(const DataTypePtr & type)
{
    switch (type->getTypeId())
    {
        case TypeIndex::UInt8:
            return std::make_unique<NumberInserter<UInt8>>();
        case TypeIndex::UInt16:
            return std::make_unique<NumberInserter<UInt16>>();
        case TypeIndex::UInt32:
            return std::make_unique<NumberInserter<UInt32>>();
        case TypeIndex::UInt64:
            return std::make_unique<NumberInserter<UInt64>>();
        case TypeIndex::Int8:
            return std::make_unique<NumberInserter<Int8>>();
        case TypeIndex::Int16:
            return std::make_unique<NumberInserter<Int16>>();
        case TypeIndex::Int32:
            return std::make_unique<NumberInserter<Int32>>();
        case TypeIndex::Int64:
            return std::make_unique<NumberInserter<Int64>>();
        case TypeIndex::Float32:
            return std::make_unique<NumberInserter<Float32>>();
        case TypeIndex::Float64:
            return std::make_unique<NumberInserter<Float64>>();
        case TypeIndex::Bool:
            return std::make_unique<BoolInserter>();
        case TypeIndex::String:
            return std::make_unique<StringInserter>();
        case TypeIndex::Nullable:
            return std::make_unique<NullableInserter>(makeJSONValueInserter(type->as<DataTypeNullable>()->getNestedType()));
        case TypeIndex::LowCardinality:
            return std::make_unique<LowCardinalityInserter>(makeJSONValueInserter(type->as<DataTypeLowCardinality>()->getDictionaryType()));
        case TypeIndex::Array:
            return std::make_unique<ArrayInserter>(makeJSONValueInserter(type->as<DataTypeArray>()->getNestedType()));
        case TypeIndex::Tuple:
        {
            const auto & tuple = *type->as<DataTypeTuple>();
            std::vector<std::unique_ptr<JSONValueInserter>> elements;
            for (const auto & element : tuple.getElements())
                elements.push_back(makeJSONValueInserter(element));
            return std::make_unique<TupleInserter>(std::move(elements), tuple.getElementNames());
        }
        case TypeIndex::Map:
        {
            const auto & map = *type->as<DataTypeMap>();
            if (removeLowCardinality(map.getKeyType())->getTypeId() != TypeIndex::String)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "JSONExtract doesn't support the return type schema: {} with key type not String",
                                type->getName());
            return std::make_unique<MapInserter>(map.getKeyType(), makeJSONValueInserter(map.getValueType()));
        }
        case TypeIndex::Decimal32:
            return std::make_unique<DecimalInserter<Int32>>(type, decimalScale(*type), false);
        case TypeIndex::Decimal64:
            return std::make_unique<DecimalInserter<Int64>>(type, decimalScale(*type), false);
        case TypeIndex::Decimal128:
            return std::make_unique<DecimalInserter<Int128>>(type, decimalScale(*type), false);
        case TypeIndex::DateTime64:
            return std::make_unique<DecimalInserter<Int64>>(type, decimalScale(*type), true);
        case TypeIndex::Nothing:
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "JSONExtract doesn't support the return type schema: {}", type->getName());
        default:
            return std::make_unique<TextInserter>(type);
    }
}
}
