// ORDER BY ... WITH FILL: after the sort, rows are added for the values missing between FROM,
// the sorted keys and TO, one STEP apart, as ClickHouse's FillingTransform does (its odometer
// over several fill columns, its alignment of the fill to FROM or the first key). The sort
// keys before the first WITH FILL key are a prefix: each group of equal prefix values is
// filled on its own. Added rows carry the fill values, the group's prefix and defaults, or
// for INTERPOLATE columns a value computed from the row before them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "exec/ExpressionActions.h"
#include "exec/IBlockStream.h"
#include "functions/IFunction.h"

namespace datastore::exec
{
struct FillColumnDescription
{
    /// Position of the key in the stream's header.
    size_t position = 0;
    DataTypePtr type;
    /// 1 ascending, -1 descending.
    int direction = 1;
    /// Values of the column's type; Null when not given.
    Field fill_from;
    Field fill_to;
    /// A numeric step (the column's type, with the sign of the direction), or an interval
    /// added by `interval_function` (addHours, addMonths...) `interval_count` times per step.
    Field step;
    functions::FunctionPtr interval_function;
    Int64 interval_count = 0;
};

/// INTERPOLATE (column AS expression, ...): `actions` compute the expressions over the row
/// before an added row; each header position takes the named result.
struct FillInterpolation
{
    ExpressionActionsPtr actions;
    std::vector<std::pair<size_t, std::string>> columns;
};

class FillingStream final : public IBlockStream
{
public:
    /// `prefix_positions`: the sort keys before the first fill key.
    FillingStream(BlockStreamPtr child_, std::vector<FillColumnDescription> fill_columns_, std::vector<size_t> prefix_positions_,
                  FillInterpolation interpolation_ = {});

    Block getHeader() const override { return header; }
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    using Row = std::vector<Field>;

    bool less(const Field & lhs, const Field & rhs, size_t i) const;
    /// Row order over the fill columns, ignoring positions where either side is Null.
    bool rowLess(const Row & lhs, const Row & rhs) const;
    Field stepped(const Field & value, size_t i) const;
    void initFromDefaults(size_t from);
    /// Moves the filling row one step towards `to_row`; false when it has reached it.
    bool next(const Row & to_row);

    void startGroup(const Block & block, size_t row);
    void fillGroupSuffix();
    void insertFillingRow();
    void insertInputRow(const Block & block, size_t row);
    /// The interpolated values for a row added now, by header position (null: the default).
    std::vector<ColumnPtr> interpolatedValues() const;
    /// The last row output so far, or an empty Block before the first.
    Block lastOutputRow() const;

    BlockStreamPtr child;
    Block header;
    std::vector<FillColumnDescription> fill_columns;
    std::vector<size_t> prefix_positions;
    FillInterpolation interpolation;
    /// The last row of the previous block returned, for INTERPOLATE at a block's start.
    Block last_returned_row;
    /// For each header column: its fill column index, or -1.
    std::vector<int> fill_index_of_position;

    Row filling_row;
    Row previous_row;
    bool is_group_started = false;
    bool is_input_finished = false;
    /// One row: the current group's prefix values.
    MutableColumns group_prefix;
    MutableColumns result;
};
}
