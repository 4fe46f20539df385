// ALTER TABLE: column and TTL changes rewrite the table's CREATE query and metadata file and
// hand the parts' rewrite to the engine as a mutation; DELETE/UPDATE become mutations (waited
// for with mutations_sync); partition and part commands run at once. Also lightweight
// DELETE FROM and KILL MUTATION.
#include "access/AccessType.h"
#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/Interpreters.h"
#include "interpreters/TableFromAST.h"
#include "sql/ASTAlterCommand.h"
#include "sql/ASTAlterQuery.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTIndexDeclaration.h"
#include "sql/ASTKillQueryQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTStorage.h"
#include "sql/Parser.h"
#include "sql/formatAST.h"
#include "storage/mergetree/StorageMergeTree.h"

namespace datastore::interpreters
{
namespace
{
using Command = sql::ASTAlterCommand;
using Type = sql::ASTAlterCommand::Type;

bool isMetadataCommand(Type type)
{
    return type == Type::AddColumn || type == Type::DropColumn || type == Type::ModifyColumn || type == Type::CommentColumn
        || type == Type::RenameColumn || type == Type::ModifyTTL || type == Type::RemoveTTL || type == Type::AddIndex
        || type == Type::DropIndex || type == Type::ModifySetting || type == Type::ResetSetting;
}

bool isMutationCommand(Type type)
{
    return type == Type::DeleteWhere || type == Type::Update || type == Type::MaterializeTTL || type == Type::MaterializeIndex
        || type == Type::ClearIndex;
}

std::shared_ptr<storage::StorageMergeTree> mergeTreeOf(const storage::StoragePtr & table, const Command & command)
{
    auto merge_tree = std::dynamic_pointer_cast<storage::StorageMergeTree>(table);
    if (!merge_tree)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Alter of type '{}' is not supported by storage {}", sql::formatAST(command, true),
                        table->getName());
    return merge_tree;
}

bool isKeyColumn(const storage::StorageMergeTree & table, const std::string & name)
{
    const auto & metadata = table.getMetadata();
    for (const auto * key : { &metadata.partition_key.required_columns, &metadata.sorting_key.required_columns })
        if (std::find(key->begin(), key->end(), name) != key->end())
            return true;
    return false;
}

/// The columns a merge reads (sign, version, is_deleted, columns to sum) stay: dropping or
/// renaming one would leave a table that cannot be attached again.
void checkMergingColumnKept(const storage::StorageMergeTree & table, const std::string & name, const char * verb)
{
    std::string role = table.getMetadata().merging.roleOf(name);
    if (!role.empty())
        throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN, "Trying to ALTER {} {} ({}) column.", verb, role, name);
}

/// A new type for a merge's column: sign stays Int8 and is_deleted UInt8; a version may only
/// widen, keeping its signedness, so that the order of versions stays the same.
void checkMergingColumnType(const storage::StorageMergeTree & table, const std::string & name, const DataTypePtr & old_type,
                            const DataTypePtr & new_type)
{
    const auto & merging = table.getMetadata().merging;
    auto check_fixed = [&](const char * role, TypeIndex required, const char * required_name)
    {
        if (new_type->getTypeId() != required)
            throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN, "Cannot alter {} column ({}) to type {}, because it must have type {}",
                            role, name, new_type->getName(), required_name);
    };
    if (name == merging.sign_column)
        check_fixed("sign", TypeIndex::Int8, "Int8");
    else if (name == merging.is_deleted_column)
        check_fixed("is_deleted", TypeIndex::UInt8, "UInt8");
    else if (name == merging.version_column)
    {
        auto id = new_type->getTypeId();
        bool is_date = id == TypeIndex::Date || id == TypeIndex::DateTime;
        if (!isInteger(*new_type) && !is_date)
            throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN,
                            "Cannot alter version column {} to type {} because version column must be of an integer type or of type Date or "
                            "DateTime", name, new_type->getName());
        if (isUnsignedInteger(*new_type) != isUnsignedInteger(*old_type) || isInteger(*new_type) != isInteger(*old_type))
            throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN,
                            "Cannot alter version column {} from type {} to type {} because new type will change sort order of version "
                            "column. The only possible conversion is expansion of the number of bytes of the current type.",
                            name, old_type->getName(), new_type->getName());
        if (new_type->getSizeOfValueInMemory() < old_type->getSizeOfValueInMemory())
            throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN,
                            "Cannot alter version column {} from type {} to type {} because new type is smaller than current in the number "
                            "of bytes. The only possible conversion is expansion of the number of bytes of the current type.",
                            name, old_type->getName(), new_type->getName());
    }
}

