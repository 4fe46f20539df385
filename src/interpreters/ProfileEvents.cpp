#include "interpreters/ProfileEvents.h"

namespace datastore::interpreters::ProfileEvents
{
namespace
{
std::atomic<UInt64> counters[kEventCount];

struct EventText
{
    const char * name;
    const char * description;
};

constexpr EventText kTexts[] = {
#define DATASTORE_PROFILE_EVENT_TEXT(name, description) {#name, description},
    DATASTORE_PROFILE_EVENTS(DATASTORE_PROFILE_EVENT_TEXT)
#undef DATASTORE_PROFILE_EVENT_TEXT
};
}

void increment(Event event, UInt64 amount)
{
    counters[event].fetch_add(amount, std::memory_order_relaxed);
}

UInt64 get(Event event)
{
    return counters[event].load(std::memory_order_relaxed);
}

const char * nameOf(Event event)
{
    return kTexts[event].name;
}

const char * descriptionOf(Event event)
{
    return kTexts[event].description;
}
}
