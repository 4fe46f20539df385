// PrettyCompact output: the Pretty table without rules between rows, names set into the
// top border (┌─name─┬─...┐); each block is its own table.
#pragma once

#include "formats/PrettyBlockOutputFormat.h"

namespace datastore::formats
{
class PrettyCompactBlockOutputFormat final : public PrettyBlockOutputFormat
{
public:
    using PrettyBlockOutputFormat::PrettyBlockOutputFormat;

protected:
    void writeTable(size_t rows) override;
};
}
