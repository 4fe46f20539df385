#include "storage/mergetree/MergeTreeIndexGranules.h"

#include "base/Arena.h"
#include "base/Exception.h"
#include "base/SipHash.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnFixedString.h"
#include "columns/ColumnHashing.h"
#include "columns/ColumnString.h"
#include "functions/TokenExtractor.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"

#include <algorithm>

namespace datastore::storage
{
namespace
{
/// The hashes of a column's values for the Bloom filter: SipHash of the column number and the
/// value's bytes as IColumn::serializeValueIntoArena lays them out, stable across processes as
/// the file needs. Strings and fixed-size values are hashed in a plain loop over their data.
void bloomHashes(size_t c, const IColumn & column, RowHashes & hashes)
{
    size_t rows = column.size();
    hashes.resize(rows);
    auto hash_bytes = [c](const char * data, size_t size)
    {
        SipHash hash;
        hash.updateValue(UInt64(c));
        hash.update(data, size);
        return hash.get64();
    };
    if (const auto * strings = dynamic_cast<const ColumnString *>(&column))
    {
        const char * chars = strings->getChars().data();
        const auto & offsets = strings->getOffsets();
        UInt64 previous = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            SipHash hash;
            hash.updateValue(UInt64(c));
            hash.updateValue(UInt64(offsets[row] - previous));
            hash.update(chars + previous, offsets[row] - previous);
            hashes[row] = hash.get64();
            previous = offsets[row];
        }
        return;
    }
    size_t width = column.sizeOfValueIfFixed();
    std::string_view raw = column.getRawData();
    if (width && raw.size() == width * rows)
    {
        for (size_t row = 0; row < rows; ++row)
            hashes[row] = hash_bytes(raw.data() + row * width, width);
        return;
    }
    /// Nullable, arrays, tuples: the generic layout, one value at a time.
    Arena arena;
    for (size_t row = 0; row < rows; ++row)
    {
        const char * begin = nullptr;
        auto bytes = column.serializeValueIntoArena(row, arena, begin);
        hashes[row] = hash_bytes(bytes.data(), bytes.size());
    }
}

/// The hash of a token for tokenbf_v1 / ngrambf_v1, with the index's seed.
UInt64 tokenHash(std::string_view token, UInt64 seed)
{
    return mixHash(seed, token);
}

/// A range of one value: what a Bloom filter can look up.
bool isPoint(const KeyColumnRange & range)
{
    return range.left && range.right && range.left_included && range.right_included && range.left->compareAt(0, 0, *range.right, 1) == 0;
}

/// Bit i of the k bits of a value: double hashing of the 64-bit hash's halves.
UInt64 bloomBit(UInt64 hash, UInt64 i, UInt64 bits)
{
    return ((hash & 0xFFFFFFFFULL) + i * (hash >> 32)) % bits;
}

void setBloomBits(UInt64 * filter, UInt64 bits, UInt64 hash, UInt64 hashes)
{
    for (UInt64 i = 0; i < hashes; ++i)
    {
        UInt64 bit = bloomBit(hash, i, bits);
        filter[bit / 64] |= UInt64(1) << (bit % 64);
    }
}

bool hasBloomBits(const UInt64 * filter, UInt64 bits, UInt64 hash, UInt64 hashes)
{
    for (UInt64 i = 0; i < hashes; ++i)
    {
        UInt64 bit = bloomBit(hash, i, bits);
        if (!(filter[bit / 64] & (UInt64(1) << (bit % 64))))
            return false;
    }
    return true;
}

/// Calls on_string(std::string_view) for every string of a String, FixedString or array-of-
/// them column, in a plain loop over its data.
template <typename F>
void forEachString(const IColumn & column, F && on_string)
{
    if (const auto * array = dynamic_cast<const ColumnArray *>(&column))
    {
        forEachString(array->getData(), on_string);
        return;
    }
    if (const auto * strings = dynamic_cast<const ColumnString *>(&column))
    {
        const char * chars = strings->getChars().data();
        const auto & offsets = strings->getOffsets();
        UInt64 previous = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            on_string(std::string_view(chars + previous, offsets[row] - previous));
            previous = offsets[row];
        }
        return;
    }
    const auto & fixed = dynamic_cast<const ColumnFixedString &>(column);
    size_t n = fixed.getN();
    for (size_t row = 0; row < fixed.size(); ++row)
        on_string(std::string_view(fixed.getChars().data() + row * n, n));
}
}

MergeTreeIndexGranules::MergeTreeIndexGranules(const MergeTreeIndexDescription & index_) : index(index_)
{
    for (const auto & type : index.expression.data_types)
        summaries.push_back(type->createColumn());
}

