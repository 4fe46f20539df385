#include "storage/StorageBuffer.h"

#include <chrono>
#include <cmath>
#include <functional>

#include "base/Exception.h"
#include "base/Logger.h"
#include "exec/TransformStreams.h"
#include "exec/squashBlocks.h"
#include "functions/CastColumn.h"
#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/InsertDefaults.h"
#include "interpreters/PushingToViewsSink.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTLiteral.h"
#include "sql/formatAST.h"
#include "storage/DeferredBlocksSink.h"
#include "storage/EngineArguments.h"
#include "storage/StorageFactory.h"
#include "storage/StorageMaterializedView.h"

namespace datastore::storage
{
namespace
{
Block headerOf(const ColumnsDescription & columns, const std::vector<std::string> & names)
{
    Block header;
    for (const auto & name : names)
    {
        const auto & column = columns.get(name);
        header.insert({column.type->createColumn(), column.type, column.name});
    }
    return header;
}

Block physicalHeader(const ColumnsDescription & columns)
{
    Block header;
    for (const auto * column : columns.getPhysical())
        header.insert({column->type->createColumn(), column->type, column->name});
    return header;
}

/// The block's columns in the header's order (the buffer's physical ones).
Block inHeaderOrder(const Block & block, const Block & header)
{
    Block result;
    for (const auto & column : header)
        result.insert(block.getByName(column.name));
    return result;
}

void logBuffer(Logger::Level level, const StorageID & id, const std::string & message)
{
    Logger::instance().log(level, "StorageBuffer (" + id.getFullName() + ")", message);
}
}

StorageBuffer::StorageBuffer(StorageID id_, ColumnsDescription columns_, StorageID destination_id_, size_t num_layers,
                             Thresholds min_thresholds_, Thresholds max_thresholds_, Thresholds flush_thresholds_,
                             interpreters::ServerContext & server_)
    : IStorage(std::move(id_), std::move(columns_))
    , destination_id(std::move(destination_id_))
    , min_thresholds(min_thresholds_)
    , max_thresholds(max_thresholds_)
    , flush_thresholds(flush_thresholds_)
    , server(server_)
{
    layers.reserve(num_layers);
    for (size_t i = 0; i < num_layers; ++i)
        layers.push_back(std::make_unique<Layer>());
}

StorageBuffer::~StorageBuffer()
{
    {
        std::lock_guard lock(thread_mutex);
        is_stopping = true;
    }
    wakeup.notify_all();
    if (flush_thread.joinable())
        flush_thread.join();
}

bool StorageBuffer::passesThresholds(const Layer & layer, time_t now, size_t more_rows, size_t more_bytes, bool is_insert) const
{
    double time_passed = layer.first_write_time ? static_cast<double>(now - layer.first_write_time) : 0;
    size_t rows = layer.rows + more_rows;
    size_t bytes = layer.bytes + more_bytes;
    if (time_passed > min_thresholds.time && rows > min_thresholds.rows && bytes > min_thresholds.bytes)
        return true;
    if (time_passed > max_thresholds.time || rows > max_thresholds.rows || bytes > max_thresholds.bytes)
        return true;
    /// flush_* thresholds are the background thread's alone: they add no latency to INSERTs.
    if (is_insert)
        return false;
    return (flush_thresholds.time && time_passed > flush_thresholds.time) || (flush_thresholds.rows && rows > flush_thresholds.rows)
        || (flush_thresholds.bytes && bytes > flush_thresholds.bytes);
}

StoragePtr StorageBuffer::getDestination(const char * action) const
{
    if (destination_id.table.empty())
        return nullptr;
    auto destination = server.getCatalog().tryGetTable(destination_id.database, destination_id.table);
    if (destination.get() == this)
        throw Exception(ErrorCodes::INFINITE_LOOP, "Destination table is myself. {} will cause infinite loop", action);
    return destination;
}

void StorageBuffer::writeToDestination(const Blocks & blocks)
{
    if (blocks.empty() || destination_id.table.empty())
        return;
    auto destination = getDestination("Write");
    if (!destination)
    {
        logBuffer(Logger::Level::Error, id,
                  fmt::format("Destination table {} doesn't exist. Block of data is discarded.", destination_id.getNameForLogs()));
        return;
    }
    /// As an INSERT into a materialized view, the rows go to its target.
    if (const auto * view = dynamic_cast<const StorageMaterializedView *>(destination.get()))
        destination = view->getTargetTable();
    if (destination->isReadOnly())
        throw Exception(ErrorCodes::TABLE_IS_READ_ONLY, "Table {} is read-only", destination->getStorageID().getNameForLogs());

    interpreters::QueryContext context(server);
    context.current_database = destination_id.database;
    Block rows = interpreters::toTargetBlock(exec::squashBlocks(blocks, 0, 0).front(), *destination, context);
    if (!rows)
    {
        logBuffer(Logger::Level::Warning, id,
                  fmt::format("Destination table {} has no common columns with block in buffer. Block of data is discarded.",
                              destination_id.getNameForLogs()));
        return;
    }
    auto sink = interpreters::makeInsertSink(destination, context);
    sink->write(rows);
    sink->finish();
}

void StorageBuffer::flushLayer(Layer & layer)
{
    if (layer.blocks.empty())
        return;
    /// On failure the rows stay in the layer, to be flushed by a later attempt.
    writeToDestination(layer.blocks);
    layer.blocks.clear();
    layer.rows = 0;
    layer.bytes = 0;
    layer.first_write_time = 0;
}

void StorageBuffer::flushAll(bool check_thresholds)
{
    time_t now = time(nullptr);
    for (auto & layer : layers)
    {
        std::lock_guard lock(layer->mutex);
        if (!check_thresholds || passesThresholds(*layer, now, 0, 0, false))
            flushLayer(*layer);
    }
}

void StorageBuffer::insertBlocks(const Blocks & blocks)
{
    Block header = physicalHeader(columns);
    for (const auto & block : blocks)
    {
        size_t rows = block.rows();
        size_t bytes = block.bytes();
        /// A block over a max_* threshold would be flushed at once: it skips the buffer.
        if (is_shut_down || rows > max_thresholds.rows || bytes > max_thresholds.bytes)
        {
            writeToDestination({block});
            continue;
        }
        /// The least filled layer that is free now; if none is, wait for this thread's own.
        size_t start = std::hash<std::thread::id>{}(std::this_thread::get_id()) % layers.size();
        Layer * chosen = nullptr;
        std::unique_lock<std::mutex> chosen_lock;
        for (size_t i = 0; i < layers.size(); ++i)
        {
            Layer & layer = *layers[(start + i) % layers.size()];
            std::unique_lock lock(layer.mutex, std::try_to_lock);
            if (lock && (!chosen || layer.rows < chosen->rows))
            {
                chosen = &layer;
                chosen_lock = std::move(lock);
            }
        }
        if (!chosen)
        {
            chosen = layers[start].get();
            chosen_lock = std::unique_lock(chosen->mutex);
        }
        time_t now = time(nullptr);
        /// Flushing before adding keeps a layer within its max_* thresholds.
        if (passesThresholds(*chosen, now, rows, bytes, true))
            flushLayer(*chosen);
        if (!chosen->first_write_time)
            chosen->first_write_time = now;
        chosen->blocks.push_back(inHeaderOrder(block, header));
        chosen->rows += rows;
        chosen->bytes += bytes;
    }
    {
        std::lock_guard lock(thread_mutex);
        ++inserts_seen;
    }
    wakeup.notify_all();
}

exec::BlockSinkPtr StorageBuffer::write(interpreters::QueryContext &)
{
    if (!destination_id.table.empty())
        getDestination("Write");
    return std::make_shared<DeferredBlocksSink>(physicalHeader(columns), [this](Blocks blocks) { insertBlocks(blocks); });
}

exec::BlockStreams StorageBuffer::readDestination(const StoragePtr & destination, const ReadRequest & request,
                                                  interpreters::QueryContext & context, ReadStatistics * statistics) const
{
    ReadRequest destination_request = request;
    /// The destination would apply a PREWHERE to its rows only: the query's WHERE filters
    /// them and the buffered rows alike.
    destination_request.prewhere = nullptr;
    const auto & destination_columns = destination->getColumns();
    std::vector<std::string> common;
    bool is_same_structure = true;
    for (const auto & name : request.columns)
    {
        const auto * column = destination_columns.tryGet(name);
        if (!column || column->default_kind == ColumnDefaultKind::Alias || column->default_kind == ColumnDefaultKind::Ephemeral)
        {
            logBuffer(Logger::Level::Warning, id,
                      fmt::format("Destination table {} doesn't have column {}. The default values are used.",
                                  destination_id.getNameForLogs(), name));
            is_same_structure = false;
            continue;
        }
        if (!column->type->equals(*columns.get(name).type))
            is_same_structure = false;
        common.push_back(name);
    }
    if (is_same_structure)
        return destination->read(destination_request, context, statistics);
    if (common.empty())
    {
        logBuffer(Logger::Level::Warning, id,
                  fmt::format("Destination table {} has no common columns with block in buffer. Block of data is skipped.",
                              destination_id.getNameForLogs()));
        return {};
    }
    /// Index analysis compares constants of the buffer's types: not valid for the destination's.
    destination_request.columns = common;
    destination_request.filter = nullptr;
    destination_request.key_ranges = std::make_shared<KeyRanges>();
    Block header = headerOf(columns, request.columns);
    auto transform = [this, header, &context](Block block)
    {
        Block converted;
        for (auto & column : block)
        {
            const auto & type = columns.get(column.name).type;
            converted.insert({functions::castColumn(column.column, column.type, type), type, column.name});
        }
        /// Columns the destination lacks get the buffer's defaults, as in ClickHouse.
        Block complete = interpreters::completeInsertBlock(converted, nullptr, columns, context);
        Block result;
        for (const auto & column : header)
            result.insert(complete.getByName(column.name));
        return result;
    };
    return exec::transformEach(destination->read(destination_request, context, statistics), [&](const exec::BlockStreamPtr & stream) {
        return std::make_shared<exec::MapStream>(stream, header, transform);
    });
}

exec::BlockStreams StorageBuffer::read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics)
{
    auto destination = getDestination("Read");
    Blocks buffered;
    exec::BlockStreams streams;
    {
        /// A flush holds its layer's lock until the destination has the rows: under every
        /// lock, each row is either in a layer or in the destination's snapshot, never both.
        std::vector<std::unique_lock<std::mutex>> locks;
        locks.reserve(layers.size());
        for (auto & layer : layers)
            locks.emplace_back(layer->mutex);
        for (const auto & layer : layers)
            for (const auto & block : layer->blocks)
            {
                Block projected;
                for (const auto & name : request.columns)
                    projected.insert(block.getByName(name));
                if (projected.empty())
                    projected.setRowsWithoutColumns(block.rows());
                buffered.push_back(std::move(projected));
            }
        if (destination)
            streams = readDestination(destination, request, context, statistics);
    }
    Block header = headerOf(columns, request.columns);
    if (!buffered.empty() || streams.empty())
        streams.push_back(std::make_shared<exec::BlocksStream>(header, std::move(buffered)));
    return streams;
}

