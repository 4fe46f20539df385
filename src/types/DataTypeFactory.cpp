// Type lookup by SQL name: splits "Family(args)", resolves aliases and case-insensitive
// names, and hands the raw argument texts to the family's creator.
#include "types/DataTypeFactory.h"

#include "base/Exception.h"
#include "io/ReadHelpers.h"
#include "types/registerDataTypes.h"

#include <algorithm>

namespace datastore
{
namespace
{
std::string_view trim(std::string_view s)
{
    size_t begin = s.find_first_not_of(" \t\n\r");
    if (begin == std::string_view::npos)
        return {};
    size_t end = s.find_last_not_of(" \t\n\r");
    return s.substr(begin, end - begin + 1);
}

std::string toLower(std::string_view s)
{
    std::string result(s);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

[[noreturn]] void throwUnbalanced(const std::string & full_name)
{
    throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: unbalanced quotes or parentheses in data type '{}'", full_name);
}
}

DataTypeFactory & DataTypeFactory::instance()
{
    static DataTypeFactory factory;
    return factory;
}

DataTypeFactory::DataTypeFactory()
{
    registerDataTypes(*this);
}

void DataTypeFactory::registerType(const std::string & family, Creator creator, bool case_insensitive)
{
    if (!creators.emplace(family, std::move(creator)).second)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Data type family {} is registered twice", family);
    if (case_insensitive)
        case_insensitive_families.emplace(toLower(family), family);
}

void DataTypeFactory::registerAlias(const std::string & alias, const std::string & family, bool case_insensitive)
{
    if (case_insensitive)
        case_insensitive_families.emplace(toLower(alias), family);
    else
        aliases.emplace(alias, family);
}

const DataTypeFactory::Creator * DataTypeFactory::find(const std::string & family) const
{
    if (auto it = creators.find(family); it != creators.end())
        return &it->second;
    std::string resolved;
    if (auto it = aliases.find(family); it != aliases.end())
        resolved = it->second;
    else if (auto lower = case_insensitive_families.find(toLower(family)); lower != case_insensitive_families.end())
        resolved = lower->second;
    else
        return nullptr;
    if (auto it = creators.find(resolved); it != creators.end())
        return &it->second;
    return nullptr;
}

bool DataTypeFactory::hasFamily(const std::string & family) const
{
    return find(family) != nullptr;
}

DataTypePtr DataTypeFactory::get(const std::string & full_name) const
{
    std::string family;
    Arguments arguments;
    splitTypeName(full_name, family, arguments);
    const Creator * creator = find(family);
    if (!creator)
        throw Exception(ErrorCodes::UNKNOWN_TYPE, "Unknown data type family: {}", family);
    return (*creator)(arguments);
}

void splitTypeName(const std::string & full_name, std::string & family, DataTypeFactory::Arguments & arguments)
{
    arguments.clear();
    std::string_view name = trim(full_name);
    size_t open = name.find('(');
    if (open == std::string_view::npos)
    {
        if (name.find(')') != std::string_view::npos)
            throwUnbalanced(full_name);
        family = std::string(name);
        return;
    }
    family = std::string(trim(name.substr(0, open)));
    if (name.back() != ')')
        throwUnbalanced(full_name);

    std::string_view inside = name.substr(open + 1, name.size() - open - 2);
    int depth = 0;
    size_t argument_begin = 0;
    for (size_t i = 0; i < inside.size(); ++i)
    {
        char c = inside[i];
        if (c == '\'' || c == '"' || c == '`')
        {
            /// Skip the quoted text; backslash escapes and doubled quotes stay inside it.
            size_t j = i + 1;
            for (; j < inside.size(); ++j)
            {
                if (inside[j] == '\\')
                    ++j;
                else if (inside[j] == c)
                {
                    if (j + 1 < inside.size() && inside[j + 1] == c)
                        ++j;
                    else
                        break;
                }
            }
            if (j >= inside.size())
                throwUnbalanced(full_name);
            i = j;
        }
        else if (c == '(')
            ++depth;
        else if (c == ')')
        {
            if (--depth < 0)
                throwUnbalanced(full_name);
        }
        else if (c == ',' && depth == 0)
        {
            arguments.emplace_back(trim(inside.substr(argument_begin, i - argument_begin)));
            argument_begin = i + 1;
        }
    }
    if (depth != 0)
        throwUnbalanced(full_name);
    std::string_view last = trim(inside.substr(argument_begin));
    if (!last.empty() || !arguments.empty())
        arguments.emplace_back(last);
}

std::string unquoteTypeArgument(const std::string & quoted)
{
    ReadBufferFromMemory in(trim(quoted));
    std::string value;
    readQuotedStringInto(value, in);
    if (!in.eof())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Expected a string literal, got {}", quoted);
    return value;
}
}