/// MODIFY SETTING changes the table's SETTINGS (the engine checks names and values before the
/// metadata is written); RESET SETTING takes them back to their defaults.
void applySettingsCommand(const Command & command, sql::ASTStorage & storage)
{
    if (!storage.settings)
    {
        auto settings = std::make_shared<sql::ASTSetQuery>();
        settings->is_standalone = false;
        storage.settings = settings;
    }
    auto & changes = storage.settings->as<sql::ASTSetQuery>()->changes;
    auto find = [&](const std::string & name)
    { return std::find_if(changes.begin(), changes.end(), [&](const auto & change) { return change.first == name; }); };
    if (command.type == Type::ModifySetting)
        for (const auto & [name, value] : command.settings_changes->as<sql::ASTSetQuery>()->changes)
        {
            /// The granules of existing parts are fixed.
            if (name == "index_granularity")
                throw Exception(ErrorCodes::READONLY_SETTING, "Setting '{}' is readonly for storage 'MergeTree'", name);
            if (auto it = find(name); it != changes.end())
                it->second = value;
            else
                changes.emplace_back(name, value);
        }
    else
        for (const auto & name : command.settings_resets)
            if (auto it = find(name); it != changes.end())
                changes.erase(it);
    if (changes.empty())
        storage.settings = nullptr;
    storage.updateChildren();
}

/// ADD INDEX declares an index for the parts written from now on (MATERIALIZE INDEX builds it
/// in the others); DROP INDEX rewrites the parts without it, so that an index added later
/// under the same name never meets the old one's files.
void applyIndexCommand(const Command & command, sql::ASTCreateQuery & create, sql::ASTExpressionList & mutation)
{
    if (!create.indices)
        create.indices = std::make_shared<sql::ASTExpressionList>();
    auto & indices = create.indices->children;
    const std::string & name
        = command.type == Type::AddIndex ? command.index_declaration->as<sql::ASTIndexDeclaration>()->name : command.index;
    auto it = std::find_if(indices.begin(), indices.end(), [&](const sql::ASTPtr & node)
    {
        const auto * index = node->as<sql::ASTIndexDeclaration>();
        return index && index->name == name;
    });
    if (command.type == Type::AddIndex)
    {
        if (it != indices.end())
        {
            if (command.if_not_exists)
                return;
            throw Exception(ErrorCodes::ILLEGAL_INDEX, "Cannot add index {}: index with this name already exists", name);
        }
        indices.push_back(command.index_declaration->clone());
        return;
    }
    if (it == indices.end())
    {
        if (command.if_exists)
            return;
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Wrong index name. Cannot find index `{}` to drop", name);
    }
    indices.erase(it);
    if (indices.empty())
        create.indices = nullptr;
    mutation.children.push_back(command.clone());
}

