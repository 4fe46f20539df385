// Functions register themselves here by name (from registerFunctions.cpp, one line each);
// the analyzer asks for a fresh instance per call site.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "functions/FunctionContext.h"
#include "functions/IFunction.h"

namespace datastore::functions
{
class FunctionFactory
{
public:
    using Creator = std::function<FunctionPtr(const FunctionContext &)>;
    enum class CaseSensitiveness
    {
        CaseSensitive,
        CaseInsensitive,
    };

    static FunctionFactory & instance();

    void registerFunction(const std::string & name, Creator creator, CaseSensitiveness case_sensitiveness = CaseSensitiveness::CaseSensitive);
    void registerAlias(const std::string & alias, const std::string & target, CaseSensitiveness case_sensitiveness = CaseSensitiveness::CaseSensitive);

    /// Throws UNKNOWN_FUNCTION ("Unknown function X. Maybe you meant: ['Y']") if there is none.
    FunctionPtr get(const std::string & name, const FunctionContext & context) const;
    FunctionPtr tryGet(const std::string & name, const FunctionContext & context) const;
    bool has(const std::string & name) const;
    /// Canonical name for a possibly aliased or differently-cased name; empty if unknown.
    std::string canonicalName(const std::string & name) const;
    std::vector<std::string> getAllNames() const;

private:
    const Creator * find(const std::string & name) const;

    std::map<std::string, Creator> functions;
    std::map<std::string, std::string> case_insensitive_names; /// lower-case name -> registered name
    std::map<std::string, std::string> aliases;
};

/// Registers every built-in function; called once at startup (idempotent).
void registerFunctions();
}
