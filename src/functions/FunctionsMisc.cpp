// NULL helpers (isNull, isNotNull, coalesce, ifNull, nullIf, assumeNotNull, toNullable), type
// and column helpers (toTypeName, identity, ignore, materialize, tuple), greatest/least, information
// about the server (version, currentDatabase, timezone) and random values (rand, rand64,
// generateUUIDv4).
#include <random>

#include "base/DateLUT.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "columns/ColumnTuple.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
/// Base of functions that look at NULLs, constants and LowCardinality themselves.
class RawFunction : public IFunction
{
public:
    bool useDefaultImplementationForNulls() const override { return false; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }
};

class FunctionIsNull final : public RawFunction
{
public:
    explicit FunctionIsNull(bool is_not_) : is_not(is_not_) {}
    std::string getName() const override { return is_not ? "isNotNull" : "isNull"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        UInt8 when_null = is_not ? 0 : 1;
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
        auto result = ColumnUInt8::create(rows, static_cast<UInt8>(1 - when_null));
        auto & out = result->getData();
        if (onlyNull(*removeLowCardinality(arguments[0].type)))
            std::fill(out.begin(), out.end(), when_null);
        else if (const auto * nullable = column->as<ColumnNullable>())
        {
            const auto & null_map = nullable->getNullMapData();
            for (size_t i = 0; i < rows; ++i)
                out[i] = null_map[i] ? when_null : static_cast<UInt8>(1 - when_null);
        }
        return result;
    }

private:
    bool is_not;
};

/// isZeroOrNull(x): 1 where a number is zero or NULL.
class FunctionIsZeroOrNull final : public RawFunction
{
public:
    std::string getName() const override { return "isZeroOrNull"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const auto & type = *arguments[0].type;
        if (!onlyNull(type) && !isNativeNumber(removeNullable(type.shared_from_this())->getTypeId()))
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "The argument of function {} must have simple numeric type, possibly Nullable or Null",
                            getName());
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        if (onlyNull(*arguments[0].type))
            return ColumnUInt8::create(rows, 1);
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        const UInt8 * nulls = nullptr;
        if (const auto * nullable = column->as<ColumnNullable>())
        {
            nulls = nullable->getNullMapData().data();
            column = nullable->getNestedColumnPtr();
        }
        ColumnPtr values = convertNumericColumn<Float64>(column, removeNullable(arguments[0].type)->getTypeId());
        const Float64 * data = values->assertCast<ColumnFloat64>().getData().data();
        auto result = ColumnUInt8::create(rows);
        UInt8 * out = result->getData().data();
        for (size_t i = 0; i < rows; ++i)
            out[i] = (data[i] == 0) | (nulls ? nulls[i] : 0);
        return result;
    }
};

/// coalesce(a, b, ...) and ifNull(a, b): the first non-NULL argument of each row.
class FunctionCoalesce final : public RawFunction
{
public:
    explicit FunctionCoalesce(std::string name_) : name(std::move(name_)) {}
    std::string getName() const override { return name; }
    /// LowCardinality(Nullable(T)) arguments are seen as Nullable(T), so their NULLs count.
    bool useDefaultImplementationForLowCardinality() const override { return true; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (name == "ifNull")
            checkArgumentCount(name, arguments.size(), 2);
        else if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function coalesce requires at least one argument");
        std::vector<size_t> kept = keptArguments(arguments);
        if (kept.empty())
            return arguments[0].type;
        if (kept.size() == 1)
            return arguments[kept[0]].type;
        DataTypes types;
        for (size_t i : kept)
            types.push_back(removeNullable(arguments[i].type));
        DataTypePtr common = getLeastSupertype(types);
        return arguments[kept.back()].type->isNullable() ? makeNullable(common) : common;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (onlyNull(*result_type))
            return result_type->createColumnConst(rows, Field());
        std::vector<size_t> kept = keptArguments(arguments);
        if (kept.size() == 1)
            return castColumn(arguments[kept[0]].column, arguments[kept[0]].type, result_type);
        DataTypePtr nullable_result = makeNullable(result_type);
        ColumnPtr result;
        for (size_t k = kept.size(); k-- > 0;)
        {
            const auto & argument = arguments[kept[k]];
            ColumnPtr value = castColumn(argument.column, argument.type, nullable_result)->convertToFullColumnIfConst();
            if (!result)
            {
                result = value;
                continue;
            }
            const auto & null_map = value->assertCast<ColumnNullable>().getNullMapData();
            PodArray<UInt8> not_null(rows);
            for (size_t row = 0; row < rows; ++row)
                not_null[row] = !null_map[row];
            result = selectRows(not_null, value, result);
        }
        if (result_type->isNullable())
            return result;
        return result->assertCast<ColumnNullable>().getNestedColumnPtr();
    }

private:
    /// The arguments that can give a row its value, as ClickHouse takes them: NULL literals
    /// are skipped, and the first argument that cannot be NULL ends the list (so
    /// ifNull([1], 0) is [1], whatever the second argument's type).
    static std::vector<size_t> keptArguments(const ColumnsWithTypeAndName & arguments)
    {
        std::vector<size_t> kept;
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            if (onlyNull(*arguments[i].type))
                continue;
            kept.push_back(i);
            if (!arguments[i].type->isNullable())
                break;
        }
        return kept;
    }

    std::string name;
};

