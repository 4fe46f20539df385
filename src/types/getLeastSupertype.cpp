// ClickHouse's common-type rules, worked out on type ids and names: wrappers are rebuilt by
// name through DataTypeFactory; arrays, maps and tuples are built from their elements' supertypes.
#include "types/getLeastSupertype.h"

#include "base/Exception.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeDecimal.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeTuple.h"

#include <algorithm>

namespace datastore
{
namespace
{
/// Why there is no supertype; the exception is built only when the caller wants it.
struct NoSupertype
{
    std::string reason;
};

std::string typeNames(const DataTypes & types)
{
    std::string names;
    for (const auto & type : types)
    {
        if (!names.empty())
            names += ", ";
        names += type->getName();
    }
    return names;
}

DataTypePtr wrap(const char * wrapper, const DataTypePtr & type)
{
    return DataTypeFactory::instance().get(std::string(wrapper) + "(" + type->getName() + ")");
}

size_t bitsOfInteger(TypeIndex id)
{
    switch (id)
    {
        case TypeIndex::UInt8:
        case TypeIndex::Int8:
        case TypeIndex::Bool:
            return 8;
        case TypeIndex::UInt16:
        case TypeIndex::Int16:
            return 16;
        case TypeIndex::UInt32:
        case TypeIndex::Int32:
            return 32;
        case TypeIndex::UInt64:
        case TypeIndex::Int64:
            return 64;
        case TypeIndex::UInt128:
        case TypeIndex::Int128:
            return 128;
        case TypeIndex::UInt256:
        case TypeIndex::Int256:
            return 256;
        default:
            return 0;
    }
}

bool isSignedInteger(TypeIndex id)
{
    return id == TypeIndex::Int8 || id == TypeIndex::Int16 || id == TypeIndex::Int32 || id == TypeIndex::Int64 || id == TypeIndex::Int128
        || id == TypeIndex::Int256;
}

bool isFloatId(TypeIndex id)
{
    return id == TypeIndex::Float32 || id == TypeIndex::Float64;
}

bool isNumberId(TypeIndex id)
{
    return bitsOfInteger(id) || isFloatId(id);
}

bool isDateId(TypeIndex id)
{
    return id == TypeIndex::Date || id == TypeIndex::Date32 || id == TypeIndex::DateTime || id == TypeIndex::DateTime64;
}

DataTypePtr numbersSupertype(const DataTypes & types)
{
    size_t max_signed = 0;
    size_t max_unsigned = 0;
    size_t max_float = 0;
    bool all_bool_or_uint8 = true;
    for (const auto & type : types)
    {
        TypeIndex id = type->getTypeId();
        if (isFloatId(id))
            max_float = std::max<size_t>(max_float, id == TypeIndex::Float32 ? 32 : 64);
        else if (isSignedInteger(id))
            max_signed = std::max(max_signed, bitsOfInteger(id));
        else
            max_unsigned = std::max(max_unsigned, bitsOfInteger(id));
        all_bool_or_uint8 &= id == TypeIndex::Bool || id == TypeIndex::UInt8;
    }
    /// Bool mixed only with UInt8 stays Bool, as ClickHouse does.
    if (all_bool_or_uint8)
        return DataTypeFactory::instance().get("Bool");

    /// An unsigned type at least as wide as the widest signed one needs one more bit.
    size_t integer_bits = std::max(max_signed, max_unsigned);
    if (max_signed && max_unsigned >= max_signed)
        ++integer_bits;

    auto & factory = DataTypeFactory::instance();
    if (max_float)
    {
        if (max_float <= 32 && integer_bits <= 16)
            return factory.get("Float32");
        if (integer_bits <= 32)
            return factory.get("Float64");
        throw NoSupertype { "because some of them are integers and some are floating point, but there is no floating point type, that can "
                            "exactly represent all required integers" };
    }

    if (max_signed)
    {
        /// Int128 is taken only when an input already is one: UInt64 with Int64 has no supertype.
        if (integer_bits <= 8)
            return factory.get("Int8");
        if (integer_bits <= 16)
            return factory.get("Int16");
        if (integer_bits <= 32)
            return factory.get("Int32");
        if (integer_bits <= 64)
            return factory.get("Int64");
        if (integer_bits <= 128 && max_signed == 128)
            return factory.get("Int128");
        throw NoSupertype { "because some of them are signed integers and some are unsigned integers, but there is no signed integer type, "
                            "that can exactly represent all required unsigned integer values" };
    }
    if (integer_bits <= 8)
        return factory.get("UInt8");
    if (integer_bits <= 16)
        return factory.get("UInt16");
    if (integer_bits <= 32)
        return factory.get("UInt32");
    if (integer_bits <= 64)
        return factory.get("UInt64");
    return factory.get("UInt128");
}

DataTypePtr datesSupertype(const DataTypes & types)
{
    /// The widest kind wins: DateTime64 (largest scale) > DateTime > Date32 > Date.
    const DataTypePtr * best = nullptr;
    auto rank = [](const DataTypePtr & type)
    {
        switch (type->getTypeId())
        {
            case TypeIndex::Date:
                return 0;
            case TypeIndex::Date32:
                return 1;
            case TypeIndex::DateTime:
                return 2;
            default:
                return 3;
        }
    };
    for (const auto & type : types)
    {
        if (!best || rank(type) > rank(*best))
            best = &type;
        /// DateTime64's default value carries its scale, so no DateTime64 class is needed here.
        else if (
            rank(type) == 3 && rank(*best) == 3
            && type->getDefault().get<DecimalField<Int64>>().scale > (*best)->getDefault().get<DecimalField<Int64>>().scale)
            best = &type;
    }
    return *best;
}

/// Decimals with integers: the widest decimal kind present, or the one the digits need (an
/// integer's digits plus the largest scale), at that kind's full precision. Floats and 128-bit
/// integers have no lossless decimal form.
DataTypePtr decimalsSupertype(const DataTypes & types)
{
    UInt32 scale = 0;
    size_t widest = 4;
    size_t integer_digits = 0;
    TypeIndex widest_integer = TypeIndex::Nothing;
    for (const auto & type : types)
    {
        TypeIndex id = type->getTypeId();
        if (const auto * decimal32 = type->as<DataTypeDecimal<Int32>>())
            scale = std::max(scale, decimal32->getScale());
        else if (const auto * decimal64 = type->as<DataTypeDecimal<Int64>>())
        {
            scale = std::max(scale, decimal64->getScale());
            widest = std::max<size_t>(widest, 8);
        }
        else if (const auto * decimal128 = type->as<DataTypeDecimal<Int128>>())
        {
            scale = std::max(scale, decimal128->getScale());
            widest = 16;
        }
        else if (bitsOfInteger(id) && bitsOfInteger(id) <= 64)
        {
            /// Digits of the type's largest value: 3, 5, 10, 19 (Int64) or 20 (UInt64).
            size_t bits = bitsOfInteger(id);
            size_t digits = bits == 8 ? 3 : bits == 16 ? 5 : bits == 32 ? 10 : (isSignedInteger(id) ? 19 : 20);
            if (digits >= integer_digits)
            {
                integer_digits = digits;
                widest_integer = id;
            }
        }
        else
            throw NoSupertype { "because some of them have no lossless conversion to Decimal" };
    }
    size_t precision = scale + integer_digits;
    /// Int32 and Int64 alone fit the decimal of their own width.
    if (scale == 0 && widest_integer == TypeIndex::Int32)
        precision = 9;
    else if (scale == 0 && widest_integer == TypeIndex::Int64)
        precision = 18;
    if (precision > 38)
        throw NoSupertype { "because the least supertype is Decimal(" + std::to_string(precision) + "," + std::to_string(scale) + ")" };
    if (widest == 16 || precision > 18)
        return std::make_shared<DataTypeDecimal<Int128>>(38, scale);
    if (widest == 8 || precision > 9)
        return std::make_shared<DataTypeDecimal<Int64>>(18, scale);
    return std::make_shared<DataTypeDecimal<Int32>>(9, scale);
}

DataTypePtr supertype(const DataTypes & types)
{
    if (types.empty())
        return DataTypeFactory::instance().get("Nothing");

    bool all_equal = std::all_of(types.begin(), types.end(), [&](const DataTypePtr & type) { return type->equals(*types[0]); });
    if (all_equal)
        return types[0];

    /// Nothing is the type of no value: it does not constrain the result.
    DataTypes without_nothing;
    for (const auto & type : types)
        if (type->getTypeId() != TypeIndex::Nothing)
            without_nothing.push_back(type);
    if (without_nothing.size() != types.size())
        return supertype(without_nothing);

    /// LowCardinality of all inputs stays; with plain types it is dropped.
    size_t low_cardinality = std::count_if(types.begin(), types.end(), [](const DataTypePtr & type) { return type->isLowCardinality(); });
    if (low_cardinality)
    {
        DataTypes nested;
        for (const auto & type : types)
            nested.push_back(type->isLowCardinality() ? type->getNestedTypeIfWrapper() : type);
        DataTypePtr result = supertype(nested);
        return low_cardinality == types.size() ? wrap("LowCardinality", result) : result;
    }

    /// Any Nullable makes the result Nullable; Nullable(Nothing) with T gives Nullable(T).
    if (std::any_of(types.begin(), types.end(), [](const DataTypePtr & type) { return type->isNullable(); }))
    {
        DataTypes nested;
        for (const auto & type : types)
            nested.push_back(type->isNullable() ? type->getNestedTypeIfWrapper() : type);
        DataTypePtr result = supertype(nested);
        if (result->isNullable() || !result->canBeInsideNullable())
            return result;
        return wrap("Nullable", result);
    }

    auto count_of = [&](auto predicate)
    { return std::count_if(types.begin(), types.end(), [&](const DataTypePtr & t) { return predicate(t->getTypeId()); }); };
    size_t total = types.size();

    /// Arrays, maps and tuples take the supertype element by element.
    size_t arrays = count_of([](TypeIndex id) { return id == TypeIndex::Array; });
    if (arrays)
    {
        if (arrays != total)
            throw NoSupertype { "because some of them are Array and some of them are not" };
        DataTypes nested;
        for (const auto & type : types)
            nested.push_back(type->as<DataTypeArray>()->getNestedType());
        return std::make_shared<DataTypeArray>(supertype(nested));
    }
    size_t maps = count_of([](TypeIndex id) { return id == TypeIndex::Map; });
    if (maps)
    {
        if (maps != total)
            throw NoSupertype { "because some of them are Maps and some of them are not" };
        DataTypes keys;
        DataTypes values;
        for (const auto & type : types)
        {
            keys.push_back(type->as<DataTypeMap>()->getKeyType());
            values.push_back(type->as<DataTypeMap>()->getValueType());
        }
        return std::make_shared<DataTypeMap>(supertype(keys), supertype(values));
    }
    size_t tuples = count_of([](TypeIndex id) { return id == TypeIndex::Tuple; });
    if (tuples)
    {
        if (tuples != total)
            throw NoSupertype { "because some of them are Tuple and some of them are not" };
        const auto & first = *types[0]->as<DataTypeTuple>();
        DataTypes elements;
        bool have_same_names = true;
        for (size_t i = 0; i < first.getElements().size(); ++i)
        {
            DataTypes nested;
            for (const auto & type : types)
            {
                const auto & tuple = *type->as<DataTypeTuple>();
                if (tuple.getElements().size() != first.getElements().size())
                    throw NoSupertype { "because Tuples have different sizes" };
                nested.push_back(tuple.getElements()[i]);
                have_same_names &= tuple.getElementNames() == first.getElementNames();
            }
            elements.push_back(supertype(nested));
        }
        if (have_same_names && !first.getElementNames().empty())
            return std::make_shared<DataTypeTuple>(std::move(elements), first.getElementNames());
        return std::make_shared<DataTypeTuple>(std::move(elements));
    }

    size_t strings = count_of([](TypeIndex id) { return id == TypeIndex::String || id == TypeIndex::FixedString; });
    if (strings)
    {
        if (strings != total)
            throw NoSupertype { "because some of them are String/FixedString and some of them are not" };
        return DataTypeFactory::instance().get("String");
    }

    size_t dates = count_of(isDateId);
    if (dates)
    {
        if (dates != total)
            throw NoSupertype { "because some of them are Date/Date32/DateTime/DateTime64 and some of them are not" };
        return datesSupertype(types);
    }

    size_t decimals = count_of([](TypeIndex id) { return id == TypeIndex::Decimal32 || id == TypeIndex::Decimal64 || id == TypeIndex::Decimal128; });
    if (decimals)
        return decimalsSupertype(types);

    size_t numbers = count_of(isNumberId);
    if (numbers)
    {
        if (numbers != total)
            throw NoSupertype { "because some of them are numbers and some of them are not" };
        return numbersSupertype(types);
    }

    throw NoSupertype { "because they are not all the same" };
}
}

DataTypePtr getLeastSupertype(const DataTypes & types)
{
    try
    {
        return supertype(types);
    }
    catch (const NoSupertype & no_supertype)
    {
        throw Exception(ErrorCodes::NO_COMMON_TYPE, "There is no supertype for types {} {}", typeNames(types), no_supertype.reason);
    }
}

DataTypePtr tryGetLeastSupertype(const DataTypes & types)
{
    try
    {
        return supertype(types);
    }
    catch (const NoSupertype &)
    {
        return nullptr;
    }
}
}
