// A single value of any type, as ClickHouse's Field: literals in the AST, defaults,
// settings, index bounds and per-row access in slow paths. Never used in hot loops.
#pragma once

#include <compare>
#include <string>
#include <variant>
#include <vector>

#include "base/Types.h"

namespace datastore
{
struct Null
{
    friend bool operator==(const Null &, const Null &) = default;
    friend auto operator<=>(const Null &, const Null &) = default;
};

/// A decimal's raw integer and its scale: value = raw / 10^scale.
template <typename T>
struct DecimalField
{
    T raw = 0;
    UInt32 scale = 0;
    friend bool operator==(const DecimalField &, const DecimalField &) = default;
};

class Field;
using Array = std::vector<Field>;
struct Tuple : std::vector<Field>
{
    using std::vector<Field>::vector;
};
/// Map values are an array of (key, value) tuples, in insertion order.
struct Map : std::vector<Field>
{
    using std::vector<Field>::vector;
};

class Field
{
public:
    using Variant = std::variant<
        Null, UInt64, Int64, Float64, Int128, UInt128, std::string, Array, Tuple, Map, DecimalField<Int32>, DecimalField<Int64>,
        DecimalField<Int128>, UUID, bool>;

    enum class Which
    {
        Null,
        UInt64,
        Int64,
        Float64,
        Int128,
        UInt128,
        String,
        Array,
        Tuple,
        Map,
        Decimal32,
        Decimal64,
        Decimal128,
        UUID,
        Bool
    };

    Field() = default;
    Field(Null) {}
    Field(bool v) : value(v) {}
    Field(UInt64 v) : value(v) {}
    Field(UInt32 v) : value(UInt64(v)) {}
    Field(UInt16 v) : value(UInt64(v)) {}
    Field(UInt8 v) : value(UInt64(v)) {}
    Field(Int64 v) : value(v) {}
    Field(Int32 v) : value(Int64(v)) {}
    Field(Int16 v) : value(Int64(v)) {}
    Field(Int8 v) : value(Int64(v)) {}
    Field(Float64 v) : value(v) {}
    Field(Float32 v) : value(Float64(v)) {}
    Field(Int128 v) : value(v) {}
    Field(UInt128 v) : value(v) {}
    Field(const char * v) : value(std::string(v)) {}
    Field(std::string v) : value(std::move(v)) {}
    Field(std::string_view v) : value(std::string(v)) {}
    Field(Array v) : value(std::move(v)) {}
    Field(Tuple v) : value(std::move(v)) {}
    Field(Map v) : value(std::move(v)) {}
    Field(DecimalField<Int32> v) : value(v) {}
    Field(DecimalField<Int64> v) : value(v) {}
    Field(DecimalField<Int128> v) : value(v) {}
    Field(UUID v) : value(v) {}

    Which which() const { return static_cast<Which>(value.index()); }
    bool isNull() const { return which() == Which::Null; }

    template <typename T>
    const T & get() const { return std::get<T>(value); }
    template <typename T>
    T & get() { return std::get<T>(value); }
    template <typename T>
    bool holds() const { return std::holds_alternative<T>(value); }
    template <typename T>
    const T * tryGet() const { return std::get_if<T>(&value); }

    const Variant & variant() const { return value; }

    /// Debug and error-message rendering ("'abc'", "[1, 2]", "NULL"); not a format's text.
    std::string dump() const;

    friend bool operator==(const Field & a, const Field & b) { return a.value == b.value; }

private:
    Variant value;
};

/// Name of a Field's alternative for messages: "UInt64", "String", ...
const char * fieldTypeName(Field::Which which);
}
