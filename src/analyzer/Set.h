// The set behind `x IN (...)` and `x IN (SELECT ...)`: key rows of one or more columns,
// stored serialized in a hash table so any key types work the same way.
#pragma once

#include "base/Arena.h"
#include "columns/Block.h"
#include "exec/HashMap.h"

namespace datastore::analyzer
{
class Set
{
public:
    /// `types` are the key types of the left side of IN; inserted columns must have them.
    explicit Set(DataTypes types_) : types(std::move(types_)) {}

    const DataTypes & getTypes() const { return types; }
    /// Adds every row of the columns (one per key type). Rows with a NULL key are kept
    /// apart: they match only when transform_null_in is on.
    void insert(const Columns & columns);
    /// Writes 1 for rows found in the set (0 otherwise) into `result`.
    void lookup(const Columns & columns, bool transform_null_in, PodArray<UInt8> & result) const;
    size_t size() const { return count; }
    bool hasNull() const { return has_null; }

private:
    DataTypes types;
    Arena arena;
    exec::HashMap<std::string_view> keys;
    size_t count = 0;
    bool has_null = false;
};

using SetPtr = std::shared_ptr<Set>;
}
