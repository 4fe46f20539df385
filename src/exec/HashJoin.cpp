#include "exec/HashJoin.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "exec/HashMap.h"
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

/// One OR-ed clause's hash table: chains of right rows with equal keys; the head is in the
/// map, `next_row[row]` is the next row of the chain plus one (0 ends it).
struct HashJoin::Clause
{
    Columns keys;
    std::vector<UInt8> null_safe_keys;
    bool is_key64 = false;
    HashMap<UInt64> key64_map;
    HashMap<std::string_view> serialized_map;
    PodArray<UInt32> next_row;
    Arena arena;

    /// Whether one of the hashed key columns is NULL at `row` (NULL-safe keys aside).
    bool isNullKey(const Columns & key_columns, size_t row) const
    {
        for (size_t i = 0; i < keys.size(); ++i)
            if (key_columns[i]->isNullAt(row) && !(i < null_safe_keys.size() && null_safe_keys[i]))
                return true;
        return false;
    }

    void build(const ColumnPtr & rows_meeting_conditions, size_t right_rows)
    {
        next_row.resize_fill(right_rows, 0);
        is_key64 = isKey64(keys);
        const auto * meeting = reinterpret_cast<const UInt8 *>(rows_meeting_conditions ? rows_meeting_conditions->getRawData().data() : nullptr);
        if (is_key64)
            buildWith(key64_map, Key64At{keys[0]->getRawData().data(), keys[0]->sizeOfValueIfFixed()}, meeting, right_rows);
        else
            buildWith(serialized_map, SerializedKeyAt{keys, arena}, meeting, right_rows);
    }

