#include "server/YamlConfigReader.h"

#include <memory>

#include <yaml.h>

#include "base/Exception.h"

namespace datastore::server
{
namespace
{
std::string scalarText(const yaml_node_t & node)
{
    return std::string(reinterpret_cast<const char *>(node.data.scalar.value), node.data.scalar.length);
}

class YamlToXml
{
public:
    YamlToXml(yaml_document_t & document_, const std::string & source_) : document(document_), source(source_) {}

    /// Fills `element` with the content of `node`, the value of a key named like `element`.
    void fill(pugi::xml_node element, yaml_node_t & node)
    {
        if (node.type == YAML_SCALAR_NODE)
        {
            element.text().set(scalarText(node).c_str());
            return;
        }
        if (node.type != YAML_MAPPING_NODE)
            fail(node, "a list inside a list has no element name to take");
        for (auto * pair = node.data.mapping.pairs.start; pair < node.data.mapping.pairs.top; ++pair)
        {
            yaml_node_t & key = *yaml_document_get_node(&document, pair->key);
            yaml_node_t & value = *yaml_document_get_node(&document, pair->value);
            if (key.type != YAML_SCALAR_NODE)
                fail(key, "keys must be plain names");
            std::string name = scalarText(key);
            if (name.starts_with('@'))
            {
                if (value.type != YAML_SCALAR_NODE)
                    fail(value, "the attribute " + name + " must have a plain value");
                element.append_attribute(name.substr(1).c_str()).set_value(scalarText(value).c_str());
                continue;
            }
            if (name == "#text")
            {
                element.text().set(scalarText(value).c_str());
                continue;
            }
            if (value.type == YAML_SEQUENCE_NODE)
            {
                for (auto * item = value.data.sequence.items.start; item < value.data.sequence.items.top; ++item)
                    fill(element.append_child(name.c_str()), *yaml_document_get_node(&document, *item));
                continue;
            }
            fill(element.append_child(name.c_str()), value);
        }
    }

private:
    [[noreturn]] void fail(const yaml_node_t & node, const std::string & what) const
    {
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Cannot parse YAML configuration file {} at line {}, column {}: {}", source,
                        node.start_mark.line + 1, node.start_mark.column + 1, what);
    }

    yaml_document_t & document;
    const std::string & source;
};
}

void readYamlConfig(const std::string & text, const std::string & source, pugi::xml_document & document)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    std::unique_ptr<yaml_parser_t, decltype(&yaml_parser_delete)> parser_guard(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    yaml_document_t yaml;
    if (!yaml_parser_load(&parser, &yaml))
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Cannot parse YAML configuration file {} at line {}, column {}: {}", source,
                        parser.problem_mark.line + 1, parser.problem_mark.column + 1, parser.problem ? parser.problem : "malformed document");
    std::unique_ptr<yaml_document_t, decltype(&yaml_document_delete)> document_guard(&yaml, yaml_document_delete);

    auto root = document.append_child("clickhouse");
    yaml_node_t * top = yaml_document_get_root_node(&yaml);
    if (!top)
        return;
    if (top->type != YAML_MAPPING_NODE)
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "YAML configuration file {} must hold a mapping of keys at its top", source);
    YamlToXml(yaml, source).fill(root, *top);
}
}