/// nullIf(a, b): NULL where a = b, else a.
class FunctionNullIf final : public RawFunction
{
public:
    std::string getName() const override { return "nullIf"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount("nullIf", arguments.size(), 2);
        /// LowCardinality(T) gives LowCardinality(Nullable(T)), as in ClickHouse.
        if (arguments[0].type->isLowCardinality())
            return typeByName("LowCardinality(" + makeNullable(removeLowCardinality(arguments[0].type))->getName() + ")");
        return makeNullable(arguments[0].type);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (arguments[0].type->isLowCardinality())
        {
            ColumnsWithTypeAndName full = arguments;
            full[0].type = removeLowCardinality(arguments[0].type);
            full[0].column = castColumn(arguments[0].column, arguments[0].type, full[0].type);
            DataTypePtr full_result = makeNullable(full[0].type);
            return castColumn(execute(full, full_result, rows), full_result, result_type);
        }
        FunctionContext context;
        auto equals = FunctionFactory::instance().get("equals", context);
        DataTypePtr equals_type = resolveFunctionReturnType(*equals, arguments);
        ColumnPtr equal = executeFunction(*equals, arguments, equals_type, rows)->convertToFullColumnIfConst();

        ColumnPtr value = castColumn(arguments[0].column, arguments[0].type, result_type)->convertToFullColumnIfConst();
        if (onlyNull(*result_type))
            return value;
        const auto & nullable = value->assertCast<ColumnNullable>();
        const auto & equal_data = removeNullable(*equal).assertCast<ColumnUInt8>().getData();
        const auto * equal_nullable = equal->as<ColumnNullable>();
        auto null_map = ColumnUInt8::create(rows);
        auto & out = null_map->getData();
        const auto & value_nulls = nullable.getNullMapData();
        for (size_t i = 0; i < rows; ++i)
            out[i] = value_nulls[i] | (equal_data[i] != 0 && !(equal_nullable && equal_nullable->isNullAt(i)));
        return ColumnNullable::create(nullable.getNestedColumnPtr(), std::move(null_map));
    }
};

class FunctionAssumeNotNull final : public RawFunction
{
public:
    std::string getName() const override { return "assumeNotNull"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount("assumeNotNull", arguments.size(), 1);
        return removeNullable(arguments[0].type);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (!arguments[0].type->isNullable())
            return arguments[0].column;
        if (onlyNull(*arguments[0].type))
        {
            auto column = result_type->createColumn();
            column->insertManyDefaults(rows);
            return column;
        }
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        return column->assertCast<ColumnNullable>().getNestedColumnPtr();
    }
};

class FunctionToNullable final : public RawFunction
{
public:
    std::string getName() const override { return "toNullable"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount("toNullable", arguments.size(), 1);
        return makeNullable(arguments[0].type);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t) const override
    {
        return castColumn(arguments[0].column, arguments[0].type, result_type);
    }
};

