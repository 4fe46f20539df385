// PrettySpace output: the Pretty layout with spaces instead of box drawing: a line of
// names, an empty line, then the rows.
#pragma once

#include "formats/PrettyBlockOutputFormat.h"

namespace datastore::formats
{
class PrettySpaceBlockOutputFormat final : public PrettyBlockOutputFormat
{
public:
    using PrettyBlockOutputFormat::PrettyBlockOutputFormat;

    void writeSuffix() override;

protected:
    void writeTable(size_t rows) override;
};
}
