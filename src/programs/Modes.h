// Entry points of the binary's modes; each lives in its own file of programs/.
#pragma once

#include "base/Exception.h"

namespace datastore::programs
{
/// Each takes argv with the mode name as argv[0] and returns the process exit code.
int runServer(int argc, char ** argv);
int runClient(int argc, char ** argv);
int runLocal(int argc, char ** argv);
}