void StorageBuffer::optimize(interpreters::QueryContext &, const sql::ASTOptimizeQuery & query)
{
    if (query.partition)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Partition cannot be specified when optimizing table of type Buffer");
    if (query.final)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "FINAL cannot be specified when optimizing table of type Buffer");
    if (query.deduplicate)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "DEDUPLICATE cannot be specified when optimizing table of type Buffer");
    flushAll(false);
}

time_t StorageBuffer::nextFlushDeadline()
{
    /// A time threshold T passes once more than T whole seconds went by: at first + floor(T) + 1.
    auto deadline_after = [](time_t first, double threshold) { return first + static_cast<time_t>(threshold) + 1; };
    time_t deadline = 0;
    auto consider = [&deadline](time_t candidate) { deadline = deadline ? std::min(deadline, candidate) : candidate; };
    for (auto & layer : layers)
    {
        std::lock_guard lock(layer->mutex);
        if (!layer->first_write_time)
            continue;
        consider(deadline_after(layer->first_write_time, max_thresholds.time));
        if (flush_thresholds.time)
            consider(deadline_after(layer->first_write_time, flush_thresholds.time));
        if (layer->rows > min_thresholds.rows && layer->bytes > min_thresholds.bytes)
            consider(deadline_after(layer->first_write_time, min_thresholds.time));
        /// flush_rows and flush_bytes are checked by the background thread only.
        if ((flush_thresholds.rows && layer->rows > flush_thresholds.rows) || (flush_thresholds.bytes && layer->bytes > flush_thresholds.bytes))
            consider(time(nullptr));
    }
    return deadline;
}

