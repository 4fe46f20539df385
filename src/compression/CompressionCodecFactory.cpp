#include "compression/CompressionCodecFactory.h"

#include "base/Exception.h"
#include "compression/CompressionCodecMultiple.h"

#include <cctype>

namespace datastore::compression
{
namespace
{
std::string trim(std::string_view s)
{
    size_t begin = 0;
    size_t end = s.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(s[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1])))
        --end;
    return std::string(s.substr(begin, end - begin));
}

/// Splits at commas outside parentheses and quotes.
std::vector<std::string> splitTopLevel(std::string_view text, const std::string & whole)
{
    std::vector<std::string> parts;
    int depth = 0;
    bool in_quote = false;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i)
    {
        char c = text[i];
        if (in_quote)
        {
            if (c == '\'')
                in_quote = false;
            continue;
        }
        if (c == '\'')
            in_quote = true;
        else if (c == '(')
            ++depth;
        else if (c == ')')
        {
            if (--depth < 0)
                throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "Cannot parse codec description: {}", whole);
        }
        else if (c == ',' && depth == 0)
        {
            parts.push_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    if (depth != 0 || in_quote)
        throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "Cannot parse codec description: {}", whole);
    parts.push_back(trim(text.substr(start)));
    return parts;
}

/// "ZSTD(3)" -> family "ZSTD", arguments {"3"}.
void splitCodec(const std::string & item, const std::string & whole, std::string & family, CompressionCodecFactory::Arguments & arguments)
{
    size_t open = item.find('(');
    if (open == std::string::npos)
    {
        family = item;
        return;
    }
    if (item.back() != ')')
        throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "Cannot parse codec description: {}", whole);
    family = trim(std::string_view(item).substr(0, open));
    std::string inside = trim(std::string_view(item).substr(open + 1, item.size() - open - 2));
    if (!inside.empty())
        arguments = splitTopLevel(inside, whole);
}
}

CompressionCodecFactory & CompressionCodecFactory::instance()
{
    static CompressionCodecFactory factory;
    return factory;
}

CompressionCodecFactory::CompressionCodecFactory()
{
    registerCodecs(*this);
    default_codec = getSingle("LZ4", {}, 0);
}

void CompressionCodecFactory::registerCodec(const std::string & family, UInt8 method_byte, Creator creator)
{
    /// Parameters of every codec are stored in its data, so a default instance decodes any block.
    by_method_byte[method_byte] = creator({}, 0);
    creators[family] = std::move(creator);
}

CompressionCodecPtr CompressionCodecFactory::getSingle(const std::string & family, const Arguments & arguments, size_t value_size) const
{
    if (family == "Default")
    {
        checkNoArguments(family, arguments);
        return default_codec;
    }
    auto it = creators.find(family);
    if (it == creators.end())
        throw Exception(ErrorCodes::UNKNOWN_CODEC, "Unknown codec family: {}", family);
    return it->second(arguments, value_size);
}

CompressionCodecPtr CompressionCodecFactory::get(const std::string & codec_desc, size_t value_size) const
{
    std::string text = trim(codec_desc);
    if (text.empty())
        return default_codec;
    /// Accept the clause as written in CREATE TABLE: CODEC(...).
    if (text.size() > 6 && (text.compare(0, 5, "CODEC") == 0 || text.compare(0, 5, "codec") == 0) && trim(text.substr(5)).front() == '('
        && text.back() == ')')
    {
        std::string rest = trim(text.substr(5));
        text = trim(std::string_view(rest).substr(1, rest.size() - 2));
    }
    std::vector<CompressionCodecPtr> chain;
    for (const auto & item : splitTopLevel(text, codec_desc))
    {
        if (item.empty())
            throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "Cannot parse codec description: {}", codec_desc);
        std::string family;
        Arguments arguments;
        splitCodec(item, codec_desc, family, arguments);
        chain.push_back(getSingle(family, arguments, value_size));
    }
    if (chain.size() == 1)
        return chain.front();
    return std::make_shared<CompressionCodecMultiple>(std::move(chain));
}

CompressionCodecPtr CompressionCodecFactory::get(UInt8 method_byte) const
{
    if (method_byte == static_cast<UInt8>(CompressionMethodByte::Multiple))
    {
        static const CompressionCodecPtr multiple = std::make_shared<CompressionCodecMultiple>(std::vector<CompressionCodecPtr> {});
        return multiple;
    }
    auto it = by_method_byte.find(method_byte);
    if (it == by_method_byte.end())
        throw Exception(ErrorCodes::UNKNOWN_CODEC, "Unknown codec family code: {}", method_byte);
    return it->second;
}

CompressionCodecPtr CompressionCodecFactory::getDefaultCodec() const
{
    return default_codec;
}

void CompressionCodecFactory::checkNoArguments(const std::string & family, const Arguments & arguments)
{
    if (!arguments.empty())
        throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Compression codec {} cannot have arguments", family);
}

UInt64 CompressionCodecFactory::parseUnsignedArgument(const std::string & family, const std::string & argument)
{
    if (argument.empty() || argument.size() > 19)
        throw Exception(ErrorCodes::ILLEGAL_CODEC_PARAMETER, "{} codec argument must be unsigned integer", family);
    UInt64 value = 0;
    for (char c : argument)
    {
        if (c < '0' || c > '9')
            throw Exception(ErrorCodes::ILLEGAL_CODEC_PARAMETER, "{} codec argument must be unsigned integer", family);
        value = value * 10 + static_cast<UInt64>(c - '0');
    }
    return value;
}

UInt8 CompressionCodecFactory::parseWidthArgument(const std::string & family, const Arguments & arguments, size_t value_size)
{
    auto is_valid = [](UInt64 width) { return width == 1 || width == 2 || width == 4 || width == 8; };
    if (arguments.size() > 1)
        throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "{} codec must have 1 parameter, given {}", family, arguments.size());
    if (arguments.empty())
        return static_cast<UInt8>(is_valid(value_size) ? value_size : 1);
    UInt64 width = parseUnsignedArgument(family, arguments[0]);
    if (!is_valid(width))
        throw Exception(ErrorCodes::ILLEGAL_CODEC_PARAMETER, "Argument value for {} codec can be 1, 2, 4 or 8, given {}", family, width);
    return static_cast<UInt8>(width);
}
}