void MergeTreeIndexGranules::appendRows(const Columns & columns, size_t position, size_t rows, bool starts_granule)
{
    if (starts_granule)
    {
        if (pending_granules == index.granularity)
            finishGranule();
        ++pending_granules;
    }
    if (pending.empty())
        for (const auto & column : columns)
            pending.push_back(column->cloneEmpty());
    for (size_t i = 0; i < columns.size(); ++i)
        pending[i]->insertRangeFrom(*columns[i], position, rows);
}

void MergeTreeIndexGranules::finishGranule()
{
    if (!pending_granules)
        return;
    if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
        summarizeMinMax();
    else if (index.kind == MergeTreeIndexDescription::Kind::Set)
        summarizeSet();
    else if (index.kind == MergeTreeIndexDescription::Kind::BloomFilter)
        summarizeBloomFilter();
    else
        summarizeTextBloomFilter();
    ++granules;
    pending.clear();
    pending_granules = 0;
}

void MergeTreeIndexGranules::summarizeMinMax()
{
    for (size_t i = 0; i < pending.size(); ++i)
    {
        Permutation ascending;
        Permutation descending;
        pending[i]->getPermutation(false, 1, 1, ascending);
        pending[i]->getPermutation(true, 1, 1, descending);
        summaries[i]->insertFrom(*pending[i], ascending[0]);
        summaries[i]->insertFrom(*pending[i], descending[0]);
    }
}

void MergeTreeIndexGranules::summarizeSet()
{
    size_t rows = pending[0]->size();
    Permutation order;
    if (pending.size() == 1)
        pending[0]->getPermutation(false, 0, 1, order);
    else
    {
        order.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            order[row] = row;
        std::sort(order.begin(), order.end(), [&](UInt64 a, UInt64 b)
        {
            for (const auto & column : pending)
                if (int cmp = column->compareAt(a, b, *column, 1))
                    return cmp < 0;
            return false;
        });
    }
    Permutation distinct;
    for (size_t i = 0; i < rows; ++i)
    {
        bool is_new = distinct.empty();
        for (size_t c = 0; c < pending.size() && !is_new; ++c)
            is_new = pending[c]->compareAt(order[i], distinct.back(), *pending[c], 1) != 0;
        if (!is_new)
            continue;
        if (index.max_set_size && distinct.size() == index.max_set_size)
        {
            /// More distinct rows than the index keeps: the granule can never be skipped.
            is_unlimited.push_back(1);
            set_ends.push_back(summaries[0]->size());
            return;
        }
        distinct.push_back(order[i]);
    }
    for (size_t c = 0; c < pending.size(); ++c)
        for (auto row : distinct)
            summaries[c]->insertFrom(*pending[c], row);
    is_unlimited.push_back(0);
    set_ends.push_back(summaries[0]->size());
}

void MergeTreeIndexGranules::summarizeBloomFilter()
{
    /// An array column contributes its elements, as ClickHouse's bloom_filter: has() asks for one.
    std::vector<const IColumn *> values;
    size_t total = 0;
    for (size_t c = 0; c < pending.size(); ++c)
    {
        const auto * array = index.isArrayColumn(c) ? dynamic_cast<const ColumnArray *>(pending[c].get()) : nullptr;
        values.push_back(array ? &array->getData() : pending[c].get());
        total += values.back()->size();
    }
    UInt64 words = std::max<UInt64>(1, (total * index.bloom_bits_per_row + 63) / 64);
    UInt64 bits = words * 64;
    size_t begin = bloom_words.size();
    bloom_words.resize(begin + words, 0);
    UInt64 * filter = bloom_words.data() + begin;
    RowHashes hashes;
    for (size_t c = 0; c < values.size(); ++c)
    {
        bloomHashes(c, *values[c], hashes);
        for (UInt64 hash : hashes)
            setBloomBits(filter, bits, hash, index.bloom_hashes);
    }
    bloom_ends.push_back(bloom_words.size());
}

UInt64 MergeTreeIndexGranules::textFilterWords() const
{
    return (index.text_bloom_bytes + 7) / 8;
}

void MergeTreeIndexGranules::summarizeTextBloomFilter()
{
    UInt64 words = textFilterWords();
    size_t begin = bloom_words.size();
    bloom_words.resize(begin + words * pending.size(), 0);
    functions::TokenExtractor extractor(index.kind == MergeTreeIndexDescription::Kind::NgramBloomFilter ? index.ngram_size : 0);
    for (size_t c = 0; c < pending.size(); ++c)
    {
        UInt64 * filter = bloom_words.data() + begin + c * words;
        ColumnPtr column = pending[c]->convertToFullColumnIfLowCardinality();
        forEachString(*column, [&](std::string_view value)
        {
            extractor.forEachToken(value, [&](std::string_view token)
            { setBloomBits(filter, words * 64, tokenHash(token, index.text_bloom_seed), index.text_bloom_hashes); });
        });
    }
    bloom_ends.push_back(bloom_words.size());
}

