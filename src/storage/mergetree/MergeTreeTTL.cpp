#include "storage/mergetree/MergeTreeTTL.h"

#include "functions/CastColumn.h"
#include "types/DataTypeFactory.h"

#include <algorithm>

namespace datastore::storage
{
namespace
{
/// Expiry moments of every row as UInt32 seconds (Date at midnight, DateTime64 truncated).
PodArray<UInt32> evaluateTimes(const TTLRule & rule, const Block & block)
{
    static const DataTypePtr date_time = DataTypeFactory::instance().get("DateTime");
    auto result = evaluateKeyColumn(rule.expression, block);
    auto column = functions::castColumn(result.column, result.type, date_time)->convertToFullColumnIfConst();
    PodArray<UInt32> times(block.rows());
    auto raw = column->getRawData();
    std::memcpy(times.data(), raw.data(), std::min(raw.size(), times.size() * sizeof(UInt32)));
    return times;
}

Filter evaluateWhere(const TTLRule & rule, const Block & block)
{
    if (rule.where.empty())
        return Filter(block.rows(), 1);
    return conditionToFilter(evaluateKeyColumn(rule.where, block));
}
}

std::string TTLBounds::toText() const
{
    return "ttl format version: datastore-1\n" + std::to_string(delete_min) + " " + std::to_string(delete_max) + " "
        + std::to_string(any_min) + "\n";
}

Filter conditionToFilter(const ColumnWithTypeAndName & condition)
{
    auto column = condition.column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
    Filter filter(column->size());
    for (size_t row = 0; row < filter.size(); ++row)
    {
        if (column->isNullAt(row))
        {
            filter[row] = 0;
            continue;
        }
        Field value = (*column)[row];
        if (const auto * flag = value.tryGet<bool>())
            filter[row] = *flag;
        else if (const auto * number = value.tryGet<UInt64>())
            filter[row] = *number != 0;
        else if (const auto * signed_number = value.tryGet<Int64>())
            filter[row] = *signed_number != 0;
        else if (const auto * real = value.tryGet<Float64>())
            filter[row] = *real != 0;
        else
            filter[row] = 0;
    }
    return filter;
}

ColumnWithTypeAndName evaluateKeyColumn(const KeyDescription & key, const Block & block)
{
    Block work = block;
    if (key.expression)
        key.expression->execute(work);
    auto result = work.getByName(key.column_names.at(0));
    result.column = result.column->convertToFullColumnIfConst();
    if (result.column->size() != block.rows())
        result.column = result.column->cloneResized(block.rows());
    return result;
}

bool MergeTreeTTL::hasRowRules() const
{
    return std::any_of(rules.begin(), rules.end(), [](const auto & rule) { return rule.column.empty(); });
}

void MergeTreeTTL::updateBounds(const Block & block, const Permutation * rows, TTLBounds & bounds) const
{
    if (!block.rows())
        return;
    bool is_delete_rule_seen = false;
    for (const auto & rule : rules)
    {
        auto times = evaluateTimes(rule, block);
        auto where = evaluateWhere(rule, block);
        bool is_delete_rule = rule.column.empty() && rule.where.empty() && !is_delete_rule_seen;
        is_delete_rule_seen |= is_delete_rule;
        size_t count = rows ? rows->size() : times.size();
        for (size_t i = 0; i < count; ++i)
        {
            size_t row = rows ? (*rows)[i] : i;
            UInt32 time = times[row];
            if (is_delete_rule)
            {
                bounds.delete_min = bounds.delete_min ? std::min(bounds.delete_min, time) : time;
                bounds.delete_max = std::max(bounds.delete_max, time);
            }
            /// Column TTL is applied by merges, not a reason for a TTL merge of its own.
            if (where[row] && rule.column.empty())
                bounds.any_min = bounds.any_min ? std::min(bounds.any_min, time) : time;
        }
    }
}

Block MergeTreeTTL::apply(const Block & block, UInt32 now, bool delete_rows) const
{
    if (empty() || !block.rows())
        return block;
    Block result = block;
    Filter keep(block.rows(), 1);
    bool is_any_deleted = false;
    for (const auto & rule : rules)
    {
        auto times = evaluateTimes(rule, block);
        auto where = evaluateWhere(rule, block);
        if (rule.column.empty())
        {
            if (!delete_rows)
                continue;
            for (size_t row = 0; row < keep.size(); ++row)
                if (where[row] && times[row] <= now && keep[row])
                {
                    keep[row] = 0;
                    is_any_deleted = true;
                }
            continue;
        }
        auto & target = result.getByName(rule.column);
        bool is_any_expired = false;
        for (size_t row = 0; row < times.size() && !is_any_expired; ++row)
            is_any_expired = where[row] && times[row] <= now;
        if (!is_any_expired)
            continue;
        MutableColumnPtr reset = target.type->createColumn();
        auto source = target.column->convertToFullColumnIfConst();
        for (size_t row = 0; row < times.size(); ++row)
        {
            if (where[row] && times[row] <= now)
                reset->insertDefault();
            else
                reset->insertFrom(*source, row);
        }
        target.column = std::move(reset);
    }
    if (!is_any_deleted)
        return result;
    size_t kept = 0;
    for (auto flag : keep)
        kept += flag;
    for (auto & column : result)
        column.column = column.column->filter(keep, static_cast<ssize_t>(kept));
    if (result.columns() == 0)
        result.setRowsWithoutColumns(kept);
    return result;
}
}
