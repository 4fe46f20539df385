// The recursive-descent parser behind parseQuery(). Internal to src/sql: the public entry points
// are in Parser.h. Its methods are split by statement family over ParserExpression.cpp,
// ParserSelect.cpp, ParserCreate.cpp and ParserStatements.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/RoleList.h"
#include "access/SettingsProfileElement.h"
#include "sql/ASTCreateAccessEntityQuery.h"
#include "sql/AccessEntityKind.h"
#include "sql/IAST.h"
#include "sql/Lexer.h"
#include "sql/Token.h"

namespace datastore::sql
{
class QueryParser
{
public:
    QueryParser(std::string_view text_, size_t max_query_size);

    /// One statement followed by an optional ';' and the end of the text (or, for INSERT with
    /// inline data, by the data). Throws SYNTAX_ERROR.
    ASTPtr parseStatement();
    /// One expression filling the whole text.
    ASTPtr parseStandaloneExpression();
    std::vector<std::pair<std::string, std::string>> parseStandaloneStructure();
    /// A data type filling the whole text, as its normalized text.
    std::string parseStandaloneDataType();

    /// Byte offset just past the statement parsed last (before inline data or after ';').
    size_t statementEnd() const { return statement_end; }

private:
    /// Token access and the bookkeeping of what was expected at the furthest failed position.
    /// By value: reading further tokens may grow the buffer.
    Token peek(size_t ahead = 0) const;
    std::string_view textOf(const Token & token) const;
    bool isKeyword(const Token & token, std::string_view keyword) const;
    /// Matches one or more space-separated keywords ("ORDER BY"); records it as expected otherwise.
    bool tryKeyword(std::string_view keywords);
    bool peekKeyword(std::string_view keywords) const;
    void expectKeyword(std::string_view keywords);
    bool tryToken(TokenType type, const char * description);
    void expectToken(TokenType type, const char * description);
    void noteExpected(std::string_view description);
    [[noreturn]] void fail();
    [[noreturn]] void failWith(size_t token_index, const std::string & description);

    /// Expressions (ParserExpression.cpp).
    ASTPtr parseExpression(int min_priority = 0);
    ASTPtr parseUnary();
    ASTPtr parsePrimary();
    ASTPtr parseParenthesized();
    ASTPtr parseArrayLiteral();
    ASTPtr parseCase();
    ASTPtr parseCast();
    ASTPtr parseInterval();
    ASTPtr parseIdentifierOrFunction();
    ASTPtr parseFunctionCall(std::string name);
    /// trim(BOTH 'x' FROM s), substring(s FROM a FOR b), extract(YEAR FROM d) (ParserStandardCallForms.cpp);
    /// nullptr, with nothing consumed, when the call is not in such a form.
    ASTPtr tryParseStandardCallForm(const std::string & name);
    ASTPtr parseExpressionWithOptionalAlias(bool allow_bare_alias);
    ASTPtr parseExpressionList(bool allow_bare_alias);
    ASTPtr parseNumberLiteral(const Token & token, bool negative);
    bool tryParseAlias(std::string & alias, bool allow_bare_alias);
    std::string parseIdentifierName();
    bool tryParseIdentifierName(std::string & name);
    /// `db.t` or `t` into (database, table).
    void parseTableName(std::string & database, std::string & table);
    std::string parseDataType();
    ASTPtr parseDataTypeAST();
    ASTPtr parseStringLiteral();
    /// An expression that must be a literal (SETTINGS values); its value.
    Field parseLiteralValue();

    /// SELECT (ParserSelect.cpp).
    ASTPtr parseSelectWithUnion();
    ASTPtr parseSelectOrParenthesized();
    ASTPtr parseSelect();
    ASTPtr parseTablesInSelect();
    ASTPtr parseTableExpression();
    ASTPtr parseOrderByList();
    ASTPtr parseGroupingSets();
    /// SAMPLE's `0.1` or `1/10`.
    ASTPtr parseSampleRatio();
    /// `(w PARTITION BY ... ORDER BY ... ROWS BETWEEN ...)`, brackets included.
    ASTPtr parseWindowDefinition();
    ASTPtr parseWindowList();
    ASTPtr parseSettings(bool is_standalone);
    bool peekSelectStart() const;

    /// CREATE / ATTACH (ParserCreate.cpp).
    ASTPtr parseCreate(bool attach);
    ASTPtr parseColumnDeclaration(bool require_type);
    /// `name expr TYPE type [GRANULARITY n]`, after the INDEX keyword.
    ASTPtr parseIndexDeclaration();
    ASTPtr parseStorage();

    /// Everything else (ParserStatements.cpp).
    ASTPtr parseInsert();
    ASTPtr parseDrop();
    ASTPtr parseRename();
    ASTPtr parseShow();
    ASTPtr parseDescribe();
    ASTPtr parseUse();
    ASTPtr parseExists();
    ASTPtr parseOptimize();
    ASTPtr parseSet();
    ASTPtr parseExplain();
    ASTPtr parseAlter();
    /// DELETE FROM t WHERE cond, as ALTER TABLE t DELETE WHERE cond.
    ASTPtr parseDeleteFrom();
    /// A TTL clause: `expr [DELETE] [WHERE cond], ...` as ASTTTLElements.
    ASTPtr parseTTLList();
    ASTPtr parseSystem();
    ASTPtr parseKill();
    ASTPtr parseQueryBody();

    /// Access control (ParserAccess.cpp).
    bool peekAccessStatement() const;
    /// The number of keywords naming an entity kind `ahead` tokens on ("SETTINGS PROFILE": 2), 0 if none.
    size_t peekAccessEntityKind(size_t ahead, AccessEntityKind & kind) const;
    ASTPtr parseAccessStatement();
    /// A user, role, profile or quota name: an identifier or a string literal.
    std::string parseAccessName();
    std::vector<std::string> parseAccessNames();
    /// NONE | ALL [EXCEPT names] | names.
    access::RoleList parseRoleList();
    std::vector<access::SettingsProfileElement> parseSettingsElements();
    void parseAccessEntityClauses(ASTCreateAccessEntityQuery & query);
    std::vector<ASTCreateQuotaQuery::Interval> parseQuotaIntervals();
    ASTPtr parseGrant();
    ASTPtr parseShowAccess();

    std::string_view text;
    size_t max_query_size;
    /// Tokens are read on demand: the inline data of an INSERT must never reach the lexer.
    mutable Lexer lexer;
    mutable std::vector<Token> tokens;
    size_t index = 0;
    size_t statement_end = 0;

    size_t furthest_index = 0;
    std::vector<std::string> expected;
};

/// The value of a '...' literal or of a `...`/"..." identifier with quotes removed and escapes applied.
std::string unquote(std::string_view quoted);
}
