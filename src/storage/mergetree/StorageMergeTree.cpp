#include "storage/mergetree/StorageMergeTree.h"

#include "base/DateLUT.h"
#include "base/Exception.h"
#include "exec/SortDescription.h"
#include "exec/squashBlocks.h"
#include "interpreters/Context.h"
#include "io/WriteHelpers.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTFunction.h"
#include "sql/IntervalArithmetic.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTStorage.h"
#include "storage/StorageFactory.h"
#include "storage/mergetree/MergeTreeFinalStream.h"
#include "storage/mergetree/MergeTreePartWriter.h"
#include "storage/mergetree/MergeTreePartsMerger.h"
#include "storage/mergetree/MergeTreeSelectStream.h"
#include "storage/mergetree/MergeTreeSkipIndexFilter.h"
#include "storage/mergetree/MergeTreeDeduplicator.h"
#include "storage/mergetree/MergingSortedRows.h"
#include "base/SipHash.h"

#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace datastore::storage
{
namespace fs = std::filesystem;

namespace
{
/// Merges running at once across all tables: merges are CPU- and disk-heavy.
constexpr int kMaxConcurrentMerges = 2;
std::mutex merges_count_mutex;
int running_merges = 0;

class MergeTreeSink final : public exec::IBlockSink
{
public:
    MergeTreeSink(StorageMergeTree & storage_, Block header_, size_t min_block_rows_, size_t min_block_bytes_)
        : storage(storage_)
        , header(std::move(header_))
        , min_block_rows(min_block_rows_)
        , min_block_bytes(min_block_bytes_)
    {
    }
    Block getHeader() const override { return header; }
    void write(const Block & block) override
    {
        if (block.rows())
            pending.push_back(block);
    }
    void finish() override { storage.insertBlocks(exec::squashBlocks(pending, min_block_rows, min_block_bytes)); }

private:
    StorageMergeTree & storage;
    Block header;
    size_t min_block_rows;
    size_t min_block_bytes;
    Blocks pending;
};

Block physicalHeader(const MergeTreeMetadata & metadata)
{
    Block header;
    for (size_t i = 0; i < metadata.column_names.size(); ++i)
        header.insert({ metadata.column_types[i]->createColumn(), metadata.column_types[i], metadata.column_names[i] });
    return header;
}

KeyDescription buildKeyFromColumns(const sql::ASTPtr & ast, const ColumnsDescription & columns)
{
    if (!ast)
        return {};
    std::vector<std::string> names;
    auto add = [&](const sql::ASTPtr & node)
    {
        const auto * identifier = dynamic_cast<const sql::ASTIdentifier *>(node.get());
        if (!identifier)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Key expressions other than columns need the analyzer's key builder");
        names.push_back(identifier->shortName());
    };
    if (const auto * function = dynamic_cast<const sql::ASTFunction *>(ast.get()); function && function->name == "tuple")
    {
        if (function->arguments)
            for (const auto & argument : function->arguments->children)
                add(argument);
    }
    else
        add(ast);
    return KeyDescription::fromColumns(names, columns);
}

/// Feeds a value to the hash as ClickHouse's FieldVisitorHash does: its field type tag, then
/// its bytes (strings and containers prefixed by their size).
void hashField(const Field & value, SipHash & hash)
{
    auto tag = [&](UInt8 type) { hash.updateValue(type); };
    std::visit(
        [&](const auto & x)
        {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, Null>)
                tag(0);
            else if constexpr (std::is_same_v<T, UInt64>)
            {
                tag(1);
                hash.updateValue(x);
            }
            else if constexpr (std::is_same_v<T, Int64>)
            {
                tag(2);
                hash.updateValue(x);
            }
            else if constexpr (std::is_same_v<T, Float64>)
            {
                tag(3);
                hash.updateValue(x);
            }
            else if constexpr (std::is_same_v<T, UInt128>)
            {
                tag(4);
                hash.updateValue(x);
            }
            else if constexpr (std::is_same_v<T, Int128>)
            {
                tag(5);
                hash.updateValue(x);
            }
            else if constexpr (std::is_same_v<T, std::string>)
            {
                tag(16);
                hash.updateValue(static_cast<UInt64>(x.size()));
                hash.update(x.data(), x.size());
            }
            else if constexpr (std::is_same_v<T, Array> || std::is_same_v<T, Tuple>)
            {
                tag(std::is_same_v<T, Array> ? 17 : 18);
                hash.updateValue(static_cast<UInt64>(x.size()));
                for (const auto & element : x)
                    hashField(element, hash);
            }
            else if constexpr (std::is_same_v<T, DecimalField<Int32>>)
            {
                tag(19);
                hash.updateValue(x.raw);
            }
            else if constexpr (std::is_same_v<T, DecimalField<Int64>>)
            {
                tag(20);
                hash.updateValue(x.raw);
            }
            else if constexpr (std::is_same_v<T, DecimalField<Int128>>)
            {
                tag(21);
                hash.updateValue(x.raw);
            }
            else if constexpr (std::is_same_v<T, UUID>)
            {
                tag(27);
                hash.updateValue(x.high);
                hash.updateValue(x.low);
            }
            else if constexpr (std::is_same_v<T, bool>)
            {
                tag(28);
                hash.updateValue(x);
            }
            else
            {
                tag(26); /// Map
                hash.updateValue(static_cast<UInt64>(x.size()));
                for (const auto & element : x)
                    hashField(element, hash);
            }
        },
        value.variant());
}

KeyDescriptionBuilder & keyBuilder()
{
    static KeyDescriptionBuilder builder = buildKeyFromColumns;
    return builder;
}
}

void fsyncDirectoryOf(const std::string & path)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
    {
        ::fsync(fd);
        ::close(fd);
    }
}

void setKeyDescriptionBuilder(KeyDescriptionBuilder builder)
{
    keyBuilder() = std::move(builder);
}

