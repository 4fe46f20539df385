#include "access/ContextAccess.h"
#include "base/Exception.h"
#include "base/Logger.h"
#include "base/MemoryTracker.h"
#include "interpreters/executeQuery.h"
#include "interpreters/ProcessList.h"
#include "interpreters/ProfileEvents.h"
#include "interpreters/QueryLogScope.h"

#include <exception>
#include <mutex>

#include "aggregates/AggregateFunctionFactory.h"
#include "analyzer/KeyDescriptionBuilder.h"
#include "formats/FormatFactory.h"
#include "functions/FunctionFactory.h"
#include "interpreters/Interpreters.h"
#include "interpreters/TableFromAST.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTDescribeQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExistsQuery.h"
#include "sql/ASTExplainQuery.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTAlterQuery.h"
#include "sql/ASTCreateAccessEntityQuery.h"
#include "sql/ASTDropAccessEntityQuery.h"
#include "sql/ASTGrantQuery.h"
#include "sql/ASTKillQueryQuery.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTQueryWithOutput.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTSetRoleQuery.h"
#include "sql/ASTShowAccessQuery.h"
#include "sql/ASTShowQuery.h"
#include "sql/ASTSystemQuery.h"
#include "sql/ASTUseQuery.h"
#include "sql/Parser.h"
#include "storage/StorageFactory.h"
#include "storage/mergetree/StorageMergeTree.h"
#include "system/StorageSystemTable.h"

namespace datastore::interpreters
{
namespace
{
bool isSelect(const sql::IAST & ast)
{
    return ast.as<sql::ASTSelectWithUnionQuery>() || ast.as<sql::ASTSelectQuery>();
}

/// readonly = 1 allows only reads; 2 also allows changing settings.
void checkAllowed(const sql::IAST & ast, const QueryContext & context)
{
    const Settings & settings = context.settings;
    if (!settings.readonly)
        return;
    bool is_read = isSelect(ast) || ast.as<sql::ASTShowQuery>() || ast.as<sql::ASTDescribeQuery>() || ast.as<sql::ASTExistsQuery>()
        || ast.as<sql::ASTExplainQuery>() || ast.as<sql::ASTUseQuery>() || ast.as<sql::ASTShowAccessQuery>();
    bool is_setting_change = ast.as<sql::ASTSetQuery>() != nullptr;
    if (is_read || (is_setting_change && settings.readonly == 2))
        return;
    throw Exception(ErrorCodes::READONLY, "{}: Cannot execute query in readonly mode", context.user);
}

/// Counts the query against the user's quota: started once parsed, finished with what it read
/// and returned, or as an error.
class QuotaScope
{
public:
    explicit QuotaScope(QueryContext & context_) : context(context_), quota(context.access ? context.access->getQuota() : nullptr) {}
    void start(const sql::IAST & ast)
    {
        if (!quota)
            return;
        auto kind = isSelect(ast) ? access::QuotaUsage::QueryKind::Select
            : ast.as<sql::ASTInsertQuery>() ? access::QuotaUsage::QueryKind::Insert
                                            : access::QuotaUsage::QueryKind::Other;
        quota->startQuery(kind);
    }
    ~QuotaScope()
    {
        if (!quota)
            return;
        auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - context.start_time).count();
        const auto & progress = context.progress;
        quota->finishQuery(progress.result_rows, progress.result_bytes, progress.read_rows, progress.read_bytes, static_cast<UInt64>(elapsed),
                           std::uncaught_exceptions() > exceptions_at_start);
    }

private:
    QueryContext & context;
    access::QuotaUsage * quota;
    int exceptions_at_start = std::uncaught_exceptions();
};

/// Counts the query in ProfileEvents as it starts, and as it ends: failed (by an exception),
/// its time, the rows it read and inserted.
class QueryEventsScope
{
public:
    QueryEventsScope(const sql::IAST & ast, QueryContext & context_)
        : context(context_), is_select(isSelect(ast)), is_insert(ast.as<sql::ASTInsertQuery>() != nullptr)
    {
        namespace events = ProfileEvents;
        events::increment(events::Query);
        if (is_select)
            events::increment(events::SelectQuery);
        if (is_insert)
            events::increment(events::InsertQuery);
    }
    ~QueryEventsScope()
    {
        namespace events = ProfileEvents;
        auto microseconds = static_cast<UInt64>(
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - context.start_time).count());
        events::increment(events::QueryTimeMicroseconds, microseconds);
        if (is_select)
            events::increment(events::SelectQueryTimeMicroseconds, microseconds);
        if (is_insert)
            events::increment(events::InsertQueryTimeMicroseconds, microseconds);
        events::increment(events::SelectedRows, context.progress.read_rows);
        events::increment(events::SelectedBytes, context.progress.read_bytes);
        if (std::uncaught_exceptions() > exceptions_at_start)
        {
            events::increment(events::FailedQuery);
            if (is_select)
                events::increment(events::FailedSelectQuery);
            if (is_insert)
                events::increment(events::FailedInsertQuery);
        }
        else if (is_insert)
        {
            events::increment(events::InsertedRows, context.progress.written_rows);
            events::increment(events::InsertedBytes, context.progress.written_bytes);
        }
    }

private:
    QueryContext & context;
    bool is_select;
    bool is_insert;
    int exceptions_at_start = std::uncaught_exceptions();
};