class FunctionToTypeName final : public RawFunction
{
public:
    std::string getName() const override { return "toTypeName"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount("toTypeName", arguments.size(), 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        return result_type->createColumnConst(rows, Field(arguments[0].type->getName()));
    }
};

/// identity(x) returns x; materialize(x) returns x as a full column.
class FunctionIdentity final : public RawFunction
{
public:
    explicit FunctionIdentity(bool is_materialize_) : is_materialize(is_materialize_) {}
    std::string getName() const override { return is_materialize ? "materialize" : "identity"; }
    bool useDefaultImplementationForConstants() const override { return false; }
    bool isSuitableForConstantFolding() const override { return !is_materialize; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        return is_materialize ? arguments[0].column->convertToFullColumnIfConst() : arguments[0].column;
    }

private:
    bool is_materialize;
};

class FunctionIgnore final : public RawFunction
{
public:
    std::string getName() const override { return "ignore"; }
    bool useDefaultImplementationForConstants() const override { return false; }
    bool isSuitableForConstantFolding() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName &) const override { return typeByName("UInt8"); }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr &, size_t rows) const override
    {
        return ColumnUInt8::create(rows, 0);
    }
};

/// tuple(a, b, ...): the arguments as one Tuple value per row; tuple() is the empty tuple.
class FunctionTuple final : public RawFunction
{
public:
    std::string getName() const override { return "tuple"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        std::string name = "Tuple(";
        for (size_t i = 0; i < arguments.size(); ++i)
            name += (i ? ", " : "") + arguments[i].type->getName();
        return typeByName(name + ")");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Columns elements;
        for (const auto & argument : arguments)
            elements.push_back(argument.column->convertToFullColumnIfConst());
        return ColumnTuple::create(std::move(elements), rows);
    }
};

/// greatest(a, b, ...) and least(a, b, ...) in the arguments' supertype.
class FunctionGreatestLeast final : public IFunction
{
public:
    explicit FunctionGreatestLeast(bool is_greatest_) : is_greatest(is_greatest_) {}
    std::string getName() const override { return is_greatest ? "greatest" : "least"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} cannot be called without arguments", getName());
        DataTypes types;
        for (const auto & argument : arguments)
            types.push_back(argument.type);
        return getLeastSupertype(types);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr result = castColumn(arguments[0].column, arguments[0].type, result_type)->convertToFullColumnIfConst();
        for (size_t arg = 1; arg < arguments.size(); ++arg)
        {
            ColumnPtr next = castColumn(arguments[arg].column, arguments[arg].type, result_type)->convertToFullColumnIfConst();
            PodArray<UInt8> take_next(rows);
            bool numeric = dispatchByStorage(result_type->getTypeId(), [&](auto tag) {
                using T = typename decltype(tag)::Type;
                const auto & current = result->assertCast<ColumnVector<T>>().getData();
                const auto & candidate = next->assertCast<ColumnVector<T>>().getData();
                if (is_greatest)
                    for (size_t i = 0; i < rows; ++i)
                        take_next[i] = candidate[i] > current[i];
                else
                    for (size_t i = 0; i < rows; ++i)
                        take_next[i] = candidate[i] < current[i];
            });
            if (!numeric)
                for (size_t i = 0; i < rows; ++i)
                {
                    int order = next->compareAt(i, i, *result, 1);
                    take_next[i] = is_greatest ? order > 0 : order < 0;
                }
            result = selectRows(take_next, next, result);
        }
        return result;
    }

private:
    bool is_greatest;
};

/// version(), currentDatabase(), timezone(): one String value for the whole query.
class FunctionConstantString final : public IFunction
{
public:
    FunctionConstantString(std::string name_, std::string value_) : name(std::move(name_)), value(std::move(value_)) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 0);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr & result_type, size_t rows) const override
    {
        return result_type->createColumnConst(rows, Field(value));
    }

private:
    std::string name;
    std::string value;
};

std::mt19937_64 & randomEngine()
{
    thread_local std::mt19937_64 engine{std::random_device{}()};
    return engine;
}

/// rand(), rand64(), generateUUIDv4(): a new value per row. Arguments are accepted and ignored
/// (they only keep identical calls apart).
class FunctionRandom final : public RawFunction
{
public:
    enum class Kind
    {
        Rand,
        Rand64,
        UUIDv4,
    };