void StorageBuffer::runBackgroundFlush()
{
    time_t retry_after = 0;
    while (true)
    {
        /// Counted before the deadline is computed: an INSERT after that wakes the wait.
        UInt64 inserts_before;
        {
            std::lock_guard lock(thread_mutex);
            inserts_before = inserts_seen;
        }
        time_t deadline = std::max(nextFlushDeadline(), retry_after);
        {
            std::unique_lock lock(thread_mutex);
            auto is_woken = [&] { return is_stopping || inserts_seen != inserts_before; };
            if (!deadline)
                wakeup.wait(lock, is_woken);
            else
                wakeup.wait_until(lock, std::chrono::system_clock::from_time_t(deadline), is_woken);
            if (is_stopping)
                return;
        }
        try
        {
            flushAll(true);
            retry_after = 0;
        }
        catch (...)
        {
            /// The rows stay buffered; the next attempt waits a second so as not to spin.
            logBuffer(Logger::Level::Error, id, "Cannot flush buffer: " + currentExceptionDisplayText());
            retry_after = time(nullptr) + 1;
        }
    }
}

void StorageBuffer::startup()
{
    std::lock_guard lock(thread_mutex);
    if (!flush_thread.joinable() && !is_stopping)
        flush_thread = std::thread([this] { runBackgroundFlush(); });
}

