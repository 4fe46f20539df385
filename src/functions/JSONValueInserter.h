// Converting one parsed JSON value (a simdjson DOM element) into a row of a column of a given
// type, with ClickHouse's JSONExtract rules: what converts, what falls back to the type's
// default, and how a value is written back as minified JSON text (JSONExtractRaw).
#pragma once

#include "columns/IColumn.h"
#include "types/IDataType.h"

#include <memory>
#include <simdjson.h>

namespace datastore
{
class WriteBuffer;
}

namespace datastore::functions
{
using JSONElement = simdjson::dom::element;

/// The array or object of an element known to be one. Returned by value: a range-for over
/// value_unsafe() of a temporary result would iterate a destroyed handle.
inline simdjson::dom::array asArray(JSONElement element)
{
    return element.get_array().value_unsafe();
}
inline simdjson::dom::object asObject(JSONElement element)
{
    return element.get_object().value_unsafe();
}

/// Writes the element as ClickHouse re-serializes it: no whitespace, numbers in their shortest
/// form, strings re-escaped (forward slashes left alone).
void writeJSONElement(JSONElement element, WriteBuffer & out);

/// Number conversion of JSONExtractInt/UInt/Float and of numeric JSONExtract types: integers
/// must fit, doubles are truncated toward zero if in range, strings holding a number are read.
/// Bool converts to integers only when `convert_bool` is set. Returns false if it doesn't convert.
template <typename T> bool extractJSONNumber(JSONElement element, T & value, bool convert_bool);

/// JSONExtractBool: true/false, and integers compared with zero.
bool extractJSONBool(JSONElement element, UInt8 & value);

/// A conversion built once for a result type, then applied to any number of elements.
class JSONValueInserter
{
public:
    virtual ~JSONValueInserter() = default;
    /// Appends the element converted to the column's type and returns true; returns false and
    /// appends nothing if it does not convert (the caller then appends the default).
    virtual bool insert(IColumn & column, JSONElement element) const = 0;
};

/// The inserter for `type`: numbers, Bool, String, Nullable, LowCardinality, Array, Tuple
/// (from arrays by position, from objects by name or position), Map; other types are read
/// from the value's text with the type's own parser.
std::unique_ptr<JSONValueInserter> makeJSONValueInserter(const DataTypePtr & type);
}
