// Argument checks shared by the aggregate functions, with ClickHouse's wording and codes,
// and the Decimal scale of an argument type.
#pragma once

#include <string>

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

/// The element types of Array arguments, for combinators over arrays (-Array, -ForEach);
/// ILLEGAL_TYPE_OF_ARGUMENT "... with {suffix} suffix. Must be array." for any other type.
DataTypes arrayElementTypes(const DataTypes & arguments, const std::string & suffix);

/// The scale S of a Decimal(P, S) type (read from its name, so any Decimal type works).
UInt32 decimalScale(const IDataType & type);
}
