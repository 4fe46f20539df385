// The sink of an engine that keeps rows in RAM (Memory, Buffer): it holds an INSERT's blocks
// and hands them all to the storage at finish(), so the whole INSERT becomes visible at once;
// a sink dropped before finish() leaves nothing behind.
#pragma once

#include <functional>

#include "exec/IBlockStream.h"

namespace datastore::storage
{
class DeferredBlocksSink final : public exec::IBlockSink
{
public:
    using Commit = std::function<void(Blocks)>;

    DeferredBlocksSink(Block header_, Commit commit_) : header(std::move(header_)), commit(std::move(commit_)) {}
    Block getHeader() const override { return header; }
    void write(const Block & block) override
    {
        if (block.rows())
            pending.push_back(block);
    }
    void finish() override { commit(std::move(pending)); }

private:
    Block header;
    Commit commit;
    Blocks pending;
};
}