    explicit FunctionRandom(Kind kind_) : kind(kind_) {}
    std::string getName() const override
    {
        return kind == Kind::Rand ? "rand" : (kind == Kind::Rand64 ? "rand64" : "generateUUIDv4");
    }
    bool useDefaultImplementationForConstants() const override { return false; }
    bool isDeterministic() const override { return false; }
    bool isDeterministicInScopeOfQuery() const override { return false; }
    bool isSuitableForConstantFolding() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName &) const override
    {
        return typeByName(kind == Kind::Rand ? "UInt32" : (kind == Kind::Rand64 ? "UInt64" : "UUID"));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr &, size_t rows) const override
    {
        auto & engine = randomEngine();
        if (kind == Kind::Rand)
        {
            auto result = ColumnUInt32::create(rows);
            for (auto & value : result->getData())
                value = static_cast<UInt32>(engine());
            return result;
        }
        if (kind == Kind::Rand64)
        {
            auto result = ColumnUInt64::create(rows);
            for (auto & value : result->getData())
                value = engine();
            return result;
        }
        auto result = ColumnUUID::create(rows);
        for (auto & value : result->getData())
        {
            /// Version 4 in the 13th hex digit, variant 10xx in the 17th: the high half holds
            /// the first 16 hex digits of the text form, the low half the rest.
            value.high = (engine() & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
            value.low = (engine() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        }
        return result;
    }

private:
    Kind kind;
};
}

void registerFunctionsMisc(FunctionFactory & factory)
{
    using enum FunctionFactory::CaseSensitiveness;
    factory.registerFunction("isNull", makeCreator<FunctionIsNull>(false), CaseInsensitive);
    factory.registerFunction("isNotNull", makeCreator<FunctionIsNull>(true), CaseInsensitive);
    factory.registerFunction("isZeroOrNull", makeCreator<FunctionIsZeroOrNull>());
    factory.registerFunction("coalesce", makeCreator<FunctionCoalesce>(std::string("coalesce")), CaseInsensitive);
    factory.registerFunction("ifNull", makeCreator<FunctionCoalesce>(std::string("ifNull")), CaseInsensitive);
    factory.registerFunction("nullIf", makeCreator<FunctionNullIf>(), CaseInsensitive);
    factory.registerFunction("assumeNotNull", makeCreator<FunctionAssumeNotNull>());
    factory.registerFunction("toNullable", makeCreator<FunctionToNullable>());
    factory.registerFunction("toTypeName", makeCreator<FunctionToTypeName>());
    factory.registerFunction("identity", makeCreator<FunctionIdentity>(false));
    factory.registerFunction("materialize", makeCreator<FunctionIdentity>(true));
    factory.registerFunction("ignore", makeCreator<FunctionIgnore>());
    factory.registerFunction("tuple", makeCreator<FunctionTuple>());
    factory.registerFunction("greatest", makeCreator<FunctionGreatestLeast>(true), CaseInsensitive);
    factory.registerFunction("least", makeCreator<FunctionGreatestLeast>(false), CaseInsensitive);
    factory.registerFunction("version", makeCreator<FunctionConstantString>(std::string("version"), std::string(kClickHouseCompatibleVersion)),
                             CaseInsensitive);
    factory.registerFunction("currentDatabase", [](const FunctionContext & context) {
        return std::make_shared<FunctionConstantString>("currentDatabase", context.current_database);
    });
    factory.registerAlias("DATABASE", "currentDatabase", CaseInsensitive);
    factory.registerFunction("timezone", [](const FunctionContext & context) {
        std::string zone = context.session_timezone.empty() ? DateLUT::serverTimezone().getTimeZone() : context.session_timezone;
        return std::make_shared<FunctionConstantString>("timezone", zone);
    });
    factory.registerAlias("timeZone", "timezone");
    factory.registerFunction("rand", makeCreator<FunctionRandom>(FunctionRandom::Kind::Rand), CaseInsensitive);
    factory.registerAlias("rand32", "rand");
    factory.registerFunction("rand64", makeCreator<FunctionRandom>(FunctionRandom::Kind::Rand64));
    factory.registerFunction("generateUUIDv4", makeCreator<FunctionRandom>(FunctionRandom::Kind::UUIDv4));
}
}
