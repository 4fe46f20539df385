// Window functions by name: row_number, rank, dense_rank, percent_rank, ntile, lagInFrame,
// leadInFrame and nth_value register here (WindowFunctions.cpp); any aggregate function
// becomes a window function through createAggregateWindowFunction.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aggregates/IAggregateFunction.h"
#include "exec/WindowDescription.h"

namespace datastore::exec
{
/// What a window function is created from: argument types, the values of constant arguments
/// (nullopt where the argument is a column), and the window it runs over.
struct WindowFunctionArguments
{
    std::string name;
    DataTypes types;
    std::vector<std::optional<Field>> constants;
    const WindowFrame * frame = nullptr;
    bool has_order_by = false;
};

class WindowFunctionFactory
{
public:
    using Creator = std::function<WindowFunctionPtr(const WindowFunctionArguments & arguments)>;

    static WindowFunctionFactory & instance();

    void registerFunction(const std::string & name, Creator creator);
    /// True for a function that only exists over a window (row_number, not sum).
    bool isWindowFunctionName(const std::string & name) const;
    /// Every window-only function, for system.functions.
    std::vector<std::string> getAllNames() const;
    /// Throws BAD_ARGUMENTS on wrong arguments or a frame the function refuses.
    WindowFunctionPtr get(const WindowFunctionArguments & arguments) const;

private:
    std::map<std::string, Creator> functions;
};

/// The aggregate function over each row's frame.
WindowFunctionPtr createAggregateWindowFunction(aggregates::AggregateFunctionPtr aggregate);

/// Registers the window-only functions (idempotent).
void registerWindowFunctions();
}