KeyDescription buildKeyDescription(const sql::ASTPtr & ast, const ColumnsDescription & columns)
{
    return keyBuilder()(sql::rewriteIntervalArithmetic(ast), columns);
}

StorageMergeTree::StorageMergeTree(
    StorageID id_, ColumnsDescription columns_, std::string data_path_, KeyDescription partition_key, KeyDescription sorting_key,
    KeyDescription primary_key, MergeTreeSettings settings, MergeTreeMergingParams merging,
    std::vector<MergeTreeIndexDescription> skip_indexes)
    : IStorage(std::move(id_), columns_)
    , data_path(std::move(data_path_))
{
    if (data_path.empty() || data_path.back() != '/')
        data_path += '/';
    auto with_merging = std::make_shared<MergeTreeMetadata>(*MergeTreeMetadata::create(
        std::move(columns_), std::move(partition_key), std::move(sorting_key), std::move(primary_key), settings));
    with_merging->merging = std::move(merging);
    with_merging->skip_indexes = std::move(skip_indexes);
    if (!with_merging->merging.version_column.empty())
        with_merging->getColumnType(with_merging->merging.version_column);
    /// Checks the columns to sum.
    MergingSortedRows check(*with_merging);
    metadata = std::move(with_merging);
    metadata = buildMetadata(getColumns(), nullptr);
    loadParts();
}

StorageMergeTree::~StorageMergeTree()
{
    shutdown();
}

std::string StorageMergeTree::computePartitionId(const Block & partition_row)
{
    if (partition_row.columns() == 0)
        return "all";
    bool is_integral = true;
    std::vector<Field> values;
    for (const auto & column : partition_row)
    {
        values.push_back((*column.column)[0]);
        if (!values.back().holds<UInt64>() && !values.back().holds<Int64>())
            is_integral = false;
        if (const auto * flag = values.back().tryGet<bool>())
            values.back() = Field(static_cast<UInt64>(*flag));
    }
    if (is_integral)
    {
        std::string id;
        for (size_t i = 0; i < values.size(); ++i)
        {
            if (i)
                id += '-';
            const auto & type = partition_row.getByPosition(i).type;
            if (type->getTypeId() == TypeIndex::Date)
            {
                Int32 year;
                UInt32 month, day;
                DateLUT::dayNumToCivil(static_cast<Int32>(values[i].get<UInt64>()), year, month, day);
                id += std::to_string(year * 10000 + static_cast<Int32>(month * 100 + day));
            }
            else if (values[i].holds<UInt64>())
                id += std::to_string(values[i].get<UInt64>());
            else
                id += std::to_string(values[i].get<Int64>());
        }
        return id;
    }
    /// Other keys: SipHash-128 of the values as ClickHouse's field hashing feeds them.
    SipHash hash;
    for (const auto & value : values)
        hashField(value, hash);
    return hash.getHex128();
}

void StorageMergeTree::loadParts()
{
    fs::create_directories(data_path);
    if (!fs::exists(data_path + "format_version.txt"))
    {
        PartFileWriteBuffer out(data_path + "format_version.txt");
        out.write("1");
        out.finalize();
    }
    std::vector<std::shared_ptr<MergeTreeDataPart>> loaded;
    for (const auto & entry : fs::directory_iterator(data_path))
    {
        if (!entry.is_directory())
            continue;
        std::string name = entry.path().filename().string();
        if (name.rfind("tmp", 0) == 0)
        {
            /// An insert or merge that did not reach its rename: never visible, never needed.
            fs::remove_all(entry.path());
            continue;
        }
        auto info = MergeTreePartInfo::tryParsePartName(name);
        if (!info)
            continue;
        try
        {
            loaded.push_back(MergeTreeDataPart::load(entry.path().string(), *info, *metadata));
        }
        catch (const Exception &)
        {
            /// A damaged part is set aside as ClickHouse does, so the table still loads.
            fs::create_directories(data_path + "detached");
            fs::rename(entry.path(), data_path + "detached/broken_" + name);
        }
    }
    loadMutations();
    std::lock_guard lock(parts_mutex);
    active_parts.clear();
    if (!mutations.empty())
        last_block_number = std::max(last_block_number, mutations.rbegin()->first);
    for (const auto & part : loaded)
    {
        last_block_number = std::max({ last_block_number, part->info.max_block, part->info.mutation });
        bool is_covered = false;
        for (const auto & other : loaded)
            if (other != part && other->info.contains(part->info) && !(part->info.contains(other->info) && part.get() < other.get()))
                is_covered = true;
        if (is_covered)
            part->markForRemoval(); /// A merge finished but its sources were not yet deleted.
        else
            active_parts[{ part->info.partition_id, part->info.min_block, part->info.max_block, part->info.level }] = part;
    }
}

Block StorageMergeTree::prepareBlock(const Block & block, Permutation & permutation) const
{
    Block work;
    for (const auto & name : metadata->column_names)
    {
        const auto & column = block.getByName(name);
        work.insert({ column.column->convertToFullColumnIfConst(), column.type, name });
    }
    if (metadata->partition_key.expression)
        metadata->partition_key.expression->execute(work);
    if (metadata->sorting_key.expression)
        metadata->sorting_key.expression->execute(work);
    exec::SortDescription description;
    for (const auto & name : metadata->partition_key.column_names)
        description.push_back({ name, 1, 1 });
    for (const auto & name : metadata->sorting_key.column_names)
        description.push_back({ name, 1, 1 });
    if (description.empty())
    {
        permutation.resize(work.rows());
        for (size_t i = 0; i < permutation.size(); ++i)
            permutation[i] = i;
    }
    else
        permutation = exec::sortPermutation(work, description, 0);
    return work;
}

