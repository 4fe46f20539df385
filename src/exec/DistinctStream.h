// SELECT DISTINCT and LIMIT n BY: both remember the key rows seen so far in a hash table
// of serialized keys and keep a row only while its key has been seen fewer times than
// allowed. They run after the parallel part of the query, on one stream.
#pragma once

#include <string>
#include <vector>

#include "base/Arena.h"
#include "exec/HashMap.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
class DistinctStream final : public IBlockStream
{
public:
    /// Keeps rows [offset, offset + length) of each key; DISTINCT is offset 0, length 1.
    DistinctStream(BlockStreamPtr child_, std::vector<std::string> key_columns_, size_t length_ = 1, size_t offset_ = 0)
        : child(std::move(child_)), key_columns(std::move(key_columns_)), length(length_), offset(offset_)
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
    std::vector<std::string> key_columns;
    size_t length;
    size_t offset;
    Arena arena;
    HashMap<std::string_view> seen;
};
}
