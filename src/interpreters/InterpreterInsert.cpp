#include "access/AccessType.h"
#include "access/ContextAccess.h"
#include "base/Exception.h"
#include "analyzer/SelectPlanner.h"
#include "functions/CastColumn.h"
#include "formats/FormatFactory.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/InsertDefaults.h"
#include "interpreters/PushingToViewsSink.h"
#include "interpreters/Interpreters.h"
#include "interpreters/executeQuery.h"
#include "io/ConcatReadBuffer.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTInsertQuery.h"
#include "storage/StorageMaterializedView.h"

namespace datastore::interpreters
{
namespace
{
/// The columns the INSERT names (or the table's ordinary ones), with the table's types.
Block insertHeader(const sql::ASTInsertQuery & insert, const storage::IStorage & table)
{
    const auto & columns = table.getColumns();
    Block header;
    if (!insert.columns)
    {
        for (const auto * column : columns.getOrdinary())
            header.insert({column->type->createColumn(), column->type, column->name});
        return header;
    }
    for (const auto & child : insert.columns->children)
    {
        const auto * identifier = child->as<sql::ASTIdentifier>();
        if (!identifier)
            throw Exception(ErrorCodes::UNEXPECTED_AST_STRUCTURE, "Unexpected expression in the column list of INSERT");
        const std::string & name = identifier->shortName();
        const auto * column = columns.tryGet(name);
        if (!column)
            throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "No such column {} in table {}", name, table.getStorageID().getNameForLogs());
        if (column->default_kind == storage::ColumnDefaultKind::Materialized || column->default_kind == storage::ColumnDefaultKind::Alias)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Cannot insert column {}, because it is {} column", name,
                            column->default_kind == storage::ColumnDefaultKind::Alias ? "ALIAS" : "MATERIALIZED");
        if (header.has(name))
            throw Exception(ErrorCodes::DUPLICATE_COLUMN, "Column {} in table {} specified more than once", name,
                            table.getStorageID().getNameForLogs());
        header.insert({column->type->createColumn(), column->type, name});
    }
    return header;
}

void countWritten(QueryContext & context, const Block & block)
{
    context.progress.written_rows += block.rows();
    context.progress.written_bytes += block.bytes();
}
}

UInt64 executeInsert(const sql::ASTPtr & query, const std::string & text, QueryContext & context, QueryIO & io)
{
    const auto & insert = *query->as<sql::ASTInsertQuery>();
    applySettings(insert.settings, context);
    if (insert.table_function)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "INSERT INTO FUNCTION is not supported yet");
    std::string database = insert.database.empty() ? context.current_database : insert.database;
    context.checkAccess(access::AccessType::Insert, database, insert.table);
    auto table = context.getCatalog().getTable(database, insert.table);
    /// INSERT INTO a materialized view writes into its target.
    if (const auto * view = dynamic_cast<const storage::StorageMaterializedView *>(table.get()))
        table = view->getTargetTable();
    if (table->isReadOnly())
        throw Exception(ErrorCodes::TABLE_IS_READ_ONLY, "Table {} is read-only", table->getStorageID().getNameForLogs());
    Block header = insertHeader(insert, *table);
    if (context.access)
        context.access->checkColumnsAccess(access::AccessType::Insert, database, insert.table, header.getNames());
    const auto & columns = table->getColumns();

    auto sink = makeInsertSink(table, context);
    UInt64 rows_written = 0;
    if (insert.select)
    {
        auto stream = analyzer::SelectPlanner(context).plan(insert.select);
        Block select_header = stream->getHeader();
        if (select_header.columns() != header.columns())
            throw Exception(ErrorCodes::NUMBER_OF_COLUMNS_DOESNT_MATCH, "Number of columns doesn't match: the INSERT has {}, the SELECT returns {}",
                            header.columns(), select_header.columns());
        while (Block block = stream->read())
        {
            context.checkCancelled();
            Block converted;
            for (size_t i = 0; i < header.columns(); ++i)
            {
                const auto & target = header.getByPosition(i);
                auto source = block.getByPosition(i);
                source.column = source.column->convertToFullColumnIfConst();
                converted.insert({functions::castColumn(source.column, source.type, target.type), target.type, target.name});
            }
            Block complete = completeInsertBlock(converted, nullptr, columns, context);
            sink->write(complete);
            countWritten(context, complete);
            rows_written += complete.rows();
        }
        sink->finish();
        return rows_written;
    }

    std::string_view inline_data;
    if (insert.has_inline_data && insert.data_offset < text.size())
        inline_data = std::string_view(text).substr(insert.data_offset);
    ReadBufferFromMemory inline_buffer(inline_data);
    ConcatReadBuffer data(inline_buffer, io.input);
    formats::InputFormatPtr input;
    /// Over the native protocol the client sends the data as blocks, unless the query holds it.
    if (io.make_insert_input && inline_data.find_first_not_of(" \t\r\n") == std::string_view::npos)
        input = io.make_insert_input(header, columns);
    else
    {
        if (data.eof())
            throw Exception(ErrorCodes::NO_DATA_TO_INSERT, "No data to insert");
        std::string format = insert.format.empty() ? "Values" : insert.format;
        size_t block_size = context.settings.max_insert_block_size ? context.settings.max_insert_block_size : 1048576;
        input = formats::FormatFactory::instance().getInput(format, data, header, makeFormatSettings(context.settings), block_size);
    }
    formats::MissingValues missing;
    while (true)
    {
        context.checkCancelled();
        missing.clear();
        Block block = input->read(missing);
        if (!block)
            break;
        if (block.rows() == 0)
            continue;
        Block complete = completeInsertBlock(block, missing.empty() ? nullptr : &missing, columns, context);
        sink->write(complete);
        countWritten(context, complete);
        rows_written += complete.rows();
    }
    sink->finish();
    return rows_written;
}
}