std::string outputFormatOf(const sql::IAST & ast)
{
    if (const auto * with_output = dynamic_cast<const sql::ASTQueryWithOutput *>(&ast))
        return with_output->format;
    return {};
}

const sql::ASTPtr & outputSettingsOf(const sql::IAST & ast)
{
    static const sql::ASTPtr none;
    if (const auto * with_output = dynamic_cast<const sql::ASTQueryWithOutput *>(&ast))
        return with_output->output_settings;
    return none;
}

/// Whether the result so far is over max_result_rows or max_result_bytes: throws
/// TOO_MANY_ROWS_OR_BYTES under result_overflow_mode = 'throw', else answers true ('break').
bool isResultOverLimits(const QueryContext & context)
{
    const auto & settings = context.settings;
    UInt64 rows = context.progress.result_rows;
    UInt64 bytes = context.progress.result_bytes;
    bool is_over_rows = settings.max_result_rows && rows > settings.max_result_rows;
    bool is_over_bytes = settings.max_result_bytes && bytes > settings.max_result_bytes;
    if (!is_over_rows && !is_over_bytes)
        return false;
    if (settings.result_overflow_mode == "break")
        return true;
    if (is_over_rows)
        throw Exception(ErrorCodes::TOO_MANY_ROWS_OR_BYTES, "Limit for result exceeded, max rows: {}, current rows: {}",
                        formatReadableQuantity(static_cast<double>(settings.max_result_rows)), formatReadableQuantity(static_cast<double>(rows)));
    throw Exception(ErrorCodes::TOO_MANY_ROWS_OR_BYTES, "Limit for result exceeded, max bytes: {}, current bytes: {}",
                    formatReadableSize(static_cast<double>(settings.max_result_bytes)), formatReadableSize(static_cast<double>(bytes)));
}

/// Hands each result block to `consume`, with constants expanded, counted and checked
/// against max_result_rows and max_result_bytes. Under 'break' the block that crosses a
/// limit is the last one, as in ClickHouse.
template <typename Consume>
void forEachResultBlock(exec::IBlockStream & stream, QueryContext & context, QueryIO & io, Consume && consume)
{
    while (Block block = stream.read())
    {
        context.checkCancelled();
        for (auto & column : block)
            column.column = column.column->convertToFullColumnIfConst();
        context.progress.result_rows += block.rows();
        context.progress.result_bytes += block.bytes();
        bool is_last = isResultOverLimits(context);
        consume(block);
        if (io.on_block_written)
            io.on_block_written();
        if (is_last)
            return;
    }
    /// Cancelled streams end without an error: the query must still fail as cancelled.
    context.checkCancelled();
}

/// Lets QueryContext::cancel() stop the streams mid-read (a long aggregation) while they run.
class CancelStreamsOnCancel
{
public:
    CancelStreamsOnCancel(QueryContext & context_, exec::IBlockStream & stream) : context(context_)
    {
        context.setOnCancel([&stream] { stream.cancel(); });
    }
    ~CancelStreamsOnCancel() { context.setOnCancel(nullptr); }

private:
    QueryContext & context;
};

