#include "columns/ColumnLowCardinality.h"


#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"
#include "columns/ColumnNullable.h"

namespace datastore
{
namespace
{
constexpr UInt32 kEmptySlot = 0xFFFFFFFFu;

UInt64 hashOfBytes(std::string_view bytes)
{
    return XXH3_64bits(bytes.data(), bytes.size());
}
}

void ColumnLowCardinality::Dictionary::addToIndex(UInt32 position)
{
    size_t mask = slots.size() - 1;
    size_t slot = hashOfBytes(values->getDataAt(position)) & mask;
    while (slots[slot] != kEmptySlot)
        slot = (slot + 1) & mask;
    slots[slot] = position;
    ++indexed;
}

UInt32 ColumnLowCardinality::Dictionary::deduplicateLast()
{
    size_t last = values->size() - 1;
    if (last > UInt32(kEmptySlot - 1))
        throw Exception(ErrorCodes::LIMIT_EXCEEDED, "LowCardinality dictionary cannot hold more than {} values", kEmptySlot - 1);
    auto bytes = values->getDataAt(last);
    if (!slots.empty())
    {
        size_t mask = slots.size() - 1;
        for (size_t slot = hashOfBytes(bytes) & mask; slots[slot] != kEmptySlot; slot = (slot + 1) & mask)
        {
            if (values->getDataAt(slots[slot]) == bytes)
            {
                values->popBack(1);
                return slots[slot];
            }
        }
    }
    /// Keep the table at most half full so probe chains stay short.
    if ((indexed + 1) * 2 > slots.size())
    {
        size_t first = values->size() - 1 - indexed;
        size_t new_size = slots.empty() ? 64 : slots.size() * 2;
        slots.clear();
        slots.resize_fill(new_size, kEmptySlot);
        indexed = 0;
        for (size_t position = first; position < last; ++position)
            addToIndex(static_cast<UInt32>(position));
    }
    addToIndex(static_cast<UInt32>(last));
    return static_cast<UInt32>(last);
}

ColumnLowCardinality::ColumnLowCardinality(MutableColumnPtr empty_values, bool is_nullable_)
    : dictionary(std::make_shared<Dictionary>()), positions(Positions::create()), is_nullable(is_nullable_)
{
    if (!empty_values->empty())
        throw Exception(ErrorCodes::LOGICAL_ERROR, "ColumnLowCardinality must be created with an empty dictionary column");
    if (empty_values->isNullable())
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Dictionary of ColumnLowCardinality cannot be Nullable");
    dictionary->values = std::move(empty_values);
    /// The NULL placeholder is not indexed, so looking up the default finds position 1.
    if (is_nullable)
        dictionary->values->insertDefault();
    dictionary->values->insertDefault();
    dictionary->deduplicateLast();
}

ColumnLowCardinality::ColumnLowCardinality(DictionaryPtr dictionary_, ColumnPtr positions_, bool is_nullable_)
    : dictionary(std::move(dictionary_)), positions(std::move(positions_)), is_nullable(is_nullable_)
{
}

ColumnPtr ColumnLowCardinality::withPositions(ColumnPtr new_positions) const
{
    return std::shared_ptr<ColumnLowCardinality>(new ColumnLowCardinality(dictionary, std::move(new_positions), is_nullable));
}

ColumnLowCardinality::Dictionary & ColumnLowCardinality::mutableDictionary()
{
    if (dictionary.use_count() > 1)
    {
        auto copy = std::make_shared<Dictionary>();
        copy->values = dictionary->values->clone();
        copy->slots = dictionary->slots;
        copy->indexed = dictionary->indexed;
        dictionary = std::move(copy);
    }
    return *dictionary;
}

UInt32 ColumnLowCardinality::positionOfValue(const IColumn & values, size_t n)
{
    auto & dict = mutableDictionary();
    dict.values->insertFrom(values, n);
    return dict.deduplicateLast();
}

std::string ColumnLowCardinality::getName() const
{
    const auto & values = *dictionary->values;
    return "LowCardinality(" + (is_nullable ? "Nullable(" + values.getName() + ")" : values.getName()) + ")";
}

size_t ColumnLowCardinality::allocatedBytes() const
{
    return positions->allocatedBytes() + dictionary->values->allocatedBytes() + dictionary->slots.allocatedBytes();
}

Field ColumnLowCardinality::operator[](size_t n) const
{
    UInt32 position = getPositionAt(n);
    if (is_nullable && position == 0)
        return Field();
    return (*dictionary->values)[position];
}

void ColumnLowCardinality::insert(const Field & value)
{
    if (value.isNull())
    {
        insertDefault();
        return;
    }
    auto & dict = mutableDictionary();
    dict.values->insert(value);
    positionsData().push_back(dict.deduplicateLast());
}

void ColumnLowCardinality::insertRangeFromFullColumn(const IColumn & src, size_t start, size_t length)
{
    const IColumn * values = &src;
    const PodArray<UInt8> * null_map = nullptr;
    if (const auto * nullable = src.as<ColumnNullable>())
    {
        values = &nullable->getNestedColumn();
        null_map = &nullable->getNullMapData();
    }
    auto & data = positionsData();
    data.reserve(data.size() + length);
    for (size_t i = start; i < start + length; ++i)
    {
        if (null_map && (*null_map)[i])
            data.push_back(is_nullable ? 0 : defaultPosition());
        else
            data.push_back(positionOfValue(*values, i));
    }
}

void ColumnLowCardinality::insertFrom(const IColumn & src, size_t n)
{
    const auto & source = static_cast<const ColumnLowCardinality &>(src);
    UInt32 position = source.getPositionAt(n);
    if (source.dictionary == dictionary || (source.is_nullable && position == 0))
        positionsData().push_back(position);
    else
        positionsData().push_back(positionOfValue(*source.dictionary->values, position));
}

void ColumnLowCardinality::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    const auto & source = static_cast<const ColumnLowCardinality &>(src);
    const auto & source_positions = source.getPositions().getData();
    auto & data = positionsData();
    if (source.dictionary == dictionary)
    {
        data.insert(source_positions.data() + start, source_positions.data() + start + length);
        return;
    }
    /// Each distinct source position is looked up once, however many rows refer to it.
    PodArray<UInt32> mapping(source.dictionary->values->size(), kEmptySlot);
    if (source.is_nullable)
        mapping[0] = 0;
    data.reserve(data.size() + length);
    for (size_t i = start; i < start + length; ++i)
    {
        UInt32 from = source_positions[i];
        if (mapping[from] == kEmptySlot)
            mapping[from] = positionOfValue(*source.dictionary->values, from);
        data.push_back(mapping[from]);
    }
}

