// Statements of access control: CREATE / ALTER / DROP of users, roles, settings profiles,
// quotas and row policies, GRANT and REVOKE, SET DEFAULT ROLE, and their SHOW statements.
#include <algorithm>
#include <cctype>

#include "sql/ASTCreateAccessEntityQuery.h"
#include "sql/ASTDropAccessEntityQuery.h"
#include "sql/ASTGrantQuery.h"
#include "sql/ASTSetRoleQuery.h"
#include "sql/ASTShowAccessQuery.h"
#include "sql/QueryParser.h"

namespace datastore::sql
{
namespace
{
std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// Seconds per unit of FOR INTERVAL, singular or plural.
UInt64 secondsOfUnit(const std::string & unit)
{
    static const std::pair<const char *, UInt64> units[] = {{"second", 1}, {"minute", 60}, {"hour", 3600}, {"day", 86400},
                                                           {"week", 7 * 86400}, {"month", 30 * 86400}, {"quarter", 91 * 86400},
                                                           {"year", 365 * 86400}};
    std::string singular = lower(unit);
    if (singular.size() > 1 && singular.back() == 's')
        singular.pop_back();
    for (const auto & [name, seconds] : units)
        if (singular == name)
            return seconds;
    return 0;
}
}

size_t QueryParser::peekAccessEntityKind(size_t ahead, AccessEntityKind & kind) const
{
    static const std::pair<std::string_view, AccessEntityKind> kinds[] = {
        {"USER", AccessEntityKind::User}, {"ROLE", AccessEntityKind::Role}, {"SETTINGS PROFILE", AccessEntityKind::SettingsProfile},
        {"PROFILE", AccessEntityKind::SettingsProfile}, {"QUOTA", AccessEntityKind::Quota}, {"ROW POLICY", AccessEntityKind::RowPolicy},
        {"POLICY", AccessEntityKind::RowPolicy}};
    for (const auto & [words, entity] : kinds)
    {
        bool is_match = true;
        size_t count = 0;
        for (size_t start = 0; start < words.size() && is_match; ++count)
        {
            size_t end = std::min(words.find(' ', start), words.size());
            is_match = isKeyword(peek(ahead + count), words.substr(start, end - start));
            start = end + 1;
        }
        if (is_match)
        {
            kind = entity;
            return count;
        }
    }
    return 0;
}

bool QueryParser::peekAccessStatement() const
{
    AccessEntityKind kind;
    if (peekKeyword("GRANT") || peekKeyword("REVOKE") || peekKeyword("SET DEFAULT ROLE") || peekKeyword("SET ROLE"))
        return true;
    if (peekKeyword("CREATE OR REPLACE"))
        return peekAccessEntityKind(3, kind) != 0;
    if (peekKeyword("CREATE") || peekKeyword("ALTER") || peekKeyword("DROP"))
        return peekAccessEntityKind(1, kind) != 0;
    if (!peekKeyword("SHOW"))
        return false;
    if (isKeyword(peek(1), "GRANTS") || (isKeyword(peek(1), "CREATE") && peekAccessEntityKind(2, kind)))
        return true;
    for (const char * list : {"USERS", "ROLES", "PROFILES", "QUOTAS", "POLICIES"})
        if (isKeyword(peek(1), list))
            return true;
    return (isKeyword(peek(1), "SETTINGS") && isKeyword(peek(2), "PROFILES")) || (isKeyword(peek(1), "ROW") && isKeyword(peek(2), "POLICIES"));
}

std::string QueryParser::parseAccessName()
{
    if (peek().type == TokenType::StringLiteral)
        return unquote(textOf(tokens[index++]));
    return parseIdentifierName();
}

std::vector<std::string> QueryParser::parseAccessNames()
{
    std::vector<std::string> names;
    do
        names.push_back(parseAccessName());
    while (tryToken(TokenType::Comma, "Comma"));
    return names;
}

access::RoleList QueryParser::parseRoleList()
{
    access::RoleList list;
    if (tryKeyword("NONE"))
        return list;
    if (tryKeyword("ALL"))
    {
        list.all = true;
        if (tryKeyword("EXCEPT"))
            list.except = parseAccessNames();
        return list;
    }
    list.names = parseAccessNames();
    return list;
}

std::vector<access::SettingsProfileElement> QueryParser::parseSettingsElements()
{
    std::vector<access::SettingsProfileElement> elements;
    if (tryKeyword("NONE"))
        return elements;
    do
    {
        access::SettingsProfileElement element;
        if (tryKeyword("PROFILE") || tryKeyword("INHERIT"))
        {
            element.parent_profile = parseAccessName();
            elements.push_back(std::move(element));
            continue;
        }
        element.setting = parseIdentifierName();
        if (tryToken(TokenType::Equals, "Equals"))
            element.value = parseLiteralValue();
        while (true)
        {
            if (tryKeyword("MIN"))
            {
                tryToken(TokenType::Equals, "Equals");
                element.min = parseLiteralValue();
            }
            else if (tryKeyword("MAX"))
            {
                tryToken(TokenType::Equals, "Equals");
                element.max = parseLiteralValue();
            }
            else if (tryKeyword("CONST") || tryKeyword("READONLY"))
                element.writability = "CONST";
            else if (tryKeyword("WRITABLE"))
                element.writability = "WRITABLE";
            else if (tryKeyword("CHANGEABLE_IN_READONLY"))
                element.writability = "CHANGEABLE_IN_READONLY";
            else
                break;
        }
        elements.push_back(std::move(element));
    } while (tryToken(TokenType::Comma, "Comma"));
    return elements;
}

ASTPtr QueryParser::parseAccessStatement()
{
    if (peekKeyword("GRANT") || peekKeyword("REVOKE"))
        return parseGrant();
    if (tryKeyword("SET DEFAULT ROLE"))
    {
        auto set_role = std::make_shared<ASTSetRoleQuery>();
        set_role->roles = parseRoleList();
        expectKeyword("TO");
        set_role->users = parseAccessNames();
        return set_role;
    }
    if (tryKeyword("SET ROLE"))
    {
        auto set_role = std::make_shared<ASTSetRoleQuery>();
        set_role->is_session = true;
        set_role->is_default = tryKeyword("DEFAULT");
        if (!set_role->is_default)
            set_role->roles = parseRoleList();
        return set_role;
    }
    if (peekKeyword("SHOW"))
        return parseShowAccess();
    AccessEntityKind kind;
    if (tryKeyword("DROP"))
    {
        auto drop = std::make_shared<ASTDropAccessEntityQuery>();
        index += peekAccessEntityKind(0, kind);
        drop->kind = kind;
        drop->if_exists = tryKeyword("IF EXISTS");
        drop->names = parseAccessNames();
        if (kind == AccessEntityKind::RowPolicy)
        {
            expectKeyword("ON");
            parseTableName(drop->database, drop->table);
        }
        return drop;
    }
    bool is_alter = tryKeyword("ALTER");
    if (!is_alter)
        expectKeyword("CREATE");
    bool or_replace = !is_alter && tryKeyword("OR REPLACE");
    index += peekAccessEntityKind(0, kind);
    std::shared_ptr<ASTCreateAccessEntityQuery> query;
    switch (kind)
    {
        case AccessEntityKind::User: query = std::make_shared<ASTCreateUserQuery>(); break;
        case AccessEntityKind::Role: query = std::make_shared<ASTCreateRoleQuery>(); break;
        case AccessEntityKind::SettingsProfile: query = std::make_shared<ASTCreateSettingsProfileQuery>(); break;
        case AccessEntityKind::Quota: query = std::make_shared<ASTCreateQuotaQuery>(); break;
        case AccessEntityKind::RowPolicy: query = std::make_shared<ASTCreateRowPolicyQuery>(); break;
    }
    query->is_alter = is_alter;
    query->or_replace = or_replace;
    if (is_alter)
        query->if_exists = tryKeyword("IF EXISTS");
    else if (!or_replace)
        query->if_not_exists = tryKeyword("IF NOT EXISTS");
    if (auto * policy = dynamic_cast<ASTCreateRowPolicyQuery *>(query.get()))
    {
        policy->names = {parseAccessName()};
        expectKeyword("ON");
        parseTableName(policy->database, policy->table);
    }
    else
        query->names = parseAccessNames();
    parseAccessEntityClauses(*query);
    query->updateChildren();
    return query;
}

void QueryParser::parseAccessEntityClauses(ASTCreateAccessEntityQuery & query)
{
    auto * user = dynamic_cast<ASTCreateUserQuery *>(&query);
    auto * profile = dynamic_cast<ASTCreateSettingsProfileQuery *>(&query);
    auto * quota = dynamic_cast<ASTCreateQuotaQuery *>(&query);
    auto * policy = dynamic_cast<ASTCreateRowPolicyQuery *>(&query);
    while (true)
    {
        if (query.is_alter && tryKeyword("RENAME TO"))
            query.new_name = parseAccessName();
        else if (!quota && !policy && tryKeyword("SETTINGS"))
            query.settings = parseSettingsElements();
        else if (user && tryKeyword("NOT IDENTIFIED"))
            user->authentication = std::make_pair(std::string("no_password"), std::string());
        else if (user && tryKeyword("IDENTIFIED"))
        {
            std::string type = "sha256_password";
            if (tryKeyword("WITH"))
                type = lower(parseIdentifierName());
            std::string value;
            if (type != "no_password")
            {
                expectKeyword("BY");
                if (peek().type != TokenType::StringLiteral)
                {
                    noteExpected("string literal");
                    fail();
                }
                value = unquote(textOf(tokens[index++]));
            }
            user->authentication = std::make_pair(type, value);
        }
        else if (user && tryKeyword("HOST"))
        {
            std::vector<std::pair<std::string, std::string>> hosts;
            do
            {
                std::string host_kind = upper(parseIdentifierName());
                if (host_kind == "IP" || host_kind == "NAME" || host_kind == "REGEXP")
                {
                    if (peek().type != TokenType::StringLiteral)
                    {
                        noteExpected("string literal");
                        fail();
                    }
                    hosts.emplace_back(host_kind, unquote(textOf(tokens[index++])));
                }
                else if (host_kind == "ANY" || host_kind == "LOCAL" || host_kind == "NONE")
                    hosts.emplace_back(host_kind, "");
                else
                {
                    --index;
                    for (const char * expected_kind : {"ANY", "LOCAL", "NONE", "IP", "NAME", "REGEXP"})
                        noteExpected(expected_kind);
                    fail();
                }
            } while (tryToken(TokenType::Comma, "Comma"));
            user->hosts = std::move(hosts);
        }
        else if (user && tryKeyword("DEFAULT ROLE"))
            user->default_roles = parseRoleList();
        else if (user && tryKeyword("DEFAULT DATABASE"))
            user->default_database = tryKeyword("NONE") ? std::string() : parseIdentifierName();
        else if (quota && tryKeyword("NOT KEYED"))
            quota->keyed_by = "";
        else if (quota && (tryKeyword("KEYED BY") || tryKeyword("KEY BY")))
        {
            std::string key = lower(parseIdentifierName());
            if (key == "client_key" && tryToken(TokenType::Comma, "Comma"))
                key += ", " + lower(parseIdentifierName());
            quota->keyed_by = key;
        }
        else if (quota && peekKeyword("FOR"))
            quota->intervals = parseQuotaIntervals();
        else if (policy && tryKeyword("AS"))
        {
            if (tryKeyword("RESTRICTIVE"))
                policy->is_restrictive = true;
            else
            {
                expectKeyword("PERMISSIVE");
                policy->is_restrictive = false;
            }
        }
        else if (policy && (tryKeyword("FOR SELECT USING") || tryKeyword("USING")))
            policy->condition = tryKeyword("NONE") ? nullptr : parseExpression();
        else if ((profile || quota || policy) && tryKeyword("TO"))
        {
            auto list = parseRoleList();
            if (profile)
                profile->to = list;
            else if (quota)
                quota->to = list;
            else
                policy->to = list;
        }
        else
            break;
    }
}

std::vector<ASTCreateQuotaQuery::Interval> QueryParser::parseQuotaIntervals()
{
    std::vector<ASTCreateQuotaQuery::Interval> intervals;
    do
    {
        expectKeyword("FOR");
        tryKeyword("RANDOMIZED");
        expectKeyword("INTERVAL");
        ASTCreateQuotaQuery::Interval interval;
        Field amount = parseLiteralValue();
        UInt64 count = amount.tryGet<UInt64>() ? *amount.tryGet<UInt64>() : 0;
        size_t unit_index = index;
        UInt64 unit_seconds = secondsOfUnit(parseIdentifierName());
        if (!count || !unit_seconds)
            failWith(count ? unit_index : unit_index - 1, count ? "time unit" : "positive number");
        interval.seconds = count * unit_seconds;
        if (tryKeyword("NO LIMITS") || tryKeyword("TRACKING ONLY"))
        {
            intervals.push_back(std::move(interval));
            continue;
        }
        expectKeyword("MAX");
        do
        {
            std::string resource = lower(parseIdentifierName());
            tryToken(TokenType::Equals, "Equals");
            interval.limits.emplace_back(resource, parseLiteralValue());
        } while (peek().type == TokenType::Comma && !isKeyword(peek(1), "FOR") && (++index, true));
        intervals.push_back(std::move(interval));
    } while (peek().type == TokenType::Comma && isKeyword(peek(1), "FOR") && (++index, true));
    return intervals;
}

ASTPtr QueryParser::parseGrant()
{
    auto grant = std::make_shared<ASTGrantQuery>();
    grant->is_revoke = tryKeyword("REVOKE");
    if (!grant->is_revoke)
        expectKeyword("GRANT");
    if (grant->is_revoke && (tryKeyword("GRANT OPTION FOR") || tryKeyword("ADMIN OPTION FOR")))
        grant->with_option = true;
    const char * grantees_keyword = grant->is_revoke ? "FROM" : "TO";
    while (true)
    {
        /// Items up to ON are privileges of one element; up to TO/FROM, roles.
        ASTGrantQuery::Element element;
        std::vector<ASTGrantQuery::Privilege> items;
        do
        {
            ASTGrantQuery::Privilege item;
            if (peek().type == TokenType::BareWord)
                while (peek().type == TokenType::BareWord && !isKeyword(peek(), "ON") && !isKeyword(peek(), grantees_keyword))
                    item.keyword += (item.keyword.empty() ? "" : " ") + std::string(textOf(tokens[index++]));
            else
                item.keyword = parseAccessName();
            if (item.keyword.empty())
                fail();
            if (tryToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket"))
            {
                do
                    item.columns.push_back(parseIdentifierName());
                while (tryToken(TokenType::Comma, "Comma"));
                expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
            }
            items.push_back(std::move(item));
        } while (tryToken(TokenType::Comma, "Comma"));
        if (!tryKeyword("ON"))
        {
            for (auto & item : items)
                grant->roles.push_back(std::move(item.keyword));
            break;
        }
        for (auto & item : items)
            item.keyword = upper(std::move(item.keyword));
        element.privileges = std::move(items);
        if (tryToken(TokenType::Asterisk, "Asterisk"))
        {
            element.any_table = true;
            if (tryToken(TokenType::Dot, "Dot"))
            {
                expectToken(TokenType::Asterisk, "Asterisk");
                element.any_database = true;
            }
        }
        else
        {
            element.table = parseIdentifierName();
            if (tryToken(TokenType::Dot, "Dot"))
            {
                element.database = std::move(element.table);
                element.table.clear();
                if (tryToken(TokenType::Asterisk, "Asterisk"))
                    element.any_table = true;
                else
                    element.table = parseIdentifierName();
            }
        }
        grant->elements.push_back(std::move(element));
        if (!tryToken(TokenType::Comma, "Comma"))
            break;
    }
    expectKeyword(grantees_keyword);
    grant->grantees = parseRoleList();
    if (!grant->is_revoke && (tryKeyword("WITH GRANT OPTION") || tryKeyword("WITH ADMIN OPTION")))
        grant->with_option = true;
    return grant;
}

ASTPtr QueryParser::parseShowAccess()
{
    auto show = std::make_shared<ASTShowAccessQuery>();
    expectKeyword("SHOW");
    if (tryKeyword("GRANTS"))
    {
        show->kind = ASTShowAccessQuery::Kind::Grants;
        if (tryKeyword("FOR"))
            show->names = parseAccessNames();
        return show;
    }
    if (tryKeyword("CREATE"))
    {
        show->kind = ASTShowAccessQuery::Kind::Create;
        index += peekAccessEntityKind(0, show->entity);
        if (peek().type == TokenType::BareWord || peek().type == TokenType::QuotedIdentifier || peek().type == TokenType::StringLiteral)
        {
            if (!isKeyword(peek(), "FORMAT") && !isKeyword(peek(), "CURRENT_USER") && !isKeyword(peek(), "CURRENT"))
                show->names = {parseAccessName()};
            else if (!isKeyword(peek(), "FORMAT"))
                ++index;
        }
        if (show->entity == AccessEntityKind::RowPolicy && !show->names.empty())
        {
            expectKeyword("ON");
            parseTableName(show->database, show->table);
        }
        return show;
    }
    show->kind = ASTShowAccessQuery::Kind::List;
    if (tryKeyword("USERS"))
        show->entity = AccessEntityKind::User;
    else if (tryKeyword("ROLES"))
        show->entity = AccessEntityKind::Role;
    else if (tryKeyword("QUOTAS"))
        show->entity = AccessEntityKind::Quota;
    else if (tryKeyword("PROFILES") || tryKeyword("SETTINGS PROFILES"))
        show->entity = AccessEntityKind::SettingsProfile;
    else
    {
        if (!tryKeyword("POLICIES"))
            expectKeyword("ROW POLICIES");
        show->entity = AccessEntityKind::RowPolicy;
    }
    return show;
}
}