void writeResult(exec::BlockStreamPtr stream, const sql::IAST & ast, QueryContext & context, QueryIO & io,
                 const std::function<Block()> & totals = {})
{
    CancelStreamsOnCancel cancel_streams(context, *stream);
    if (io.on_result_block)
    {
        io.on_result_block(stream->getHeader());
        forEachResultBlock(*stream, context, io, [&](const Block & block) { io.on_result_block(block); });
        if (totals && io.on_totals_block)
            if (Block totals_block = totals())
                io.on_totals_block(totals_block);
        return;
    }
    if (!io.output)
    {
        while (stream->read())
            context.checkCancelled();
        context.checkCancelled();
        return;
    }
    std::string format = outputFormatOf(ast);
    if (format.empty())
        format = io.default_format;
    auto & factory = formats::FormatFactory::instance();
    Block header = stream->getHeader();
    auto output = factory.getOutput(format, *io.output, header, makeFormatSettings(context.settings));
    if (io.on_output_format)
        io.on_output_format(format, output->getContentType());

    output->writePrefix();
    forEachResultBlock(*stream, context, io, [&](const Block & block) { output->consume(block); });
    if (totals)
        if (Block totals_block = totals())
            output->setTotals(totals_block);
    formats::OutputStatistics statistics;
    statistics.elapsed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - context.start_time).count();
    statistics.rows_read = context.progress.read_rows;
    statistics.bytes_read = context.progress.read_bytes;
    output->setStatistics(statistics);
    output->writeSuffix();
}
}

FormatSettings makeFormatSettings(const Settings & settings)
{
    FormatSettings format;
    format.date_time_input_format = settings.date_time_input_format == "best_effort" ? FormatSettings::DateTimeInputFormat::BestEffort
                                                                                    : FormatSettings::DateTimeInputFormat::Basic;
    format.json_quote_64bit_integers = settings.output_format_json_quote_64bit_integers;
    format.json_quote_64bit_floats = settings.output_format_json_quote_64bit_floats;
    format.json_quote_denormals = settings.output_format_json_quote_denormals;
    format.json_quote_decimals = settings.output_format_json_quote_decimals;
    format.json_escape_forward_slashes = settings.output_format_json_escape_forward_slashes;
    format.json_named_tuples_as_objects = settings.output_format_json_named_tuples_as_objects;
    format.write_statistics = settings.output_format_write_statistics;
    format.skip_unknown_fields = settings.input_format_skip_unknown_fields;
    format.defaults_for_omitted_fields = settings.input_format_defaults_for_omitted_fields;
    /// Cutting the input into segments and copying them costs the reading thread as much as a
    /// parsing thread saves when only two cores share reading, parsing and writing the part
    /// (measured: 0.44 s of CPU per 100,000 HIP-47 events serial, 0.72 s in parallel).
    format.parsing_threads = settings.input_format_parallel_parsing && settings.maxThreads() > 2 ? settings.maxThreads() : 1;
    format.min_chunk_bytes_for_parallel_parsing = settings.min_chunk_bytes_for_parallel_parsing;
    format.null_as_default = settings.input_format_null_as_default;
    format.tsv_empty_as_default = settings.input_format_tsv_empty_as_default;
    format.csv_empty_as_default = settings.input_format_csv_empty_as_default;
    if (!settings.format_csv_delimiter.empty())
        format.csv_delimiter = settings.format_csv_delimiter[0];
    format.pretty_max_rows = settings.output_format_pretty_max_rows;
    format.pretty_max_column_pad_width = settings.output_format_pretty_max_column_pad_width;
    format.pretty_max_value_width = settings.output_format_pretty_max_value_width;
    /// 24.x numbers Pretty rows by default; the setting turns it off (or on) when given.
    if (settings.isChanged("output_format_pretty_row_numbers"))
        format.pretty_row_numbers = settings.output_format_pretty_row_numbers;
    return format;
}

void initializeEngine()
{
    static std::once_flag once;
    std::call_once(once, [] {
        functions::registerFunctions();
        aggregates::registerAggregateFunctions();
        formats::registerFormats();
        storage::registerStorages();
        system::registerSystemTables();
        installTableLoader();
        storage::setKeyDescriptionBuilder(analyzer::buildKeyDescription);
    });
}

