// StorageMergeTree's partition and part operations: DROP/DETACH/ATTACH PARTITION and PART
// (detached parts live in detached/), FREEZE (hard links under <path>/shadow/N/), REPLACE
// PARTITION ... FROM and MOVE PARTITION ... TO TABLE (hard-linked copies of the source's parts).
#include "storage/mergetree/StorageMergeTree.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "functions/CastColumn.h"
#include "sql/ASTFunction.h"
#include "sql/ASTLiteral.h"
#include "storage/mergetree/PartFileWriteBuffer.h"

#include <filesystem>
#include <fstream>

namespace datastore::storage
{
namespace fs = std::filesystem;

namespace
{
void hardLinkDirectory(const std::string & from, const std::string & to)
{
    fs::create_directories(to);
    for (const auto & entry : fs::directory_iterator(from))
        if (entry.is_regular_file())
            fs::create_hard_link(entry.path(), fs::path(to) / entry.path().filename());
}

/// detached/ names: a part name, or <reason>_<part name> (broken_all_1_1_0).
std::pair<std::string, std::optional<MergeTreePartInfo>> parseDetachedName(const std::string & name)
{
    if (auto info = MergeTreePartInfo::tryParsePartName(name))
        return { "", info };
    size_t underscore = name.find('_');
    if (underscore == std::string::npos)
        return { "", std::nullopt };
    return { name.substr(0, underscore), MergeTreePartInfo::tryParsePartName(name.substr(underscore + 1)) };
}
}

std::string StorageMergeTree::partitionIdOf(const sql::ASTPtr & partition, interpreters::QueryContext & context) const
{
    const auto & key = metadata->partition_key;
    sql::ASTs elements { partition };
    if (const auto * function = partition->as<sql::ASTFunction>(); function && function->name == "tuple")
        elements = function->argumentList();
    else if (const auto * literal = partition->as<sql::ASTLiteral>(); literal && literal->value.holds<Tuple>())
    {
        /// ('a', 1) is parsed as one tuple literal.
        elements.clear();
        for (const auto & value : literal->value.get<Tuple>())
            elements.push_back(std::make_shared<sql::ASTLiteral>(value));
    }
    else if (key.column_names.size() > 1)
        throw Exception(ErrorCodes::INVALID_PARTITION_VALUE, "Wrong number of fields in the partition expression: 1, must be: {}",
                        key.column_names.size());
    if (elements.size() != key.column_names.size())
        throw Exception(ErrorCodes::INVALID_PARTITION_VALUE, "Wrong number of fields in the partition expression: {}, must be: {}",
                        elements.size(), key.column_names.size());
    Block row;
    for (size_t i = 0; i < elements.size(); ++i)
    {
        DataTypePtr type;
        Field value = analyzer::evaluateConstantExpression(elements[i], context, &type);
        auto column = type->createColumn();
        column->insert(value);
        auto converted = functions::castColumn(std::move(column), type, key.data_types[i])->convertToFullColumnIfConst();
        row.insert({ converted, key.data_types[i], key.column_names[i] });
    }
    return computePartitionId(row);
}

void StorageMergeTree::removeParts(const MergeTreeDataParts & parts, bool detach)
{
    {
        std::lock_guard lock(parts_mutex);
        for (const auto & part : parts)
        {
            active_parts.erase({ part->info.partition_id, part->info.min_block, part->info.max_block, part->info.level });
            if (!detach)
            {
                part->markForRemoval();
                outdated_parts.push_back(part);
            }
        }
    }
    if (detach)
    {
        fs::create_directories(data_path + "detached");
        for (const auto & part : parts)
            fs::rename(fs::path(part->path).parent_path(), data_path + "detached/" + part->name);
        fsyncDirectoryOf(data_path);
    }
    removeUnusedOutdatedParts();
    mutations_changed.notify_all();
}

void StorageMergeTree::dropPartition(const std::string & partition_id, bool detach)
{
    std::lock_guard merge_lock(merge_mutex);
    MergeTreeDataParts parts;
    for (const auto & part : getActiveParts())
        if (part->info.partition_id == partition_id)
            parts.push_back(part);
    removeParts(parts, detach);
}

void StorageMergeTree::dropPart(const std::string & part_name, bool detach)
{
    std::lock_guard merge_lock(merge_mutex);
    for (const auto & part : getActiveParts())
        if (part->name == part_name)
            return removeParts({ part }, detach);
    throw Exception(ErrorCodes::NO_SUCH_DATA_PART, "Part {} not found, won't try to drop it.", part_name);
}

void StorageMergeTree::attachFromDetached(const std::string & partition_id_or_part, bool is_part)
{
    std::lock_guard merge_lock(merge_mutex);
    std::string detached = data_path + "detached/";
    std::vector<std::pair<MergeTreePartInfo, std::string>> chosen;
    if (fs::exists(detached))
        for (const auto & entry : fs::directory_iterator(detached))
        {
            std::string name = entry.path().filename().string();
            auto info = MergeTreePartInfo::tryParsePartName(name);
            if (!entry.is_directory() || !info)
                continue;
            if (is_part ? name == partition_id_or_part : info->partition_id == partition_id_or_part)
                chosen.emplace_back(*info, name);
        }
    if (is_part && chosen.empty())
        throw Exception(ErrorCodes::BAD_DATA_PART_NAME, "Detached part \"{}\" not found", partition_id_or_part);
    std::sort(chosen.begin(), chosen.end(), [](const auto & a, const auto & b) { return a.first.min_block < b.first.min_block; });
    MergeTreeDataParts attached;
    for (auto & [info, name] : chosen)
    {
        /// A part comes back with a new block number, after every part and mutation the table has.
        MergeTreePartInfo new_info { info.partition_id, 0, 0, info.level };
        new_info.min_block = new_info.max_block = allocateBlockNumber();
        std::string target = data_path + new_info.getPartName();
        std::string attaching = data_path + "tmp_attach_" + new_info.getPartName();
        fs::rename(detached + name, attaching);
        try
        {
            MergeTreeDataPart::load(attaching, new_info, *metadata);
        }
        catch (...)
        {
            fs::rename(attaching, detached + name);
            throw;
        }
        fs::rename(attaching, target);
        attached.push_back(MergeTreeDataPart::load(target, new_info, *metadata));
    }
    fsyncDirectoryOf(data_path);
    std::lock_guard lock(parts_mutex);
    for (const auto & part : attached)
        active_parts[{ part->info.partition_id, part->info.min_block, part->info.max_block, part->info.level }] = part;
}

UInt64 StorageMergeTree::freeze(const std::string & partition_id)
{
    fs::path root = fs::path(data_path).parent_path().parent_path().parent_path().parent_path();
    fs::path shadow = root / "shadow";
    fs::create_directories(shadow);
    /// shadow/increment.txt numbers the snapshots, as ClickHouse's does.
    UInt64 number = 0;
    {
        std::ifstream in(shadow / "increment.txt");
        in >> number;
    }
    ++number;
    {
        PartFileWriteBuffer out((shadow / "increment.txt").string());
        out.write(std::to_string(number));
        out.finalize();
    }
    fs::path relative = fs::relative(fs::path(data_path).parent_path(), root);
    for (const auto & part : getActiveParts())
        if (partition_id.empty() || part->info.partition_id == partition_id)
            hardLinkDirectory(part->path, (shadow / std::to_string(number) / relative / part->name).string());
    return number;
}

void StorageMergeTree::replacePartitionFrom(StorageMergeTree & source, const std::string & partition_id, bool is_move)
{
    if (&source == this)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Source and destination are the same table");
    const auto & ours = *metadata;
    const auto & theirs = *source.metadata;
    bool is_same_structure = ours.column_names == theirs.column_names && ours.partition_key.expression_text == theirs.partition_key.expression_text
        && ours.sorting_key.expression_text == theirs.sorting_key.expression_text;
    for (size_t i = 0; is_same_structure && i < ours.column_types.size(); ++i)
        is_same_structure = ours.column_types[i]->getName() == theirs.column_types[i]->getName();
    if (!is_same_structure)
        throw Exception(ErrorCodes::INCOMPATIBLE_COLUMNS, "Tables have different structure");

    std::scoped_lock merge_locks(merge_mutex, source.merge_mutex);
    MergeTreeDataParts source_parts;
    for (const auto & part : source.getActiveParts())
        if (part->info.partition_id == partition_id)
            source_parts.push_back(part);
    MergeTreeDataParts copies;
    try
    {
        for (const auto & part : source_parts)
        {
            MergeTreePartInfo info { partition_id, 0, 0, part->info.level };
            info.min_block = info.max_block = allocateBlockNumber();
            std::string tmp = data_path + "tmp_replace_" + info.getPartName();
            hardLinkDirectory(part->path, tmp);
            fs::rename(tmp, data_path + info.getPartName());
            copies.push_back(MergeTreeDataPart::load(data_path + info.getPartName(), info, *metadata));
        }
    }
    catch (...)
    {
        for (const auto & copy : copies)
            copy->markForRemoval();
        throw;
    }
    fsyncDirectoryOf(data_path);
    MergeTreeDataParts replaced;
    {
        std::lock_guard lock(parts_mutex);
        /// REPLACE drops what the partition held here; MOVE adds to it.
        if (!is_move)
            for (auto it = active_parts.begin(); it != active_parts.end();)
            {
                if (it->second->info.partition_id == partition_id)
                {
                    it->second->markForRemoval();
                    outdated_parts.push_back(it->second);
                    it = active_parts.erase(it);
                }
                else
                    ++it;
            }
        for (const auto & part : copies)
            active_parts[{ part->info.partition_id, part->info.min_block, part->info.max_block, part->info.level }] = part;
    }
    if (is_move)
        source.removeParts(source_parts, false);
    removeUnusedOutdatedParts();
}

std::vector<DetachedPartInfo> StorageMergeTree::getDetachedParts() const
{
    std::vector<DetachedPartInfo> result;
    std::string detached = data_path + "detached/";
    if (!fs::exists(detached))
        return result;
    for (const auto & entry : fs::directory_iterator(detached))
    {
        if (!entry.is_directory())
            continue;
        DetachedPartInfo part;
        part.name = entry.path().filename().string();
        part.path = detached + part.name + "/";
        auto [reason, info] = parseDetachedName(part.name);
        part.reason = reason;
        if (info)
        {
            part.partition_id = info->partition_id;
            part.min_block_number = info->min_block;
            part.max_block_number = info->max_block;
            part.level = info->level;
        }
        for (const auto & file : fs::directory_iterator(entry.path()))
            if (file.is_regular_file())
                part.bytes_on_disk += file.file_size();
        result.push_back(std::move(part));
    }
    std::sort(result.begin(), result.end(), [](const auto & a, const auto & b) { return a.name < b.name; });
    return result;
}
}