/// Applies one column or TTL command to the CREATE query; adds the parts' rewrite it needs
/// (DROP, RENAME, MODIFY of the type, MATERIALIZE TTL) to `mutation`.
void applyToCreate(const Command & command, sql::ASTCreateQuery & create, const storage::StorageMergeTree & table, sql::ASTExpressionList & mutation)
{
    auto & declarations = create.columns->children;
    auto find = [&](const std::string & name)
    {
        return std::find_if(declarations.begin(), declarations.end(),
                            [&](const sql::ASTPtr & node) { return node->as<sql::ASTColumnDeclaration>()->name == name; });
    };
    auto place = [&](sql::ASTPtr declaration)
    {
        if (command.first)
            declarations.insert(declarations.begin(), std::move(declaration));
        else if (!command.after_column.empty())
        {
            auto after = find(command.after_column);
            if (after == declarations.end())
                throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "Wrong column name. Cannot find column {} to insert after",
                                command.after_column);
            declarations.insert(after + 1, std::move(declaration));
        }
        else
            declarations.push_back(std::move(declaration));
    };
    auto * storage = create.storage->as<sql::ASTStorage>();
    switch (command.type)
    {
        case Type::AddColumn:
        {
            const auto & name = command.column_declaration->as<sql::ASTColumnDeclaration>()->name;
            if (find(name) != declarations.end())
            {
                if (command.if_not_exists)
                    return;
                throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Cannot add column {}: column with this name already exists", name);
            }
            place(command.column_declaration->clone());
            return;
        }
        case Type::DropColumn:
        case Type::CommentColumn:
        case Type::RenameColumn:
        case Type::ModifyColumn:
        {
            std::string name = command.type == Type::ModifyColumn ? command.column_declaration->as<sql::ASTColumnDeclaration>()->name : command.column;
            auto it = find(name);
            if (it == declarations.end())
            {
                if (command.if_exists)
                    return;
                throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "Wrong column name. Cannot find column {} to {}", name,
                                command.type == Type::DropColumn ? "drop" : command.type == Type::RenameColumn ? "rename" : "modify");
            }
            auto * declaration = (*it)->as<sql::ASTColumnDeclaration>();
            if (command.type == Type::DropColumn)
            {
                if (isKeyColumn(table, name))
                    throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Trying to ALTER DROP key {} column which is a part of key expression", name);
                checkMergingColumnKept(table, name, "DROP");
                declarations.erase(it);
                mutation.children.push_back(command.clone());
            }
            else if (command.type == Type::CommentColumn)
                declaration->comment = command.comment->clone();
            else if (command.type == Type::RenameColumn)
            {
                if (find(command.rename_to) != declarations.end())
                    throw Exception(ErrorCodes::DUPLICATE_COLUMN, "Cannot rename to {}: column with this name already exists", command.rename_to);
                if (isKeyColumn(table, name))
                    throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN,
                                    "Trying to ALTER RENAME key {} column which is a part of key expression", name);
                checkMergingColumnKept(table, name, "RENAME");
                declaration->name = command.rename_to;
                mutation.children.push_back(command.clone());
            }
            else
            {
                /// MODIFY COLUMN keeps what it does not mention (default, codec, comment, TTL).
                const auto & change = *command.column_declaration->as<sql::ASTColumnDeclaration>();
                auto old_type = table.getColumns().get(name).type;
                if (!change.type_text.empty())
                {
                    declaration->type_text = change.type_text;
                    declaration->type = change.type;
                    declaration->nullable = change.nullable;
                }
                if (!change.default_kind.empty())
                {
                    declaration->default_kind = change.default_kind;
                    declaration->default_expression = change.default_expression;
                }
                for (auto [target, source] : { std::pair{ &declaration->codec, change.codec }, { &declaration->ttl, change.ttl },
                                               { &declaration->comment, change.comment } })
                    if (source)
                        *target = source->clone();
                declaration->updateChildren();
                if (command.first || !command.after_column.empty())
                {
                    auto moved = *it;
                    declarations.erase(it);
                    place(moved);
                }
                auto probe = std::make_shared<sql::ASTCreateQuery>(create);
                auto new_type = columnsFromAST(*probe).get(name).type;
                if (new_type->getName() != old_type->getName())
                {
                    checkMergingColumnType(table, name, old_type, new_type);
                    if (isKeyColumn(table, name))
                        throw Exception(ErrorCodes::ALTER_OF_COLUMN_IS_FORBIDDEN,
                                        "ALTER of key column {} from type {} to type {} is not safe because it can change the representation of "
                                        "primary key.", name, old_type->getName(), new_type->getName());
                    mutation.children.push_back(command.clone());
                }
            }
            return;
        }
        case Type::ModifyTTL:
            storage->ttl_table = command.ttl->clone();
            storage->updateChildren();
            /// materialize_ttl_after_modify: the parts are rewritten with the new TTL.
            {
                auto materialize = std::make_shared<Command>();
                materialize->type = Type::MaterializeTTL;
                mutation.children.push_back(materialize);
            }
            return;
        case Type::AddIndex:
        case Type::DropIndex:
            applyIndexCommand(command, create, mutation);
            return;
        case Type::ModifySetting:
        case Type::ResetSetting:
            applySettingsCommand(command, *storage);
            return;
        case Type::RemoveTTL:
            if (!storage->ttl_table)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Table doesn't have any table TTL expression, cannot remove");
            storage->ttl_table = nullptr;
            storage->updateChildren();
            return;
        default:
            return;
    }
}

void runPartitionCommand(const Command & command, const std::shared_ptr<storage::StorageMergeTree> & table, QueryContext & context)
{
    auto partition_id = [&] { return command.partition ? table->partitionIdOf(command.partition, context) : command.partition_id; };
    auto other = [&]
    {
        auto storage = context.getCatalog().getTable(command.other_database.empty() ? context.current_database : command.other_database,
                                                     command.other_table);
        return mergeTreeOf(storage, command);
    };
    switch (command.type)
    {
        case Type::DropPartition:
        case Type::DetachPartition:
            if (command.is_part)
                table->dropPart(command.partition_id, command.type == Type::DetachPartition);
            else
                table->dropPartition(partition_id(), command.type == Type::DetachPartition);
            return;
        case Type::AttachPartition:
            table->attachFromDetached(command.is_part ? command.partition_id : partition_id(), command.is_part);
            return;
        case Type::FreezePartition:
            table->freeze(command.partition || !command.partition_id.empty() ? partition_id() : "");
            return;
        case Type::ReplacePartition:
            table->replacePartitionFrom(*other(), partition_id(), false);
            return;
        case Type::MovePartitionToTable:
            other()->replacePartitionFrom(*table, partition_id(), true);
            return;
        default:
            throw Exception(ErrorCodes::LOGICAL_ERROR, "Not a partition command: {}", sql::formatAST(command, true));
    }
}
}

