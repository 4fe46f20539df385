// URL functions as ClickHouse has them: deliberately simple scans, not RFC 3986 parsing, so
// each part is found in one pass and returned as a piece of the input. The host rules (what
// ends a host, which characters make it invalid) follow ClickHouse's domain() exactly, since
// domain, domainWithoutWWW, topLevelDomain and port all build on them.
#include "columns/ColumnArray.h"
#include "columns/ColumnString.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/PublicSuffixes.h"
#include "functions/registerFunctions.h"
#include "io/ReadHelpers.h"
#include "types/DataTypeArray.h"

#include <algorithm>

namespace datastore::functions
{
namespace
{
bool isAlphaASCII(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigitASCII(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlphaNumericASCII(char c)
{
    return isAlphaASCII(c) || isDigitASCII(c);
}

/// First position of any of `symbols` at or after `from`, or url.size().
size_t findFirstOf(std::string_view url, std::string_view symbols, size_t from = 0)
{
    size_t pos = url.find_first_of(symbols, from);
    return pos == std::string_view::npos ? url.size() : pos;
}

/// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), followed by ':' and at least three more bytes.
std::string_view protocolOf(std::string_view url)
{
    if (url.empty() || !isAlphaASCII(url[0]))
        return {};
    size_t pos = 1;
    while (pos < url.size() && (isAlphaNumericASCII(url[pos]) || url[pos] == '+' || url[pos] == '-' || url[pos] == '.'))
        ++pos;
    if (url.size() - pos < 4 || url[pos] != ':')
        return {};
    return url.substr(0, pos);
}

/// A host needs a dot that is neither its last byte nor followed by a separator.
std::string_view checkedHost(std::string_view url, size_t start, size_t end, size_t dot)
{
    if (dot == std::string_view::npos || start >= end || end - dot == 1)
        return {};
    char after_dot = dot + 1 < url.size() ? url[dot + 1] : '\0';
    if (after_dot == ':' || after_dot == '/' || after_dot == '?' || after_dot == '#')
        return {};
    return url.substr(start, end - start);
}

/// The host of a URL with or without a scheme ("//host", "scheme://host", "host/path"); the
/// last '@' starts it, ':', '/', '?' or '#' ends it, and a character not allowed anywhere in a
/// URL makes it empty.
/// Where the part after "//" or "scheme://" starts (0 without either); false if a character
/// not allowed in a URL comes first.
bool authorityStart(std::string_view url, size_t & pos)
{
    pos = 0;
    if (url.size() >= 2 && url[0] == '/' && url[1] == '/')
    {
        pos = 2;
        return true;
    }
    size_t scheme_end = std::min<size_t>(url.size(), 16);
    for (pos = 1; pos < scheme_end; ++pos)
    {
        char c = url[pos];
        if (isAlphaNumericASCII(c) || c == '.' || c == '-' || c == '+')
            continue;
        if (std::string_view(" \t<>%{}|\\^~[];=&").find(c) != std::string_view::npos)
            return false;
        break;
    }
    if (scheme_end > pos + 2 && url[pos] == ':' && url[pos + 1] == '/' && url[pos + 2] == '/')
        pos += 3;
    else
        pos = 0;
    return true;
}

std::string_view hostOf(std::string_view url)
{
    size_t pos = 0;
    if (url.empty() || !authorityStart(url, pos))
        return {};
    size_t dot = std::string_view::npos;
    size_t start = pos;
    for (; pos < url.size(); ++pos)
    {
        switch (url[pos])
        {
            case '.':
                dot = pos;
                break;
            case ':':
            case '/':
            case '?':
            case '#':
                return checkedHost(url, start, pos, dot);
            case '@':
                start = pos + 1;
                break;
            case ' ':
            case '\t':
            case '<':
            case '>':
            case '%':
            case '{':
            case '}':
            case '|':
            case '\\':
            case '^':
            case '~':
            case '[':
            case ']':
            case ';':
            case '=':
            case '&':
                return {};
            default:
                break;
        }
    }
    return checkedHost(url, start, pos, dot);
}

std::string_view withoutWWW(std::string_view host)
{
    return host.starts_with("www.") ? host.substr(4) : host;
}

std::string_view domainWithoutWWWOf(std::string_view url)
{
    return withoutWWW(hostOf(url));
}

/// The first significant subdomain of the host, and where the host ends: the label before the
/// public suffix when the last two labels are one ("bbc" of www.bbc.co.uk), else the label
/// before the top-level domain ("example" of news.example.com).
std::string_view firstSignificantSubdomainOf(std::string_view url, bool keep_www, const char ** host_end = nullptr)
{
    std::string_view host = keep_www ? hostOf(url) : domainWithoutWWWOf(url);
    if (host.empty())
        return {};
    if (host_end)
        *host_end = host.data() + host.size();
    size_t last = host.rfind('.');
    if (last == std::string_view::npos)
        return host;
    size_t second = last == 0 ? std::string_view::npos : host.rfind('.', last - 1);
    if (second == std::string_view::npos)
        return host.substr(0, last);
    if (!isSecondLevelSuffix(host.substr(second + 1)))
        return host.substr(second + 1, last - second - 1);
    size_t third = second == 0 ? std::string_view::npos : host.rfind('.', second - 1);
    size_t begin = third == std::string_view::npos ? 0 : third + 1;
    return host.substr(begin, second - begin);
}

std::string_view firstSignificantSubdomainPart(std::string_view url)
{
    return firstSignificantSubdomainOf(url, false);
}

/// From the first significant subdomain to the end of the host.
template <bool keep_www>
std::string_view cutToFirstSignificantSubdomainOf(std::string_view url)
{
    const char * host_end = nullptr;
    std::string_view subdomain = firstSignificantSubdomainOf(url, keep_www, &host_end);
    if (subdomain.empty())
        return {};
    return std::string_view(subdomain.data(), static_cast<size_t>(host_end - subdomain.data()));
}

/// user:password@host:port. Without user info it ends at the LAST '/' or the last '?' seen
/// before the scan stops (so 'http://h/a/b' gives 'h/a', as ClickHouse has always done), or at
/// the first ';', '=', '&', '~' or '%'; once an '@' was seen the first '/' or '?' ends it. A '#'
/// ends it where it stands, and so do characters never allowed in a URL.
std::string_view netlocOf(std::string_view url)
{
    size_t start = 0;
    if (url.empty() || !authorityStart(url, start))
        return {};
    bool has_user_info = false;
    size_t plain_end = url.size();
    size_t last_slash = url.size();
    size_t last_question_mark = url.size();
    size_t pos = start;
    for (; pos < url.size(); ++pos)
    {
        char c = url[pos];
        if (c == '@')
            has_user_info = true;
        else if (c == '/' || c == '?')
        {
            if (has_user_info)
                break;
            (c == '/' ? last_slash : last_question_mark) = pos;
        }
        else if (c == ';' || c == '=' || c == '&' || c == '~' || c == '%')
            plain_end = std::min(plain_end, pos);
        else if (c == '#')
            return url.substr(start, pos - start);
        else if (std::string_view(" \t<>{}|\\^[]").find(c) != std::string_view::npos)
            break;
    }
    size_t end = has_user_info ? pos : std::min({plain_end, last_slash, last_question_mark, pos});
    return url.substr(start, end - start);
}

/// The label after the last dot, unless it starts with a digit (an IPv4 address).
std::string_view topLevelDomainOf(std::string_view url)
{
    std::string_view host = hostOf(url);
    size_t last_dot = host.rfind('.');
    if (last_dot == std::string_view::npos || last_dot + 1 >= host.size() || isDigitASCII(host[last_dot + 1]))
        return {};
    return host.substr(last_dot + 1);
}

/// Start of the path: the first '/', or with "//" the next '/' after it.
size_t pathStart(std::string_view url)
{
    size_t pos = url.find('/');
    if (pos == std::string_view::npos)
        return url.size();
    if (pos + 1 < url.size() && url[pos + 1] == '/')
        return findFirstOf(url, "/", pos + 2);
    return pos;
}

std::string_view pathOf(std::string_view url)
{
    size_t start = pathStart(url);
    return url.substr(start, findFirstOf(url, "?#", start) - start);
}

std::string_view pathFullOf(std::string_view url)
{
    return url.substr(pathStart(url));
}

std::string_view queryStringOf(std::string_view url)
{
    size_t question = url.find('?');
    if (question == std::string_view::npos)
        return {};
    return url.substr(question + 1, findFirstOf(url, "#", question) - question - 1);
}

std::string_view fragmentOf(std::string_view url)
{
    size_t hash = url.find('#');
    return hash == std::string_view::npos ? std::string_view {} : url.substr(hash + 1);
}

std::string_view queryStringAndFragmentOf(std::string_view url)
{
    size_t question = url.find('?');
    if (question != std::string_view::npos)
        return url.substr(question + 1);
    size_t hash = url.find('#');
    return hash == std::string_view::npos ? std::string_view {} : url.substr(hash);
}

/// The pieces the cut* functions remove, as views into the URL.
std::string_view queryStringRange(std::string_view url)
{
    size_t question = url.find('?');
    if (question == std::string_view::npos)
        return {};
    return url.substr(question, findFirstOf(url, "#", question) - question);
}

std::string_view fragmentRange(std::string_view url)
{
    size_t hash = url.find('#');
    return hash == std::string_view::npos ? std::string_view {} : url.substr(hash);
}

/// From the first '?', or without one from the first '#'.
std::string_view queryStringAndFragmentRange(std::string_view url)
{
    size_t question = url.find('?');
    return url.substr(question == std::string_view::npos ? findFirstOf(url, "#") : question);
}

/// "www." starting the host after "//" (after the scheme if there is one) and any user info,
/// with something following it. The host is looked for up to the first ':', '/', '?' or '#'.
std::string_view wwwRange(std::string_view url)
{
    size_t pos = protocolOf(url).size();
    if (pos && url[pos] == ':')
        ++pos;
    if (url.substr(pos, 2) != "//")
        return {};
    pos += 2;
    size_t host = pos;
    for (; pos < url.size() && std::string_view(":/?#").find(url[pos]) == std::string_view::npos; ++pos)
        if (url[pos] == '@')
            host = pos + 1;
    if (url.size() > host + 4 && url.substr(host, 4) == "www.")
        return url.substr(host, 4);
    return {};
}

using URLPart = std::string_view (*)(std::string_view);

/// The URL functions that return a String take no FixedString, and say so with ILLEGAL_COLUMN.
void rejectFixedString(const IDataType & type, std::string_view what)
{
    if (type.getTypeId() == TypeIndex::FixedString)
        throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Column of type FixedString is not supported by {}", what);
}

/// One piece of the URL per row (extract) or the URL without that piece (cut).
template <URLPart part, bool is_cut> class FunctionURLPart final : public IFunction
{
public:
    explicit FunctionURLPart(std::string name_)
        : name(std::move(name_))
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        rejectFixedString(*arguments[0].type, "this function");
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throwIllegalType(name, *arguments[0].type, 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const IColumn & urls = *arguments[0].column;
        auto result = ColumnString::create();
        result->reserve(rows);
        auto & chars = result->getChars();
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view url = urls.getDataAt(row);
            std::string_view piece = part(url);
            if constexpr (is_cut)
            {
                size_t cut_begin = piece.empty() ? url.size() : static_cast<size_t>(piece.data() - url.data());
                chars.insert(url.data(), url.data() + cut_begin);
                chars.insert(url.data() + cut_begin + piece.size(), url.data() + url.size());
                result->getOffsets().push_back(chars.size());
            }
            else
                result->insertData(piece);
        }
        return result;
    }

private:
    std::string name;
};

/// Query parameters start after the first '?' or '#'.
size_t parametersStart(std::string_view url)
{
    return findFirstOf(url, "?#");
}

/// Calls visit(name, whole) for each parameter "name=value", "name&" or "name#" after the first
/// '?' or '#'; a value runs to '&' or '#'. A name ended by '?' is skipped, and a trailing name
/// without '=', '&' or '#' is not a parameter, as in ClickHouse.
template <typename Visit> void forEachURLParameter(std::string_view url, Visit && visit)
{
    size_t pos = parametersStart(url);
    if (pos + 1 >= url.size())
        return;
    ++pos;
    while (pos < url.size())
    {
        size_t delimiter = findFirstOf(url, "=&#?", pos);
        if (delimiter == url.size())
            return;
        if (url[delimiter] == '=')
        {
            size_t value_end = findFirstOf(url, "&#", delimiter + 1);
            visit(url.substr(pos, delimiter - pos), url.substr(pos, value_end - pos));
            pos = value_end + 1;
        }
        else
        {
            if (url[delimiter] != '?')
                visit(url.substr(pos, delimiter - pos), url.substr(pos, delimiter - pos));
            pos = delimiter + 1;
        }
    }
}

/// Position of "name=" starting a parameter (after '?', '#' or '&'), or npos.
size_t findParameter(std::string_view url, std::string_view name_with_equals, size_t from)
{
    for (size_t pos = url.find(name_with_equals, from); pos != std::string_view::npos; pos = url.find(name_with_equals, pos + 1))
    {
        char before = url[pos - 1];
        if (before == '?' || before == '#' || before == '&')
            return pos;
    }
    return std::string_view::npos;
}

/// A String argument; FixedString too is ILLEGAL_TYPE_OF_ARGUMENT, as in ClickHouse.
void checkStringArgument(const std::string & name, const ColumnsWithTypeAndName & arguments, size_t index)
{
    if (arguments[index].type->getTypeId() != TypeIndex::String)
        throwIllegalType(name, *arguments[index].type, index + 1);
}

/// extractURLParameter(url, name): the first value of the parameter, not decoded.
class FunctionExtractURLParameter final : public IFunction
{
public:
    std::string getName() const override { return "extractURLParameter"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        checkStringArgument(getName(), arguments, 0);
        checkStringArgument(getName(), arguments, 1);
        checkConstantArgument(getName(), arguments[1], 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnString::create();
        result->reserve(rows);
        std::string needle;
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view url = arguments[0].column->getDataAt(row);
            std::string_view name = arguments[1].column->getDataAt(row);
            needle.assign(name).push_back('=');
            size_t start = parametersStart(url);
            size_t found = start + 1 < url.size() ? findParameter(url, needle, start + 1) : std::string_view::npos;
            if (found == std::string_view::npos)
            {
                result->insertDefault();
                continue;
            }
            size_t value = found + needle.size();
            result->insertData(url.substr(value, findFirstOf(url, "&#", value) - value));
        }
        return result;
    }
};

/// extractURLParameters (whole "name=value" pieces) and extractURLParameterNames.
template <bool names_only> class FunctionExtractURLParameters final : public IFunction
{
public:
    std::string getName() const override { return names_only ? "extractURLParameterNames" : "extractURLParameters"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkStringArgument(getName(), arguments, 0);
        return typeByName("Array(String)");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto strings = ColumnString::create();
        ColumnArray::Offsets offsets;
        offsets.reserve(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            forEachURLParameter(
                arguments[0].column->getDataAt(row),
                [&](std::string_view name, std::string_view whole) { strings->insertData(names_only ? name : whole); });
            offsets.push_back(strings->size());
        }
        return ColumnArray::create(std::move(strings), std::move(offsets));
    }
};

/// cutURLParameter(url, name or [names]): the URL without the first "name=value" of each name,
/// taking the '&' after it (or else the one before it) along.
class FunctionCutURLParameter final : public IFunction
{
public:
    std::string getName() const override { return "cutURLParameter"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        checkStringArgument(getName(), arguments, 0);
        const auto * array = arguments[1].type->as<DataTypeArray>();
        if (array && array->getNestedType()->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Second argument of function {} must be constant array of strings", getName());
        if (!array && arguments[1].type->getTypeId() != TypeIndex::String)
            throwIllegalType(getName(), *arguments[1].type, 2);
        checkConstantArgument(getName(), arguments[1], 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnString::create();
        result->reserve(rows);
        const IColumn & names = arguments[1].column->isConst() ? constantData(*arguments[1].column) : *arguments[1].column;
        size_t names_row_step = arguments[1].column->isConst() ? 0 : 1;
        const auto * name_arrays = names.as<ColumnArray>();
        std::string url;
        std::string needle;
        for (size_t row = 0; row < rows; ++row)
        {
            url.assign(arguments[0].column->getDataAt(row));
            size_t names_row = row * names_row_step;
            if (name_arrays)
            {
                size_t begin = names_row == 0 ? 0 : name_arrays->getOffsets()[names_row - 1];
                for (size_t i = begin; i < name_arrays->getOffsets()[names_row]; ++i)
                    cut(url, name_arrays->getData().getDataAt(i), needle);
            }
            else
                cut(url, names.getDataAt(names_row), needle);
            result->insertData(url);
        }
        return result;
    }

private:
    static void cut(std::string & url, std::string_view name, std::string & needle)
    {
        needle.assign(name).push_back('=');
        size_t start = parametersStart(url);
        if (start + 1 >= url.size())
            return;
        size_t begin = findParameter(url, needle, start + 1);
        if (begin == std::string::npos)
            return;
        size_t end = findFirstOf(url, "&#", begin + needle.size());
        if (end < url.size() && url[end] == '&')
            ++end;
        else if (url[begin - 1] == '&')
            --begin;
        url.erase(begin, end - begin);
    }
};

/// port(url[, default]): the port after the host, or the default (0) when there is none or it
/// is not a number up to 65535 followed by the end, '/', '?' or '#'.
class FunctionPort final : public IFunction
{
public:
    std::string getName() const override { return "port"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 1, 2);
        checkStringArgument(getName(), arguments, 0);
        if (arguments.size() == 2 && arguments[1].type->getTypeId() != TypeIndex::UInt16)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of second argument of function {}. Must be UInt16",
                arguments[1].type->getName(), getName());
        if (arguments.size() == 2)
            checkConstantArgument(getName(), arguments[1], 1);
        return typeByName("UInt16");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        UInt16 default_port = arguments.size() == 2 ? constantNumber<UInt16>(*arguments[1].column, TypeIndex::UInt16) : 0;
        auto result = ColumnUInt16::create();
        auto & data = result->getData();
        data.reserve(rows);
        for (size_t row = 0; row < rows; ++row)
            data.push_back(portOf(arguments[0].column->getDataAt(row), default_port));
        return result;
    }

private:
    static UInt16 portOf(std::string_view url, UInt16 default_port)
    {
        std::string_view host = hostOf(url);
        size_t pos = static_cast<size_t>(host.data() + host.size() - url.data());
        if (host.empty() || pos >= url.size() || url[pos] != ':')
            return default_port;
        UInt32 port = 0;
        size_t digits = 0;
        for (++pos; pos < url.size() && isDigitASCII(url[pos]); ++pos, ++digits)
        {
            port = port * 10 + static_cast<UInt32>(url[pos] - '0');
            if (port > 65535)
                return default_port;
        }
        if (!digits || (pos < url.size() && url[pos] != '/' && url[pos] != '?' && url[pos] != '#'))
            return default_port;
        return static_cast<UInt16>(port);
    }
};

/// decodeURL(Form)Component: %XX to its byte (other '%' stay as they are); the Form variant also
/// reads '+' as a space. encodeURL(Form)Component: bytes other than letters, digits and -_.~ as
/// %XX; the Form variant writes a space as '+'.
template <bool is_encode, bool is_form> class FunctionURLCoding final : public IFunction
{
public:
    explicit FunctionURLCoding(std::string name_)
        : name(std::move(name_))
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        rejectFixedString(*arguments[0].type, "URL functions");
        checkStringArgument(name, arguments, 0);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnString::create();
        result->reserve(rows);
        auto & chars = result->getChars();
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view text = arguments[0].column->getDataAt(row);
            if constexpr (is_encode)
                encode(text, chars);
            else
                decode(text, chars);
            result->getOffsets().push_back(chars.size());
        }
        return result;
    }

private:
    static void encode(std::string_view text, PodArray<char> & out)
    {
        static constexpr char hex_digits[] = "0123456789ABCDEF";
        for (char c : text)
        {
            if (isAlphaNumericASCII(c) || c == '-' || c == '_' || c == '.' || c == '~')
                out.push_back(c);
            else if (is_form && c == ' ')
                out.push_back('+');
            else
            {
                auto byte = static_cast<UInt8>(c);
                out.push_back('%');
                out.push_back(hex_digits[byte >> 4]);
                out.push_back(hex_digits[byte & 15]);
            }
        }
    }

