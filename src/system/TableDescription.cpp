#include "base/Exception.h"
#include "system/TableDescription.h"

#include "sql/ASTCreateQuery.h"
#include "sql/ASTStorage.h"
#include "sql/formatAST.h"

namespace datastore::system
{
std::string describeCreateQuery(const storage::IStorage & storage, bool one_line)
{
    if (!storage.getCreateQuery())
        return {};
    const auto * create = storage.getCreateQuery()->as<sql::ASTCreateQuery>();
    if (create && !create->inner_uuid.empty())
    {
        auto copy = std::dynamic_pointer_cast<sql::ASTCreateQuery>(create->clone());
        copy->inner_uuid.clear();
        return sql::formatAST(*copy, one_line);
    }
    return sql::formatAST(*storage.getCreateQuery(), one_line);
}

std::string describeEngineFull(const storage::IStorage & storage)
{
    const auto * create = storage.getCreateQuery() ? storage.getCreateQuery()->as<sql::ASTCreateQuery>() : nullptr;
    if (create && (create->is_view || create->is_materialized_view))
        return {};
    if (!create || !create->storage)
        return storage.getName();
    std::string text = sql::formatAST(*create->storage, true);
    /// formatAST prints " ENGINE = MergeTree ..."; system.tables shows it without the keyword.
    const std::string prefix = "ENGINE = ";
    if (size_t start = text.find(prefix); start != std::string::npos)
        text = text.substr(start + prefix.size());
    return text;
}

std::string describeDefaultExpression(const storage::ColumnDescription & column)
{
    return column.default_expression ? sql::formatAST(*column.default_expression, true) : std::string();
}

std::string defaultKindName(storage::ColumnDefaultKind kind)
{
    switch (kind)
    {
        case storage::ColumnDefaultKind::None: return "";
        case storage::ColumnDefaultKind::Default: return "DEFAULT";
        case storage::ColumnDefaultKind::Materialized: return "MATERIALIZED";
        case storage::ColumnDefaultKind::Alias: return "ALIAS";
        case storage::ColumnDefaultKind::Ephemeral: return "EPHEMERAL";
    }
    return "";
}

bool keyMentionsColumn(const std::string & key_text, const std::string & column)
{
    auto is_identifier_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    size_t position = 0;
    while ((position = key_text.find(column, position)) != std::string::npos)
    {
        bool starts = position == 0 || !is_identifier_char(key_text[position - 1]);
        size_t end = position + column.size();
        bool ends = end == key_text.size() || !is_identifier_char(key_text[end]);
        if (starts && ends)
            return true;
        position = end;
    }
    return false;
}
}