    /// Per left row, the head of the chain of right rows it matches plus one (0: none).
    void find(const JoinClauseKeys & left, size_t rows, PodArray<UInt32> & heads) const
    {
        heads.clear();
        heads.resize_fill(rows, 0);
        /// The ASOF column is searched in a chain, not hashed.
        Columns hashed(left.keys.begin(), left.keys.begin() + static_cast<std::ptrdiff_t>(keys.size()));
        const auto * meeting = reinterpret_cast<const UInt8 *>(left.rows_meeting_conditions ? left.rows_meeting_conditions->getRawData().data() : nullptr);
        if (is_key64)
            findWith(key64_map, Key64At{hashed[0]->getRawData().data(), hashed[0]->sizeOfValueIfFixed()}, hashed, meeting, rows, heads);
        else
        {
            Arena scratch;
            findWith(serialized_map, SerializedKeyAt{hashed, scratch}, hashed, meeting, rows, heads);
        }
    }

private:
    template <typename Map, typename KeyAt>
    void buildWith(Map & map, KeyAt && key_at, const UInt8 * meeting, size_t right_rows)
    {
        /// Rows are chained in reverse so that each chain lists its rows in their original order.
        for (size_t row = right_rows; row-- > 0;)
        {
            if ((meeting && !meeting[row]) || isNullKey(keys, row))
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
    void findWith(const Map & map, KeyAt && key_at, const Columns & left_keys, const UInt8 * meeting, size_t rows,
                  PodArray<UInt32> & heads) const
    {
        for (size_t row = 0; row < rows; ++row)
        {
            if ((meeting && !meeting[row]) || isNullKey(left_keys, row))
                continue;
            auto key = key_at(row);
            if (const auto * cell = map.find(key, hashKey(key)))
                heads[row] = static_cast<UInt32>(rowOf(cell->value) + 1);
        }
    }
};

HashJoin::HashJoin(JoinKind kind_, JoinStrictness strictness_, Block right_, std::vector<JoinClauseKeys> right_clauses,
                   AsofInequality asof_inequality_, std::vector<std::vector<UInt8>> null_safe_keys)
    : kind(kind_), strictness(strictness_), right(std::move(right_)), right_row_count(right.rows()), asof_inequality(asof_inequality_)
{
    if (right_row_count >= std::numeric_limits<UInt32>::max())
        throw Exception(ErrorCodes::SET_SIZE_LIMIT_EXCEEDED, "Too many rows in the right table of JOIN: {}", right_row_count);
    if (tracksUsedRows(kind, strictness))
        used.resize_fill(right_row_count, 0);
    if (kind == JoinKind::Cross)
        return;
    for (size_t i = 0; i < right_clauses.size(); ++i)
    {
        auto clause = std::make_unique<Clause>();
        clause->keys = std::move(right_clauses[i].keys);
        if (i < null_safe_keys.size())
            clause->null_safe_keys = std::move(null_safe_keys[i]);
        if (strictness == JoinStrictness::Asof)
        {
            asof_column = clause->keys.back();
            clause->keys.pop_back();
        }
        clause->build(right_clauses[i].rows_meeting_conditions, right_row_count);
        clauses.push_back(std::move(clause));
    }
    if (asof_column)
        sortAsofChains(*clauses.front());
}

HashJoin::~HashJoin() = default;

void HashJoin::sortAsofChains(const Clause & clause)
{
    const auto & next_row = clause.next_row;
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
        if (is_linked[head] || clause.isNullKey(clause.keys, head))
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

size_t HashJoin::emitPairs(const std::vector<JoinClauseKeys> & left_clauses, size_t rows, size_t begin, size_t max_pairs,
                           Permutation & left_rows, Permutation & right_rows, JoinProbeScratch & scratch)
{
    const auto & heads = scratch.heads;
    const bool keeps_unmatched = (kind == JoinKind::Left || kind == JoinKind::Full)
        && (strictness == JoinStrictness::All || strictness == JoinStrictness::Any || strictness == JoinStrictness::Asof);
    const bool takes_every_row = strictness == JoinStrictness::All || defers_strictness;
    /// A right row reached through two clauses joins a left row once.
    const bool may_repeat = clauses.size() > 1 && (takes_every_row || kind == JoinKind::Right);
    if (may_repeat && scratch.seen_by_left_row.size() != right_row_count)
        scratch.seen_by_left_row.resize_fill(right_row_count, 0);
    auto first_time = [&](size_t right_row) {
        if (!may_repeat)
            return true;
        if (scratch.seen_by_left_row[right_row] == scratch.left_row_stamp)
            return false;
        scratch.seen_by_left_row[right_row] = scratch.left_row_stamp;
        return true;
    };
    auto emit = [&](size_t left_row, size_t right_row) {
        left_rows.push_back(left_row);
        right_rows.push_back(right_row);
    };
    for (size_t row = begin; row < rows; ++row)
    {
        if (left_rows.size() >= max_pairs)
            return row;
        ++scratch.left_row_stamp;
        bool found = false;
        for (size_t clause = 0; clause < clauses.size(); ++clause)
        {
            if (!heads[clause][row])
                continue;
            found = true;
            size_t head = heads[clause][row] - 1;
            const auto & next_row = clauses[clause]->next_row;
            if (strictness == JoinStrictness::Asof)
            {
                size_t match = findAsof(head, *left_clauses[clause].keys.back(), row);
                found = match != right_row_count;
                if (found)
                    emit(row, match);
                break;
            }
            if (takes_every_row)
            {
                for (size_t match = head + 1; match; match = next_row[match - 1])
                    if (first_time(match - 1))
                    {
                        emit(row, match - 1);
                        if (!used.empty() && !defers_strictness)
                            used[match - 1] = 1;
                    }
                continue;
            }
            if (kind == JoinKind::Right)
            {
                /// The first left row of a key takes all its right rows (ANY, SEMI); ANTI keeps
                /// only the right rows no left row matched, added at the end.
                if (used[head])
                    continue;
                for (size_t match = head + 1; match; match = next_row[match - 1])
                    if (first_time(match - 1))
                    {
                        used[match - 1] = 1;
                        if (strictness != JoinStrictness::Anti)
                            emit(row, match - 1);
                    }
                continue;
            }
            if (strictness == JoinStrictness::Anti)
                break;
            /// ANY INNER joins a key once: the first left row having it gets its first right row.
            if (kind == JoinKind::Inner && strictness == JoinStrictness::Any && used[head])
                break;
            emit(row, head);
            if (!used.empty())
                used[head] = 1;
            break;
        }
        bool emits_unmatched = keeps_unmatched || defers_strictness || (strictness == JoinStrictness::Anti && kind != JoinKind::Right);
        if (!found && emits_unmatched)
            emit(row, right_row_count);
    }
    return rows;
}

size_t HashJoin::probe(const std::vector<JoinClauseKeys> & left_clauses, size_t rows, size_t begin, size_t max_pairs,
                       Permutation & left_rows, Permutation & right_rows, JoinProbeScratch & scratch)
{
    left_rows.clear();
    right_rows.clear();
    if (kind == JoinKind::Cross)
    {
        size_t row = begin;
        for (; row < rows && left_rows.size() < max_pairs; ++row)
            for (size_t match = 0; match < right_row_count; ++match)
            {
                left_rows.push_back(row);
                right_rows.push_back(match);
            }
        return row;
    }
    if (begin == 0)
    {
        scratch.heads.resize(clauses.size());
        for (size_t clause = 0; clause < clauses.size(); ++clause)
            clauses[clause]->find(left_clauses[clause], rows, scratch.heads[clause]);
    }
    left_rows.reserve(std::min(rows - begin, max_pairs));
    right_rows.reserve(std::min(rows - begin, max_pairs));
    return emitPairs(left_clauses, rows, begin, max_pairs, left_rows, right_rows, scratch);
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

Permutation HashJoin::nonJoinedRightRows() const
{
    Permutation rows;
    for (size_t row = 0; row < used.size(); ++row)
        if (!used[row])
            rows.push_back(row);
    return rows;
}
}