    static void decode(std::string_view text, PodArray<char> & out)
    {
        for (size_t i = 0; i < text.size(); ++i)
        {
            if (text[i] == '%' && i + 2 < text.size() && hexDigitValue(text[i + 1]) >= 0 && hexDigitValue(text[i + 2]) >= 0)
            {
                out.push_back(static_cast<char>(hexDigitValue(text[i + 1]) * 16 + hexDigitValue(text[i + 2])));
                i += 2;
            }
            else if (is_form && text[i] == '+')
                out.push_back(' ');
            else
                out.push_back(text[i]);
        }
    }

    std::string name;
};

/// URLHierarchy (prefixes of the whole URL, the first ending after the host) and
/// URLPathHierarchy (prefixes of what follows the host): each prefix ends after one more '/', '?' or '#'.
/// Only a scheme of lowercase letters other than 'a' and 'z' and of digits other than '0' and '9'
/// counts, as in ClickHouse (which compares with > and <).
template <bool path_only> class FunctionURLHierarchy final : public IFunction
{
public:
    std::string getName() const override { return path_only ? "URLPathHierarchy" : "URLHierarchy"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkStringArgument(getName(), arguments, 0);
        return typeByName("Array(String)");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto strings = ColumnString::create();
        ColumnArray::Offsets offsets;
        offsets.reserve(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            forEachPrefix(arguments[0].column->getDataAt(row), [&](std::string_view prefix) { strings->insertData(prefix); });
            offsets.push_back(strings->size());
        }
        return ColumnArray::create(std::move(strings), std::move(offsets));
    }

private:
    static bool isSeparator(char c) { return c == '/' || c == '?' || c == '#'; }

    template <typename Emit>
    static void forEachPrefix(std::string_view url, Emit && emit)
    {
        if (url.empty())
            return;
        size_t pos = 0;
        while (pos < url.size() && ((url[pos] > 'a' && url[pos] < 'z') || (url[pos] > '0' && url[pos] < '9')))
            ++pos;
        bool has_scheme = url.size() - pos > 2 && url.substr(pos, 3) == "://";
        size_t start = 0;
        if (!has_scheme)
        {
            if (!path_only)
                emit(url);
            return;
        }
        pos = findFirstOf(url, "/?#", pos + 3);
        if (path_only)
            start = pos;
        else
        {
            if (pos < url.size())
                ++pos;
            emit(url.substr(0, pos));
        }
        while (true)
        {
            while (pos < url.size() && isSeparator(url[pos]))
                ++pos;
            if (pos == url.size())
                return;
            while (pos < url.size() && !isSeparator(url[pos]))
                ++pos;
            if (pos < url.size())
                ++pos;
            emit(url.substr(start, pos - start));
        }
    }
};

template <URLPart part, bool is_cut = false> void registerURLPart(FunctionFactory & factory, const std::string & name)
{
    factory.registerFunction(name, makeCreator<FunctionURLPart<part, is_cut>>(name));
}
}