MergeTreeDataPartPtr StorageMergeTree::writePart(
    const std::function<void(MergeTreePartWriter &)> & fill, const Block & partition_row, const MergeTreePartInfo & info,
    const std::string & kind, MergeTreeMetadataPtr part_metadata)
{
    std::string name = info.getPartName();
    std::string tmp_path = data_path + "tmp_" + kind + "_" + name + "/";
    std::string final_path = data_path + name + "/";
    fs::remove_all(tmp_path);
    try
    {
        MergeTreePartWriter writer(part_metadata ? part_metadata : metadata, tmp_path, kind == "insert");
        fill(writer);
        if (!writer.getRowsWritten() && kind != "insert")
        {
            /// A merge or mutation that removed every row (TTL, DELETE) leaves no part.
            std::error_code ignored;
            fs::remove_all(tmp_path, ignored);
            return nullptr;
        }
        writer.finish(partition_row);
        if (fs::exists(final_path))
            throw Exception(ErrorCodes::DIRECTORY_ALREADY_EXISTS, "Part directory {} already exists", final_path);
        fs::rename(tmp_path, final_path);
        fsyncDirectoryOf(data_path);
        return MergeTreeDataPart::load(final_path, info, *metadata);
    }
    catch (...)
    {
        std::error_code ignored;
        fs::remove_all(tmp_path, ignored);
        throw;
    }
}

void StorageMergeTree::insertBlocks(const Blocks & blocks)
{
    std::vector<MergeTreeDataPartPtr> new_parts;
    size_t delay_parts = 0;
    try
    {
        for (const auto & block : blocks)
        {
            if (!block.rows())
                continue;
            /// The rows stay where they are: the part writer sorts each column as it writes it.
            Permutation permutation;
            Block work = prepareBlock(block, permutation);
            /// Split into partitions: runs of equal partition-key values after the sort, a run of
            /// one row included (appendEqualRanges leaves those out: it serves sorting, not this).
            std::vector<std::pair<size_t, size_t>> ranges;
            std::vector<const IColumn *> partition_columns;
            for (const auto & name : metadata->partition_key.column_names)
                partition_columns.push_back(work.getByName(name).column.get());
            size_t run_start = 0;
            for (size_t row = 1; row <= permutation.size(); ++row)
            {
                bool is_run_end = row == permutation.size();
                for (size_t i = 0; !is_run_end && i < partition_columns.size(); ++i)
                    is_run_end = partition_columns[i]->compareAt(permutation[row - 1], permutation[row], *partition_columns[i], 1) != 0;
                if (is_run_end)
                {
                    ranges.emplace_back(run_start, row);
                    run_start = row;
                }
            }
            for (auto [begin, end] : ranges)
            {
                Permutation part_rows;
                if (ranges.size() != 1)
                    part_rows.insert(permutation.data() + begin, permutation.data() + end);
                const Permutation & rows = ranges.size() == 1 ? permutation : part_rows;
                Block partition_row;
                for (const auto & name : metadata->partition_key.column_names)
                {
                    const auto & column = work.getByName(name);
                    partition_row.insert({ column.column->cut(rows[0], 1), column.type, name });
                }
                /// Every new part gets its own block number, as ClickHouse numbers them.
                Int64 block_number = allocateBlockNumber();
                MergeTreePartInfo info { computePartitionId(partition_row), block_number, block_number, 0 };
                {
                    std::lock_guard lock(parts_mutex);
                    size_t parts_in_partition = 0;
                    for (const auto & [key, part] : active_parts)
                        parts_in_partition += std::get<0>(key) == info.partition_id;
                    if (parts_in_partition >= metadata->settings.parts_to_throw_insert)
                        throw Exception(
                            ErrorCodes::TOO_MANY_PARTS,
                            "Too many parts ({}) in table '{}'. Merges are processing significantly slower than inserts",
                            parts_in_partition, id.getNameForLogs());
                    delay_parts = std::max(delay_parts, parts_in_partition);
                }
                auto fill = [&](MergeTreePartWriter & writer)
                {
                    if (!metadata->ttl.empty())
                    {
                        TTLBounds bounds;
                        metadata->ttl.updateBounds(work, &rows, bounds);
                        writeTTLFile(writer, bounds);
                    }
                    if (!MergingSortedRows::isNeeded(*metadata))
                        return writer.write(work, &rows);
                    /// Replacing and Summing merge the rows of an insert before writing them, as
                    /// ClickHouse does (optimize_on_insert).
                    Block sorted;
                    for (const auto & column : work)
                        sorted.insert({ column.column->permute(rows, 0), column.type, column.name });
                    writer.write(MergingSortedRows(*metadata).mergeAll(sorted));
                };
                new_parts.push_back(writePart(fill, partition_row, info, "insert"));
            }
        }
    }
    catch (...)
    {
        /// All or nothing: parts of this INSERT already on disk go away with it.
        for (const auto & part : new_parts)
            part->markForRemoval();
        throw;
    }
    {
        std::lock_guard lock(parts_mutex);
        for (const auto & part : new_parts)
            active_parts[{ part->info.partition_id, part->info.min_block, part->info.max_block, part->info.level }] = part;
    }
    merge_wakeup.notify_all();
    /// Above parts_to_delay_insert the INSERT waits (longer the closer it is to the throw
    /// threshold), as ClickHouse delays it, so merges catch up instead of parts piling up.
    const auto & settings = metadata->settings;
    if (settings.parts_to_delay_insert && delay_parts >= settings.parts_to_delay_insert
        && settings.parts_to_throw_insert > settings.parts_to_delay_insert)
    {
        double share = static_cast<double>(delay_parts - settings.parts_to_delay_insert + 1)
            / static_cast<double>(settings.parts_to_throw_insert - settings.parts_to_delay_insert);
        auto delay = std::chrono::milliseconds(static_cast<Int64>(std::min(1.0, share) * 1000.0 * static_cast<double>(settings.max_delay_to_insert)));
        std::this_thread::sleep_for(std::max(delay, std::chrono::milliseconds(10)));
    }
}

Int64 StorageMergeTree::allocateBlockNumber()
{
    std::lock_guard lock(parts_mutex);
    return ++last_block_number;
}