bool MergeTreeIndexGranules::bloomFilterMayHold(size_t granule, size_t c, const IColumn & column, size_t row) const
{
    UInt64 begin = granule ? bloom_ends[granule - 1] : 0;
    UInt64 bits = (bloom_ends[granule] - begin) * 64;
    RowHashes hashes;
    bloomHashes(c, *column.cut(row, 1), hashes);
    return hasBloomBits(bloom_words.data() + begin, bits, hashes[0], index.bloom_hashes);
}

bool MergeTreeIndexGranules::textFilterMayHold(size_t granule, size_t c, const std::vector<std::string> & tokens) const
{
    UInt64 words = textFilterWords();
    const UInt64 * filter = bloom_words.data() + (granule ? bloom_ends[granule - 1] : 0) + c * words;
    return std::all_of(tokens.begin(), tokens.end(), [&](const std::string & token)
    { return hasBloomBits(filter, words * 64, tokenHash(token, index.text_bloom_seed), index.text_bloom_hashes); });
}

void MergeTreeIndexGranules::write(WriteBuffer & out) const
{
    writeBinaryLittleEndian(UInt64(granules), out);
    const auto & types = index.expression.data_types;
    for (size_t granule = 0; granule < granules; ++granule)
    {
        if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
        {
            for (size_t c = 0; c < summaries.size(); ++c)
            {
                types[c]->serializeBinary(*summaries[c], granule * 2, out);
                types[c]->serializeBinary(*summaries[c], granule * 2 + 1, out);
            }
            continue;
        }
        if (index.kind == MergeTreeIndexDescription::Kind::BloomFilter || index.isTextBloomFilter())
        {
            UInt64 begin = granule ? bloom_ends[granule - 1] : 0;
            writeBinaryLittleEndian(UInt64(bloom_ends[granule] - begin), out);
            for (UInt64 word = begin; word < bloom_ends[granule]; ++word)
                writeBinaryLittleEndian(bloom_words[word], out);
            continue;
        }
        UInt64 begin = granule ? set_ends[granule - 1] : 0;
        writeBinaryLittleEndian(is_unlimited[granule], out);
        writeBinaryLittleEndian(UInt64(set_ends[granule] - begin), out);
        for (size_t c = 0; c < summaries.size(); ++c)
            for (UInt64 row = begin; row < set_ends[granule]; ++row)
                types[c]->serializeBinary(*summaries[c], row, out);
    }
}

std::shared_ptr<const MergeTreeIndexGranules> MergeTreeIndexGranules::read(const MergeTreeIndexDescription & index, ReadBuffer & in)
{
    auto result = std::make_shared<MergeTreeIndexGranules>(index);
    const auto & types = index.expression.data_types;
    UInt64 granules = 0;
    readBinaryLittleEndian(granules, in);
    for (UInt64 granule = 0; granule < granules; ++granule)
    {
        if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
        {
            for (size_t c = 0; c < types.size(); ++c)
            {
                types[c]->deserializeBinary(*result->summaries[c], in);
                types[c]->deserializeBinary(*result->summaries[c], in);
            }
            continue;
        }
        if (index.kind == MergeTreeIndexDescription::Kind::BloomFilter || index.isTextBloomFilter())
        {
            UInt64 words = 0;
            readBinaryLittleEndian(words, in);
            /// Lookups take hashes modulo the filter's bits: an empty filter is a damaged file.
            if (words == 0)
                throw Exception(ErrorCodes::CORRUPTED_DATA, "Bloom filter of index {} has no bits", index.name);
            if (index.isTextBloomFilter() && words != result->textFilterWords() * types.size())
                throw Exception(ErrorCodes::CORRUPTED_DATA, "Bloom filter of index {} has {} words, expected {}", index.name, words,
                                result->textFilterWords() * types.size());
            for (UInt64 word = 0; word < words; ++word)
            {
                UInt64 value = 0;
                readBinaryLittleEndian(value, in);
                result->bloom_words.push_back(value);
            }
            result->bloom_ends.push_back(result->bloom_words.size());
            continue;
        }
        UInt8 unlimited = 0;
        UInt64 rows = 0;
        readBinaryLittleEndian(unlimited, in);
        readBinaryLittleEndian(rows, in);
        for (size_t c = 0; c < types.size(); ++c)
            for (UInt64 row = 0; row < rows; ++row)
                types[c]->deserializeBinary(*result->summaries[c], in);
        result->is_unlimited.push_back(unlimited);
        result->set_ends.push_back(result->summaries[0]->size());
    }
    if (!in.eof())
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Index file {} is unexpectedly long", index.fileName());
    result->granules = granules;
    return result;
}