namespace
{
void executeQueryImpl(const std::string & text, QueryContext & context, QueryIO & io, QueryLogScope & query_log)
{
    QuotaScope quota(context);
    size_t max_query_size = context.settings.max_query_size ? context.settings.max_query_size : 262144;
    /// INSERT data may follow the statement in `text`: the parser stops at it, so only the
    /// statement itself counts against max_query_size.
    sql::ASTPtr ast = sql::parseQuery(text, std::max(max_query_size, text.size()));
    const auto * insert = ast->as<sql::ASTInsertQuery>();
    size_t statement_size = insert && insert->has_inline_data ? insert->data_offset : text.size();
    query_log.setQuery(*ast, std::string_view(text).substr(0, statement_size));
    if (statement_size > max_query_size)
        throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: failed at position {}: Max query size exceeded", max_query_size);
    if (!insert && io.input && !io.input->eof())
        throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: failed at position {}: Max query size exceeded", max_query_size);

    quota.start(*ast);
    applySettings(outputSettingsOf(*ast), context);
    checkAllowed(*ast, context);

    context.memory_tracker = std::make_shared<MemoryTracker>("for query");
    MemoryTracker::ThreadScope memory_scope(context.memory_tracker.get());
    auto & server = context.getServer();
    auto process = server.getProcessList().insert(context, server.getConfig().max_concurrent_queries);
    QueryEventsScope events(*ast, context);

    if (isSelect(*ast))
    {
        std::function<Block()> totals;
        auto stream = executeSelect(ast, context, &totals);
        query_log.onStart();
        return writeResult(stream, *ast, context, io, totals);
    }
    query_log.onStart();
    if (insert)
    {
        executeInsert(ast, text, context, io);
        return;
    }
    if (ast->as<sql::ASTCreateQuery>())
        return executeCreate(ast, context);
    if (ast->as<sql::ASTDropQuery>())
        return executeDrop(ast, context);
    if (ast->as<sql::ASTRenameQuery>())
        return executeRename(ast, context);
    if (ast->as<sql::ASTOptimizeQuery>())
        return executeOptimize(ast, context);
    if (ast->as<sql::ASTAlterQuery>())
        return executeAlter(ast, context);
    if (const auto * kill = ast->as<sql::ASTKillQueryQuery>(); kill && kill->is_mutation)
        return writeResult(executeKillMutation(ast, context), *ast, context, io);
    if (ast->as<sql::ASTKillQueryQuery>())
        return writeResult(executeKillQuery(ast, context), *ast, context, io);
    if (ast->as<sql::ASTUseQuery>())
        return executeUse(ast, context);
    if (ast->as<sql::ASTSetQuery>())
        return executeSet(ast, context);
    if (ast->as<sql::ASTSystemQuery>())
        return executeSystem(ast, context);
    if (ast->as<sql::ASTShowQuery>())
        return writeResult(executeShow(ast, context), *ast, context, io);
    if (ast->as<sql::ASTCreateAccessEntityQuery>() || ast->as<sql::ASTDropAccessEntityQuery>() || ast->as<sql::ASTGrantQuery>()
        || ast->as<sql::ASTSetRoleQuery>())
        return executeAccessStatement(ast, context);
    if (ast->as<sql::ASTShowAccessQuery>())
        return writeResult(executeShowAccess(ast, context), *ast, context, io);
    if (ast->as<sql::ASTDescribeQuery>())
        return writeResult(executeDescribe(ast, context), *ast, context, io);
    if (ast->as<sql::ASTExistsQuery>())
        return writeResult(executeExists(ast, context), *ast, context, io);
    if (ast->as<sql::ASTExplainQuery>())
        return writeResult(executeExplain(ast, context), *ast, context, io);
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Queries of this kind ({}) are not supported yet", ast->getID(' '));
}

/// "Read 3 rows, 24.00 B in 0.001 sec., 3000 rows/sec., 23.44 KiB/sec.", as ClickHouse logs a finished query.
std::string readSummary(const QueryContext & context)
{
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - context.start_time).count();
    auto rows = static_cast<double>(context.progress.read_rows.load());
    auto bytes = static_cast<double>(context.progress.read_bytes.load());
    double per_second = seconds > 0 ? 1 / seconds : 0;
    return fmt::format("Read {} rows, {} in {:.6g} sec., {:.0f} rows/sec., {}/sec.", context.progress.read_rows.load(), formatReadableSize(bytes),
                       seconds, rows * per_second, formatReadableSize(bytes * per_second));
}
}

void executeQuery(const std::string & text, QueryContext & context, QueryIO & io)
{
    context.query_text = text;
    Logger::QueryIdScope log_query_id(context.query_id);
    auto & logger = Logger::instance();
    std::string from = context.client_address.empty() ? "" : fmt::format("(from {}:{}) ", context.client_address, context.client_info.port);
    if (logger.isEnabled(Logger::Level::Debug))
        logger.log(Logger::Level::Debug, "executeQuery", from + text.substr(0, context.settings.log_queries_cut_to_length));
    QueryLogScope query_log(context);
    try
    {
        executeQueryImpl(text, context, io, query_log);
    }
    catch (...)
    {
        query_log.onException();
        logger.log(Logger::Level::Error, "executeQuery", fmt::format("{} {}(in query: {})", currentExceptionDisplayText(), from, text));
        throw;
    }
    query_log.onFinish();
    if (logger.isEnabled(Logger::Level::Debug))
        logger.log(Logger::Level::Debug, "executeQuery", readSummary(context));
}
}
