#include "storage/mergetree/MergeTreeIndexCondition.h"

#include "functions/TokenExtractor.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/formatAST.h"
#include "storage/mergetree/KeyRanges.h"
#include "types/DataTypeArray.h"

#include <algorithm>

namespace datastore::storage
{
namespace
{
/// The expression column of the index that `node` computes, or -1.
ptrdiff_t indexColumnOf(const MergeTreeIndexDescription & index, const sql::ASTPtr & node)
{
    const auto & names = index.expression.column_names;
    std::string name = node->as<sql::ASTIdentifier>() ? node->as<sql::ASTIdentifier>()->shortName() : sql::columnNameOf(*node);
    auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : it - names.begin();
}

/// The values of an IN's right side: a tuple literal, or one value.
std::vector<Field> inValues(const Field & constant)
{
    if (const auto * tuple = constant.tryGet<Tuple>())
        return std::vector<Field>(tuple->begin(), tuple->end());
    return { constant };
}
}

MergeTreeIndexCondition::MergeTreeIndexCondition(const MergeTreeIndexDescription & index_, const sql::ASTPtr & filter) : index(index_)
{
    if (filter)
        root = build(filter);
}

MergeTreeIndexCondition::Node MergeTreeIndexCondition::lookupNode(Lookup lookup)
{
    lookups.push_back(std::move(lookup));
    Node node;
    node.type = Node::Type::Lookup;
    node.lookup = lookups.size() - 1;
    return node;
}

MergeTreeIndexCondition::Node MergeTreeIndexCondition::build(const sql::ASTPtr & ast)
{
    const auto * function = ast->as<sql::ASTFunction>();
    if (!function || !function->arguments)
        return {};
    const auto & arguments = function->argumentList();
    const std::string & name = function->name;
    if (name == "and" || name == "or" || name == "not")
    {
        Node node;
        node.type = name == "and" ? Node::Type::And : name == "or" ? Node::Type::Or : Node::Type::Not;
        if (node.type == Node::Type::Not && arguments.size() != 1)
            return {};
        for (const auto & argument : arguments)
            node.children.push_back(build(argument));
        return node;
    }
    if (arguments.size() != 2)
        return {};
    /// The column side first; equality is symmetric.
    sql::ASTPtr column_side = arguments[0];
    sql::ASTPtr constant_side = arguments[1];
    if ((name == "equals" || name == "notEquals") && !constant_side->as<sql::ASTLiteral>())
        std::swap(column_side, constant_side);
    const auto * literal = constant_side->as<sql::ASTLiteral>();
    if (!literal)
        return {};
    ptrdiff_t column = indexColumnOf(index, column_side);
    if (name == "mapContains")
        column = indexColumnOf(index, sql::makeASTFunction("mapKeys", { column_side->clone() }));
    if (column < 0)
        return {};
    if (name == "hasAll")
    {
        /// Every element is there: an AND of has() (an empty list holds always).
        const auto * elements = literal->value.tryGet<Array>();
        Node all;
        all.type = Node::Type::And;
        for (size_t i = 0; elements && i < elements->size(); ++i)
            all.children.push_back(index.isTextBloomFilter() ? buildText("has", column, (*elements)[i]) : buildValues("has", column, (*elements)[i]));
        return all.children.empty() ? Node{} : all;
    }
    bool is_negated = name == "notEquals" || name == "notLike" || name == "notIn";
    std::string positive = name == "notEquals" ? "equals" : name == "notLike" ? "like" : name == "notIn" ? "in" : name;
    Node node = index.isTextBloomFilter() ? buildText(positive, column, literal->value) : buildValues(positive, column, literal->value);
    if (!is_negated || node.type == Node::Type::Unknown)
        return node;
    Node negation;
    negation.type = Node::Type::Not;
    negation.children.push_back(std::move(node));
    return negation;
}

MergeTreeIndexCondition::Node MergeTreeIndexCondition::buildText(const std::string & function, size_t column, const Field & constant)
{
    functions::TokenExtractor extractor(index.kind == MergeTreeIndexDescription::Kind::NgramBloomFilter ? index.ngram_size : 0);
    bool is_array = index.isArrayColumn(column);
    Lookup lookup;
    lookup.column = column;
    /// Each alternative needs a token: one without any may always hold.
    auto add = [&](std::vector<std::string> tokens)
    {
        lookup.token_sets.push_back(std::move(tokens));
        return !lookup.token_sets.back().empty();
    };
    auto add_whole = [&](const Field & value)
    {
        const auto * text = value.tryGet<std::string>();
        return text && add(extractor.substringTokens(*text, true, true));
    };
    bool is_known = false;
    const auto * text = constant.tryGet<std::string>();
    const auto * array = constant.tryGet<Array>();
    if (is_array)
    {
        if (function == "has" || function == "mapContains")
            is_known = add_whole(constant);
        else if (function == "hasAny" && array && !array->empty())
            is_known = std::all_of(array->begin(), array->end(), add_whole);
    }
    else if (function == "equals" || function == "in")
    {
        auto values = inValues(constant);
        is_known = function == "in" || values.size() == 1;
        is_known = is_known && std::all_of(values.begin(), values.end(), add_whole);
    }
    else if (text && function == "like")
        is_known = add(extractor.likeTokens(*text));
    else if (text && (function == "startsWith" || function == "endsWith"))
        is_known = add(extractor.substringTokens(*text, function == "startsWith", function == "endsWith"));
    else if (text && function == "hasToken")
    {
        /// A token with separators is an error of hasToken itself.
        bool is_token = !text->empty() && std::all_of(text->begin(), text->end(), functions::TokenExtractor::isTokenChar);
        is_known = is_token && add(index.ngram_size ? extractor.substringTokens(*text, false, false) : std::vector<std::string>{ *text });
    }
    else if (function == "multiSearchAny" && array && !array->empty())
        is_known = std::all_of(array->begin(), array->end(), [&](const Field & needle)
        {
            const auto * value = needle.tryGet<std::string>();
            return value && add(extractor.substringTokens(*value, false, false));
        });
    if (!is_known)
        return {};
    return lookupNode(std::move(lookup));
}

MergeTreeIndexCondition::Node MergeTreeIndexCondition::buildValues(const std::string & function, size_t column, const Field & constant)
{
    const auto & type = index.expression.data_types[column];
    const auto * array_type = dynamic_cast<const DataTypeArray *>(type.get());
    Lookup lookup;
    lookup.column = column;
    std::vector<Field> values;
    DataTypePtr value_type = type;
    bool is_bloom = index.kind == MergeTreeIndexDescription::Kind::BloomFilter;
    /// A Bloom filter of an array column holds its elements, not whole arrays.
    if ((function == "equals" || function == "in") && !(is_bloom && array_type))
        values = function == "in" ? inValues(constant) : std::vector<Field>{ constant };
    else if (array_type && (is_bloom || index.kind == MergeTreeIndexDescription::Kind::Set)
             && (function == "has" || function == "hasAny" || function == "mapContains"))
    {
        /// The set keeps whole arrays and tells whether one holds an element; the Bloom filter
        /// holds the elements themselves.
        lookup.is_element = true;
        value_type = array_type->getNestedType();
        if (function != "hasAny")
            values = { constant };
        else if (const auto * array = constant.tryGet<Array>())
            values = *array;
    }
    if (values.empty())
        return {};
    auto column_of_values = value_type->createColumn();
    for (const auto & value : values)
    {
        auto converted = literalAsColumn(value, value_type);
        if (!converted)
            return {};
        column_of_values->insertFrom(*converted, 0);
    }
    lookup.values = std::move(column_of_values);
    return lookupNode(std::move(lookup));
}

MergeTreeIndexCondition::Mask MergeTreeIndexCondition::evaluate(const Node & node, const Answer & answer) const
{
    switch (node.type)
    {
        case Node::Type::Unknown:
            return {};
        case Node::Type::Lookup:
            return answer(lookups[node.lookup]);
        case Node::Type::Not:
        {
            Mask inner = evaluate(node.children[0], answer);
            return { inner.can_be_false, inner.can_be_true };
        }
        case Node::Type::And:
        case Node::Type::Or:
        {
            bool is_and = node.type == Node::Type::And;
            Mask result { is_and, !is_and };
            for (const auto & child : node.children)
            {
                Mask mask = evaluate(child, answer);
                if (is_and)
                    result = { result.can_be_true && mask.can_be_true, result.can_be_false || mask.can_be_false };
                else
                    result = { result.can_be_true || mask.can_be_true, result.can_be_false && mask.can_be_false };
            }
            return result;
        }
    }
    return {};
}

bool MergeTreeIndexCondition::isUseful() const
{
    /// Lookups answered "absent" falsify ANDs, ORs and equalities; a set that holds nothing
    /// but the values looked up falsifies their negations.
    return !lookups.empty()
        && (!mayMatch([](const Lookup &) { return Mask { false, true }; })
            || (index.kind == MergeTreeIndexDescription::Kind::Set && !mayMatch([](const Lookup &) { return Mask { true, false }; })));
}

bool MergeTreeIndexCondition::mayMatch(const Answer & answer) const
{
    return evaluate(root, answer).can_be_true;
}
}
