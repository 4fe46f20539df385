#include "exec/HashJoin.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "base/Exception.h"
#include "columns/ColumnHashing.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "types/DataTypeNullable.h"

namespace datastore::exec
{
namespace
{
/// HashMap cells are empty while their value is null: a chain head is stored as row + 1.
char * headOf(size_t row)
{
    return reinterpret_cast<char *>(row + 1);
}

size_t rowOf(const char * head)
{
    return reinterpret_cast<size_t>(head) - 1;
}

UInt64 hashKey(UInt64 key)
{
    return finalizeHash(key ^ 0x9E3779B97F4A7C15ULL);
}

UInt64 hashKey(std::string_view key)
{
    return finalizeHash(XXH3_64bits(key.data(), key.size()));
}

/// One fixed-width key of at most 8 bytes, read as a UInt64.
struct Key64At
{
    const char * data;
    size_t width;
    UInt64 operator()(size_t row) const
    {
        UInt64 key = 0;
        std::memcpy(&key, data + row * width, width);
        return key;
    }
};

/// Any keys, serialized one after another into an arena.
struct SerializedKeyAt
{
    const Columns & columns;
    Arena & arena;
    std::string_view operator()(size_t row) const
    {
        const char * begin = nullptr;
        size_t size = 0;
        for (const auto & column : columns)
            size += column->serializeValueIntoArena(row, arena, begin).size();
        return {begin, size};
    }
};

bool isKey64(const Columns & keys)
{
    return keys.size() == 1 && !keys[0]->isNullable() && keys[0]->sizeOfValueIfFixed() > 0 && keys[0]->sizeOfValueIfFixed() <= 8
        && keys[0]->getRawData().size() == keys[0]->size() * keys[0]->sizeOfValueIfFixed();
}
}

HashJoin::HashJoin(JoinKind kind_, JoinStrictness strictness_, Block right_, const Columns & right_keys, AsofInequality asof_inequality_,
                   std::vector<UInt8> null_safe_keys_)
    : kind(kind_), strictness(strictness_), right(std::move(right_)), keys(right_keys), right_row_count(right.rows()),
      asof_inequality(asof_inequality_), null_safe_keys(std::move(null_safe_keys_))
{
    if (strictness == JoinStrictness::Asof)
    {
        asof_column = keys.back();
        keys.pop_back();
    }
    if (right_row_count >= std::numeric_limits<UInt32>::max())
        throw Exception(ErrorCodes::SET_SIZE_LIMIT_EXCEEDED, "Too many rows in the right table of JOIN: {}", right_row_count);
    if (tracksUsedRows(kind, strictness))
        used.resize_fill(right_row_count, 0);
    if (kind == JoinKind::Cross)
        return;
    next_row.resize_fill(right_row_count, 0);
    is_key64 = isKey64(keys);
    if (is_key64)
        build(key64_map, Key64At{keys[0]->getRawData().data(), keys[0]->sizeOfValueIfFixed()});
    else
        build(serialized_map, SerializedKeyAt{keys, arena});
    if (asof_column)
        sortAsofChains();
}

void HashJoin::sortAsofChains()
{
    PodArray<UInt8> is_linked(right_row_count, 0);
    for (size_t row = 0; row < right_row_count; ++row)
        if (next_row[row])
            is_linked[next_row[row] - 1] = 1;
    asof_begin.resize_fill(right_row_count, 0);
    asof_end.resize_fill(right_row_count, 0);
    asof_sorted.reserve(right_row_count);
    const IColumn & values = *asof_column;
    for (size_t head = 0; head < right_row_count; ++head)
    {
        if (is_linked[head] || isNullKey(keys, head))
            continue;
        size_t begin = asof_sorted.size();
        for (size_t chained = head + 1; chained; chained = next_row[chained - 1])
            if (!values.isNullAt(chained - 1))
                asof_sorted.push_back(static_cast<UInt32>(chained - 1));
        std::stable_sort(asof_sorted.begin() + begin, asof_sorted.end(),
                         [&](UInt32 a, UInt32 b) { return values.compareAt(a, b, values, 1) < 0; });
        asof_begin[head] = static_cast<UInt32>(begin);
        asof_end[head] = static_cast<UInt32>(asof_sorted.size());
    }
}

size_t HashJoin::findAsof(size_t head, const IColumn & left_asof, size_t row) const
{
    if (left_asof.isNullAt(row))
        return right_row_count;
    /// The first sorted row whose value is above the left one (or at least it, for strict
    /// `left > right` and for `left <= right`).
    bool includes_equal = asof_inequality == AsofInequality::Greater || asof_inequality == AsofInequality::LessOrEquals;
    size_t low = asof_begin[head];
    size_t high = asof_end[head];
    while (low < high)
    {
        size_t middle = low + (high - low) / 2;
        int order = asof_column->compareAt(asof_sorted[middle], row, left_asof, 1);
        if (order < 0 || (order == 0 && !includes_equal))
            low = middle + 1;
        else
            high = middle;
    }
    bool takes_below = asof_inequality == AsofInequality::Greater || asof_inequality == AsofInequality::GreaterOrEquals;
    if (takes_below)
        return low > asof_begin[head] ? asof_sorted[low - 1] : right_row_count;
    return low < asof_end[head] ? asof_sorted[low] : right_row_count;
}

bool HashJoin::isNullKey(const Columns & key_columns, size_t row, size_t count) const
{
    for (size_t i = 0; i < count && i < key_columns.size(); ++i)
        if (key_columns[i]->isNullAt(row) && !(i < null_safe_keys.size() && null_safe_keys[i]))
            return true;
    return false;
}

template <typename Map, typename KeyAt>
void HashJoin::build(Map & map, KeyAt && key_at)
{
    /// Rows are chained in reverse so that each chain lists its rows in their original order.
    for (size_t row = right_row_count; row-- > 0;)
    {
        if (isNullKey(keys, row))
            continue;
        auto key = key_at(row);
        bool inserted = false;
        auto & cell = map.emplace(key, hashKey(key), inserted);
        if (!inserted)
            next_row[row] = static_cast<UInt32>(rowOf(cell.value) + 1);
        cell.value = headOf(row);
    }
}

template <typename Map, typename KeyAt>
void HashJoin::probeWith(const Map & map, KeyAt && key_at, size_t rows, const Columns & left_keys, Permutation & left_rows,
                         Permutation & right_rows)
{
    const bool keeps_unmatched = (kind == JoinKind::Left || kind == JoinKind::Full)
        && (strictness == JoinStrictness::All || strictness == JoinStrictness::Any || strictness == JoinStrictness::Asof);
    for (size_t row = 0; row < rows; ++row)
    {
        const typename Map::Cell * cell = nullptr;
        if (!isNullKey(left_keys, row, keys.size()))
        {
            auto key = key_at(row);
            cell = map.find(key, hashKey(key));
        }
        if (strictness == JoinStrictness::Anti && kind != JoinKind::Right)
        {
            if (!cell)
            {
                left_rows.push_back(row);
                right_rows.push_back(right_row_count);
            }
            continue;
        }
        if (!cell)
        {
            if (keeps_unmatched)
            {
                left_rows.push_back(row);
                right_rows.push_back(right_row_count);
            }
            continue;
        }
        size_t match = rowOf(cell->value);
        if (strictness == JoinStrictness::Asof)
        {
            match = findAsof(match, *left_keys.back(), row);
            if (match == right_row_count && !keeps_unmatched)
                continue;
            left_rows.push_back(row);
            right_rows.push_back(match);
            continue;
        }
        if (kind == JoinKind::Right && strictness != JoinStrictness::All)
        {
            /// The first left row of a key takes all its right rows (ANY, SEMI); ANTI keeps
            /// only the right rows no left row matched, added at the end.
            if (used[match])
                continue;
            for (size_t chained = match + 1; chained; chained = next_row[chained - 1])
            {
                used[chained - 1] = 1;
                if (strictness == JoinStrictness::Anti)
                    continue;
                left_rows.push_back(row);
                right_rows.push_back(chained - 1);
            }
            continue;
        }
        if (kind == JoinKind::Inner && strictness == JoinStrictness::Any)
        {
            /// ANY INNER joins a key once: the first left row having it gets its first right row.
            if (used[match])
                continue;
            used[match] = 1;
        }
        if (strictness != JoinStrictness::All)
        {
            left_rows.push_back(row);
            right_rows.push_back(match);
            if (!used.empty())
                used[match] = 1;
            continue;
        }
        while (true)
        {
            left_rows.push_back(row);
            right_rows.push_back(match);
            if (!used.empty() && !defers_used_rows)
                used[match] = 1;
            if (!next_row[match])
                break;
            match = next_row[match] - 1;
        }
    }
}

void HashJoin::probe(const Columns & left_keys, size_t rows, Permutation & left_rows, Permutation & right_rows)
{
    left_rows.clear();
    right_rows.clear();
    if (kind == JoinKind::Cross)
    {
        left_rows.reserve(rows * right_row_count);
        right_rows.reserve(rows * right_row_count);
        for (size_t row = 0; row < rows; ++row)
            for (size_t match = 0; match < right_row_count; ++match)
            {
                left_rows.push_back(row);
                right_rows.push_back(match);
            }
        return;
    }
    left_rows.reserve(rows);
    right_rows.reserve(rows);
    /// The ASOF column is searched in a chain, not hashed.
    Columns hashed_keys(left_keys.begin(), left_keys.begin() + static_cast<std::ptrdiff_t>(keys.size()));
    if (is_key64)
        probeWith(key64_map, Key64At{hashed_keys[0]->getRawData().data(), hashed_keys[0]->sizeOfValueIfFixed()}, rows, left_keys,
                  left_rows, right_rows);
    else
    {
        Arena scratch;
        probeWith(serialized_map, SerializedKeyAt{hashed_keys, scratch}, rows, left_keys, left_rows, right_rows);
    }
}

Columns HashJoin::gatherRight(const Permutation & right_rows, bool nulls_for_missing) const
{
    Columns result;
    for (const auto & column : right)
    {
        /// One default row after the right rows stands for "no match".
        auto with_default = IColumn::mutate(column.column->convertToFullColumnIfConst());
        with_default->insertDefault();
        ColumnPtr gathered = with_default->permute(right_rows, 0);
        if (nulls_for_missing && column.type->canBeInsideNullable())
        {
            auto null_map = ColumnUInt8::create(right_rows.size());
            auto & flags = null_map->getData();
            for (size_t i = 0; i < right_rows.size(); ++i)
                flags[i] = right_rows[i] == right_row_count;
            gathered = ColumnNullable::create(gathered, std::move(null_map));
        }
        result.push_back(std::move(gathered));
    }
    return result;
}

bool HashJoin::tracksUsedRows(JoinKind kind, JoinStrictness strictness)
{
    return kind == JoinKind::Right || kind == JoinKind::Full || (kind == JoinKind::Inner && strictness == JoinStrictness::Any);
}

bool HashJoin::emitsNonJoinedRows(JoinKind kind, JoinStrictness strictness)
{
    return (kind == JoinKind::Right || kind == JoinKind::Full) && strictness != JoinStrictness::Semi;
}

void HashJoin::markUsed(const Permutation & right_rows)
{
    if (used.empty())
        return;
    for (UInt64 row : right_rows)
        if (row != right_row_count)
            used[row] = 1;
}

Permutation HashJoin::nonJoinedRightRows() const
{
    Permutation rows;
    for (size_t row = 0; row < used.size(); ++row)
        if (!used[row])
            rows.push_back(row);
    return rows;
}
}
