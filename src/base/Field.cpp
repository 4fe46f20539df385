#include "base/Field.h"

#include <fmt/format.h>

namespace datastore
{
namespace
{
std::string int128ToString(UInt128 magnitude, bool negative)
{
    std::string digits;
    do
    {
        digits.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        digits.push_back('-');
    return {digits.rbegin(), digits.rend()};
}

std::string signedToString(Int128 v)
{
    return v < 0 ? int128ToString(-static_cast<UInt128>(v), true) : int128ToString(static_cast<UInt128>(v), false);
}

template <typename T>
std::string decimalToString(const DecimalField<T> & d)
{
    std::string digits = signedToString(d.raw < 0 ? -static_cast<Int128>(d.raw) : static_cast<Int128>(d.raw));
    if (d.scale)
    {
        if (digits.size() <= d.scale)
            digits.insert(0, d.scale - digits.size() + 1, '0');
        digits.insert(digits.size() - d.scale, 1, '.');
    }
    return d.raw < 0 ? "-" + digits : digits;
}

std::string dumpList(const std::vector<Field> & items, char open, char close)
{
    std::string out(1, open);
    for (size_t i = 0; i < items.size(); ++i)
    {
        if (i)
            out += ", ";
        out += items[i].dump();
    }
    out += close;
    return out;
}
}

std::string Field::dump() const
{
    switch (which())
    {
        case Which::Null: return "NULL";
        case Which::UInt64: return std::to_string(get<UInt64>());
        case Which::Int64: return std::to_string(get<Int64>());
        case Which::Float64: return fmt::format("{}", get<Float64>());
        case Which::Int128: return signedToString(get<Int128>());
        case Which::UInt128: return int128ToString(get<UInt128>(), false);
        case Which::String: return "'" + get<std::string>() + "'";
        case Which::Array: return dumpList(get<Array>(), '[', ']');
        case Which::Tuple: return dumpList(get<Tuple>(), '(', ')');
        case Which::Map: return "map" + dumpList(get<Map>(), '(', ')');
        case Which::Decimal32: return decimalToString(get<DecimalField<Int32>>());
        case Which::Decimal64: return decimalToString(get<DecimalField<Int64>>());
        case Which::Decimal128: return decimalToString(get<DecimalField<Int128>>());
        case Which::UUID: return fmt::format("UUID({:016x}{:016x})", get<UUID>().high, get<UUID>().low);
        case Which::Bool: return get<bool>() ? "true" : "false";
    }
    return {};
}

const char * fieldTypeName(Field::Which which)
{
    static const char * names[] = {"Null", "UInt64", "Int64", "Float64", "Int128", "UInt128", "String", "Array",
                                   "Tuple", "Map", "Decimal32", "Decimal64", "Decimal128", "UUID", "Bool"};
    return names[static_cast<int>(which)];
}
}