bool MergeTreeIndexGranules::canUse(const MergeTreeIndexDescription & index, const KeyRanges & ranges)
{
    if (index.isTextBloomFilter())
        return false;
    const auto & names = index.expression.column_names;
    return std::any_of(ranges.ranges.begin(), ranges.ranges.end(), [&](const KeyColumnRange & range)
    {
        bool is_on_index = std::find(names.begin(), names.end(), range.column) != names.end();
        bool is_bloom = index.kind == MergeTreeIndexDescription::Kind::BloomFilter;
        return is_on_index && (!is_bloom || (isPoint(range) && !index.isArrayColumn(std::find(names.begin(), names.end(), range.column) - names.begin())));
    });
}

bool MergeTreeIndexGranules::mayMatch(size_t granule, const KeyRanges & ranges) const
{
    if (granule >= granules || index.isTextBloomFilter())
        return true;
    const auto & names = index.expression.column_names;
    if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
    {
        for (size_t c = 0; c < names.size(); ++c)
            if (!ranges.mayIntersect(names[c], *summaries[c], granule * 2, *summaries[c], granule * 2 + 1))
                return false;
        return true;
    }
    if (index.kind == MergeTreeIndexDescription::Kind::BloomFilter)
    {
        /// Only an equality (a range of one value) can be looked up.
        for (const auto & range : ranges.ranges)
        {
            auto c = std::find(names.begin(), names.end(), range.column) - names.begin();
            if (c < static_cast<ptrdiff_t>(names.size()) && isPoint(range) && !index.isArrayColumn(c) && !bloomFilterMayHold(granule, c, *range.left, 0))
                return false;
        }
        return true;
    }
    if (is_unlimited[granule])
        return true;
    /// A granule may match when one of its distinct rows meets every range.
    for (UInt64 row = granule ? set_ends[granule - 1] : 0; row < set_ends[granule]; ++row)
    {
        bool is_match = true;
        for (size_t c = 0; c < names.size() && is_match; ++c)
            is_match = ranges.mayIntersect(names[c], *summaries[c], row, *summaries[c], row);
        if (is_match)
            return true;
    }
    return false;
}

MergeTreeIndexCondition::Mask MergeTreeIndexGranules::answer(size_t granule, const MergeTreeIndexCondition::Lookup & lookup) const
{
    using Mask = MergeTreeIndexCondition::Mask;
    if (granule >= granules)
        return {};
    size_t c = lookup.column;
    if (index.isTextBloomFilter())
    {
        bool may_hold = std::any_of(lookup.token_sets.begin(), lookup.token_sets.end(),
                                    [&](const std::vector<std::string> & tokens) { return textFilterMayHold(granule, c, tokens); });
        return { may_hold, true };
    }
    const IColumn & values = *lookup.values;
    if (index.kind == MergeTreeIndexDescription::Kind::BloomFilter)
    {
        RowHashes hashes;
        bloomHashes(c, values, hashes);
        UInt64 begin = granule ? bloom_ends[granule - 1] : 0;
        UInt64 bits = (bloom_ends[granule] - begin) * 64;
        bool may_hold = std::any_of(hashes.begin(), hashes.end(),
                                    [&](UInt64 hash) { return hasBloomBits(bloom_words.data() + begin, bits, hash, index.bloom_hashes); });
        return { may_hold, true };
    }
    const IColumn & summary = *summaries[c];
    auto is_looked_up = [&](const IColumn & column, size_t row)
    {
        for (size_t value = 0; value < values.size(); ++value)
            if (column.compareAt(row, value, values, 1) == 0)
                return true;
        return false;
    };
    if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
    {
        for (size_t value = 0; value < values.size(); ++value)
            if (summary.compareAt(granule * 2, value, values, 1) <= 0 && summary.compareAt(granule * 2 + 1, value, values, 1) >= 0)
                return {};
        return { false, true };
    }
    if (is_unlimited[granule])
        return {};
    Mask result { false, false };
    for (UInt64 row = granule ? set_ends[granule - 1] : 0; row < set_ends[granule]; ++row)
    {
        bool is_in = false;
        if (lookup.is_element)
        {
            const auto & arrays = static_cast<const ColumnArray &>(summary);
            const auto & offsets = arrays.getOffsets();
            for (UInt64 element = row ? offsets[row - 1] : 0; element < offsets[row] && !is_in; ++element)
                is_in = is_looked_up(arrays.getData(), element);
        }
        else
            is_in = is_looked_up(summary, row);
        result.can_be_true |= is_in;
        result.can_be_false |= !is_in;
    }
    return result;
}
}
