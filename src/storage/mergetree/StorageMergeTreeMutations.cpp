// StorageMergeTree's ALTERs of columns and TTL, its mutations (persisted as mutation_N.txt and
// applied part by part in the background, each rewritten part taking the mutation's version
// as the fifth field of its name) and its TTL merges.
#include "storage/mergetree/StorageMergeTree.h"

#include "base/Exception.h"
#include "sql/ASTAlterCommand.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTStorage.h"
#include "sql/ASTTTLElement.h"
#include "storage/mergetree/MergeTreePartWriter.h"

#include <filesystem>
#include <set>

namespace datastore::storage
{
namespace fs = std::filesystem;

namespace
{
sql::ASTPtr castTo(const sql::ASTPtr & expression, const DataTypePtr & type)
{
    return sql::makeASTFunction("CAST", { expression->clone(), std::make_shared<sql::ASTLiteral>(Field(type->getName())) });
}

bool isTimeType(const DataTypePtr & type)
{
    auto id = removeNullable(type)->getTypeId();
    return id == TypeIndex::Date || id == TypeIndex::Date32 || id == TypeIndex::DateTime || id == TypeIndex::DateTime64;
}

using Commands = std::vector<const sql::ASTAlterCommand *>;

Commands commandsOf(const std::vector<MergeTreeMutationEntry> & entries)
{
    Commands commands;
    for (const auto & entry : entries)
        for (const auto & command : entry.commands->children)
            commands.push_back(command->as<sql::ASTAlterCommand>());
    return commands;
}

/// Only the physical columns of the table, in its order, after a step added helper columns.
Block physicalColumns(const Block & block, const MergeTreeMetadata & metadata)
{
    Block result;
    for (const auto & name : metadata.column_names)
        result.insert(block.getByName(name));
    if (result.columns() == 0)
        result.setRowsWithoutColumns(block.rows());
    return result;
}
}

MergeTreeMetadataPtr StorageMergeTree::buildMetadata(const ColumnsDescription & new_columns, const sql::ASTPtr & new_ttl) const
{
    auto result = std::make_shared<MergeTreeMetadata>(*MergeTreeMetadata::create(
        new_columns, metadata->partition_key, metadata->sorting_key, metadata->primary_key, metadata->settings));
    result->merging = metadata->merging;
    result->skip_indexes = metadata->skip_indexes;
    for (const auto * column : new_columns.getPhysical())
    {
        if (!column->default_expression)
            continue;
        auto key = buildKeyDescription(castTo(column->default_expression, column->type), new_columns);
        ColumnDefaultExpression expression { key.expression, key.column_names.at(0), {} };
        for (const auto & input : key.required_columns)
            expression.inputs.emplace_back(input, new_columns.get(input).type);
        if (expression.actions)
            result->column_defaults[column->name] = std::move(expression);
    }
    auto add_rule = [&](const sql::ASTPtr & expression, const sql::ASTPtr & where, const std::string & column)
    {
        TTLRule rule;
        rule.expression = buildKeyDescription(expression, new_columns);
        if (rule.expression.data_types.size() != 1 || !isTimeType(rule.expression.data_types[0]))
            throw Exception(ErrorCodes::BAD_TTL_EXPRESSION, "TTL expression result column should have DateTime or Date type, but has {}",
                            rule.expression.data_types.empty() ? "nothing" : rule.expression.data_types[0]->getName());
        if (where)
            rule.where = buildKeyDescription(where, new_columns);
        rule.column = column;
        result->ttl.rules.push_back(std::move(rule));
    };
    if (new_ttl)
        for (const auto & element : new_ttl->children)
        {
            const auto * ttl = element->as<sql::ASTTTLElement>();
            add_rule(ttl ? ttl->expression : element, ttl ? ttl->where : nullptr, "");
        }
    for (const auto & column : new_columns.getAll())
        if (column.ttl)
        {
            for (const auto & key : { metadata->partition_key.required_columns, metadata->sorting_key.required_columns })
                if (std::find(key.begin(), key.end(), column.name) != key.end())
                    throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Trying to set TTL for key column {}", column.name);
            add_rule(column.ttl, nullptr, column.name);
        }
    return result;
}

void StorageMergeTree::setTTL(const sql::ASTPtr & ttl_table)
{
    metadata = buildMetadata(getColumns(), ttl_table);
    ttl_ast = ttl_table;
}

Int64 StorageMergeTree::alter(
    const ColumnsDescription & new_columns, const sql::ASTPtr & new_create, const sql::ASTPtr & new_ttl,
    const sql::ASTPtr & mutation_commands, const std::function<void()> & persist_metadata)
{
    Int64 version = 0;
    {
        std::lock_guard merge_lock(merge_mutex);
        auto new_metadata = buildMetadata(new_columns, new_ttl);
        if (const auto * create = new_create->as<sql::ASTCreateQuery>())
        {
            auto with_indexes = std::make_shared<MergeTreeMetadata>(*new_metadata);
            with_indexes->skip_indexes = MergeTreeIndexDescription::fromAST(create->indices, new_columns);
            /// MODIFY SETTING: a bad name or value throws here, before the metadata is written.
            const auto * storage = create->storage ? create->storage->as<sql::ASTStorage>() : nullptr;
            const auto * settings = storage && storage->settings ? storage->settings->as<sql::ASTSetQuery>() : nullptr;
            with_indexes->settings = settings ? MergeTreeSettings::fromChanges(settings->changes) : MergeTreeSettings{};
            new_metadata = std::move(with_indexes);
        }
        /// The mutation is on disk before the metadata: after a crash in between, it rewrites
        /// parts to what they already are.
        if (mutation_commands && !mutation_commands->children.empty())
        {
            MergeTreeMutationEntry entry;
            entry.version = allocateBlockNumber();
            entry.create_time = static_cast<UInt32>(time(nullptr));
            entry.commands = mutation_commands;
            entry.write(data_path);
            version = entry.version;
            std::lock_guard lock(parts_mutex);
            mutations[version] = std::move(entry);
        }
        persist_metadata();
        std::lock_guard lock(parts_mutex);
        metadata = std::move(new_metadata);
        columns = new_columns;
        ttl_ast = new_ttl;
        create_query = new_create;
    }
    merge_wakeup.notify_all();
    return version;
}

Int64 StorageMergeTree::mutate(const sql::ASTPtr & commands)
{
    for (const auto & node : commands->children)
    {
        const auto & command = *node->as<sql::ASTAlterCommand>();
        if (command.type != sql::ASTAlterCommand::Type::Update)
            continue;
        for (const auto & assignment : command.update_assignments->children)
        {
            auto name = assignment->as<sql::ASTFunction>()->argumentList()[0]->as<sql::ASTIdentifier>()->shortName();
            getColumns().get(name);
            for (const auto & key : { metadata->partition_key.required_columns, metadata->sorting_key.required_columns })
                if (std::find(key.begin(), key.end(), name) != key.end())
                    throw Exception(ErrorCodes::CANNOT_UPDATE_COLUMN, "Cannot UPDATE key column `{}`", name);
        }
    }
    MergeTreeMutationEntry entry;
    entry.create_time = static_cast<UInt32>(time(nullptr));
    entry.commands = commands;
    {
        std::lock_guard merge_lock(merge_mutex);
        entry.version = allocateBlockNumber();
        /// Compiles the commands once, so a bad expression fails the ALTER instead of the mutation.
        for (const auto * command : commandsOf({ entry }))
            if (command->predicate)
                buildKeyDescription(command->predicate, getColumns());
        entry.write(data_path);
        std::lock_guard lock(parts_mutex);
        mutations[entry.version] = entry;
    }
    merge_wakeup.notify_all();
    return entry.version;
}

void StorageMergeTree::waitForMutation(Int64 version)
{
    while (true)
    {
        {
            std::lock_guard lock(parts_mutex);
            auto it = mutations.find(version);
            if (it == mutations.end())
                throw Exception(ErrorCodes::ABORTED, "Mutation mutation_{}.txt was killed", version);
            if (!it->second.latest_fail_reason.empty())
                throw Exception(
                    ErrorCodes::UNFINISHED,
                    "Exception happened during execution of mutation '{}' with part '{}' reason: '{}'. This error maybe retryable or "
                    "not. In case of unretryable error, mutation can be killed with KILL MUTATION query",
                    it->second.fileName(), it->second.latest_failed_part, it->second.latest_fail_reason);
            bool is_done = true;
            for (const auto & [key, part] : active_parts)
                is_done &= part->info.getDataVersion() >= version;
            if (is_done)
                return;
        }
        /// The waiting query does the work itself rather than wait for the background thread.
        if (!mutateOnce())
        {
            std::unique_lock lock(parts_mutex);
            mutations_changed.wait_for(lock, std::chrono::milliseconds(50));
        }
    }
}

bool StorageMergeTree::killMutation(const std::string & mutation_id)
{
    {
        std::lock_guard lock(parts_mutex);
        auto it = std::find_if(mutations.begin(), mutations.end(), [&](const auto & entry) { return entry.second.fileName() == mutation_id; });
        if (it == mutations.end())
            return false;
        std::error_code ignored;
        fs::remove(data_path + mutation_id, ignored);
        mutations.erase(it);
    }
    mutations_changed.notify_all();
    merge_wakeup.notify_all();
    return true;
}

void StorageMergeTree::loadMutations()
{
    std::map<Int64, MergeTreeMutationEntry> loaded;
    for (const auto & entry : fs::directory_iterator(data_path))
    {
        std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name.rfind("mutation_", 0) != 0 || name.size() < 14 || name.substr(name.size() - 4) != ".txt")
            continue;
        auto mutation = MergeTreeMutationEntry::read(data_path, name);
        loaded[mutation.version] = std::move(mutation);
    }
    std::lock_guard lock(parts_mutex);
    mutations = std::move(loaded);
}

