// ORDER BY ... WITH FILL: after the sort, rows are added for the values missing between FROM,
// the sorted keys and TO, one STEP apart, as ClickHouse's FillingTransform does (its odometer
// over several fill columns, its alignment of the fill to FROM or the first key). The sort
// keys before the first WITH FILL key are a prefix: each group of equal prefix values is
// filled on its own. Added rows carry the fill values, the group's prefix and defaults.
#pragma once

#include <vector>

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

class FillingStream final : public IBlockStream
{
public:
    /// `prefix_positions`: the sort keys before the first fill key.
    FillingStream(BlockStreamPtr child_, std::vector<FillColumnDescription> fill_columns_, std::vector<size_t> prefix_positions_);

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

    BlockStreamPtr child;
    Block header;
    std::vector<FillColumnDescription> fill_columns;
    std::vector<size_t> prefix_positions;
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
