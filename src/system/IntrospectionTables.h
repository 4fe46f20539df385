// The system tables that describe the server's own build and abilities: system.functions,
// system.aggregate_function_combinators and system.build_options.
#pragma once

#include "interpreters/Database.h"

namespace datastore::system
{
/// Attaches them to the system database.
void attachIntrospectionTables(interpreters::Database & system);
}
