// Base of every syntax tree node. Like ClickHouse's IAST: nodes own their sub-trees through
// typed ASTPtr members that are also listed in `children`, so visitors can walk any tree.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace datastore::sql
{
struct IAST;
using ASTPtr = std::shared_ptr<IAST>;
using ASTs = std::vector<ASTPtr>;

struct IAST : std::enable_shared_from_this<IAST>
{
    /// Every sub-tree of this node, in source order.
    ASTs children;

    virtual ~IAST() = default;

    /// The node kind plus its distinguishing data, e.g. "Function_plus", "Identifier_x".
    virtual std::string getID(char delimiter = '_') const = 0;

    /// A deep copy.
    virtual ASTPtr clone() const = 0;

    /// Calls `visit` on each typed sub-tree member (null members included) so that clone() and
    /// updateChildren() need no per-node bookkeeping.
    virtual void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) { (void)visit; }

    /// Rebuilds `children` from the typed members; the parser calls it after filling a node.
    virtual void updateChildren()
    {
        children.clear();
        forEachChildPointer([this](ASTPtr & child) { if (child) children.push_back(child); });
    }

    template <typename T>
    T * as() { return dynamic_cast<T *>(this); }
    template <typename T>
    const T * as() const { return dynamic_cast<const T *>(this); }

protected:
    template <typename T>
    static ASTPtr cloneNode(const T & node)
    {
        auto copy = std::make_shared<T>(node);
        copy->forEachChildPointer([](ASTPtr & child) { if (child) child = child->clone(); });
        copy->updateChildren();
        return copy;
    }
};

/// Expressions that may carry `AS alias`.
struct ASTWithAlias : IAST
{
    std::string alias;
};
}