void StorageBuffer::shutdown()
{
    std::thread stopping;
    {
        std::lock_guard lock(thread_mutex);
        is_stopping = true;
        stopping = std::move(flush_thread);
    }
    wakeup.notify_all();
    if (stopping.joinable())
        stopping.join();
    is_shut_down = true;
    /// A layer that cannot be flushed must not keep the others from it.
    for (auto & layer : layers)
    {
        std::lock_guard lock(layer->mutex);
        try
        {
            flushLayer(*layer);
        }
        catch (...)
        {
            logBuffer(Logger::Level::Error, id,
                      fmt::format("Cannot flush {} rows at shutdown, they are lost: {}", layer->rows, currentExceptionDisplayText()));
        }
    }
}

std::optional<UInt64> StorageBuffer::totalRows() const
{
    UInt64 rows = 0;
    if (auto destination = destination_id.table.empty() ? nullptr : server.getCatalog().tryGetTable(destination_id.database, destination_id.table);
        destination && destination.get() != this)
    {
        auto destination_rows = destination->totalRows();
        if (!destination_rows)
            return std::nullopt;
        rows = *destination_rows;
    }
    for (const auto & layer : layers)
    {
        std::lock_guard lock(layer->mutex);
        rows += layer->rows;
    }
    return rows;
}