void ColumnLowCardinality::insertIndexesOfKeys(const IColumn & keys, const PodArray<UInt64> & indexes)
{
    size_t key_count = keys.size();
    for (UInt64 index : indexes)
        if (index >= key_count)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Index {} is out of range of LowCardinality dictionary of {} keys", index, key_count);
    PodArray<UInt32> mapping(key_count, kEmptySlot);
    if (is_nullable && key_count)
        mapping[0] = 0;
    auto & data = positionsData();
    data.reserve(data.size() + indexes.size());
    for (UInt64 index : indexes)
    {
        if (mapping[index] == kEmptySlot)
            mapping[index] = positionOfValue(keys, index);
        data.push_back(mapping[index]);
    }
}

ColumnPtr ColumnLowCardinality::getKeysOfRange(size_t start, size_t length, PodArray<UInt64> & indexes) const
{
    const auto & data = getPositions().getData();
    PodArray<UInt32> mapping(dictionary->values->size(), kEmptySlot);
    Permutation used;
    for (UInt32 special = 0; special <= defaultPosition(); ++special)
    {
        mapping[special] = static_cast<UInt32>(used.size());
        used.push_back(special);
    }
    indexes.resize(length);
    for (size_t i = 0; i < length; ++i)
    {
        UInt32 position = data[start + i];
        if (mapping[position] == kEmptySlot)
        {
            mapping[position] = static_cast<UInt32>(used.size());
            used.push_back(position);
        }
        indexes[i] = mapping[position];
    }
    return dictionary->values->permute(used, 0);
}

