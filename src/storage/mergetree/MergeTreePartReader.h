// Reads some columns of one part, granule by granule: each read seeks every column's
// .bin to the granule's mark (a no-op when reading on from the previous granule) and
// decodes the granules' rows in Native format. A part written before an ALTER is read as
// the table is now: a column stored under an older name or type is renamed and converted,
// and a column the part lacks reads as its DEFAULT expression (or its type's default).
#pragma once

#include "compression/CompressedReadBufferFromFile.h"
#include "storage/mergetree/MergeTreeDataPart.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace datastore::storage
{
/// How to read a part written under older table metadata.
struct PartReadOptions
{
    /// Table column name -> the name the part stores it under (pending RENAME COLUMN).
    std::map<std::string, std::string> stored_names;
    /// The table's metadata, whose DEFAULT expressions give the columns the part lacks; may be null.
    MergeTreeMetadataPtr metadata;
};

class MergeTreePartReader
{
public:
    MergeTreePartReader(MergeTreeDataPartPtr part_, std::vector<std::string> columns_, DataTypes types_, PartReadOptions options_ = {});

    /// Rows of granules [begin_mark, end_mark), one column per requested column.
    Columns readGranules(size_t begin_mark, size_t end_mark);
    /// Rows in granules [begin_mark, end_mark).
    size_t countRows(size_t begin_mark, size_t end_mark) const;

private:
    struct StoredColumn
    {
        std::unique_ptr<compression::CompressedReadBufferFromFile> file;
        /// The mark the file is positioned at, to skip seeks when reading consecutive granules.
        size_t next_mark = static_cast<size_t>(-1);
    };

    /// One column as the table types it; null when the part does not store it.
    ColumnPtr readStored(const std::string & name, const DataTypePtr & type, size_t begin_mark, size_t end_mark, size_t rows);
    ColumnPtr readColumn(const std::string & name, const DataTypePtr & type, size_t begin_mark, size_t end_mark, size_t rows);

    MergeTreeDataPartPtr part;
    std::vector<std::string> columns;
    DataTypes types;
    PartReadOptions options;
    std::map<std::string, StoredColumn> stored_columns;
};
}
