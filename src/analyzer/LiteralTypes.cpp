#include "analyzer/LiteralTypes.h"

#include <limits>

#include "base/Exception.h"
#include "types/DataTypeFactory.h"
#include "types/getLeastSupertype.h"

namespace datastore::analyzer
{
namespace
{
DataTypePtr named(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

DataTypePtr typeOfUnsigned(UInt64 value)
{
    if (value <= std::numeric_limits<UInt8>::max())
        return named("UInt8");
    if (value <= std::numeric_limits<UInt16>::max())
        return named("UInt16");
    if (value <= std::numeric_limits<UInt32>::max())
        return named("UInt32");
    return named("UInt64");
}

DataTypePtr typeOfSigned(Int64 value)
{
    if (value >= 0)
        return typeOfUnsigned(static_cast<UInt64>(value));
    if (value >= std::numeric_limits<Int8>::min())
        return named("Int8");
    if (value >= std::numeric_limits<Int16>::min())
        return named("Int16");
    if (value >= std::numeric_limits<Int32>::min())
        return named("Int32");
    return named("Int64");
}
}

DataTypePtr typeOfLiteral(const Field & value)
{
    switch (value.which())
    {
        case Field::Which::Null: return named("Nullable(Nothing)");
        case Field::Which::UInt64: return typeOfUnsigned(value.get<UInt64>());
        case Field::Which::Int64: return typeOfSigned(value.get<Int64>());
        case Field::Which::Float64: return named("Float64");
        case Field::Which::Int128: return named("Int128");
        case Field::Which::UInt128: return named("UInt128");
        case Field::Which::String: return named("String");
        case Field::Which::Bool: return named("Bool");
        case Field::Which::UUID: return named("UUID");
        case Field::Which::Decimal32: return named(fmt::format("Decimal(9, {})", value.get<DecimalField<Int32>>().scale));
        case Field::Which::Decimal64: return named(fmt::format("Decimal(18, {})", value.get<DecimalField<Int64>>().scale));
        case Field::Which::Decimal128: return named(fmt::format("Decimal(38, {})", value.get<DecimalField<Int128>>().scale));
        case Field::Which::Array:
        {
            const auto & items = value.get<Array>();
            if (items.empty())
                return named("Array(Nothing)");
            DataTypes element_types;
            for (const auto & item : items)
                element_types.push_back(typeOfLiteral(item));
            return named("Array(" + getLeastSupertype(element_types)->getName() + ")");
        }
        case Field::Which::Tuple:
        {
            std::string name = "Tuple(";
            const auto & items = value.get<Tuple>();
            for (size_t i = 0; i < items.size(); ++i)
                name += (i ? ", " : "") + typeOfLiteral(items[i])->getName();
            return named(name + ")");
        }
        case Field::Which::Map:
        {
            DataTypes keys;
            DataTypes values;
            for (const auto & entry : value.get<Map>())
            {
                const auto & pair = entry.get<Tuple>();
                keys.push_back(typeOfLiteral(pair.at(0)));
                values.push_back(typeOfLiteral(pair.at(1)));
            }
            if (keys.empty())
                return named("Map(Nothing, Nothing)");
            return named("Map(" + getLeastSupertype(keys)->getName() + ", " + getLeastSupertype(values)->getName() + ")");
        }
    }
    throw Exception(ErrorCodes::LOGICAL_ERROR, "Unexpected literal {}", value.dump());
}
}
