#include "functions/PlainJSONScanner.h"

namespace datastore::functions
{
namespace
{
/// Nesting and number lengths far inside what simdjson accepts, so that what this reader
/// accepts simdjson accepts too.
constexpr int max_depth = 32;
constexpr size_t max_integer_digits = 18;
constexpr size_t max_fraction_digits = 17;
constexpr size_t max_exponent_digits = 2;

class Reader
{
public:
    explicit Reader(std::string_view json) : pos(json.data()), end(json.data() + json.size()) { }

    bool ok() const { return !failed; }
    char peek()
    {
        skipWhitespace();
        return pos < end ? *pos : 0;
    }
    bool atEnd() { skipWhitespace(); return pos == end; }

    void skipWhitespace()
    {
        while (pos < end && (*pos == ' ' || *pos == '\t' || *pos == '\n' || *pos == '\r'))
            ++pos;
    }

    bool consume(char c)
    {
        skipWhitespace();
        if (pos < end && *pos == c)
        {
            ++pos;
            return true;
        }
        return false;
    }

    /// A string without escapes, control or non-ASCII bytes; its text without the quotes.
    std::string_view readString()
    {
        if (!consume('"'))
            return fail();
        const char * begin = pos;
        while (pos < end && *pos != '"')
        {
            unsigned char c = static_cast<unsigned char>(*pos);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return fail();
            ++pos;
        }
        if (pos == end)
            return fail();
        return {begin, static_cast<size_t>(pos++ - begin)};
    }

    /// Any value; is_string tells a string (whose text is returned without quotes).
    std::string_view readValue(int depth, bool & is_string)
    {
        skipWhitespace();
        is_string = false;
        if (pos == end || depth > max_depth)
            return fail();
        const char * begin = pos;
        switch (*pos)
        {
            case '"':
                is_string = true;
                return readString();
            case '{':
                readObject(depth + 1, {}, nullptr);
                break;
            case '[':
                readArray(depth + 1);
                break;
            case 't':
                readLiteral("true");
                break;
            case 'f':
                readLiteral("false");
                break;
            case 'n':
                readLiteral("null");
                break;
            default:
                readNumber();
        }
        return {begin, static_cast<size_t>(pos - begin)};
    }

    /// Reads an object; the first member named `key` (when `found` is given) lands there.
    void readObject(int depth, std::string_view key, PlainJSONMember * found)
    {
        if (!consume('{'))
            return (void)fail();
        if (consume('}'))
            return;
        do
        {
            std::string_view name = readString();
            if (failed || !consume(':'))
                return (void)fail();
            bool is_string = false;
            std::string_view value = readValue(depth, is_string);
            if (failed)
                return;
            if (found && found->outcome != PlainJSONMember::Outcome::Found && name == key)
            {
                found->outcome = PlainJSONMember::Outcome::Found;
                found->value = value;
                found->is_string = is_string;
            }
        } while (consume(','));
        if (!consume('}'))
            fail();
    }

private:
    void readArray(int depth)
    {
        if (!consume('['))
            return (void)fail();
        if (consume(']'))
            return;
        do
        {
            bool is_string = false;
            readValue(depth, is_string);
            if (failed)
                return;
        } while (consume(','));
        if (!consume(']'))
            fail();
    }

    void readLiteral(std::string_view literal)
    {
        if (static_cast<size_t>(end - pos) < literal.size() || std::string_view(pos, literal.size()) != literal)
            return (void)fail();
        pos += literal.size();
    }

    size_t readDigits()
    {
        const char * begin = pos;
        while (pos < end && *pos >= '0' && *pos <= '9')
            ++pos;
        return static_cast<size_t>(pos - begin);
    }

    /// JSON's number grammar, with digit counts bounded so that simdjson reads it as a number.
    void readNumber()
    {
        if (pos < end && *pos == '-')
            ++pos;
        const char * integer = pos;
        size_t digits = readDigits();
        if (digits == 0 || digits > max_integer_digits || (digits > 1 && *integer == '0'))
            return (void)fail();
        if (pos < end && *pos == '.')
        {
            ++pos;
            size_t fraction = readDigits();
            if (fraction == 0 || fraction > max_fraction_digits)
                return (void)fail();
        }
        if (pos < end && (*pos == 'e' || *pos == 'E'))
        {
            ++pos;
            if (pos < end && (*pos == '+' || *pos == '-'))
                ++pos;
            size_t exponent = readDigits();
            if (exponent == 0 || exponent > max_exponent_digits)
                return (void)fail();
        }
    }

    std::string_view fail()
    {
        failed = true;
        pos = end;
        return {};
    }

    const char * pos;
    const char * end;
    bool failed = false;
};
}

PlainJSONMember findPlainJSONMember(std::string_view json, std::string_view key)
{
    Reader reader(json);
    PlainJSONMember member;
    member.outcome = PlainJSONMember::Outcome::Missing;
    /// A document that is not an object has no member, but must still be valid to say so.
    if (reader.peek() == '{')
        reader.readObject(1, key, &member);
    else
    {
        bool is_string = false;
        reader.readValue(1, is_string);
    }
    if (!reader.ok() || !reader.atEnd())
        return {};
    return member;
}
}
