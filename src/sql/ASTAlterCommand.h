// One command of ALTER TABLE: ADD/DROP/MODIFY COLUMN, DELETE/UPDATE mutations, partition and
// part operations (DROP/DETACH/ATTACH, FREEZE, REPLACE, MOVE), MODIFY/REMOVE/MATERIALIZE TTL,
// ADD/DROP/MATERIALIZE/CLEAR INDEX.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTAlterCommand : IAST
{
    enum class Type
    {
        AddColumn,
        DropColumn,
        ModifyColumn,
        CommentColumn,
        RenameColumn,
        DeleteWhere,
        Update,
        DropPartition,
        DetachPartition,
        AttachPartition,
        FreezePartition,
        ReplacePartition,
        MovePartitionToTable,
        ModifyTTL,
        RemoveTTL,
        MaterializeTTL,
        AddIndex,
        DropIndex,
        MaterializeIndex,
        ClearIndex,
        ModifySetting,
        ResetSetting,
    };

    Type type = Type::AddColumn;
    bool if_exists = false;
    bool if_not_exists = false;
    /// ASTColumnDeclaration for ADD/MODIFY COLUMN.
    ASTPtr column_declaration;
    /// The column of DROP/COMMENT/RENAME COLUMN and of ADD COLUMN ... AFTER.
    std::string column;
    std::string after_column;
    bool first = false;
    std::string rename_to;
    ASTPtr comment;
    /// PARTITION expr: the partition key's value (a literal, a tuple, tuple()).
    ASTPtr partition;
    /// PARTITION ID 'id', or the part name of DROP/DETACH/ATTACH PART.
    std::string partition_id;
    /// DROP/DETACH/ATTACH PART 'name' rather than PARTITION.
    bool is_part = false;
    /// REPLACE PARTITION ... FROM db.t; MOVE PARTITION ... TO TABLE db.t.
    std::string other_database;
    std::string other_table;
    ASTPtr predicate;
    /// ASTExpressionList of equals(column, value) for UPDATE.
    ASTPtr update_assignments;
    ASTPtr ttl;
    /// ASTIndexDeclaration of ADD INDEX.
    ASTPtr index_declaration;
    /// The index of DROP/MATERIALIZE/CLEAR INDEX (CLEAR INDEX ... IN PARTITION sets the partition).
    std::string index;
    /// ASTSetQuery of MODIFY SETTING; the names of RESET SETTING.
    ASTPtr settings_changes;
    std::vector<std::string> settings_resets;

    std::string getID(char) const override { return "AlterCommand"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        for (ASTPtr * member : {&column_declaration, &comment, &partition, &predicate, &update_assignments, &ttl, &index_declaration, &settings_changes})
            visit(*member);
    }
};
}
