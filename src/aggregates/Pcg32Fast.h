// PCG's pcg32_fast (mcg_xsh_rs_64_32): the generator ClickHouse's groupArraySample draws from.
// A 64-bit multiplicative state, stepped by one multiplication, output by an xorshift and a
// random shift of the old state. Its text form "multiplier increment state" is what the
// aggregate state stores, so a seeded sample and its -State equal ClickHouse's.
#pragma once

#include <charconv>
#include <string>
#include <string_view>

#include "base/Exception.h"
#include "base/Types.h"

namespace datastore::aggregates
{
class Pcg32Fast
{
public:
    static constexpr UInt64 kMultiplier = 6364136223846793005ULL;
    static constexpr UInt64 kMax = 0xFFFFFFFFULL;

    /// A multiplicative generator needs an odd state: the low two bits are set, as PCG does.
    void seed(UInt64 value) { state = value | 3; }

    UInt32 operator()()
    {
        UInt64 old = state;
        state = old * kMultiplier;
        UInt64 mixed = old ^ (old >> 22);
        return static_cast<UInt32>(mixed >> (22 + (old >> 61)));
    }

    /// Uniform in [0, limit), as ClickHouse draws it: one output modulo a 32-bit limit, two beyond.
    UInt64 below(UInt64 limit)
    {
        if (limit <= kMax)
            return (*this)() % limit;
        UInt64 high = (*this)();
        UInt64 low = (*this)();
        return (high * (kMax + 1) + low) % limit;
    }

    /// "6364136223846793005 0 <state>": the multiplier, the (absent) increment, the state.
    std::string toText() const { return std::to_string(kMultiplier) + " 0 " + std::to_string(state); }

    void fromText(std::string_view text)
    {
        size_t last_space = text.rfind(' ');
        std::string_view digits = last_space == std::string_view::npos ? text : text.substr(last_space + 1);
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), state);
        if (error != std::errc{} || end != digits.data() + digits.size())
            throw Exception(ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse the random generator state '{}'", text);
    }

private:
    UInt64 state = 3;
};
}