std::optional<UInt64> StorageBuffer::totalBytes() const
{
    UInt64 bytes = 0;
    for (const auto & layer : layers)
    {
        std::lock_guard lock(layer->mutex);
        for (const auto & block : layer->blocks)
            bytes += block.allocatedBytes();
    }
    return bytes;
}

namespace
{
const char * const kThresholdNames[] = {"num_buckets", "min_time", "max_time", "min_rows", "max_rows", "min_bytes", "max_bytes",
                                        "flush_time", "flush_rows", "flush_bytes"};

/// Engine argument `index` (2 and on): a non-negative number literal, as ClickHouse checks it.
double numericArgument(const sql::ASTs & arguments, size_t index)
{
    const auto * literal = arguments[index]->as<sql::ASTLiteral>();
    if (!literal)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Storage Buffer expects a literal as an argument #{}, got '{}' instead", index,
                        sql::formatAST(*arguments[index]));
    const char * name = kThresholdNames[index - 2];
    const Field & value = literal->value;
    double number;
    if (const auto * u = value.tryGet<UInt64>())
        number = static_cast<double>(*u);
    else if (const auto * i = value.tryGet<Int64>())
        number = static_cast<double>(*i);
    else if (const auto * f = value.tryGet<Float64>(); f && std::isfinite(*f))
        number = *f;
    else
        throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Cannot convert {} to UInt64", value.which() == Field::Which::Float64
                        ? "infinite value" : fieldTypeName(value.which()));
    if (number < 0)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Argument '{}' must be non-negative value, get {}", name, value.dump());
    return number;
}
}

void registerStorageBuffer()
{
    StorageFactory::instance().registerStorage("Buffer", [](const StorageArguments & arguments)
    {
        checkNoKeysOrSettings(arguments, "Buffer");
        sql::ASTs * engine_arguments = engineArgumentsOf(arguments);
        if (!engine_arguments || engine_arguments->size() < 9 || engine_arguments->size() > 12)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "Storage Buffer requires from 9 to 12 parameters:  destination_database, destination_table, num_buckets, "
                            "min_time, max_time, min_rows, max_rows, min_bytes, max_bytes[, flush_time, flush_rows, flush_bytes]");
        auto & args = *engine_arguments;
        auto context = makeEngineContext(arguments);
        StorageID destination{evaluateStringArgument(args[0], *context), evaluateStringArgument(args[1], *context)};
        /// An empty database is the current one, written into the metadata as ClickHouse does.
        if (destination.database.empty())
        {
            destination.database = context->current_database;
            args[0] = std::make_shared<sql::ASTLiteral>(Field(destination.database));
        }
        double values[10] = {};
        for (size_t i = 2; i < args.size(); ++i)
            values[i - 2] = numericArgument(args, i);
        if (values[0] < 1)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Argument 'num_buckets' must be a positive integer, got '{}'", args[2]->as<sql::ASTLiteral>()->value.dump());
        /// Without declared columns, the destination's.
        ColumnsDescription columns = arguments.columns;
        if (columns.getAll().empty())
        {
            if (destination.table.empty())
                throw Exception(ErrorCodes::EMPTY_LIST_OF_COLUMNS_PASSED, "Empty list of columns passed");
            columns = arguments.server->getCatalog().getTable(destination.database, destination.table)->getColumns();
        }
        auto count = [](double value) { return static_cast<UInt64>(value); };
        StorageBuffer::Thresholds min{values[1], count(values[3]), count(values[5])};
        StorageBuffer::Thresholds max{values[2], count(values[4]), count(values[6])};
        StorageBuffer::Thresholds flush{values[7], count(values[8]), count(values[9])};
        return std::make_shared<StorageBuffer>(arguments.id, std::move(columns), destination, count(values[0]), min, max, flush,
                                               *arguments.server);
    }, true);
}
}