Int64 StorageMergeTree::maxMutationVersion() const
{
    std::lock_guard lock(parts_mutex);
    return mutations.empty() ? 0 : mutations.rbegin()->first;
}

PartReadOptions StorageMergeTree::readOptionsFor(const MergeTreeDataPart & part) const
{
    PartReadOptions options;
    std::lock_guard lock(parts_mutex);
    options.metadata = metadata;
    std::vector<std::pair<std::string, std::string>> renames;
    for (const auto & [version, entry] : mutations)
        if (version > part.info.getDataVersion())
            for (const auto & node : entry.commands->children)
                if (const auto * command = node->as<sql::ASTAlterCommand>(); command->type == sql::ASTAlterCommand::Type::RenameColumn)
                    renames.emplace_back(command->column, command->rename_to);
    if (renames.empty())
        return options;
    for (const auto & name : metadata->column_names)
    {
        std::string stored = name;
        for (auto it = renames.rbegin(); it != renames.rend(); ++it)
            if (stored == it->second)
                stored = it->first;
        if (stored != name)
            options.stored_names[name] = stored;
    }
    return options;
}

MergeTreeDataPartPtr StorageMergeTree::mutatePart(const MergeTreeDataPartPtr & part, const std::vector<MergeTreeMutationEntry> & pending)
{
    auto current = metadata;
    const auto & table_columns = current->columns;
    using Type = sql::ASTAlterCommand::Type;
    struct Step
    {
        Type type;
        KeyDescription predicate;
        std::vector<std::pair<std::string, KeyDescription>> updates;
    };
    std::vector<Step> steps;
    for (const auto * command : commandsOf(pending))
    {
        if (command->type == Type::DeleteWhere)
            steps.push_back({ Type::DeleteWhere, buildKeyDescription(command->predicate, table_columns), {} });
        else if (command->type == Type::MaterializeTTL)
            steps.push_back({ Type::MaterializeTTL, {}, {} });
        else if (command->type == Type::Update)
        {
            Step step { Type::Update, {}, {} };
            for (const auto & assignment : command->update_assignments->children)
            {
                const auto & sides = assignment->as<sql::ASTFunction>()->argumentList();
                auto name = sides[0]->as<sql::ASTIdentifier>()->shortName();
                const auto * column = table_columns.tryGet(name);
                if (!column)
                    continue; /// Dropped since.
                auto value = sql::makeASTFunction("if", { command->predicate->clone(), castTo(sides[1], column->type), sides[0]->clone() });
                step.updates.emplace_back(name, buildKeyDescription(value, table_columns));
            }
            steps.push_back(std::move(step));
        }
    }

    /// CLEAR INDEX leaves the part without the index's file (until MATERIALIZE INDEX or a merge).
    std::set<std::string> cleared_indexes;
    for (const auto * command : commandsOf(pending))
    {
        bool is_in_partition = command->partition_id.empty() || command->partition_id == part->info.partition_id;
        if (command->type == Type::ClearIndex && is_in_partition)
            cleared_indexes.insert(command->index);
        else if (command->type == Type::MaterializeIndex)
            cleared_indexes.erase(command->index);
    }
    MergeTreeMetadataPtr part_metadata;
    if (!cleared_indexes.empty())
    {
        auto without_cleared = std::make_shared<MergeTreeMetadata>(*current);
        std::erase_if(without_cleared->skip_indexes, [&](const MergeTreeIndexDescription & index) { return cleared_indexes.contains(index.name); });
        part_metadata = std::move(without_cleared);
    }

    MergeTreePartInfo info = part->info;
    info.mutation = pending.back().version;
    auto now = static_cast<UInt32>(time(nullptr));
    auto progress = registerMerge({ part }, info, true);
    auto fill = [&](MergeTreePartWriter & writer)
    {
        MergeTreePartReader reader(part, current->column_names, current->column_types, readOptionsFor(*part));
        TTLBounds bounds;
        for (size_t mark = 0; mark < part->getGranulesCount(); ++mark)
        {
            Block block;
            Columns read = reader.readGranules(mark, mark + 1);
            for (size_t i = 0; i < read.size(); ++i)
                block.insert({ read[i], current->column_types[i], current->column_names[i] });
            progress->addRead(block.rows(), block.bytes(), block.allocatedBytes());
            for (const auto & step : steps)
            {
                if (!block.rows())
                    break;
                if (step.type == Type::DeleteWhere)
                {
                    Filter keep = conditionToFilter(evaluateKeyColumn(step.predicate, block));
                    size_t kept = 0;
                    for (auto & flag : keep)
                    {
                        flag = !flag;
                        kept += flag;
                    }
                    for (auto & column : block)
                        column.column = column.column->filter(keep, static_cast<ssize_t>(kept));
                }
                else if (step.type == Type::MaterializeTTL)
                    block = current->ttl.apply(block, now, !current->settings.ttl_only_drop_parts);
                else
                {
                    Block updated = block;
                    for (const auto & [name, value] : step.updates)
                        updated.getByName(name).column = evaluateKeyColumn(value, block).column;
                    block = std::move(updated);
                }
                block = physicalColumns(block, *current);
            }
            if (!block.rows())
                continue;
            if (current->sorting_key.expression)
                current->sorting_key.expression->execute(block);
            current->ttl.updateBounds(block, nullptr, bounds);
            writer.write(block);
            progress->addWritten(block.rows(), block.bytes());
        }
        if (!current->ttl.empty())
            writeTTLFile(writer, bounds);
    };
    return writePart(fill, part->partition, info, "mutate", part_metadata);
}

