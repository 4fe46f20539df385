// `a EXCEPT b` and `a INTERSECT b` as ClickHouse 24.x computes them: the right side's rows
// become a set, then each left row is kept when it is absent from it (EXCEPT) or present in
// it (INTERSECT). Left duplicates stay (the ALL forms); the DISTINCT forms add a DistinctStream.
#pragma once

#include <string_view>

#include "base/Arena.h"
#include "exec/HashMap.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
class IntersectOrExceptStream final : public IBlockStream
{
public:
    /// Both sides have the same column types; the result has the left side's header.
    IntersectOrExceptStream(BlockStreamPtr left_, BlockStreamPtr right_, bool is_except_)
        : left(std::move(left_)), right(std::move(right_)), is_except(is_except_)
    {
    }

    Block getHeader() const override { return left->getHeader(); }
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        left->cancel();
        right->cancel();
    }

private:
    void buildRightSet();

    BlockStreamPtr left;
    BlockStreamPtr right;
    bool is_except;
    bool is_right_set_built = false;
    Arena arena;
    HashMap<std::string_view> right_rows;
};
}
