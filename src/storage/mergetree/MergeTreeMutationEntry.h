// A mutation of a MergeTree table (ALTER ... DELETE/UPDATE, and the part rewrites of
// MODIFY/DROP/RENAME COLUMN and MATERIALIZE TTL), kept as <table>/mutation_<version>.txt as
// ClickHouse keeps it, so that it resumes after a restart:
//
//     format version: 1
//     create time: 2026-02-23 12:00:00
//     commands: DELETE WHERE x = 1
//
// The version is a block number taken from the table's counter: the mutation applies to every
// part whose data version (its mutation, else its min_block) is lower.
#pragma once

#include "base/Types.h"
#include "sql/IAST.h"

#include <string>

namespace datastore::storage
{
struct MergeTreeMutationEntry
{
    Int64 version = 0;
    UInt32 create_time = 0;
    /// ASTExpressionList of ASTAlterCommand.
    sql::ASTPtr commands;

    /// Failure of the last attempt (not persisted, as in ClickHouse).
    std::string latest_failed_part;
    UInt32 latest_fail_time = 0;
    std::string latest_fail_reason;

    std::string fileName() const { return "mutation_" + std::to_string(version) + ".txt"; }
    /// The commands as system.mutations shows them: `DELETE WHERE x = 1`.
    std::string commandsText() const;
    /// Writes the file into `table_path` atomically (tmp file, fsync, rename).
    void write(const std::string & table_path) const;
    /// Reads `table_path`/mutation_N.txt; throws CORRUPTED_DATA for a file it cannot parse.
    static MergeTreeMutationEntry read(const std::string & table_path, const std::string & file_name);
};
}