void registerFunctionsURL(FunctionFactory & factory)
{
    registerURLPart<protocolOf>(factory, "protocol");
    registerURLPart<hostOf>(factory, "domain");
    registerURLPart<domainWithoutWWWOf>(factory, "domainWithoutWWW");
    registerURLPart<topLevelDomainOf>(factory, "topLevelDomain");
    registerURLPart<firstSignificantSubdomainPart>(factory, "firstSignificantSubdomain");
    registerURLPart<cutToFirstSignificantSubdomainOf<false>>(factory, "cutToFirstSignificantSubdomain");
    registerURLPart<cutToFirstSignificantSubdomainOf<true>>(factory, "cutToFirstSignificantSubdomainWithWWW");
    registerURLPart<netlocOf>(factory, "netloc");
    factory.registerFunction("URLHierarchy", makeCreator<FunctionURLHierarchy<false>>());
    factory.registerFunction("URLPathHierarchy", makeCreator<FunctionURLHierarchy<true>>());
    registerURLPart<pathOf>(factory, "path");
    registerURLPart<pathFullOf>(factory, "pathFull");
    registerURLPart<queryStringOf>(factory, "queryString");
    registerURLPart<fragmentOf>(factory, "fragment");
    registerURLPart<queryStringAndFragmentOf>(factory, "queryStringAndFragment");
    registerURLPart<queryStringRange, true>(factory, "cutQueryString");
    registerURLPart<fragmentRange, true>(factory, "cutFragment");
    registerURLPart<queryStringAndFragmentRange, true>(factory, "cutQueryStringAndFragment");
    registerURLPart<wwwRange, true>(factory, "cutWWW");
    factory.registerFunction("extractURLParameter", makeCreator<FunctionExtractURLParameter>());
    factory.registerFunction("extractURLParameters", makeCreator<FunctionExtractURLParameters<false>>());
    factory.registerFunction("extractURLParameterNames", makeCreator<FunctionExtractURLParameters<true>>());
    factory.registerFunction("cutURLParameter", makeCreator<FunctionCutURLParameter>());
    factory.registerFunction("port", makeCreator<FunctionPort>());
    factory.registerFunction("decodeURLComponent", makeCreator<FunctionURLCoding<false, false>>(std::string("decodeURLComponent")));
    factory.registerFunction("decodeURLFormComponent", makeCreator<FunctionURLCoding<false, true>>(std::string("decodeURLFormComponent")));
    factory.registerFunction("encodeURLComponent", makeCreator<FunctionURLCoding<true, false>>(std::string("encodeURLComponent")));
    factory.registerFunction("encodeURLFormComponent", makeCreator<FunctionURLCoding<true, true>>(std::string("encodeURLFormComponent")));
}
}