exec::BlockSinkPtr StorageMergeTree::write(interpreters::QueryContext & context)
{
    return std::make_shared<MergeTreeSink>(*this, physicalHeader(*metadata), context.settings.min_insert_block_size_rows,
                                           context.settings.min_insert_block_size_bytes);
}

MergeTreeDataParts StorageMergeTree::getActiveParts() const
{
    std::lock_guard lock(parts_mutex);
    MergeTreeDataParts parts;
    for (const auto & [key, part] : active_parts)
        parts.push_back(part);
    return parts;
}

exec::BlockStreams StorageMergeTree::read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics)
{
    if (request.is_final && MergingSortedRows::isNeeded(*metadata))
        return readFinal(request, statistics);
    KeyRanges ranges = request.key_ranges ? *request.key_ranges : KeyRanges::fromFilter(request.filter, columns);
    return readWithRanges(request.columns, ranges, request.max_threads, request.max_block_size, statistics, request.prewhere,
                          request.on_rows_read, request.filter, context.settings.use_skip_indexes);
}

exec::BlockStreams StorageMergeTree::readWithRanges(
    const std::vector<std::string> & column_names, const KeyRanges & ranges, size_t max_threads, size_t max_block_size,
    ReadStatistics * statistics, std::shared_ptr<const PrewhereFilter> prewhere, std::function<void(size_t, size_t)> on_rows_read,
    const sql::ASTPtr & filter, bool use_skip_indexes) const
{
    /// A PREWHERE is applied only with every column it names at hand, and someone to tell.
    if (prewhere && (!on_rows_read || !statistics))
        prewhere.reset();
    for (size_t i = 0; prewhere && i < prewhere->conditions.size(); ++i)
        for (const auto & name : prewhere->conditions[i].columns)
            if (std::find(column_names.begin(), column_names.end(), name) == column_names.end())
                prewhere.reset();
    Block header;
    Block filter_only;
    for (const auto & name : column_names)
    {
        auto type = metadata->getColumnType(name);
        bool is_filter_only = prewhere && std::find(prewhere->filter_only_columns.begin(), prewhere->filter_only_columns.end(), name)
            != prewhere->filter_only_columns.end();
        (is_filter_only ? filter_only : header).insert({ type->createColumn(), type, name });
    }
    auto parts = getActiveParts();
    std::vector<MergeTreeReadTask> tasks;
    size_t granules_total = 0;
    size_t granules_selected = 0;
    size_t rows_selected = 0;
    MergeTreeSkipIndexFilter skip_index_filter(use_skip_indexes ? metadata->skip_indexes : std::vector<MergeTreeIndexDescription>{}, ranges, filter);
    for (const auto & part : parts)
    {
        size_t granules = part->getGranulesCount();
        granules_total += granules;
        bool may_match = true;
        for (const auto & column : part->minmax)
            if (!ranges.mayIntersect(column.name, *column.column, 0, *column.column, 1))
                may_match = false;
        if (!may_match)
            continue;
        MarkRanges mark_ranges;
        const auto & key_names = metadata->primary_key.column_names;
        for (size_t granule = 0; granule < granules; ++granule)
        {
            /// The granule spans index[granule] .. index[granule + 1] (the final mark holds the
            /// last row): a column constrains it only while the columns before it are constant.
            bool is_kept = true;
            for (size_t k = 0; k < key_names.size() && is_kept; ++k)
            {
                const IColumn & index_column = *part->index[k];
                if (ranges.constrains(key_names[k]) && !ranges.mayIntersect(key_names[k], index_column, granule, index_column, granule + 1))
                    is_kept = false;
                if (index_column.compareAt(granule, granule + 1, index_column, 1) != 0)
                    break;
            }
            if (!is_kept)
                continue;
            if (!mark_ranges.empty() && mark_ranges.back().second == granule)
                mark_ranges.back().second = granule + 1;
            else
                mark_ranges.push_back({ granule, granule + 1 });
        }
        mark_ranges = skip_index_filter.filter(*part, std::move(mark_ranges));
        if (mark_ranges.empty())
            continue;
        /// A condition the part's minmax proves for every row is not computed there.
        std::vector<size_t> conditions;
        for (size_t i = 0; prewhere && i < prewhere->conditions.size(); ++i)
        {
            const auto & range = prewhere->conditions[i].exact_range;
            bool holds_for_part = false;
            if (range && part->minmax.has(range->column))
            {
                const auto & minmax = *part->minmax.getByName(range->column).column;
                holds_for_part = range->contains(minmax, 0, minmax, 1);
            }
            if (!holds_for_part)
                conditions.push_back(i);
        }
        for (auto [begin, end] : mark_ranges)
        {
            granules_selected += end - begin;
            for (size_t mark = begin; mark < end; ++mark)
                rows_selected += part->marks.begin()->second[mark].rows;
        }
        tasks.push_back({ part, std::move(mark_ranges), std::make_shared<const PartReadOptions>(readOptionsFor(*part)), std::move(conditions) });
    }
    if (statistics)
    {
        statistics->parts_total += parts.size();
        statistics->parts_selected += tasks.size();
        statistics->granules_total += granules_total;
        statistics->granules_selected += granules_selected;
        statistics->rows_selected += rows_selected;
        skip_index_filter.describe(statistics->notes);
        statistics->prewhere_applied = prewhere != nullptr;
    }

    /// Spread granules evenly over the streams, cutting parts' ranges where needed.
    size_t streams_count = std::max<size_t>(1, std::min(max_threads, granules_selected));
    size_t per_stream = (granules_selected + streams_count - 1) / std::max<size_t>(1, streams_count);
    std::vector<std::vector<MergeTreeReadTask>> per_stream_tasks(streams_count);
    size_t stream = 0;
    size_t filled = 0;
    for (const auto & task : tasks)
    {
        for (auto [begin, end] : task.ranges)
        {
            while (begin < end)
            {
                size_t take = std::min(end - begin, per_stream - filled);
                auto & stream_tasks = per_stream_tasks[stream];
                if (stream_tasks.empty() || stream_tasks.back().part != task.part)
                    stream_tasks.push_back({ task.part, {}, task.options, task.conditions });
                stream_tasks.back().ranges.push_back({ begin, begin + take });
                begin += take;
                filled += take;
                if (filled == per_stream && stream + 1 < streams_count)
                {
                    ++stream;
                    filled = 0;
                }
            }
        }
    }
    exec::BlockStreams streams;
    for (auto & stream_tasks : per_stream_tasks)
        streams.push_back(
            std::make_shared<MergeTreeSelectStream>(header, std::move(stream_tasks), max_block_size, prewhere, filter_only, on_rows_read));
    return streams;
}

