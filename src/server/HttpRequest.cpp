#include "server/HttpRequest.h"

#include "io/ReadHelpers.h"

namespace datastore::server
{
std::string percentDecode(std::string_view text, bool plus_is_space)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i)
    {
        char c = text[i];
        if (c == '%' && i + 2 < text.size())
        {
            int high = hexDigitValue(text[i + 1]);
            int low = hexDigitValue(text[i + 2]);
            if (high >= 0 && low >= 0)
            {
                out.push_back(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.push_back(plus_is_space && c == '+' ? ' ' : c);
    }
    return out;
}

void HttpRequest::parseTarget(std::string_view target)
{
    size_t question = target.find('?');
    path = percentDecode(target.substr(0, question), false);
    if (question == std::string_view::npos)
        return;
    std::string_view query = target.substr(question + 1);
    while (!query.empty())
    {
        size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        if (!pair.empty())
        {
            size_t eq = pair.find('=');
            std::string name = percentDecode(pair.substr(0, eq), true);
            std::string value = eq == std::string_view::npos ? "" : percentDecode(pair.substr(eq + 1), true);
            params.emplace_back(std::move(name), std::move(value));
        }
        if (amp == std::string_view::npos)
            break;
        query.remove_prefix(amp + 1);
    }
}

std::optional<std::string> HttpRequest::getParam(const std::string & name) const
{
    for (const auto & [key, value] : params)
        if (key == name)
            return value;
    return std::nullopt;
}

std::string HttpRequest::getHeader(const std::string & name, const std::string & default_value) const
{
    auto it = headers.find(name);
    return it == headers.end() ? default_value : it->second;
}
}
