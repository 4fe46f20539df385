// Native input: blocks as NativeOutputFormat writes them (column count, row count, then
// per column name, type name and bulk binary values). Columns are matched to the table's
// by name; table columns absent from the data get defaults marked missing.
#pragma once

#include "formats/IInputFormat.h"

namespace datastore::formats
{
class NativeInputFormat final : public IInputFormat
{
public:
    using IInputFormat::IInputFormat;

    /// Returns the data's blocks as they come (their size is the writer's, not max_block_size).
    Block read(MissingValues & missing) override;
};
}