exec::BlockStreams StorageMergeTree::readFinal(const ReadRequest & request, ReadStatistics * statistics) const
{
    Block header;
    for (const auto & name : request.columns)
    {
        auto type = metadata->getColumnType(name);
        header.insert({ type->createColumn(), type, name });
    }
    /// Rows of equal key merge across partitions too, as ClickHouse's FINAL does by default.
    auto parts = getActiveParts();
    if (statistics)
    {
        statistics->parts_total += parts.size();
        statistics->parts_selected += parts.size();
    }
    return { std::make_shared<MergeTreeFinalStream>(metadata, std::move(parts), header, request.max_block_size) };
}

MergeTreeDataPartPtr StorageMergeTree::mergeParts(const MergeTreeDataParts & parts, bool deduplicate, bool cleanup)
{
    MergeTreePartInfo info { parts.front()->info.partition_id, parts.front()->info.min_block, parts.front()->info.max_block, 0 };
    for (const auto & part : parts)
    {
        info.min_block = std::min(info.min_block, part->info.min_block);
        info.max_block = std::max(info.max_block, part->info.max_block);
        info.level = std::max(info.level, part->info.level);
        info.mutation = std::max(info.mutation, part->info.mutation);
    }
    ++info.level;

    auto current = metadata;
    std::vector<PartReadOptions> options;
    for (const auto & part : parts)
        options.push_back(readOptionsFor(*part));
    MergeTreePartsMerger merger(current, parts, current->settings.index_granularity, std::move(options));
    auto progress = registerMerge(parts, info, false);
    auto now = static_cast<UInt32>(time(nullptr));
    bool delete_rows = !current->settings.ttl_only_drop_parts;
    MergeTreeDeduplicator deduplicator(*current);
    auto fill = [&](MergeTreePartWriter & writer)
    {
        TTLBounds bounds;
        auto write = [&](const Block & rows)
        {
            Block block = current->ttl.apply(rows, now, delete_rows);
            if (deduplicate)
                block = deduplicator.filter(block);
            if (!block.rows())
                return;
            current->ttl.updateBounds(block, nullptr, bounds);
            writer.write(block);
            progress->addWritten(block.rows(), block.bytes());
        };
        auto read = [&]
        {
            Block block = merger.read();
            progress->addRead(block.rows(), block.bytes(), block.allocatedBytes());
            return block;
        };
        if (!MergingSortedRows::isNeeded(*current))
        {
            while (Block block = read())
                write(block);
        }
        else
        {
            MergingSortedRows merging(*current, false, cleanup);
            while (Block block = read())
                if (Block merged = merging.add(block); merged.rows())
                    write(merged);
            if (Block last = merging.finish(); last.rows())
                write(last);
        }
        if (!current->ttl.empty())
            writeTTLFile(writer, bounds);
    };
    return writePart(fill, parts.front()->partition, info, "merge");
}

std::unique_ptr<MergeList::Entry> StorageMergeTree::registerMerge(const MergeTreeDataParts & parts, const MergeTreePartInfo & result,
                                                                 bool is_mutation) const
{
    MergeInfo merge;
    merge.database = getStorageID().database;
    merge.table = getStorageID().table;
    merge.result_part_name = result.getPartName();
    merge.result_part_path = data_path + merge.result_part_name + "/";
    merge.partition_id = result.partition_id;
    merge.is_mutation = is_mutation;
    /// ClickHouse leaves the merge type empty for a mutation.
    merge.merge_type = is_mutation ? "" : "Regular";
    UInt64 total_rows = 0;
    for (const auto & part : parts)
    {
        merge.source_part_names.push_back(part->name);
        merge.source_part_paths.push_back(part->path);
        merge.total_size_bytes_compressed += part->bytes_on_disk;
        for (const auto & [column, size] : part->column_sizes)
            merge.total_size_bytes_uncompressed += size.data_uncompressed;
        merge.total_size_marks += part->getGranulesCount();
        total_rows += part->rows;
    }
    merge.columns_written = metadata->column_names.size();
    return MergeList::instance().add(std::move(merge), total_rows);
}

void StorageMergeTree::writeTTLFile(MergeTreePartWriter & writer, const TTLBounds & bounds) const
{
    writer.writeSmallFile("ttl.txt", bounds.toText());
}

void StorageMergeTree::replaceParts(const MergeTreeDataParts & old_parts, const MergeTreeDataPartPtr & new_part)
{
    {
        std::lock_guard lock(parts_mutex);
        for (const auto & part : old_parts)
        {
            active_parts.erase({ part->info.partition_id, part->info.min_block, part->info.max_block, part->info.level });
            part->markForRemoval();
            outdated_parts.push_back(part);
        }
        active_parts[{ new_part->info.partition_id, new_part->info.min_block, new_part->info.max_block, new_part->info.level }] = new_part;
    }
    removeUnusedOutdatedParts();
}

void StorageMergeTree::removeUnusedOutdatedParts()
{
    std::vector<MergeTreeDataPartPtr> released;
    {
        std::lock_guard lock(parts_mutex);
        /// A part nobody else holds can go; its destructor deletes the directory.
        auto keep = std::partition(outdated_parts.begin(), outdated_parts.end(), [](const auto & part) { return part.use_count() > 1; });
        released.assign(std::make_move_iterator(keep), std::make_move_iterator(outdated_parts.end()));
        outdated_parts.erase(keep, outdated_parts.end());
    }
}