bool StorageMergeTree::mutateOnce()
{
    std::lock_guard merge_lock(merge_mutex);
    MergeTreeDataPartPtr target;
    std::vector<MergeTreeMutationEntry> pending;
    {
        std::lock_guard lock(parts_mutex);
        if (mutations.empty())
            return false;
        for (const auto & [key, part] : active_parts)
            if (part->info.getDataVersion() < mutations.rbegin()->first)
            {
                target = part;
                break;
            }
        if (!target)
            return false;
        for (const auto & [version, entry] : mutations)
            if (version > target->info.getDataVersion())
                pending.push_back(entry);
    }
    try
    {
        auto mutated = mutatePart(target, pending);
        if (mutated)
            replaceParts({ target }, mutated);
        else
            removeParts({ target }, false);
        std::lock_guard lock(parts_mutex);
        for (const auto & entry : pending)
            if (auto it = mutations.find(entry.version); it != mutations.end())
                it->second.latest_fail_reason.clear();
    }
    catch (const Exception & error)
    {
        std::lock_guard lock(parts_mutex);
        if (auto it = mutations.find(pending.front().version); it != mutations.end())
        {
            it->second.latest_failed_part = target->name;
            it->second.latest_fail_time = static_cast<UInt32>(time(nullptr));
            it->second.latest_fail_reason = error.displayText();
        }
        mutations_changed.notify_all();
        return false;
    }
    mutations_changed.notify_all();
    return true;
}

