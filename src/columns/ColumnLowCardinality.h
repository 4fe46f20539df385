// LowCardinality(T): each distinct value is stored once in a dictionary and every row holds
// its position there. Filters, sorts and hashes work on the narrow positions; results of
// filter/permute share the dictionary, which is copied only when a shared one must grow.
#pragma once

#include "columns/ColumnVector.h"

namespace datastore
{
class ColumnLowCardinality final : public IColumn
{
public:
    using Positions = ColumnUInt32;

    /// `empty_values` is an empty column of the dictionary type (String, FixedString, a number
    /// or date column; never Nullable). With `is_nullable` the column is LowCardinality(Nullable(T)):
    /// position 0 stands for NULL and position 1 for the default value; otherwise the default is 0.
    ColumnLowCardinality(MutableColumnPtr empty_values, bool is_nullable);
    static std::shared_ptr<ColumnLowCardinality> create(MutableColumnPtr empty_values, bool is_nullable)
    {
        return std::make_shared<ColumnLowCardinality>(std::move(empty_values), is_nullable);
    }

    bool nestedIsNullable() const { return is_nullable; }
    /// Distinct values by position (position 0 of a nullable column holds a default placeholder).
    const IColumn & getDictionary() const { return *dictionary->values; }
    const Positions & getPositions() const { return static_cast<const Positions &>(*positions); }
    UInt32 getPositionAt(size_t n) const { return getPositions().getData()[n]; }
    UInt32 nullPosition() const { return 0; }
    UInt32 defaultPosition() const { return is_nullable ? 1 : 0; }

    /// Appends rows [start, start + length) of a full column of the nested type (T, or
    /// Nullable(T) for a nullable LowCardinality), adding new values to the dictionary.
    void insertRangeFromFullColumn(const IColumn & src, size_t start, size_t length);
    /// Appends a row by its dictionary position (which must exist).
    void insertPosition(UInt32 position) { positionsData().push_back(position); }
    /// Parsing a value straight into the dictionary: append exactly one value to the column
    /// returned by dictionaryForInsert(), then call insertLastDictionaryValue() to append the row.
    IColumn & dictionaryForInsert() { return *mutableDictionary().values; }
    void insertLastDictionaryValue() { positionsData().push_back(dictionary->deduplicateLast()); }
    /// Appends rows given as indexes into `keys`, a column of the dictionary type laid out as
    /// a dictionary (NULL placeholder first when nullable). Throws INCORRECT_DATA on a bad index.
    void insertIndexesOfKeys(const IColumn & keys, const PodArray<UInt64> & indexes);
    /// The dictionary values used by rows [start, start + length), with the NULL placeholder and
    /// the default first, as a fresh column; `indexes` receives each row's index into it.
    ColumnPtr getKeysOfRange(size_t start, size_t length, PodArray<UInt64> & indexes) const;

    std::string getName() const override;
    size_t size() const override { return positions->size(); }
    size_t byteSize() const override { return positions->byteSize() + dictionary->values->byteSize(); }
    size_t allocatedBytes() const override;
    MutableColumnPtr cloneEmpty() const override { return create(dictionary->values->cloneEmpty(), is_nullable); }

    Field operator[](size_t n) const override;
    void insert(const Field & value) override;
    std::string_view getDataAt(size_t n) const override { return dictionary->values->getDataAt(getPositionAt(n)); }
    bool isNullAt(size_t n) const override { return is_nullable && getPositionAt(n) == 0; }

    /// `src` is another LowCardinality column of the same type.
    void insertFrom(const IColumn & src, size_t n) override;
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    /// NULL for LowCardinality(Nullable(T)) (as ColumnNullable), else the type's default value.
    void insertDefault() override { positionsData().push_back(0); }
    void insertManyDefaults(size_t count) override { positionsData().resize_fill(size() + count, 0); }
    void popBack(size_t n) override { positionsData().pop_back(n); }
    void reserve(size_t n) override { positionsData().reserve(n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr cut(size_t start, size_t length) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;

    /// Equal values hash equally whatever dictionary holds them.
    void updateHashes(RowHashes & hashes) const override;
    /// Same bytes as the full column writes (a null flag first when nullable).
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

    bool isNullable() const override { return false; }
    ColumnPtr convertToFullColumnIfLowCardinality() const override;
    void forEachSubcolumn(const std::function<void(ColumnPtr &)> & callback) override { callback(positions); }

private:
    /// Distinct values plus an open-addressing index of their positions keyed by value bytes.
    struct Dictionary
    {
        MutableColumnPtr values;
        PodArray<UInt32> slots;
        size_t indexed = 0;
        /// Position of the value just appended to `values`: an existing equal one (the
        /// appended copy is removed) or the new one, which is then indexed.
        UInt32 deduplicateLast();
        void addToIndex(UInt32 position);
    };
    using DictionaryPtr = std::shared_ptr<Dictionary>;

    ColumnLowCardinality(DictionaryPtr dictionary, ColumnPtr positions, bool is_nullable);
    ColumnPtr withPositions(ColumnPtr new_positions) const;
    PodArray<UInt32> & positionsData() { return const_cast<Positions &>(getPositions()).getData(); }
    /// The dictionary for writing: a private copy if other columns share it.
    Dictionary & mutableDictionary();
    /// Dictionary position of row n of a column of the dictionary type, added if new.
    UInt32 positionOfValue(const IColumn & values, size_t n);

    DictionaryPtr dictionary;
    ColumnPtr positions;
    bool is_nullable;
};
}
