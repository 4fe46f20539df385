// Argument checks shared by the aggregate functions, with ClickHouse's wording and codes,
// and the Decimal scale of an argument type.
#pragma once

#include <string>
#include <vector>

#include "base/Exception.h"
#include "types/IDataType.h"

namespace datastore::aggregates
{
/// AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS: "Aggregate function sum cannot have parameters".
void assertNoParameters(const std::string & name, const Array & parameters);
/// NUMBER_OF_ARGUMENTS_DOESNT_MATCH: "Aggregate function sum requires single argument".
void assertUnary(const std::string & name, const DataTypes & arguments);
/// NUMBER_OF_ARGUMENTS_DOESNT_MATCH: "Aggregate function argMin requires two arguments".
void assertBinary(const std::string & name, const DataTypes & arguments);
/// ILLEGAL_TYPE_OF_ARGUMENT: "Illegal type String of argument for aggregate function sum".
[[noreturn]] void throwIllegalArgumentType(const std::string & name, const IDataType & type);

/// A numeric parameter as ClickHouse converts it (a Float64 is truncated); CANNOT_CONVERT_TYPE otherwise.
UInt64 parameterToUInt64(const Field & parameter);
Float64 parameterToFloat64(const Field & parameter);

/// The optional max_size parameter of groupArray(N) and groupUniqArray(N); unlimited without one.
/// NUMBER_OF_ARGUMENTS_DOESNT_MATCH for several parameters, BAD_ARGUMENTS unless a positive integer.
UInt64 parseGroupArrayMaxSize(const std::string & name, const Array & parameters);

/// The levels of quantile(level) (0.5 without one) or quantiles(level, ...): NUMBER_OF_ARGUMENTS_DOESNT_MATCH
/// for a wrong count, PARAMETER_OUT_OF_BOUND for a level outside [0, 1].
std::vector<Float64> quantileLevels(const std::string & name, const Array & parameters, bool returns_many);

/// The levels of a quantile function over (x), or (x, integer weight) when weighted; the
/// argument count errors of assertUnary/assertBinary, ILLEGAL_TYPE_OF_ARGUMENT for a weight
/// that is not an integer.
std::vector<Float64> quantileLevelsAndArguments(
    const std::string & name, const DataTypes & arguments, const Array & parameters, bool is_weighted, bool returns_many);

/// Row `row` of an integer column of type `type` as ClickHouse's IColumn::getUInt reads it
/// (negative values wrap around); 0 for other types.
UInt64 integerAsUInt64(const IColumn & column, TypeIndex type, size_t row);

/// The element types of Array arguments, for combinators over arrays (-Array, -ForEach);
/// ILLEGAL_TYPE_OF_ARGUMENT "... with {suffix} suffix. Must be array." for any other type.
DataTypes arrayElementTypes(const DataTypes & arguments, const std::string & suffix);

/// The scale S of a Decimal(P, S) type (read from its name, so any Decimal type works).
UInt32 decimalScale(const IDataType & type);
}
