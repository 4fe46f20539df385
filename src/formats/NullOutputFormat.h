// Null output: consumes the result and writes nothing (to time a query without output).
#pragma once

#include "formats/IOutputFormat.h"

namespace datastore::formats
{
class NullOutputFormat final : public IOutputFormat
{
public:
    using IOutputFormat::IOutputFormat;

    void consume(const Block & block) override { rows_written += block.rows(); }
};
}