bool StorageMergeTree::mergeOnce()
{
    {
        std::lock_guard lock(merges_count_mutex);
        if (running_merges >= kMaxConcurrentMerges)
            return false;
        ++running_merges;
    }
    struct MergeSlot
    {
        ~MergeSlot()
        {
            std::lock_guard lock(merges_count_mutex);
            --running_merges;
        }
    } slot;

    std::lock_guard merge_lock(merge_mutex);
    /// Size-tiered choice: in each partition with enough parts, the run of consecutive
    /// parts (at most max_parts_to_merge_at_once) with the fewest bytes, so small fresh
    /// parts are merged first and big parts are rewritten rarely.
    std::map<std::string, MergeTreeDataParts> by_partition;
    Int64 mutation_version = maxMutationVersion();
    /// Parts a mutation still has to rewrite are left to it: a merge would mix data versions.
    for (const auto & part : getActiveParts())
        if (part->info.getDataVersion() >= mutation_version)
            by_partition[part->info.partition_id].push_back(part);
    MergeTreeDataParts best;
    UInt64 best_bytes = 0;
    for (const auto & [partition_id, parts] : by_partition)
    {
        if (parts.size() < metadata->settings.min_parts_to_merge)
            continue;
        size_t window = std::min<size_t>(parts.size(), metadata->settings.max_parts_to_merge_at_once);
        for (size_t start = 0; start + window <= parts.size(); ++start)
        {
            UInt64 bytes = 0;
            for (size_t i = start; i < start + window; ++i)
                bytes += parts[i]->bytes_on_disk;
            if (best.empty() || bytes < best_bytes)
            {
                best.assign(parts.begin() + static_cast<ptrdiff_t>(start), parts.begin() + static_cast<ptrdiff_t>(start + window));
                best_bytes = bytes;
            }
        }
    }
    if (best.empty())
        return false;
    if (auto merged = mergeParts(best))
        replaceParts(best, merged);
    else
        removeParts(best, false); /// TTL removed every row.
    best.clear();
    by_partition.clear();
    removeUnusedOutdatedParts();
    return true;
}

void StorageMergeTree::optimizeParts(const std::string & partition_id, bool is_final, bool deduplicate, bool cleanup)
{
    /// Pending mutations first: a merge never mixes parts of different data versions.
    while (mutateOnce())
    {
    }
    if (!is_final && partition_id.empty() && !deduplicate)
    {
        if (!mergeOnce())
            mergeWithTTLOnce(true);
        return;
    }
    {
        std::lock_guard merge_lock(merge_mutex);
        std::map<std::string, MergeTreeDataParts> by_partition;
        auto now = time(nullptr);
        for (const auto & part : getActiveParts())
        {
            if (!partition_id.empty() && part->info.partition_id != partition_id)
                continue;
            /// ttl_only_drop_parts: a part whose every row expired goes whole, never rewritten.
            if (metadata->settings.ttl_only_drop_parts && part->delete_ttl_max && part->delete_ttl_max <= now)
                removeParts({ part }, false);
            else
                by_partition[part->info.partition_id].push_back(part);
        }
        for (const auto & [id_of_partition, parts] : by_partition)
        {
            /// Without FINAL a partition of one part is left alone, as in ClickHouse.
            if (!is_final && parts.size() < 2)
                continue;
            if (auto merged = mergeParts(parts, deduplicate, cleanup))
                replaceParts(parts, merged);
            else
                removeParts(parts, false); /// Everything expired: the partition is gone.
            last_ttl_merge_time[id_of_partition] = time(nullptr);
        }
    }
    removeUnusedOutdatedParts();
}

void StorageMergeTree::optimize(interpreters::QueryContext & context, const sql::ASTOptimizeQuery & query)
{
    if (query.cleanup)
    {
        if (metadata->merging.mode != MergeTreeMergingParams::Mode::Replacing)
            throw Exception(ErrorCodes::CANNOT_ASSIGN_OPTIMIZE, "Cannot OPTIMIZE with CLEANUP table: only ReplacingMergeTree can be CLEANUP");
        if (!metadata->settings.allow_experimental_replacing_merge_with_cleanup)
            throw Exception(ErrorCodes::SUPPORT_IS_DISABLED, "Experimental merges with CLEANUP are not allowed");
    }
    /// SYSTEM STOP MERGES stops OPTIMIZE too, as in ClickHouse.
    if (!are_merges_enabled)
        throw Exception(ErrorCodes::ABORTED, "Cancelled merging parts");
    std::string partition_id;
    if (query.partition)
        partition_id = partitionIdOf(query.partition, context);
    optimizeParts(partition_id, query.final, query.deduplicate, query.cleanup);
}

void StorageMergeTree::truncate()
{
    std::lock_guard merge_lock(merge_mutex);
    {
        std::lock_guard lock(parts_mutex);
        for (const auto & [key, part] : active_parts)
        {
            part->markForRemoval();
            outdated_parts.push_back(part);
        }
        active_parts.clear();
    }
    removeUnusedOutdatedParts();
}

void StorageMergeTree::drop()
{
    shutdown();
    std::lock_guard merge_lock(merge_mutex);
    {
        std::lock_guard lock(parts_mutex);
        active_parts.clear();
        outdated_parts.clear();
    }
    std::error_code ignored;
    fs::remove_all(data_path, ignored);
}

