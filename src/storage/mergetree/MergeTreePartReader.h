// Reads some columns of one part, granule by granule: each read seeks every column's
// .bin to the granule's mark (a no-op when reading on from the previous granule) and
// decodes the granules' rows in Native format. Columns the part lacks read as defaults.
#pragma once

#include "compression/CompressedReadBufferFromFile.h"
#include "storage/mergetree/MergeTreeDataPart.h"

#include <memory>
#include <string>
#include <vector>

namespace datastore::storage
{
class MergeTreePartReader
{
public:
    MergeTreePartReader(MergeTreeDataPartPtr part_, std::vector<std::string> columns_, DataTypes types_);

    /// Rows of granules [begin_mark, end_mark), one column per requested column.
    Columns readGranules(size_t begin_mark, size_t end_mark);
    /// Rows in granules [begin_mark, end_mark).
    size_t countRows(size_t begin_mark, size_t end_mark) const;

private:
    MergeTreeDataPartPtr part;
    std::vector<std::string> columns;
    DataTypes types;
    /// Null for columns the part does not have.
    std::vector<std::unique_ptr<compression::CompressedReadBufferFromFile>> files;
    /// The mark each file is positioned at, to skip seeks when reading consecutive granules.
    std::vector<size_t> next_marks;
};
}
