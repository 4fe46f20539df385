// Case mappings of single code points, shared by lowerUTF8/upperUTF8 and initcapUTF8.
#pragma once

#include "base/Types.h"

namespace datastore::functions
{
/// The lower-case partner of a code point in the cased ranges of Latin, Greek, Cyrillic and
/// Armenian (simple one-to-one mappings); other code points map to themselves.
UInt32 toLowerCodePoint(UInt32 c);
/// The inverse of toLowerCodePoint.
UInt32 toUpperCodePoint(UInt32 c);
}