void StorageMergeTree::rename(const StorageID & new_id, const std::string & new_data_path)
{
    bool was_running;
    {
        std::lock_guard lock(thread_mutex);
        was_running = merge_thread.joinable();
    }
    shutdown();
    {
        std::lock_guard merge_lock(merge_mutex);
        std::string target = new_data_path;
        if (target.empty() || target.back() != '/')
            target += '/';
        if (target != data_path)
        {
            {
                std::lock_guard lock(parts_mutex);
                active_parts.clear();
            }
            fs::create_directories(fs::path(target).parent_path().parent_path());
            fs::rename(fs::path(data_path).parent_path(), fs::path(target).parent_path());
            data_path = target;
            loadParts();
        }
        setStorageID(new_id);
    }
    if (was_running)
        startup();
}

void StorageMergeTree::mergeLoop()
{
    std::unique_lock lock(thread_mutex);
    while (!is_stopping)
    {
        lock.unlock();
        try
        {
            removeUnusedOutdatedParts();
            while (are_merges_enabled && (mutateOnce() || mergeOnce() || mergeWithTTLOnce(false)))
            {
                std::lock_guard check(thread_mutex);
                if (is_stopping)
                    break;
            }
        }
        catch (...)
        {
            /// A failed merge leaves its sources active; it is retried on the next wakeup.
        }
        lock.lock();
        merge_wakeup.wait_for(lock, std::chrono::seconds(1));
    }
}

void StorageMergeTree::startup()
{
    std::lock_guard lock(thread_mutex);
    if (merge_thread.joinable())
        return;
    is_stopping = false;
    merge_thread = std::thread([this] { mergeLoop(); });
}

void StorageMergeTree::shutdown()
{
    std::thread stopping;
    {
        std::lock_guard lock(thread_mutex);
        is_stopping = true;
        stopping = std::move(merge_thread);
    }
    merge_wakeup.notify_all();
    if (stopping.joinable())
        stopping.join();
}

std::optional<UInt64> StorageMergeTree::totalRows() const
{
    UInt64 rows = 0;
    for (const auto & part : getActiveParts())
        rows += part->rows;
    return rows;
}

std::optional<UInt64> StorageMergeTree::totalBytes() const
{
    UInt64 bytes = 0;
    for (const auto & part : getActiveParts())
        bytes += part->bytes_on_disk;
    return bytes;
}

std::vector<PartInfo> StorageMergeTree::getParts(bool include_inactive) const
{
    std::lock_guard lock(parts_mutex);
    std::vector<PartInfo> result;
    for (const auto & [key, part] : active_parts)
        result.push_back(part->toPartInfo(true));
    if (include_inactive)
        for (const auto & part : outdated_parts)
            result.push_back(part->toPartInfo(false));
    return result;
}

ColumnSizes StorageMergeTree::getColumnSizes() const
{
    ColumnSizes sizes;
    for (const auto & part : getActiveParts())
        for (const auto & [column, size] : part->column_sizes)
        {
            auto & total = sizes[column];
            total.data_compressed += size.data_compressed;
            total.data_uncompressed += size.data_uncompressed;
            total.marks += size.marks;
        }
    return sizes;
}

std::map<std::string, std::string> StorageMergeTree::getKeyDescriptions() const
{
    return {
        { "partition_key", metadata->partition_key.expression_text },
        { "sorting_key", metadata->sorting_key.expression_text },
        { "primary_key", metadata->primary_key.expression_text },
        { "sampling_key", "" },
    };
}

namespace
{
/// Names in an engine argument: `a` or a tuple `(a, b)`.
void appendIdentifiers(const sql::ASTPtr & argument, std::vector<std::string> & names, const std::string & engine)
{
    if (const auto * identifier = dynamic_cast<const sql::ASTIdentifier *>(argument.get()))
    {
        names.push_back(identifier->shortName());
        return;
    }
    if (const auto * function = dynamic_cast<const sql::ASTFunction *>(argument.get()); function && function->name == "tuple")
    {
        for (const auto & element : function->argumentList())
            appendIdentifiers(element, names, engine);
        return;
    }
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Arguments of storage {} must be column names", engine);
}

/// ReplacingMergeTree([ver]) and SummingMergeTree([columns]) arguments.
MergeTreeMergingParams mergingParams(const std::string & engine, const sql::ASTs & arguments)
{
    MergeTreeMergingParams params;
    if (engine == "ReplacingMergeTree")
    {
        params.mode = MergeTreeMergingParams::Mode::Replacing;
        if (arguments.size() > 2)
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                "With extended storage definition syntax storage ReplacingMergeTree requires 0 to 2 parameters: \n[is_deleted column],\n[version]");
        std::vector<std::string> names;
        for (const auto & argument : arguments)
            appendIdentifiers(argument, names, engine);
        if (names.size() != arguments.size())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Version column of ReplacingMergeTree must be one column");
        if (!names.empty())
            params.version_column = names[0];
        if (names.size() == 2)
            params.is_deleted_column = names[1];
        return params;
    }
    if (engine == "AggregatingMergeTree" && arguments.empty())
    {
        params.mode = MergeTreeMergingParams::Mode::Aggregating;
        return params;
    }
    if (engine == "SummingMergeTree")
    {
        params.mode = MergeTreeMergingParams::Mode::Summing;
        for (const auto & argument : arguments)
            appendIdentifiers(argument, params.columns_to_sum, engine);
        return params;
    }
    if (engine == "CollapsingMergeTree" || engine == "VersionedCollapsingMergeTree")
    {
        bool is_versioned = engine == "VersionedCollapsingMergeTree";
        params.mode = is_versioned ? MergeTreeMergingParams::Mode::VersionedCollapsing : MergeTreeMergingParams::Mode::Collapsing;
        std::vector<std::string> names;
        for (const auto & argument : arguments)
            appendIdentifiers(argument, names, engine);
        if (names.size() != arguments.size() || names.size() != (is_versioned ? 2u : 1u))
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "With extended storage definition syntax storage {} requires {} parameters: \n{}",
                engine, is_versioned ? 2 : 1, is_versioned ? "sign column,\nversion" : "sign column");
        params.sign_column = names[0];
        if (is_versioned)
            params.version_column = names[1];
        return params;
    }
    if (!arguments.empty())
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "With extended storage definition syntax storage MergeTree requires no parameters");
    return params;
}

