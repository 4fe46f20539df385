// Vertical output: each row as a numbered section, one "name: value" line per column,
// at most pretty_max_rows rows ("Showed first N." after).
#pragma once

#include "formats/IOutputFormat.h"

namespace datastore::formats
{
class VerticalRowOutputFormat final : public IOutputFormat
{
public:
    VerticalRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_);

    void consume(const Block & block) override;
    void writeSuffix() override;

private:
    /// "name:" padded with spaces so that all values start in the same column.
    std::vector<std::string> name_prefixes;
    size_t total_rows = 0;
};
}
