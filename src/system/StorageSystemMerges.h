// system.merges: the merges and mutations of MergeTree parts running now, with their progress
// (see storage/mergetree/MergeList).
#pragma once

#include "system/StorageSystemTable.h"

namespace datastore::system
{
class StorageSystemMerges final : public StorageSystemTable
{
public:
    StorageSystemMerges();

protected:
    void fillData(MutableColumns & columns, interpreters::QueryContext & context) const override;
};
}
