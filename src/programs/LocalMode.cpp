#include <cstdio>

#include "programs/Modes.h"

namespace datastore::programs
{
int runLocal(int, char **)
{
    std::fprintf(stderr, "datastore: this mode is being built\n");
    return 1;
}
}
