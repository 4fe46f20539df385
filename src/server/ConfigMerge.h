// ClickHouse's rules for merging a config.d/ or users.d/ file over the main configuration:
// elements match by name, in order; a matched leaf takes the new text, a matched element
// merges recursively, `replace` swaps the whole element, `remove` deletes it, and an element
// without a match is appended.
#pragma once

#include <pugixml.hpp>

namespace datastore::server
{
/// Merges the children of `with` into `into` (both roots or matched elements).
void mergeConfigElement(pugi::xml_node into, pugi::xml_node with);
}
