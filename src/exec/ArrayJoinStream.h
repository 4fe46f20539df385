// ARRAY JOIN: each row becomes one row per element of its arrays (several arrays of one
// ARRAY JOIN unfold side by side and must have equal sizes). LEFT ARRAY JOIN keeps a row
// with an empty array, its element the type's default.
#pragma once

#include "exec/ExpressionActions.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
struct ArrayJoinedColumn
{
    /// The column the arrays' elements go to.
    std::string name;
    /// The array column the actions compute.
    std::string array;
};

class ArrayJoinStream final : public IBlockStream
{
public:
    /// `actions` add the array columns to a block of `child`; the result keeps `outputs`
    /// (element columns and replicated columns of the child).
    /// `is_unaligned` (enable_unaligned_array_join): arrays of different sizes unfold to the longest,
    /// the others padded with defaults, instead of SIZES_OF_ARRAYS_DONT_MATCH.
    ArrayJoinStream(BlockStreamPtr child_, ExpressionActionsPtr actions_, std::vector<ArrayJoinedColumn> joined_, Names outputs_,
                    bool is_left_, bool is_unaligned_);

    Block getHeader() const override { return header; }
    Block read() override;
    void cancel() override;

private:
    Block unfold(Block block) const;

    BlockStreamPtr child;
    ExpressionActionsPtr actions;
    std::vector<ArrayJoinedColumn> joined;
    Names outputs;
    bool is_left;
    bool is_unaligned;
    Block header;
};
}
