// system.data_skipping_indices: one row per data-skipping index of every MergeTree table, with
// the bytes and index granules its files take in the active parts.
#pragma once

#include "system/StorageSystemTable.h"

namespace datastore::system
{
class StorageSystemDataSkippingIndices final : public StorageSystemTable
{
public:
    StorageSystemDataSkippingIndices();

protected:
    void fillData(MutableColumns & columns, interpreters::QueryContext & context) const override;
};
}
