// The system tables that describe the catalog and the settings: system.one,
// system.databases, system.tables, system.columns, system.parts, system.mutations,
// system.detached_parts, system.settings.
#include <chrono>

#include "access/AccessEntityFormatter.h"
#include "access/ContextAccess.h"
#include "columns/ColumnNullable.h"
#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/SettingTypes.h"
#include "system/IntrospectionTables.h"
#include "system/MonitoringTables.h"
#include "system/StorageSystemDataSkippingIndices.h"
#include "system/StorageSystemMerges.h"
#include "system/StorageSystemNumbers.h"
#include "system/AccessTables.h"
#include "system/ServerConfigTables.h"
#include "system/StorageSystemTable.h"
#include "system/TableDescription.h"

namespace datastore::system
{
namespace
{
using interpreters::QueryContext;

class StorageSystemOne final : public StorageSystemTable
{
public:
    StorageSystemOne() : StorageSystemTable("one", {{"dummy", "UInt8"}}) {}

protected:
    void fillData(MutableColumns & columns, QueryContext &) const override { columns[0]->insert(Field(UInt64(0))); }
};

class StorageSystemDatabases final : public StorageSystemTable
{
public:
    StorageSystemDatabases()
        : StorageSystemTable(
            "databases",
            {{"name", "String"}, {"engine", "String"}, {"data_path", "String"}, {"metadata_path", "String"}, {"uuid", "UUID"},
             {"engine_full", "String"}, {"comment", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & database : context.getCatalog().getDatabases())
        {
            columns[0]->insert(Field(database->getName()));
            columns[1]->insert(Field(database->getEngineName()));
            columns[2]->insert(Field(database->getDataPath()));
            columns[3]->insert(Field(database->getMetadataPath()));
            columns[4]->insert(Field(UUID{}));
            columns[5]->insert(Field(database->getEngineName()));
            columns[6]->insert(Field(std::string()));
        }
    }
};

class StorageSystemTables final : public StorageSystemTable
{
public:
    StorageSystemTables()
        : StorageSystemTable(
            "tables",
            {{"database", "String"},
             {"name", "String"},
             {"uuid", "UUID"},
             {"engine", "String"},
             {"is_temporary", "UInt8"},
             {"metadata_path", "String"},
             {"create_table_query", "String"},
             {"engine_full", "String"},
             {"partition_key", "String"},
             {"sorting_key", "String"},
             {"primary_key", "String"},
             {"sampling_key", "String"},
             {"storage_policy", "String"},
             {"total_rows", "Nullable(UInt64)"},
             {"total_bytes", "Nullable(UInt64)"},
             {"has_own_data", "UInt8"},
             {"comment", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & database : context.getCatalog().getDatabases())
            for (const auto & table : database->getTableNames())
            {
                auto storage = database->tryGetTable(table);
                if (!storage)
                    continue;
                auto keys = storage->getKeyDescriptions();
                auto key = [&](const char * name) { return Field(keys.count(name) ? keys[name] : std::string()); };
                auto rows = storage->totalRows();
                auto bytes = storage->totalBytes();
                size_t i = 0;
                columns[i++]->insert(Field(database->getName()));
                columns[i++]->insert(Field(table));
                columns[i++]->insert(Field(UUID{}));
                columns[i++]->insert(Field(storage->getName()));
                columns[i++]->insert(Field(UInt64(0)));
                columns[i++]->insert(Field(database->getMetadataPath() + interpreters::escapeForFileName(table) + ".sql"));
                columns[i++]->insert(Field(describeCreateQuery(*storage)));
                columns[i++]->insert(Field(describeEngineFull(*storage)));
                columns[i++]->insert(key("partition_key"));
                columns[i++]->insert(key("sorting_key"));
                columns[i++]->insert(key("primary_key"));
                columns[i++]->insert(key("sampling_key"));
                columns[i++]->insert(Field(std::string(storage->getParts(false).empty() && !rows ? "" : "default")));
                columns[i++]->insert(rows ? Field(*rows) : Field());
                columns[i++]->insert(bytes ? Field(*bytes) : Field());
                columns[i++]->insert(Field(UInt64(!storage->isSystemStorage())));
                columns[i++]->insert(Field(std::string()));
            }
    }
};

class StorageSystemColumns final : public StorageSystemTable
{
public:
    StorageSystemColumns()
        : StorageSystemTable(
            "columns",
            {{"database", "String"},
             {"table", "String"},
             {"name", "String"},
             {"type", "String"},
             {"position", "UInt64"},
             {"default_kind", "String"},
             {"default_expression", "String"},
             {"data_compressed_bytes", "UInt64"},
             {"data_uncompressed_bytes", "UInt64"},
             {"marks_bytes", "UInt64"},
             {"comment", "String"},
             {"is_in_partition_key", "UInt8"},
             {"is_in_sorting_key", "UInt8"},
             {"is_in_primary_key", "UInt8"},
             {"is_in_sampling_key", "UInt8"},
             {"compression_codec", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & database : context.getCatalog().getDatabases())
            for (const auto & table : database->getTableNames())
            {
                auto storage = database->tryGetTable(table);
                if (!storage)
                    continue;
                auto sizes = storage->getColumnSizes();
                UInt64 position = 0;
                for (const auto & column : storage->getColumns().getAll())
                {
                    ++position;
                    auto size = sizes.count(column.name) ? sizes[column.name] : storage::ColumnSizeInfo{};
                    auto keys = storage->getKeyDescriptions();
                    auto in_key = [&](const char * key) { return Field(UInt64(keys.count(key) && keyMentionsColumn(keys[key], column.name))); };
                    size_t i = 0;
                    columns[i++]->insert(Field(database->getName()));
                    columns[i++]->insert(Field(table));
                    columns[i++]->insert(Field(column.name));
                    columns[i++]->insert(Field(column.type->getName()));
                    columns[i++]->insert(Field(position));
                    columns[i++]->insert(Field(defaultKindName(column.default_kind)));
                    columns[i++]->insert(Field(describeDefaultExpression(column)));
                    columns[i++]->insert(Field(size.data_compressed));
                    columns[i++]->insert(Field(size.data_uncompressed));
                    columns[i++]->insert(Field(size.marks));
                    columns[i++]->insert(Field(column.comment));
                    columns[i++]->insert(in_key("partition_key"));
                    columns[i++]->insert(in_key("sorting_key"));
                    columns[i++]->insert(in_key("primary_key"));
                    columns[i++]->insert(in_key("sampling_key"));
                    columns[i++]->insert(Field(column.codec.empty() ? std::string() : "CODEC(" + column.codec + ")"));
                }
            }
    }
};

class StorageSystemParts final : public StorageSystemTable
{
public:
    StorageSystemParts()
        : StorageSystemTable(
            "parts",
            {{"partition", "String"},
             {"name", "String"},
             {"part_type", "String"},
             {"active", "UInt8"},
             {"marks", "UInt64"},
             {"rows", "UInt64"},
             {"bytes_on_disk", "UInt64"},
             {"data_compressed_bytes", "UInt64"},
             {"data_uncompressed_bytes", "UInt64"},
             {"marks_bytes", "UInt64"},
             {"modification_time", "DateTime"},
             {"min_time", "DateTime"},
             {"max_time", "DateTime"},
             {"partition_id", "String"},
             {"min_block_number", "Int64"},
             {"max_block_number", "Int64"},
             {"level", "UInt32"},
             {"primary_key_bytes_in_memory", "UInt64"},
             {"database", "String"},
             {"table", "String"},
             {"engine", "String"},
             {"disk_name", "String"},
             {"path", "String"},
             {"delete_ttl_info_min", "DateTime"},
             {"delete_ttl_info_max", "DateTime"},
             {"bytes", "UInt64"},
             {"marks_size", "UInt64"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & database : context.getCatalog().getDatabases())
            for (const auto & storage : database->getTables())
                for (const auto & part : storage->getParts(true))
                {
                    size_t i = 0;
                    columns[i++]->insert(Field(part.partition));
                    columns[i++]->insert(Field(part.name));
                    columns[i++]->insert(Field(std::string("Wide")));
                    columns[i++]->insert(Field(UInt64(part.active)));
                    columns[i++]->insert(Field(part.marks));
                    columns[i++]->insert(Field(part.rows));
                    columns[i++]->insert(Field(part.bytes_on_disk));
                    columns[i++]->insert(Field(part.data_compressed_bytes));
                    columns[i++]->insert(Field(part.data_uncompressed_bytes));
                    columns[i++]->insert(Field(part.marks_bytes));
                    columns[i++]->insert(Field(UInt64(part.modification_time)));
                    columns[i++]->insert(Field(UInt64(part.min_time)));
                    columns[i++]->insert(Field(UInt64(part.max_time)));
                    columns[i++]->insert(Field(part.partition_id));
                    columns[i++]->insert(Field(part.min_block_number));
                    columns[i++]->insert(Field(part.max_block_number));
                    columns[i++]->insert(Field(UInt64(part.level)));
                    columns[i++]->insert(Field(part.primary_key_bytes_in_memory));
                    columns[i++]->insert(Field(database->getName()));
                    columns[i++]->insert(Field(storage->getStorageID().table));
                    columns[i++]->insert(Field(storage->getName()));
                    columns[i++]->insert(Field(std::string("default")));
                    columns[i++]->insert(Field(part.path));
                    columns[i++]->insert(Field(UInt64(part.delete_ttl_info_min)));
                    columns[i++]->insert(Field(UInt64(part.delete_ttl_info_max)));
                    columns[i++]->insert(Field(part.bytes_on_disk));
                    columns[i++]->insert(Field(part.marks_bytes));
                }
    }
};

class StorageSystemMutations final : public StorageSystemTable
{
public:
    StorageSystemMutations()
        : StorageSystemTable(
            "mutations",
            {{"database", "String"},
             {"table", "String"},
             {"mutation_id", "String"},
             {"command", "String"},
             {"create_time", "DateTime"},
             {"parts_to_do_names", "Array(String)"},
             {"parts_to_do", "Int64"},
             {"is_done", "UInt8"},
             {"is_killed", "UInt8"},
             {"latest_failed_part", "String"},
             {"latest_fail_time", "DateTime"},
             {"latest_fail_reason", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & database : context.getCatalog().getDatabases())
            for (const auto & storage : database->getTables())
                for (const auto & mutation : storage->getMutations())
                {
                    Array names;
                    for (const auto & name : mutation.parts_to_do_names)
                        names.push_back(Field(name));
                    size_t i = 0;
                    columns[i++]->insert(Field(database->getName()));
                    columns[i++]->insert(Field(storage->getStorageID().table));
                    columns[i++]->insert(Field(mutation.mutation_id));
                    columns[i++]->insert(Field(mutation.command));
                    columns[i++]->insert(Field(UInt64(mutation.create_time)));
                    columns[i++]->insert(Field(std::move(names)));
                    columns[i++]->insert(Field(Int64(mutation.parts_to_do_names.size())));
                    columns[i++]->insert(Field(UInt64(mutation.is_done)));
                    columns[i++]->insert(Field(UInt64(0)));
                    columns[i++]->insert(Field(mutation.latest_failed_part));
                    columns[i++]->insert(Field(UInt64(mutation.latest_fail_time)));
                    columns[i++]->insert(Field(mutation.latest_fail_reason));
                }
    }
};

class StorageSystemDetachedParts final : public StorageSystemTable
{
public:
    StorageSystemDetachedParts()
        : StorageSystemTable(
            "detached_parts",
            {{"database", "String"},
             {"table", "String"},
             {"partition_id", "Nullable(String)"},
             {"name", "String"},
             {"bytes_on_disk", "UInt64"},
             {"disk", "String"},
             {"path", "String"},
             {"reason", "Nullable(String)"},
             {"min_block_number", "Nullable(Int64)"},
             {"max_block_number", "Nullable(Int64)"},
             {"level", "Nullable(UInt32)"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & database : context.getCatalog().getDatabases())
            for (const auto & storage : database->getTables())
                for (const auto & part : storage->getDetachedParts())
                {
                    bool is_parsed = !part.partition_id.empty();
                    auto maybe = [&](Field value) { return is_parsed ? value : Field(); };
                    size_t i = 0;
                    columns[i++]->insert(Field(database->getName()));
                    columns[i++]->insert(Field(storage->getStorageID().table));
                    columns[i++]->insert(maybe(Field(part.partition_id)));
                    columns[i++]->insert(Field(part.name));
                    columns[i++]->insert(Field(part.bytes_on_disk));
                    columns[i++]->insert(Field(std::string("default")));
                    columns[i++]->insert(Field(part.path));
                    columns[i++]->insert(Field(part.reason));
                    columns[i++]->insert(maybe(Field(part.min_block_number)));
                    columns[i++]->insert(maybe(Field(part.max_block_number)));
                    columns[i++]->insert(maybe(Field(UInt64(part.level))));
                }
    }
};

class StorageSystemSettings final : public StorageSystemTable
{
public:
    StorageSystemSettings()
        : StorageSystemTable(
            "settings",
            {{"name", "String"}, {"value", "String"}, {"changed", "UInt8"}, {"description", "String"}, {"min", "Nullable(String)"},
             {"max", "Nullable(String)"}, {"readonly", "UInt8"}, {"type", "String"}, {"default", "String"}, {"alias_for", "String"},
             {"is_obsolete", "UInt8"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        /// With readonly = 1 no setting can be changed by the current user; else a CONST constraint
        /// of the user's profiles forbids it. MIN and MAX come from those constraints too.
        bool is_readonly_mode = context.settings.readonly == 1;
        auto bound = [](const std::optional<Field> & value) { return value ? Field(access::settingValueText(*value)) : Field(); };
        for (const auto & description : interpreters::Settings::all())
        {
            std::string value = context.settings.getString(description.name);
            const access::SettingsProfileElement * constraint = context.access ? context.access->findSettingConstraint(description.name) : nullptr;
            size_t i = 0;
            columns[i++]->insert(Field(std::string(description.name)));
            columns[i++]->insert(Field(interpreters::displaySettingValue(description.type, value)));
            columns[i++]->insert(Field(UInt64(value != description.default_value)));
            columns[i++]->insert(Field(description.description));
            columns[i++]->insert(constraint ? bound(constraint->min) : Field());
            columns[i++]->insert(constraint ? bound(constraint->max) : Field());
            columns[i++]->insert(Field(UInt64(is_readonly_mode || (constraint && constraint->writability == "CONST"))));
            columns[i++]->insert(Field(std::string(description.type)));
            columns[i++]->insert(Field(interpreters::displaySettingValue(description.type, description.default_value)));
            columns[i++]->insert(Field(std::string(description.alias_for)));
            columns[i++]->insert(Field(UInt64(description.is_obsolete)));
        }
    }
};
}

void registerSystemTables()
{
    interpreters::DatabaseCatalog::setSystemDatabaseFiller(
        [](interpreters::Database & system, interpreters::ServerContext &)
        {
            system.attachTable("one", std::make_shared<StorageSystemOne>(), "");
            system.attachTable("numbers", std::make_shared<StorageSystemNumbers>(storage::StorageID{"system", "numbers"}, 0, std::nullopt, false), "");
            system.attachTable("numbers_mt", std::make_shared<StorageSystemNumbers>(storage::StorageID{"system", "numbers_mt"}, 0, std::nullopt, true), "");
            system.attachTable("databases", std::make_shared<StorageSystemDatabases>(), "");
            system.attachTable("tables", std::make_shared<StorageSystemTables>(), "");
            system.attachTable("columns", std::make_shared<StorageSystemColumns>(), "");
            system.attachTable("parts", std::make_shared<StorageSystemParts>(), "");
            system.attachTable("mutations", std::make_shared<StorageSystemMutations>(), "");
            system.attachTable("detached_parts", std::make_shared<StorageSystemDetachedParts>(), "");
            system.attachTable("merges", std::make_shared<StorageSystemMerges>(), "");
            system.attachTable("data_skipping_indices", std::make_shared<StorageSystemDataSkippingIndices>(), "");
            system.attachTable("settings", std::make_shared<StorageSystemSettings>(), "");
            attachMonitoringTables(system);
            attachServerConfigTables(system);
            attachAccessTables(system);
            attachIntrospectionTables(system);
        });
}
}
