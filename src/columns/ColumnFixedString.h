// Values of exactly n bytes each (FixedString(n)), back to back in one array: row i is
// chars[i * n, (i + 1) * n). Shorter values are padded with zero bytes on insert.
#pragma once

#include "columns/IColumn.h"

namespace datastore
{
class ColumnFixedString final : public IColumn
{
public:
    using Chars = PodArray<char>;

    explicit ColumnFixedString(size_t n_)
        : n(n_)
    {
    }
    static std::shared_ptr<ColumnFixedString> create(size_t n) { return std::make_shared<ColumnFixedString>(n); }

    size_t getN() const { return n; }
    Chars & getChars() { return chars; }
    const Chars & getChars() const { return chars; }

    /// Appends `length` bytes padded with zeros to n. Throws TOO_LARGE_STRING_SIZE if length > n.
    void insertData(const char * data, size_t length);
    void insertData(std::string_view value) { insertData(value.data(), value.size()); }

    std::string getName() const override { return "FixedString(" + std::to_string(n) + ")"; }
    size_t size() const override { return chars.size() / n; }
    size_t byteSize() const override { return chars.size(); }
    size_t allocatedBytes() const override { return chars.allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return create(n); }

    Field operator[](size_t row) const override { return Field(std::string(getDataAt(row))); }
    void insert(const Field & value) override;
    std::string_view getDataAt(size_t row) const override { return { chars.data() + row * n, n }; }

    void insertFrom(const IColumn & src, size_t row) override { insertData(static_cast<const ColumnFixedString &>(src).getDataAt(row)); }
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override { chars.resize_fill(chars.size() + n, '\0'); }
    void insertManyDefaults(size_t count) override { chars.resize_fill(chars.size() + n * count, '\0'); }
    void popBack(size_t count) override { chars.resize(chars.size() - n * count); }
    void reserve(size_t rows) override { chars.reserve(rows * n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    int compareAt(size_t a, size_t b, const IColumn & rhs, int nan_direction_hint) const override;

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t row, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

    size_t sizeOfValueIfFixed() const override { return n; }
    std::string_view getRawData() const override { return { chars.data(), chars.size() }; }

private:
    size_t n;
    Chars chars;
};
}
