#include "columns/ColumnAggregateFunction.h"

#include <algorithm>
#include <cstring>

#include "base/Exception.h"
#include "columns/ColumnHashing.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

namespace datastore
{
AggregateStatePool::~AggregateStatePool()
{
    if (function->hasTrivialDestructor())
        return;
    for (auto * state : states)
        function->destroy(state);
}

aggregates::AggregateDataPtr AggregateStatePool::createState()
{
    auto * place = arena.alloc(function->sizeOfData(), function->alignOfData());
    function->create(place);
    states.push_back(place);
    return place;
}

AggregateStatePool & ColumnAggregateFunction::ownPool()
{
    if (!own_pool)
    {
        own_pool = std::make_shared<AggregateStatePool>(function);
        pools.push_back(own_pool);
    }
    return *own_pool;
}

aggregates::AggregateDataPtr ColumnAggregateFunction::insertNewState(Arena *& arena)
{
    auto & pool = ownPool();
    auto * place = pool.createState();
    data.push_back(place);
    arena = &pool.getArena();
    return place;
}

void ColumnAggregateFunction::insertCopyOf(aggregates::ConstAggregateDataPtr place)
{
    Arena * arena = nullptr;
    auto * copy = insertNewState(arena);
    function->copyFrom(copy, place, arena);
}

void ColumnAggregateFunction::insertDeserialized(ReadBuffer & in)
{
    Arena * arena = nullptr;
    auto * place = insertNewState(arena);
    try
    {
        function->deserialize(place, in, arena);
    }
    catch (...)
    {
        data.pop_back(1);
        throw;
    }
}

void ColumnAggregateFunction::serializeState(size_t n, WriteBuffer & out) const
{
    function->serialize(data[n], out);
}

std::string ColumnAggregateFunction::serializeStateToString(size_t n) const
{
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        serializeState(n, out);
    }
    return bytes;
}

void ColumnAggregateFunction::insertResultInto(size_t n, IColumn & to) const
{
    /// Some functions sort or compact their state while finishing it (quantileExact): they
    /// get a private copy, since the column's state may be shared and read concurrently.
    Arena arena;
    auto * copy = arena.alloc(function->sizeOfData(), function->alignOfData());
    function->create(copy);
    try
    {
        function->merge(copy, data[n], &arena);
        function->insertResultInto(copy, to, &arena);
    }
    catch (...)
    {
        function->destroy(copy);
        throw;
    }
    function->destroy(copy);
}

std::string ColumnAggregateFunction::getName() const
{
    return "AggregateFunction(" + function->getName() + ")";
}

size_t ColumnAggregateFunction::byteSize() const
{
    return data.size() * (sizeof(aggregates::AggregateDataPtr) + function->sizeOfData());
}

size_t ColumnAggregateFunction::allocatedBytes() const
{
    size_t bytes = data.allocatedBytes();
    for (const auto & pool : pools)
        bytes += pool->allocatedBytes();
    return bytes;
}

void ColumnAggregateFunction::insert(const Field & value)
{
    const auto * bytes = value.tryGet<std::string>();
    if (!bytes)
        throw Exception(
            ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type {}", fieldTypeName(value.which()),
            getName());
    ReadBufferFromMemory in(*bytes);
    insertDeserialized(in);
}

const ColumnAggregateFunction & ColumnAggregateFunction::checkSameFunction(const IColumn & src) const
{
    const auto * source = src.as<ColumnAggregateFunction>();
    if (!source || (source->function != function && source->function->getName() != function->getName()))
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Cannot insert data into {} from {}", getName(), src.getName());
    return *source;
}

void ColumnAggregateFunction::sharePoolsOf(const ColumnAggregateFunction & source)
{
    for (const auto & pool : source.pools)
        if (std::find(pools.begin(), pools.end(), pool) == pools.end())
            pools.push_back(pool);
}

std::shared_ptr<ColumnAggregateFunction> ColumnAggregateFunction::cloneSharingPools() const
{
    auto result = create(function);
    result->pools = pools;
    return result;
}

void ColumnAggregateFunction::insertFrom(const IColumn & src, size_t n)
{
    const auto & source = checkSameFunction(src);
    sharePoolsOf(source);
    data.push_back(source.data[n]);
}

void ColumnAggregateFunction::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    const auto & source = checkSameFunction(src);
    sharePoolsOf(source);
    data.insert(source.data.data() + start, source.data.data() + start + length);
}

void ColumnAggregateFunction::insertDefault()
{
    auto & pool = ownPool();
    data.push_back(pool.createState());
}

ColumnPtr ColumnAggregateFunction::filter(const Filter & filter, ssize_t result_size_hint) const
{
    size_t rows = data.size();
    if (filter.size() != rows)
        throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of filter ({}) doesn't match size of column ({})", filter.size(), rows);
    auto result = cloneSharingPools();
    if (result_size_hint > 0)
        result->data.reserve(static_cast<size_t>(result_size_hint));
    for (size_t i = 0; i < rows; ++i)
        if (filter[i])
            result->data.push_back(data[i]);
    return result;
}

ColumnPtr ColumnAggregateFunction::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    auto result = cloneSharingPools();
    result->data.resize(count);
    for (size_t i = 0; i < count; ++i)
        result->data[i] = data[perm[i]];
    return result;
}

ColumnPtr ColumnAggregateFunction::replicate(const PodArray<UInt64> & offsets) const
{
    auto result = cloneSharingPools();
    result->data.reserve(offsets.empty() ? 0 : offsets.back());
    UInt64 previous = 0;
    for (size_t i = 0; i < offsets.size(); ++i)
    {
        for (UInt64 j = previous; j < offsets[i]; ++j)
            result->data.push_back(data[i]);
        previous = offsets[i];
    }
    return result;
}

void ColumnAggregateFunction::updateHashes(RowHashes & hashes) const
{
    for (size_t i = 0; i < data.size(); ++i)
        hashes[i] = mixHash(hashes[i], serializeStateToString(i));
}

std::string_view ColumnAggregateFunction::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    std::string bytes = serializeStateToString(n);
    UInt64 length = bytes.size();
    char * pos = arena.allocContinue(sizeof(length) + length, begin);
    std::memcpy(pos, &length, sizeof(length));
    std::memcpy(pos + sizeof(length), bytes.data(), length);
    return {pos, sizeof(length) + length};
}

const char * ColumnAggregateFunction::deserializeAndInsertFromArena(const char * pos)
{
    UInt64 length;
    std::memcpy(&length, pos, sizeof(length));
    ReadBufferFromMemory in(std::string_view(pos + sizeof(length), length));
    insertDeserialized(in);
    return pos + sizeof(length) + length;
}
}
