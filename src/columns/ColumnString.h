// Variable-length strings: all bytes back to back in `chars`, and per row the end
// offset of its bytes. Row i is chars[offsets[i-1], offsets[i]). No terminating zeros.
#pragma once

#include "columns/IColumn.h"

namespace datastore
{
class ColumnString final : public IColumn
{
public:
    using Chars = PodArray<char>;
    using Offsets = PodArray<UInt64>;

    static std::shared_ptr<ColumnString> create() { return std::make_shared<ColumnString>(); }

    Chars & getChars() { return chars; }
    const Chars & getChars() const { return chars; }
    Offsets & getOffsets() { return offsets; }
    const Offsets & getOffsets() const { return offsets; }

    size_t offsetAt(size_t n) const { return n == 0 ? 0 : offsets[n - 1]; }
    size_t sizeAt(size_t n) const { return offsets[n] - offsetAt(n); }
    std::string_view getDataAt(size_t n) const override { return {chars.data() + offsetAt(n), sizeAt(n)}; }

    void insertData(const char * data, size_t length)
    {
        chars.insert(data, data + length);
        offsets.push_back(chars.size());
    }
    void insertData(std::string_view value) { insertData(value.data(), value.size()); }

    std::string getName() const override { return "String"; }
    size_t size() const override { return offsets.size(); }
    size_t byteSize() const override { return chars.size() + offsets.size() * sizeof(UInt64); }
    size_t allocatedBytes() const override { return chars.allocatedBytes() + offsets.allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return std::make_shared<ColumnString>(); }

    Field operator[](size_t n) const override { return Field(std::string(getDataAt(n))); }
    void insert(const Field & value) override;

    void insertFrom(const IColumn & src, size_t n) override
    {
        insertData(static_cast<const ColumnString &>(src).getDataAt(n));
    }
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override { offsets.push_back(chars.size()); }
    void insertManyDefaults(size_t count) override { offsets.resize_fill(offsets.size() + count, chars.size()); }
    void popBack(size_t n) override;
    void reserve(size_t n) override { offsets.reserve(n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;
    void getPermutation(bool reverse, size_t limit, int nan_direction_hint, Permutation & perm) const override;

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

private:
    Chars chars;
    Offsets offsets;
};
}