void executeAlter(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & alter = *query->as<sql::ASTAlterQuery>();
    std::string database_name = alter.database.empty() ? context.current_database : alter.database;
    context.checkAccess(access::AccessType::Alter, database_name, alter.table);
    auto database = context.getCatalog().getDatabase(database_name);
    auto table = database->getTable(alter.table);
    if (table->isSystemStorage())
        throw Exception(ErrorCodes::TABLE_IS_READ_ONLY, "Table {}.{} is read-only", database_name, alter.table);
    const auto & commands = alter.commands->children;
    auto merge_tree = mergeTreeOf(table, *commands.front()->as<Command>());

    std::lock_guard ddl_lock(table->ddlMutex());
    bool has_metadata_changes = false;
    for (const auto & node : commands)
        has_metadata_changes |= isMetadataCommand(node->as<Command>()->type);
    if (has_metadata_changes)
    {
        auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(table->getCreateQuery()->clone());
        auto mutation = std::make_shared<sql::ASTExpressionList>();
        for (const auto & node : commands)
            applyToCreate(*node->as<Command>(), *create, *merge_tree, *mutation);
        create->updateChildren();
        auto columns = columnsFromAST(*create);
        if (columns.getPhysical().empty())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot drop the last column of table {}.{}", database_name, alter.table);
        const auto * storage = create->storage->as<sql::ASTStorage>();
        Int64 version = merge_tree->alter(columns, create, storage->ttl_table, mutation,
                                          [&] { database->updateMetadata(alter.table, metadataText(*create)); });
        /// As ClickHouse's MergeTree, an ALTER that rewrites parts returns when they are rewritten.
        if (version)
            merge_tree->waitForMutation(version);
    }

    auto mutation = std::make_shared<sql::ASTExpressionList>();
    for (const auto & node : commands)
    {
        const auto & command = *node->as<Command>();
        if (command.type == Type::MaterializeIndex)
        {
            const auto & indexes = merge_tree->getMetadata().skip_indexes;
            bool is_known = std::any_of(indexes.begin(), indexes.end(), [&](const auto & index) { return index.name == command.index; });
            if (!is_known && command.if_exists)
                continue;
            if (!is_known)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unknown index: {}", command.index);
        }
        if (command.type == Type::ClearIndex && command.partition)
        {
            /// The mutation names the partition by id: the key's value is read once, here.
            auto clear = std::dynamic_pointer_cast<Command>(node->clone());
            clear->partition_id = merge_tree->partitionIdOf(command.partition, context);
            clear->partition = nullptr;
            clear->updateChildren();
            mutation->children.push_back(clear);
        }
        else if (isMutationCommand(command.type))
            mutation->children.push_back(node->clone());
        else if (!isMetadataCommand(command.type))
            runPartitionCommand(command, merge_tree, context);
    }
    if (mutation->children.empty())
        return;
    if (alter.is_lightweight_delete && !context.settings.enable_lightweight_delete)
        throw Exception(ErrorCodes::SUPPORT_IS_DISABLED, "Lightweight deletes are disabled. Set allow_experimental_lightweight_delete = 1");
    Int64 version = merge_tree->mutate(mutation);
    if (context.settings.mutations_sync || (alter.is_lightweight_delete && context.settings.lightweight_deletes_sync))
        merge_tree->waitForMutation(version);
}

exec::BlockStreamPtr executeKillMutation(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & kill = *query->as<sql::ASTKillQueryQuery>();
    auto select = sql::parseQuery("SELECT database, table, mutation_id, command FROM system.mutations WHERE " + sql::formatAST(*kill.where, true));
    auto stream = executeSelect(select, context);
    std::vector<std::vector<std::string>> rows;
    while (Block block = stream->read())
        for (size_t row = 0; row < block.rows(); ++row)
        {
            std::vector<std::string> values;
            for (size_t i = 0; i < 4; ++i)
                values.push_back((*block.getByPosition(i).column)[row].get<std::string>());
            std::string status = "waiting";
            if (!kill.test)
            {
                auto table = std::dynamic_pointer_cast<storage::StorageMergeTree>(context.getCatalog().getTable(values[0], values[1]));
                if (table && table->killMutation(values[2]))
                    status = "finished";
            }
            values.insert(values.begin(), status);
            rows.push_back(std::move(values));
        }
    return makeStringResult({ "kill_status", "database", "table", "mutation_id", "command" }, rows);
}
}
