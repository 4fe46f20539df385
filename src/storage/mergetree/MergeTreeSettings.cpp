#include "storage/mergetree/MergeTreeSettings.h"

#include "base/Exception.h"

namespace datastore::storage
{
namespace
{
UInt64 toUnsigned(const std::string & name, const Field & value)
{
    if (const auto * v = value.tryGet<UInt64>())
        return *v;
    if (const auto * v = value.tryGet<Int64>(); v && *v >= 0)
        return static_cast<UInt64>(*v);
    if (const auto * v = value.tryGet<bool>())
        return *v ? 1 : 0;
    if (const auto * v = value.tryGet<std::string>())
    {
        try
        {
            size_t used = 0;
            UInt64 parsed = std::stoull(*v, &used);
            if (used == v->size())
                return parsed;
        }
        catch (const std::exception &)
        {
        }
    }
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot convert setting {} = {} to UInt64", name, value.dump());
}
}

MergeTreeSettings MergeTreeSettings::fromChanges(const std::vector<std::pair<std::string, Field>> & changes)
{
    MergeTreeSettings settings;
    for (const auto & [name, value] : changes)
        settings.set(name, value);
    return settings;
}

void MergeTreeSettings::set(const std::string & name, const Field & value)
{
    if (name == "index_granularity")
    {
        index_granularity = toUnsigned(name, value);
        if (index_granularity == 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "index_granularity: value 0 is not allowed");
    }
    else if (name == "min_compress_block_size")
        min_compress_block_size = toUnsigned(name, value);
    else if (name == "max_compress_block_size")
        max_compress_block_size = std::max<UInt64>(1, toUnsigned(name, value));
    else if (name == "parts_to_throw_insert")
        parts_to_throw_insert = toUnsigned(name, value);
    else if (name == "parts_to_delay_insert")
        parts_to_delay_insert = toUnsigned(name, value);
    else if (name == "max_delay_to_insert")
        max_delay_to_insert = toUnsigned(name, value);
    else if (name == "merge_with_ttl_timeout")
        merge_with_ttl_timeout = toUnsigned(name, value);
    else if (name == "ttl_only_drop_parts")
        ttl_only_drop_parts = toUnsigned(name, value) != 0;
    else if (name == "allow_experimental_replacing_merge_with_cleanup")
        allow_experimental_replacing_merge_with_cleanup = toUnsigned(name, value) != 0;
    else if (name == "max_parts_to_merge_at_once")
        max_parts_to_merge_at_once = std::max<UInt64>(2, toUnsigned(name, value));
    else if (name == "min_parts_to_merge")
        min_parts_to_merge = std::max<UInt64>(2, toUnsigned(name, value));
    else if (
        name == "index_granularity_bytes" || name == "min_bytes_for_wide_part" || name == "min_rows_for_wide_part"
        || name == "storage_policy" || name == "enable_mixed_granularity_parts" || name == "old_parts_lifetime")
        return; /// Accepted for compatibility: parts here are always wide with fixed granularity.
    else
        throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting '{}': for storage MergeTree", name);
}
}
