#include "exec/FillingStream.h"

#include <algorithm>
#include <limits>
#include <variant>

#include "columns/ColumnVector.h"
#include "functions/CastColumn.h"
#include "types/DataTypeFactory.h"

namespace datastore::exec
{
namespace
{
/// Fill values are integers (dates, times and DateTime64 ticks among them) or floats.
struct Numeric
{
    bool is_float = false;
    Int128 integer = 0;
    Float64 real = 0;
};

Numeric toNumeric(const Field & field)
{
    Numeric result;
    std::visit(
        [&](const auto & value)
        {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Float64>)
            {
                result.is_float = true;
                result.real = value;
            }
            else if constexpr (std::is_same_v<T, UInt64> || std::is_same_v<T, Int64> || std::is_same_v<T, Int128> || std::is_same_v<T, bool>)
                result.integer = static_cast<Int128>(value);
            else if constexpr (std::is_same_v<T, DecimalField<Int32>> || std::is_same_v<T, DecimalField<Int64>> || std::is_same_v<T, DecimalField<Int128>>)
                result.integer = static_cast<Int128>(value.raw);
        },
        field.variant());
    return result;
}

/// -1, 0 or 1; a Null sorts before every value, as ClickHouse's Field order has it.
int compare(const Field & lhs, const Field & rhs)
{
    if (lhs.isNull() || rhs.isNull())
        return lhs.isNull() == rhs.isNull() ? 0 : (lhs.isNull() ? -1 : 1);
    Numeric a = toNumeric(lhs);
    Numeric b = toNumeric(rhs);
    if (a.is_float || b.is_float)
    {
        Float64 x = a.is_float ? a.real : static_cast<Float64>(a.integer);
        Float64 y = b.is_float ? b.real : static_cast<Float64>(b.integer);
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    return a.integer < b.integer ? -1 : (b.integer < a.integer ? 1 : 0);
}

/// `value + step` in the representation of `value`.
Field addNumeric(const Field & value, const Field & step)
{
    Numeric delta = toNumeric(step);
    return std::visit(
        [&](const auto & current) -> Field
        {
            using T = std::decay_t<decltype(current)>;
            if constexpr (std::is_same_v<T, Float64>)
                return current + (delta.is_float ? delta.real : static_cast<Float64>(delta.integer));
            else if constexpr (std::is_same_v<T, UInt64> || std::is_same_v<T, Int64>)
            {
                /// Saturates instead of wrapping, so a negative step over unsigned values ends at 0
                /// rather than jumping past every row and filling forever.
                Int128 sum = static_cast<Int128>(current) + delta.integer;
                return static_cast<T>(std::clamp<Int128>(sum, std::numeric_limits<T>::min(), std::numeric_limits<T>::max()));
            }
            else if constexpr (std::is_same_v<T, Int128>)
                return static_cast<T>(static_cast<Int128>(current) + delta.integer);
            else if constexpr (std::is_same_v<T, DecimalField<Int32>> || std::is_same_v<T, DecimalField<Int64>> || std::is_same_v<T, DecimalField<Int128>>)
            {
                T result = current;
                result.raw = static_cast<decltype(result.raw)>(static_cast<Int128>(current.raw) + delta.integer);
                return result;
            }
            else
                return current;
        },
        value.variant());
}
}

FillingStream::FillingStream(BlockStreamPtr child_, std::vector<FillColumnDescription> fill_columns_, std::vector<size_t> prefix_positions_,
                             FillInterpolation interpolation_)
    : child(std::move(child_)), header(child->getHeader()), fill_columns(std::move(fill_columns_)), prefix_positions(std::move(prefix_positions_))
    , interpolation(std::move(interpolation_))
{
    /// Added rows take defaults, so no column stays a constant.
    for (auto & column : header)
        column.column = column.type->createColumn();
    fill_index_of_position.assign(header.columns(), -1);
    for (size_t i = 0; i < fill_columns.size(); ++i)
        fill_index_of_position[fill_columns[i].position] = static_cast<int>(i);
    filling_row.resize(fill_columns.size());
    previous_row.resize(fill_columns.size());
    for (size_t position : prefix_positions)
        group_prefix.push_back(header.getByPosition(position).type->createColumn());
}

bool FillingStream::less(const Field & lhs, const Field & rhs, size_t i) const
{
    int order = compare(lhs, rhs);
    return fill_columns[i].direction > 0 ? order < 0 : order > 0;
}

bool FillingStream::rowLess(const Row & lhs, const Row & rhs) const
{
    for (size_t i = 0; i < lhs.size(); ++i)
    {
        if (lhs[i].isNull() || rhs[i].isNull() || compare(lhs[i], rhs[i]) == 0)
            continue;
        return less(lhs[i], rhs[i], i);
    }
    return false;
}

Field FillingStream::stepped(const Field & value, size_t i) const
{
    const auto & description = fill_columns[i];
    if (!description.interval_function)
        return addNumeric(value, description.step);
    /// Calendar steps (months in a time zone) go through the same function as `t + INTERVAL n UNIT`.
    auto column = description.type->createColumn();
    column->insert(value);
    auto count = ColumnInt64::create();
    count->getData().push_back(description.interval_count);
    static const DataTypePtr int64_type = DataTypeFactory::instance().get("Int64");
    ColumnsWithTypeAndName arguments{{std::move(column), description.type, "value"}, {std::move(count), int64_type, "step"}};
    DataTypePtr result_type = description.interval_function->getReturnType(arguments);
    ColumnPtr result = functions::executeFunction(*description.interval_function, arguments, result_type, 1);
    if (!result_type->equals(*description.type))
        result = functions::castColumn(result, result_type, description.type);
    return (*result)[0];
}

void FillingStream::initFromDefaults(size_t from)
{
    for (size_t i = from; i < fill_columns.size(); ++i)
        filling_row[i] = fill_columns[i].fill_from;
}

bool FillingStream::next(const Row & to_row)
{
    size_t size = filling_row.size();
    size_t pos = 0;
    for (; pos < size; ++pos)
        if (!filling_row[pos].isNull() && !to_row[pos].isNull() && compare(filling_row[pos], to_row[pos]) != 0)
            break;
    if (pos == size || less(to_row[pos], filling_row[pos], pos))
        return false;

    /// A later column with a TO bound is filled up to it before this one moves.
    for (size_t i = size - 1; i > pos; --i)
    {
        if (fill_columns[i].fill_to.isNull() || filling_row[i].isNull())
            continue;
        Field next_value = stepped(filling_row[i], i);
        if (less(next_value, fill_columns[i].fill_to, i))
        {
            filling_row[i] = std::move(next_value);
            initFromDefaults(i + 1);
            return true;
        }
    }

    Field next_value = stepped(filling_row[pos], pos);
    if (less(to_row[pos], next_value, pos) || (!fill_columns[pos].fill_to.isNull() && compare(next_value, fill_columns[pos].fill_to) == 0))
        return false;
    filling_row[pos] = std::move(next_value);
    if (compare(filling_row[pos], to_row[pos]) == 0)
    {
        bool is_less = false;
        for (size_t i = pos + 1; i < size; ++i)
        {
            filling_row[i] = fill_columns[i].fill_from.isNull() ? to_row[i] : fill_columns[i].fill_from;
            is_less |= less(filling_row[i], to_row[i], i);
        }
        return is_less;
    }
    initFromDefaults(pos + 1);
    return true;
}

Block FillingStream::lastOutputRow() const
{
    if (result.empty() || result[0]->size() == 0)
        return last_returned_row;
    Block row;
    for (size_t position = 0; position < result.size(); ++position)
    {
        const auto & column = header.getByPosition(position);
        row.insert({result[position]->cut(result[position]->size() - 1, 1), column.type, column.name});
    }
    return row;
}

std::vector<ColumnPtr> FillingStream::interpolatedValues() const
{
    std::vector<ColumnPtr> values(result.size());
    if (!interpolation.actions)
        return values;
    /// Before the first row there is nothing to interpolate from: defaults, as in ClickHouse.
    Block previous = lastOutputRow();
    if (!previous)
        return values;
    interpolation.actions->execute(previous);
    for (const auto & [position, name] : interpolation.columns)
    {
        const auto & computed = previous.getByName(name);
        values[position] = functions::castColumn(computed.column->convertToFullColumnIfConst(), computed.type, header.getByPosition(position).type);
    }
    return values;
}

void FillingStream::insertFillingRow()
{
    auto interpolated = interpolatedValues();
    for (size_t position = 0; position < result.size(); ++position)
    {
        int fill_index = fill_index_of_position[position];
        if (fill_index >= 0 && !filling_row[fill_index].isNull())
            result[position]->insert(filling_row[fill_index]);
        else if (interpolated[position])
            result[position]->insertFrom(*interpolated[position], 0);
        else
            result[position]->insertDefault();
    }
    for (size_t i = 0; i < prefix_positions.size(); ++i)
    {
        auto & column = result[prefix_positions[i]];
        column->popBack(1);
        column->insertFrom(*group_prefix[i], 0);
    }
}

void FillingStream::insertInputRow(const Block & block, size_t row)
{
    for (size_t position = 0; position < result.size(); ++position)
        result[position]->insertFrom(*block.getByPosition(position).column, row);
}

void FillingStream::startGroup(const Block & block, size_t row)
{
    for (size_t i = 0; i < prefix_positions.size(); ++i)
    {
        group_prefix[i] = group_prefix[i]->cloneEmpty();
        group_prefix[i]->insertFrom(*block.getByPosition(prefix_positions[i]).column, row);
    }
    std::fill(previous_row.begin(), previous_row.end(), Field{});
    std::fill(filling_row.begin(), filling_row.end(), Field{});
    /// The fill starts at FROM, or else at the group's first keys.
    for (size_t i = 0; i < fill_columns.size(); ++i)
    {
        Field current = (*block.getByPosition(fill_columns[i].position).column)[row];
        const Field & from = fill_columns[i].fill_from;
        if (!from.isNull() && compare(current, from) != 0)
        {
            initFromDefaults(i);
            if (less(from, current, i))
                insertFillingRow();
            break;
        }
        filling_row[i] = std::move(current);
    }
    is_group_started = true;
}

void FillingStream::fillGroupSuffix()
{
    Row to_row(fill_columns.size());
    for (size_t i = 0; i < fill_columns.size(); ++i)
        to_row[i] = fill_columns[i].fill_to;
    bool is_group_empty = !is_group_started;
    if (is_group_empty)
        initFromDefaults(0);
    bool should_insert_first = is_group_empty || rowLess(previous_row, filling_row);
    if (should_insert_first && rowLess(filling_row, to_row))
        insertFillingRow();
    while (next(to_row))
        insertFillingRow();
}

Block FillingStream::read()
{
    if (is_input_finished)
        return {};
    while (true)
    {
        result = header.cloneEmptyColumns();
        Block block = child->read();
        if (!block)
        {
            is_input_finished = true;
            /// With no rows at all, FROM and TO alone give the rows (a prefix takes its defaults).
            if (!is_group_started)
                for (auto & column : group_prefix)
                    column->insertDefault();
            fillGroupSuffix();
            if (result.empty() || result[0]->size() == 0)
                return {};
            return header.cloneWithColumns(Columns(result.begin(), result.end()));
        }
        size_t rows = block.rows();
        for (auto & column : block)
            column.column = column.column->convertToFullColumnIfConst();
        Row next_row(fill_columns.size());
        for (size_t row = 0; row < rows; ++row)
        {
            bool is_new_group = !is_group_started;
            for (size_t i = 0; i < prefix_positions.size() && !is_new_group; ++i)
                is_new_group = block.getByPosition(prefix_positions[i]).column->compareAt(row, 0, *group_prefix[i], 1) != 0;
            if (is_new_group)
            {
                if (is_group_started)
                    fillGroupSuffix();
                startGroup(block, row);
            }
            /// Gaps are filled only up to TO: a row past it is a target no nearer than TO.
            for (size_t i = 0; i < fill_columns.size(); ++i)
            {
                next_row[i] = (*block.getByPosition(fill_columns[i].position).column)[row];
                const Field & to = fill_columns[i].fill_to;
                if (!to.isNull() && !less(next_row[i], to, i))
                    next_row[i] = to;
            }
            if (rowLess(previous_row, filling_row) && rowLess(filling_row, next_row))
                insertFillingRow();
            while (next(next_row))
                insertFillingRow();
            insertInputRow(block, row);
            previous_row = next_row;
        }
        if (!result.empty() && result[0]->size() > 0)
        {
            if (interpolation.actions)
                last_returned_row = lastOutputRow();
            return header.cloneWithColumns(Columns(result.begin(), result.end()));
        }
    }
}
}