/// ReplacingMergeTree's is_deleted column is a UInt8.
void checkIsDeletedColumn(const MergeTreeMergingParams & params, const ColumnsDescription & columns)
{
    if (params.is_deleted_column.empty())
        return;
    const auto * is_deleted = columns.tryGet(params.is_deleted_column);
    if (!is_deleted || is_deleted->default_kind == ColumnDefaultKind::Alias)
        throw Exception(
            ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "is_deleted column {} does not exist in table declaration.", params.is_deleted_column);
    if (is_deleted->type->getTypeId() != TypeIndex::UInt8)
        throw Exception(
            ErrorCodes::BAD_TYPE_OF_FIELD, "is_deleted column ({}) for storage ReplacingMergeTree must have type UInt8. Provided column of type {}.",
            params.is_deleted_column, is_deleted->type->getName());
}

/// The sign column of the Collapsing engines is an Int8; a VersionedCollapsing version is a
/// number, a date or a time.
void checkCollapsingColumns(const MergeTreeMergingParams & params, const ColumnsDescription & columns)
{
    if (params.sign_column.empty())
        return;
    std::string engine = params.engineName();
    const auto * sign = columns.tryGet(params.sign_column);
    if (!sign || sign->default_kind == ColumnDefaultKind::Alias)
        throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "Sign column {} does not exist in table declaration.", params.sign_column);
    if (sign->type->getTypeId() != TypeIndex::Int8)
        throw Exception(
            ErrorCodes::BAD_TYPE_OF_FIELD, "Sign column ({}) for storage {} must have type Int8. Provided column of type {}.",
            params.sign_column, engine, sign->type->getName());
    if (params.mode != MergeTreeMergingParams::Mode::VersionedCollapsing)
        return;
    const auto * version = columns.tryGet(params.version_column);
    if (!version || version->default_kind == ColumnDefaultKind::Alias)
        throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "There is no physical column {} in table.", params.version_column);
    auto type = version->type->getTypeId();
    bool is_version_type = isNumber(*version->type) || type == TypeIndex::Date || type == TypeIndex::Date32
        || type == TypeIndex::DateTime || type == TypeIndex::DateTime64;
    if (!is_version_type)
        throw Exception(
            ErrorCodes::BAD_TYPE_OF_FIELD,
            "The column {} cannot be used as a version column for storage {} because it is of type {} (must be of an integer type "
            "or of type Date/DateTime/DateTime64)",
            params.version_column, engine, version->type->getName());
}

/// VersionedCollapsingMergeTree sorts rows of equal key by version, as ClickHouse does: the
/// version ends the sorting key, not the primary key.
sql::ASTPtr withVersionInKey(const sql::ASTPtr & order_by, const std::string & version)
{
    sql::ASTs elements;
    const auto * tuple = dynamic_cast<const sql::ASTFunction *>(order_by.get());
    if (tuple && tuple->name == "tuple")
        elements = tuple->argumentList();
    else if (order_by)
        elements.push_back(order_by);
    elements.push_back(std::make_shared<sql::ASTIdentifier>(std::vector<std::string>{ version }));
    return sql::makeASTFunction("tuple", std::move(elements));
}

StoragePtr createMergeTree(const std::string & engine_name, const StorageArguments & arguments)
{
    const auto * create = dynamic_cast<const sql::ASTCreateQuery *>(arguments.create_query.get());
    const auto * storage = create ? dynamic_cast<const sql::ASTStorage *>(create->storage.get()) : nullptr;
    if (!storage)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "{} needs the CREATE query's storage definition", engine_name);
    sql::ASTs engine_arguments;
    if (const auto * engine = dynamic_cast<const sql::ASTFunction *>(storage->engine.get()); engine && engine->arguments)
        engine_arguments = engine->arguments->children;
    MergeTreeMergingParams merging = mergingParams(engine_name, engine_arguments);
    if (!storage->order_by && !storage->primary_key)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
            "ORDER BY or PRIMARY KEY clause is missing. Consider using extended storage definition syntax with ORDER BY or PRIMARY "
            "KEY clause.");
    const auto & build = keyBuilder();
    KeyDescription partition_key = build(storage->partition_by, arguments.columns);
    KeyDescription primary_key = build(storage->primary_key, arguments.columns);
    KeyDescription sorting_key = storage->order_by ? build(storage->order_by, arguments.columns) : primary_key;
    checkIsDeletedColumn(merging, arguments.columns);
    checkCollapsingColumns(merging, arguments.columns);
    if (merging.mode == MergeTreeMergingParams::Mode::VersionedCollapsing
        && std::find(sorting_key.column_names.begin(), sorting_key.column_names.end(), merging.version_column)
            == sorting_key.column_names.end())
    {
        if (primary_key.empty())
            primary_key = sorting_key;
        sorting_key = build(withVersionInKey(storage->order_by ? storage->order_by : storage->primary_key, merging.version_column), arguments.columns);
    }
    MergeTreeSettings settings;
    if (const auto * set = dynamic_cast<const sql::ASTSetQuery *>(storage->settings.get()))
        settings = MergeTreeSettings::fromChanges(set->changes);
    auto table = std::make_shared<StorageMergeTree>(
        arguments.id, arguments.columns, arguments.data_path, std::move(partition_key), std::move(sorting_key), std::move(primary_key),
        settings, std::move(merging), MergeTreeIndexDescription::fromAST(create->indices, arguments.columns));
    table->setTTL(storage->ttl_table);
    return table;
}
}

void registerStorageMergeTree()
{
    for (const char * engine :
         { "MergeTree", "ReplacingMergeTree", "SummingMergeTree", "AggregatingMergeTree", "CollapsingMergeTree", "VersionedCollapsingMergeTree" })
        StorageFactory::instance().registerStorage(
            engine, [name = std::string(engine)](const StorageArguments & arguments) { return createMergeTree(name, arguments); });
}
}