std::vector<MutationInfo> StorageMergeTree::getMutations() const
{
    std::lock_guard lock(parts_mutex);
    std::vector<MutationInfo> result;
    for (const auto & [version, entry] : mutations)
    {
        MutationInfo info;
        info.mutation_id = entry.fileName();
        info.command = entry.commandsText();
        info.create_time = entry.create_time;
        for (const auto & [key, part] : active_parts)
            if (part->info.getDataVersion() < version)
                info.parts_to_do_names.push_back(part->name);
        info.is_done = info.parts_to_do_names.empty();
        info.latest_failed_part = entry.latest_failed_part;
        info.latest_fail_time = entry.latest_fail_time;
        info.latest_fail_reason = entry.latest_fail_reason;
        result.push_back(std::move(info));
    }
    return result;
}

bool StorageMergeTree::mergeWithTTLOnce(bool is_forced)
{
    if (metadata->ttl.empty())
        return false;
    std::lock_guard merge_lock(merge_mutex);
    time_t now = time(nullptr);
    Int64 mutation_version = maxMutationVersion();
    const auto & settings = metadata->settings;
    for (const auto & part : getActiveParts())
    {
        if (part->info.getDataVersion() < mutation_version)
            continue;
        if (settings.ttl_only_drop_parts)
        {
            /// Only parts whose every row expired go, whole, without a rewrite.
            if (part->delete_ttl_max && part->delete_ttl_max <= now)
            {
                removeParts({ part }, false);
                return true;
            }
            continue;
        }
        if (!part->any_ttl_min || part->any_ttl_min > now)
            continue;
        auto & last = last_ttl_merge_time[part->info.partition_id];
        if (!is_forced && last && last + static_cast<time_t>(settings.merge_with_ttl_timeout) > now)
            continue;
        last = now;
        if (auto merged = mergeParts({ part }))
            replaceParts({ part }, merged);
        else
            removeParts({ part }, false);
        return true;
    }
    return false;
}
}
