// Per-block transforms that keep the stream's parallelism: each wraps one child stream and
// runs on whichever thread reads it.
#pragma once

#include <algorithm>
#include <functional>
#include <limits>

#include "exec/ExpressionActions.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
/// Computes an expression on every block.
class ExpressionStream final : public IBlockStream
{
public:
    ExpressionStream(BlockStreamPtr child_, ExpressionActionsPtr actions_) : child(std::move(child_)), actions(std::move(actions_)) {}
    Block getHeader() const override;
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    BlockStreamPtr child;
    ExpressionActionsPtr actions;
};

/// Computes an expression and keeps the rows where `filter_column` is true.
class FilterStream final : public IBlockStream
{
public:
    FilterStream(BlockStreamPtr child_, ExpressionActionsPtr actions_, std::string filter_column_, bool remove_filter_column_)
        : child(std::move(child_)), actions(std::move(actions_)), filter_column(std::move(filter_column_)), remove_filter_column(remove_filter_column_)
    {
    }
    Block getHeader() const override;
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    BlockStreamPtr child;
    ExpressionActionsPtr actions;
    std::string filter_column;
    bool remove_filter_column;
};

/// LIMIT n OFFSET m over one stream; stops reading its child once it has enough.
class LimitStream final : public IBlockStream
{
public:
    /// With `tie_columns` (LIMIT n WITH TIES over sorted input), the rows after the last one
    /// within the limit are kept while these columns equal that row's.
    LimitStream(BlockStreamPtr child_, size_t limit_, size_t offset_, std::vector<std::string> tie_columns_ = {})
        /// offset + limit must not wrap: OFFSET alone comes with the largest limit.
        : child(std::move(child_)), limit(std::min(limit_, std::numeric_limits<size_t>::max() - offset_)), offset(offset_)
        , tie_columns(std::move(tie_columns_))
    {
    }
    Block getHeader() const override { return child->getHeader(); }
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    BlockStreamPtr child;
    /// The rows of `block` from `from` on that tie with `tie_row`: how far the output extends.
    size_t tiesEnd(const Block & block, size_t from) const;

    size_t limit;
    size_t offset;
    size_t seen = 0;
    std::vector<std::string> tie_columns;
    /// The last row within the limit, one column per tie column; empty until it is read.
    Columns tie_row;
    bool are_ties_over = false;
};

/// Streams given blocks (VALUES, system tables, results computed ahead).
class BlocksStream final : public IBlockStream
{
public:
    BlocksStream(Block header_, Blocks blocks_) : header(std::move(header_)), blocks(std::move(blocks_)) {}
    Block getHeader() const override { return header; }
    Block read() override
    {
        if (next >= blocks.size() || isCancelled())
            return {};
        return std::move(blocks[next++]);
    }

private:
    Block header;
    Blocks blocks;
    size_t next = 0;
};

/// Reads its children one after another (UNION ALL of a single thread).
class ConcatStream final : public IBlockStream
{
public:
    explicit ConcatStream(BlockStreams children_) : children(std::move(children_)) {}
    Block getHeader() const override { return children.front()->getHeader(); }
    Block read() override;
    void cancel() override;

private:
    BlockStreams children;
    size_t current = 0;
};

/// Wraps every stream of a parallel set in the same transform.
template <typename Make>
BlockStreams transformEach(const BlockStreams & streams, Make && make)
{
    BlockStreams result;
    result.reserve(streams.size());
    for (const auto & stream : streams)
        result.push_back(make(stream));
    return result;
}
}

namespace datastore::exec
{
/// Applies a block-to-block function (type conversions, renames) on whichever thread reads it.
class MapStream final : public IBlockStream
{
public:
    using Transform = std::function<Block(Block)>;
    MapStream(BlockStreamPtr child_, Block header_, Transform transform_)
        : child(std::move(child_)), header(std::move(header_)), transform(std::move(transform_))
    {
    }
    Block getHeader() const override { return header; }
    Block read() override
    {
        Block block = child->read();
        if (!block)
            return block;
        return transform(std::move(block));
    }
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    BlockStreamPtr child;
    Block header;
    Transform transform;
};
}
