#include "base/Exception.h"
#include "interpreters/TableFromAST.h"

#include "analyzer/ExpressionBuilder.h"
#include "compression/CompressionCodecFactory.h"
#include "interpreters/Database.h"
#include "interpreters/DatabaseCatalog.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTFunction.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTStorage.h"
#include "sql/Parser.h"
#include "sql/formatAST.h"
#include "storage/StorageFactory.h"
#include "types/DataTypeFactory.h"

namespace datastore::interpreters
{
namespace
{
storage::ColumnDefaultKind defaultKindOf(const std::string & text)
{
    if (text == "DEFAULT")
        return storage::ColumnDefaultKind::Default;
    if (text == "MATERIALIZED")
        return storage::ColumnDefaultKind::Materialized;
    if (text == "ALIAS")
        return storage::ColumnDefaultKind::Alias;
    if (text == "EPHEMERAL")
        return storage::ColumnDefaultKind::Ephemeral;
    return storage::ColumnDefaultKind::None;
}

/// The type of a default expression over the columns declared so far.
DataTypePtr typeOfExpression(const sql::ASTPtr & expression, const storage::ColumnsDescription & columns)
{
    Block header;
    for (const auto & column : columns.getAll())
        if (column.type)
            header.insert({column.type->createColumn(), column.type, column.name});
    auto actions = std::make_shared<exec::ExpressionActions>(header);
    analyzer::ExpressionScope scope;
    scope.clause = "DEFAULT expression";
    analyzer::ExpressionBuilder builder(actions, scope);
    return actions->get(builder.build(expression)).type;
}

/// Checks a CODEC(...) chain against the column's type, as ClickHouse does at CREATE, and
/// returns it with every parameter spelled out: "Delta(8), LZ4".
std::string normalizedCodec(const sql::ASTFunction & codec, const storage::ColumnDescription & column)
{
    auto & factory = compression::CompressionCodecFactory::instance();
    size_t value_size = removeLowCardinality(column.type)->createColumn()->sizeOfValueIfFixed();
    std::string result;
    bool after_generic = false;
    for (const auto & element : codec.argumentList())
    {
        std::string text = sql::formatAST(*element);
        auto single = factory.get(text, value_size);
        bool is_generic = single->isGenericCompression();
        if (!is_generic && single->getMethodByte() != 0x02)
        {
            if (value_size == 0)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Codec {} is not applicable for {} because the data type is not of fixed size",
                                text, column.type->getName());
            if (after_generic)
                throw Exception(ErrorCodes::BAD_ARGUMENTS,
                                "Codec {} must be placed before generic compression codecs (LZ4, ZSTD) in CODEC({})", text,
                                sql::formatAST(*codec.arguments));
        }
        after_generic = after_generic || is_generic;
        result += (result.empty() ? "" : ", ") + single->getCodecDesc();
    }
    return result;
}
}

storage::ColumnsDescription columnsFromAST(const sql::ASTCreateQuery & create)
{
    storage::ColumnsDescription columns;
    if (!create.columns)
        return columns;
    for (const auto & child : create.columns->children)
    {
        const auto * declaration = child->as<sql::ASTColumnDeclaration>();
        if (!declaration)
            continue;
        if (columns.has(declaration->name))
            throw Exception(ErrorCodes::DUPLICATE_COLUMN, "Column {} already exists", declaration->name);
        storage::ColumnDescription column;
        column.name = declaration->name;
        column.default_kind = defaultKindOf(declaration->default_kind);
        column.default_expression = declaration->default_expression;
        if (!declaration->type_text.empty())
        {
            std::string type_text = declaration->type_text;
            if (declaration->nullable == 1)
                type_text = "Nullable(" + type_text + ")";
            column.type = DataTypeFactory::instance().get(type_text);
        }
        else if (declaration->default_expression)
            column.type = typeOfExpression(declaration->default_expression, columns);
        else
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Column {} has neither a type nor a default expression", declaration->name);
        if (declaration->codec)
        {
            column.codec_ast = declaration->codec;
            column.codec = normalizedCodec(*declaration->codec->as<sql::ASTFunction>(), column);
        }
        column.ttl = declaration->ttl;
        if (declaration->comment)
            if (const auto * literal = declaration->comment->as<sql::ASTLiteral>())
                if (const auto * text = literal->value.tryGet<std::string>())
                    column.comment = *text;
        columns.add(std::move(column));
    }
    return columns;
}

storage::StoragePtr createTableFromAST(const std::shared_ptr<sql::ASTCreateQuery> & create, Database & database, ServerContext & server,
                                       bool is_new)
{
    const auto * storage_ast = create->storage ? create->storage->as<sql::ASTStorage>() : nullptr;
    std::string engine = "Memory";
    if (create->is_view)
        engine = "View";
    else if (create->is_materialized_view)
        engine = "MaterializedView";
    else if (storage_ast && storage_ast->engine)
        engine = storage_ast->engine->as<sql::ASTFunction>()->name;
    else if (is_new)
        throw Exception(ErrorCodes::ENGINE_REQUIRED, "Table engine is not specified in CREATE query");

    storage::StorageArguments arguments;
    arguments.id = storage::StorageID{database.getName(), create->table};
    arguments.columns = columnsFromAST(*create);
    /// A column declared without a type is stored with the type its expression gave it, as
    /// ClickHouse writes it: `x UInt64 ALIAS a * 2`.
    if (create->columns)
        for (const auto & child : create->columns->children)
            if (auto * declaration = child->as<sql::ASTColumnDeclaration>(); declaration && declaration->type_text.empty())
                declaration->type_text = arguments.columns.get(declaration->name).type->getName();
    arguments.create_query = create;
    arguments.data_path = database.getTableDataPath(create->table);
    arguments.server = &server;
    arguments.is_new = is_new;
    auto table = storage::StorageFactory::instance().create(engine, arguments);
    table->setCreateQuery(create);
    return table;
}

storage::StoragePtr loadTableFromMetadata(Database & database, const std::string & table, const std::string & metadata, ServerContext & server)
{
    auto ast = sql::parseQuery(metadata);
    auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(ast);
    if (!create)
        throw Exception(ErrorCodes::INCORRECT_QUERY, "Metadata of table {} is not a CREATE query", table);
    create->attach = false;
    create->database = database.getName();
    create->table = table;
    return createTableFromAST(create, database, server, false);
}

void installTableLoader()
{
    DatabaseCatalog::setTableLoader(loadTableFromMetadata);
}
}
