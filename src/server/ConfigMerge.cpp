#include "server/ConfigMerge.h"

#include <cstring>
#include <map>
#include <string>

namespace datastore::server
{
namespace
{
bool isBlankText(const pugi::xml_node & node)
{
    if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata)
        return false;
    for (const char * c = node.value(); *c; ++c)
        if (!std::strchr(" \t\r\n", *c))
            return false;
    return true;
}

bool isText(const pugi::xml_node & node)
{
    return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}
}

void mergeConfigElement(pugi::xml_node into, pugi::xml_node with)
{
    /// A new text value replaces the old one rather than being appended to it.
    bool with_has_text = false;
    for (auto child : with.children())
        if (isText(child) && !isBlankText(child))
            with_has_text = true;
    if (with_has_text)
        for (auto child = into.first_child(); child;)
        {
            auto next = child.next_sibling();
            if (isText(child))
                into.remove_child(child);
            child = next;
        }

    /// The elements of `into` not yet matched, by name in document order: the n-th <replica>
    /// of a merged file meets the n-th <replica> of the main file.
    std::multimap<std::string, pugi::xml_node> unmatched;
    for (auto child : into.children())
        if (child.type() == pugi::node_element)
            unmatched.emplace(child.name(), child);

    for (auto child : with.children())
    {
        if (child.type() != pugi::node_element)
        {
            if (isText(child) && !isBlankText(child))
                into.append_copy(child);
            continue;
        }
        bool is_remove = !child.attribute("remove").empty();
        bool is_replace = !child.attribute("replace").empty();
        auto match = unmatched.find(child.name());
        if (match == unmatched.end())
        {
            if (!is_remove)
                into.append_copy(child);
            continue;
        }
        pugi::xml_node target = match->second;
        unmatched.erase(match);
        if (is_remove)
            into.remove_child(target);
        else if (is_replace)
        {
            into.insert_copy_before(child, target);
            into.remove_child(target);
        }
        else
        {
            for (auto attribute : child.attributes())
            {
                auto existing = target.attribute(attribute.name());
                (existing ? existing : target.append_attribute(attribute.name())).set_value(attribute.value());
            }
            mergeConfigElement(target, child);
        }
    }
}
}
