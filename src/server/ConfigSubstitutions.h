// The substitutions ClickHouse makes in a loaded configuration: `from_env="NAME"` takes an
// element's value from the environment, `incl="name"` takes an element's content from
// <name> of the include_from file (/etc/metrika.xml unless the configuration names another).
#pragma once

#include <string>

#include <pugixml.hpp>

namespace datastore::server
{
/// Applies the substitutions under `root`. A missing variable or include is a warning (on
/// stderr) unless the element has optional="true", as in ClickHouse; an include file that is
/// not well-formed is CANNOT_LOAD_CONFIG.
void applyConfigSubstitutions(pugi::xml_node root, const std::string & include_from);
}
