// The pattern language of sequenceMatch and sequenceCount, parsed and matched as ClickHouse
// does: (?N) is a row meeting condition N, . any row, .* any run of rows, (?t op secs) a
// bound on the time since the previous step (op one of <=, <, >=, >, ==). Patterns without
// time bounds run on a DFA; the others by backtracking.
#pragma once

#include <string>
#include <vector>

#include "base/Types.h"

namespace datastore::aggregates
{
/// A row that met at least one condition: bit i of `conditions` is condition i + 1.
struct SequenceEvent
{
    UInt64 timestamp;
    UInt32 conditions;
};

class SequencePattern
{
public:
    /// Throws SYNTAX_ERROR for a malformed pattern, BAD_ARGUMENTS for a condition number past
    /// `condition_count` or a time bound that follows no event.
    SequencePattern(const std::string & pattern, size_t condition_count);

    bool hasTimeBounds() const { return has_time_bounds; }
    /// The conditions the pattern names: a group that never met one of them cannot match.
    UInt32 conditionsInPattern() const { return conditions_in_pattern; }

    /// Whether the events (sorted by time) contain the pattern; for patterns without time bounds.
    bool dfaMatch(const std::vector<SequenceEvent> & events) const;
    /// Matches from `position` on, leaving `position` past the match (or past the first event
    /// tried); TOO_SLOW after a million steps.
    bool backtrackingMatch(const std::vector<SequenceEvent> & events, size_t & position) const;

private:
    enum class ActionType
    {
        SpecificEvent,
        AnyEvent,
        KleeneStar,
        TimeLessOrEqual,
        TimeLess,
        TimeGreaterOrEqual,
        TimeGreater,
        TimeEqual,
    };

    struct Action
    {
        ActionType type;
        UInt64 extra = 0;
    };

    enum class Transition
    {
        None,
        SpecificEvent,
        AnyEvent,
    };

    struct DfaState
    {
        bool has_kleene = false;
        UInt32 event = 0;
        Transition transition = Transition::None;
    };

    std::vector<Action> actions;
    std::vector<DfaState> dfa_states;
    bool has_time_bounds = false;
    UInt32 conditions_in_pattern = 0;
};
}
