// Native output: each block as ClickHouse writes it without the protocol's block info:
// varint column count, varint row count, then per column its name, its type name and
// its rows in the type's bulk binary form.
#pragma once

#include "formats/IOutputFormat.h"

namespace datastore::formats
{
class NativeOutputFormat final : public IOutputFormat
{
public:
    using IOutputFormat::IOutputFormat;

    void consume(const Block & block) override;
    std::string getContentType() const override { return "application/octet-stream"; }
};
}
