// Finds equal elements among the elements of one array (or of several arrays of one block laid
// side by side): hashes every element of the block once, then per array sorts its elements by
// hash and compares values only within equal hashes. arrayDistinct, arrayUniq,
// arrayEnumerateUniq, hasAny, hasAll and arrayIntersect are built on it.
#pragma once

#include <utility>
#include <vector>

#include "columns/Block.h"

namespace datastore::functions
{
class EqualElements
{
public:
    /// An element is row i of every column together (several for arrayUniq(a, b)).
    explicit EqualElements(Columns columns_);

    /// For each of the `count` elements at `positions`, the index into `positions` of the first
    /// element equal to it (its own index if none before it is). `first` is resized to `count`.
    void findFirstEqual(const UInt64 * positions, size_t count, PodArray<UInt64> & first);

private:
    bool equal(UInt64 a, UInt64 b) const;

    Columns columns;
    RowHashes hashes;
    std::vector<std::pair<UInt64, UInt64>> order; /// (hash, index into positions), reused per array
};

/// Arrays of one block brought to one element type, their elements one after another in `data`:
/// element i of array j in row r is data row starts[j] + offsetAt(r) + i.
struct ArraysInOneColumn
{
    ColumnPtr data;
    std::vector<ColumnPtr> arrays; /// full ColumnArray per argument, of the common type
    std::vector<UInt64> starts;
};

/// `arguments` are arrays; their elements are cast to `element_type`.
ArraysInOneColumn putArraysInOneColumn(const ColumnsWithTypeAndName & arguments, const DataTypePtr & element_type);
/// The least supertype of the arguments' element types; ILLEGAL_TYPE_OF_ARGUMENT ("Argument 0 for
/// function f must be an array but it has type T") for an argument that is not an array.
DataTypePtr commonElementType(const std::string & function, const ColumnsWithTypeAndName & arguments);
}
