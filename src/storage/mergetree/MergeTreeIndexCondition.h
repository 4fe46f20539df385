// What one data-skipping index can judge of a query's WHERE beyond the ranges of KeyRanges: a
// tree of AND, OR and NOT over lookups in the index (the tokens a LIKE, hasToken or equality
// needs in a tokenbf_v1 / ngrambf_v1 filter, the values of an IN or has() in a bloom_filter or
// set); every other condition is unknown. A granule is skipped when the tree is false whatever
// the unknowns are, given the lookups the granule's summary answers "absent".
#pragma once

#include "columns/IColumn.h"
#include "sql/IAST.h"
#include "storage/mergetree/MergeTreeIndexDescription.h"

#include <functional>
#include <string>
#include <vector>

namespace datastore::storage
{
class MergeTreeIndexCondition
{
public:
    /// One question to the index about expression column `column`.
    struct Lookup
    {
        size_t column = 0;
        /// Text filters: a matching row holds every token of one of these sets.
        std::vector<std::vector<std::string>> token_sets;
        /// bloom_filter and set: a matching row holds one of these values (rows of the column's
        /// type, or of its element type when `is_element` for has(), hasAny() and hasAll() on arrays).
        ColumnPtr values;
        bool is_element = false;
    };

    /// Whether a condition can be true and whether it can be false on a granule, as
    /// ClickHouse's BoolMask.
    struct Mask
    {
        bool can_be_true = true;
        bool can_be_false = true;
    };
    using Answer = std::function<Mask(const Lookup &)>;

    MergeTreeIndexCondition(const MergeTreeIndexDescription & index, const sql::ASTPtr & filter);

    /// Whether some granule can be skipped: the tree is false once every lookup says absent.
    bool isUseful() const;
    /// Whether a granule may hold matching rows, `answer` telling each lookup for it.
    bool mayMatch(const Answer & answer) const;

private:
    struct Node
    {
        enum class Type
        {
            Unknown,
            Lookup,
            And,
            Or,
            Not,
        };
        Type type = Type::Unknown;
        std::vector<Node> children;
        size_t lookup = 0;
    };
    Node build(const sql::ASTPtr & node);
    Node buildText(const std::string & function, size_t column, const Field & constant);
    Node buildValues(const std::string & function, size_t column, const Field & constant);
    Node lookupNode(Lookup lookup);
    Mask evaluate(const Node & node, const Answer & answer) const;

    /// A copy: the table's metadata may change while a query runs.
    MergeTreeIndexDescription index;
    std::vector<Lookup> lookups;
    Node root;
};
}