ColumnPtr ColumnLowCardinality::filter(const Filter & filter, ssize_t result_size_hint) const
{
    return withPositions(positions->filter(filter, result_size_hint));
}

ColumnPtr ColumnLowCardinality::permute(const Permutation & perm, size_t limit) const
{
    return withPositions(positions->permute(perm, limit));
}

ColumnPtr ColumnLowCardinality::cut(size_t start, size_t length) const
{
    return withPositions(positions->cut(start, length));
}

ColumnPtr ColumnLowCardinality::replicate(const PodArray<UInt64> & offsets) const
{
    return withPositions(positions->replicate(offsets));
}

int ColumnLowCardinality::compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    const auto & other = static_cast<const ColumnLowCardinality &>(rhs);
    UInt32 left = getPositionAt(n);
    UInt32 right = other.getPositionAt(m);
    if (is_nullable)
    {
        bool left_null = left == 0;
        bool right_null = right == 0;
        if (left_null || right_null)
        {
            if (left_null && right_null)
                return 0;
            return left_null ? nan_direction_hint : -nan_direction_hint;
        }
    }
    if (dictionary == other.dictionary && left == right)
        return 0;
    return dictionary->values->compareAt(left, right, *other.dictionary->values, nan_direction_hint);
}

void ColumnLowCardinality::updateHashes(RowHashes & hashes) const
{
    const auto & values = *dictionary->values;
    RowHashes value_hashes(values.size(), 0);
    values.updateHashes(value_hashes);
    const auto & data = getPositions().getData();
    for (size_t i = 0; i < data.size(); ++i)
    {
        UInt32 position = data[i];
        if (is_nullable && position == 0)
            hashes[i] = mixHash(hashes[i], UInt64(0xDEADBEEF));
        else
            hashes[i] = mixHash(hashes[i], value_hashes[position]);
    }
}

std::string_view ColumnLowCardinality::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    UInt32 position = getPositionAt(n);
    if (!is_nullable)
        return dictionary->values->serializeValueIntoArena(position, arena, begin);
    char * flag = arena.allocContinue(1, begin);
    *flag = position == 0 ? 1 : 0;
    if (*flag)
        return {flag, 1};
    auto value = dictionary->values->serializeValueIntoArena(position, arena, begin);
    return {value.data() - 1, value.size() + 1};
}

const char * ColumnLowCardinality::deserializeAndInsertFromArena(const char * pos)
{
    if (is_nullable)
    {
        if (*pos)
        {
            insertDefault();
            return pos + 1;
        }
        ++pos;
    }
    auto & dict = mutableDictionary();
    pos = dict.values->deserializeAndInsertFromArena(pos);
    positionsData().push_back(dict.deduplicateLast());
    return pos;
}

ColumnPtr ColumnLowCardinality::convertToFullColumnIfLowCardinality() const
{
    const auto & data = getPositions().getData();
    Permutation rows(data.size());
    for (size_t i = 0; i < data.size(); ++i)
        rows[i] = data[i];
    ColumnPtr values = rows.empty() ? ColumnPtr(dictionary->values->cloneEmpty()) : dictionary->values->permute(rows, 0);
    if (!is_nullable)
        return values;
    auto null_map = ColumnUInt8::create(data.size());
    auto & map = null_map->getData();
    for (size_t i = 0; i < data.size(); ++i)
        map[i] = data[i] == 0;
    return ColumnNullable::create(std::move(values), std::move(null_map));
}
}
