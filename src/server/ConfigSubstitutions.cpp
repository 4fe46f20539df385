#include "server/ConfigSubstitutions.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "base/Exception.h"
#include "base/Logger.h"

namespace datastore::server
{
namespace
{
void removeChildren(pugi::xml_node node)
{
    while (node.first_child())
        node.remove_child(node.first_child());
}

bool isOptional(const pugi::xml_node & node)
{
    std::string optional = node.attribute("optional").value();
    return optional == "true" || optional == "1";
}

void warn(const std::string & message)
{
    Logger::instance().log(Logger::Level::Warning, "ConfigProcessor", message);
}

class Substitutions
{
public:
    explicit Substitutions(std::string include_from_) : include_from(std::move(include_from_)) {}

    void apply(pugi::xml_node node)
    {
        std::vector<pugi::xml_node> elements;
        for (auto child : node.children())
            if (child.type() == pugi::node_element)
                elements.push_back(child);
        for (auto child : elements)
        {
            if (auto from_env = child.attribute("from_env"))
                substituteEnvironment(child, from_env.value());
            else if (auto incl = child.attribute("incl"))
                substituteInclude(child, incl.value());
            else if (child.attribute("from_zk"))
                throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Element <{}> takes its value from ZooKeeper (from_zk), which this server does not use",
                                child.name());
            apply(child);
        }
    }

private:
    void substituteEnvironment(pugi::xml_node element, const std::string & name)
    {
        const char * value = std::getenv(name.c_str());
        if (!value)
        {
            if (!isOptional(element))
                warn(fmt::format("Environment variable {} for <{}> (from_env) is not set", name, element.name()));
            return;
        }
        removeChildren(element);
        element.text().set(value);
    }

    void substituteInclude(pugi::xml_node element, const std::string & name)
    {
        pugi::xml_node included = includeRoot().child(name.c_str());
        if (!included)
        {
            if (!isOptional(element))
                warn(fmt::format("Include not found: {} (for <{}>, include_from {})", name, element.name(), include_from));
            return;
        }
        if (element.attribute("replace"))
            removeChildren(element);
        for (auto child : included.children())
            element.append_copy(child);
        for (auto attribute : included.attributes())
            if (!element.attribute(attribute.name()))
                element.append_attribute(attribute.name()).set_value(attribute.value());
    }

    pugi::xml_node includeRoot()
    {
        if (!is_include_loaded)
        {
            is_include_loaded = true;
            if (std::filesystem::exists(include_from))
            {
                auto result = include_document.load_file(include_from.c_str());
                if (!result)
                    throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Cannot parse include file {}: {} at offset {}", include_from,
                                    result.description(), result.offset);
            }
        }
        return include_document.document_element();
    }

    std::string include_from;
    pugi::xml_document include_document;
    bool is_include_loaded = false;
};
}

void applyConfigSubstitutions(pugi::xml_node root, const std::string & include_from)
{
    Substitutions(include_from).apply(root);
}
}
