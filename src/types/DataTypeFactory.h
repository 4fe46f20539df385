// Builds types from their SQL names ("UInt64", "Nullable(String)", "DateTime64(3, 'UTC')",
// "Tuple(a String, b UInt8)", "Enum8('a' = 1, 'b' = 2)"). Each type family registers a
// creator (registerDataTypes.cpp, one line each) that receives its raw argument texts.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory
{
public:
    /// Arguments as written between the parentheses, split at top-level commas and trimmed:
    /// for "DateTime64(3, 'UTC')" they are {"3", "'UTC'"}; for "Map(String, Array(UInt8))"
    /// {"String", "Array(UInt8)"}. Empty when the name has no parentheses.
    using Arguments = std::vector<std::string>;
    using Creator = std::function<DataTypePtr(const Arguments & arguments)>;

    static DataTypeFactory & instance();

    /// Family names are case-sensitive except where ClickHouse allows otherwise (registered
    /// with case_insensitive = true: "String", "Bool", "Date", "DateTime"... and SQL aliases
    /// like INT, BIGINT, VARCHAR, TEXT, DOUBLE, FLOAT, BOOLEAN).
    void registerType(const std::string & family, Creator creator, bool case_insensitive = false);
    void registerAlias(const std::string & alias, const std::string & family, bool case_insensitive = false);

    /// Throws UNKNOWN_TYPE ("Unknown data type family: X") or the family's own
    /// argument errors (ILLEGAL_TYPE_OF_ARGUMENT, ARGUMENT_OUT_OF_BOUND...).
    DataTypePtr get(const std::string & full_name) const;
    bool hasFamily(const std::string & family) const;

private:
    DataTypeFactory();
    const Creator * find(const std::string & family) const;

    std::map<std::string, Creator> creators;
    std::map<std::string, std::string> case_insensitive_families; /// lower-case -> registered
    std::map<std::string, std::string> aliases;
};

/// Splits "Family(args)" into its family and top-level arguments (quotes and nested
/// parentheses respected). Throws SYNTAX_ERROR on unbalanced input.
void splitTypeName(const std::string & full_name, std::string & family, DataTypeFactory::Arguments & arguments);

/// Reads a single-quoted SQL string literal ('UTC', 'it''s', 'a\'b') into its value.
std::string unquoteTypeArgument(const std::string & quoted);
}
