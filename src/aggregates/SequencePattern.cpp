#include "aggregates/SequencePattern.h"

#include <cstring>
#include <stack>
#include <tuple>

#include "base/Exception.h"

namespace datastore::aggregates
{
namespace
{
constexpr size_t max_iterations = 1000000;

[[noreturn]] void throwTooSlow()
{
    throw Exception(ErrorCodes::TOO_SLOW, "Pattern application proves too difficult, exceeding max iterations ({})", max_iterations);
}
}

SequencePattern::SequencePattern(const std::string & pattern, size_t condition_count)
{
    /// Every pattern may start anywhere: an implicit .* leads it.
    actions.push_back({ActionType::KleeneStar});
    dfa_states.push_back({.has_kleene = true});

    const char * begin = pattern.data();
    const char * end = begin + pattern.size();
    const char * pos = begin;

    auto fail = [&](const std::string & message)
    {
        throw Exception(ErrorCodes::SYNTAX_ERROR, "{} '{}' at position {}", message, std::string(pos, end), pos - begin);
    };
    auto match = [&](const char * text)
    {
        size_t length = std::strlen(text);
        if (static_cast<size_t>(end - pos) >= length && std::memcmp(pos, text, length) == 0)
        {
            pos += length;
            return true;
        }
        return false;
    };
    auto read_number = [&]
    {
        UInt64 value = 0;
        const char * start = pos;
        while (pos < end && *pos >= '0' && *pos <= '9')
            value = value * 10 + static_cast<UInt64>(*pos++ - '0');
        if (pos == start)
            fail("Could not parse number");
        return value;
    };

    while (pos < end)
    {
        if (match("(?"))
        {
            if (match("t"))
            {
                ActionType type;
                if (match("<="))
                    type = ActionType::TimeLessOrEqual;
                else if (match("<"))
                    type = ActionType::TimeLess;
                else if (match(">="))
                    type = ActionType::TimeGreaterOrEqual;
                else if (match(">"))
                    type = ActionType::TimeGreater;
                else if (match("=="))
                    type = ActionType::TimeEqual;
                else
                    fail("Unknown time condition");
                UInt64 duration = read_number();
                ActionType previous = actions.back().type;
                if (previous != ActionType::SpecificEvent && previous != ActionType::AnyEvent && previous != ActionType::KleeneStar)
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Temporal condition should be preceded by an event condition");
                has_time_bounds = true;
                actions.push_back({type, duration});
            }
            else
            {
                UInt64 event_number = read_number();
                if (event_number > condition_count || event_number == 0)
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Event number {} is out of range", event_number);
                actions.push_back({ActionType::SpecificEvent, event_number - 1});
                dfa_states.back().transition = Transition::SpecificEvent;
                dfa_states.back().event = static_cast<UInt32>(event_number - 1);
                dfa_states.emplace_back();
                conditions_in_pattern |= UInt32{1} << (event_number - 1);
            }
            if (!match(")"))
                fail("Expected closing parenthesis, found");
        }
        else if (match(".*"))
        {
            actions.push_back({ActionType::KleeneStar});
            dfa_states.back().has_kleene = true;
        }
        else if (match("."))
        {
            actions.push_back({ActionType::AnyEvent});
            dfa_states.back().transition = Transition::AnyEvent;
            dfa_states.emplace_back();
        }
        else
            fail("Could not parse pattern, unexpected starting symbol");
    }
}

bool SequencePattern::dfaMatch(const std::vector<SequenceEvent> & events) const
{
    std::vector<bool> active(dfa_states.size(), false);
    std::vector<bool> next(dfa_states.size(), false);
    active[0] = true;
    size_t active_count = 1;
    for (size_t e = 0; e < events.size() && active_count > 0 && !active.back(); ++e)
    {
        active_count = 0;
        next.assign(dfa_states.size(), false);
        for (size_t state = 0; state < dfa_states.size(); ++state)
        {
            if (!active[state])
                continue;
            const DfaState & dfa = dfa_states[state];
            if (dfa.transition == Transition::AnyEvent
                || (dfa.transition == Transition::SpecificEvent && ((events[e].conditions >> dfa.event) & 1)))
            {
                next[state + 1] = true;
                ++active_count;
            }
            if (dfa.has_kleene)
            {
                next[state] = true;
                ++active_count;
            }
        }
        std::swap(active, next);
    }
    return active.back();
}

bool SequencePattern::backtrackingMatch(const std::vector<SequenceEvent> & events, size_t & position) const
{
    const size_t events_begin = position;
    const size_t events_end = events.size();
    size_t action = 0;
    size_t base = position;
    /// (action, event, base) to resume from when a later step fails.
    std::stack<std::tuple<size_t, size_t, size_t>> back_stack;

    auto backtrack = [&]
    {
        while (!back_stack.empty())
        {
            std::tie(action, position, base) = back_stack.top();
            ++position;
            back_stack.pop();
            if (position != events_end)
                return true;
        }
        return false;
    };
    /// A time bound that holds moves on; one that fails backtracks, or (for lower bounds) waits for a later event.
    auto bound = [&](bool holds, bool waits)
    {
        if (holds)
        {
            back_stack.emplace(action, position, base);
            base = position;
            ++action;
            return true;
        }
        if (waits)
            return !(++position == events_end && !backtrack());
        return backtrack();
    };

    size_t iterations = 0;
    while (action != actions.size() && position != events_end)
    {
        const Action & step = actions[action];
        UInt64 time = events[position].timestamp;
        UInt64 limit = events[base].timestamp + step.extra;
        bool keep_going = true;
        switch (step.type)
        {
            case ActionType::SpecificEvent:
                if ((events[position].conditions >> step.extra) & 1)
                {
                    base = position;
                    ++action;
                    ++position;
                }
                else
                    keep_going = backtrack();
                break;
            case ActionType::AnyEvent:
                base = position;
                ++action;
                ++position;
                break;
            case ActionType::KleeneStar:
                back_stack.emplace(action, position, base);
                base = position;
                ++action;
                break;
            case ActionType::TimeLessOrEqual: keep_going = bound(time <= limit, false); break;
            case ActionType::TimeLess: keep_going = bound(time < limit, false); break;
            case ActionType::TimeGreaterOrEqual: keep_going = bound(time >= limit, true); break;
            case ActionType::TimeGreater: keep_going = bound(time > limit, true); break;
            case ActionType::TimeEqual: keep_going = bound(time == limit, true); break;
        }
        if (!keep_going)
            break;
        if (++iterations > max_iterations)
            throwTooSlow();
    }

    /// Trailing steps that an empty run of events satisfies.
    while (action != actions.size())
    {
        const Action & step = actions[action];
        if (step.type == ActionType::KleeneStar || step.type == ActionType::TimeLessOrEqual || step.type == ActionType::TimeLess
            || (step.type == ActionType::TimeGreaterOrEqual && step.extra == 0))
            ++action;
        else
            break;
    }
    if (position == events_begin)
        ++position;
    return action == actions.size();
}
}
