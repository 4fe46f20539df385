// A strict one-pass reader for plain JSON documents: ASCII text, strings without escapes,
// short numbers, shallow nesting. It finds a member of the top-level object without building
// a tree, the fast path of JSONExtractString(json, 'key') over event properties. Whatever it
// cannot vouch that simdjson reads the same way it calls Unsure, and the caller parses fully.
#pragma once

#include <string_view>

namespace datastore::functions
{
struct PlainJSONMember
{
    enum class Outcome
    {
        /// The document is valid and its top-level object has the key; `value` is the first
        /// such member's text (a string's without its quotes).
        Found,
        /// The document is valid, but not an object with that key.
        Missing,
        /// The document is invalid or outside the plain subset: parse it fully.
        Unsure,
    };
    Outcome outcome = Outcome::Unsure;
    std::string_view value;
    bool is_string = false;
};

PlainJSONMember findPlainJSONMember(std::string_view json, std::string_view key);
}
