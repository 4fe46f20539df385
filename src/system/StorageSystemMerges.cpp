#include "system/StorageSystemMerges.h"

#include "storage/mergetree/MergeList.h"

namespace datastore::system
{
StorageSystemMerges::StorageSystemMerges()
    : StorageSystemTable(
        "merges",
        {{"database", "String"},
         {"table", "String"},
         {"elapsed", "Float64"},
         {"progress", "Float64"},
         {"num_parts", "UInt64"},
         {"source_part_names", "Array(String)"},
         {"result_part_name", "String"},
         {"source_part_paths", "Array(String)"},
         {"result_part_path", "String"},
         {"partition_id", "String"},
         {"is_mutation", "UInt8"},
         {"total_size_bytes_compressed", "UInt64"},
         {"total_size_bytes_uncompressed", "UInt64"},
         {"total_size_marks", "UInt64"},
         {"bytes_read_uncompressed", "UInt64"},
         {"rows_read", "UInt64"},
         {"bytes_written_uncompressed", "UInt64"},
         {"rows_written", "UInt64"},
         {"columns_written", "UInt64"},
         {"memory_usage", "UInt64"},
         {"thread_id", "UInt64"},
         {"merge_type", "String"},
         {"merge_algorithm", "String"}})
{
}

void StorageSystemMerges::fillData(MutableColumns & columns, interpreters::QueryContext &) const
{
    auto strings = [](const std::vector<std::string> & values)
    {
        Array array;
        for (const auto & value : values)
            array.push_back(Field(value));
        return Field(std::move(array));
    };
    for (const auto & merge : storage::MergeList::instance().snapshot())
    {
        size_t i = 0;
        columns[i++]->insert(Field(merge.database));
        columns[i++]->insert(Field(merge.table));
        columns[i++]->insert(Field(merge.elapsed));
        columns[i++]->insert(Field(merge.progress));
        columns[i++]->insert(Field(UInt64(merge.source_part_names.size())));
        columns[i++]->insert(strings(merge.source_part_names));
        columns[i++]->insert(Field(merge.result_part_name));
        columns[i++]->insert(strings(merge.source_part_paths));
        columns[i++]->insert(Field(merge.result_part_path));
        columns[i++]->insert(Field(merge.partition_id));
        columns[i++]->insert(Field(UInt64(merge.is_mutation)));
        columns[i++]->insert(Field(merge.total_size_bytes_compressed));
        columns[i++]->insert(Field(merge.total_size_bytes_uncompressed));
        columns[i++]->insert(Field(merge.total_size_marks));
        columns[i++]->insert(Field(merge.bytes_read_uncompressed));
        columns[i++]->insert(Field(merge.rows_read));
        columns[i++]->insert(Field(merge.bytes_written_uncompressed));
        columns[i++]->insert(Field(merge.rows_written));
        columns[i++]->insert(Field(merge.columns_written));
        columns[i++]->insert(Field(merge.memory_usage));
        columns[i++]->insert(Field(merge.thread_id));
        columns[i++]->insert(Field(merge.merge_type));
        /// Every merge here reads all columns together, which ClickHouse calls Horizontal.
        columns[i++]->insert(Field(std::string("Horizontal")));
    }
}
}
