// Reads a YAML configuration file into the same XML tree an XML file gives, by ClickHouse's
// rules: a mapping key becomes an element, a list repeats its key's element once per item,
// a key starting with '@' becomes an attribute of the element that holds it.
#pragma once

#include <string>

#include <pugixml.hpp>

namespace datastore::server
{
/// Parses `text` (read from `source`, named in errors) into `document` under a <clickhouse>
/// root. Throws CANNOT_LOAD_CONFIG with the line and column of a malformed document.
void readYamlConfig(const std::string & text, const std::string & source, pugi::xml_document & document);
}
