#include "exec/Aggregator.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>

#include "base/Exception.h"
#include "base/MemoryTracker.h"
#include "types/DataTypeAggregateFunction.h"
#include "columns/ColumnAggregateFunction.h"
#include "columns/ColumnConst.h"
#include "columns/ColumnHashing.h"
#include "columns/ColumnString.h"

namespace datastore::exec
{
using aggregates::AggregateDataPtr;

namespace
{
constexpr size_t kBuckets = Aggregator::kBucketCount;

inline UInt64 hashKey(UInt64 key)
{
    return finalizeHash(key ^ 0x9E3779B97F4A7C15ULL);
}

inline UInt64 hashKey(UInt128 key)
{
    return finalizeHash(mixHash(static_cast<UInt64>(key), static_cast<UInt64>(key >> 64)));
}

inline UInt64 hashKey(std::string_view key)
{
    return finalizeHash(XXH3_64bits(key.data(), key.size()));
}

inline size_t bucketOf(UInt64 hash)
{
    return hash >> 56;
}

template <typename Key>
using Buckets = std::vector<HashMap<Key>>;

ColumnPtr fullColumn(const ColumnPtr & column)
{
    return column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
}
}

class AggregatedData
{
public:
    explicit AggregatedData(const Aggregator & aggregator_) : aggregator(aggregator_), arena(std::make_shared<Arena>(64 * 1024))
    {
        switch (aggregator.method)
        {
            case Aggregator::Method::WithoutKeys: without_keys = aggregator.createStates(*arena); break;
            case Aggregator::Method::SmallKey: small_key.resize(aggregator.small_key_values, nullptr); break;
            case Aggregator::Method::Key64: key64.resize(kBuckets); break;
            case Aggregator::Method::Keys128: keys128.resize(kBuckets); break;
            case Aggregator::Method::KeyString:
            case Aggregator::Method::Serialized: strings.resize(kBuckets); break;
        }
    }

    ~AggregatedData()
    {
        if (without_keys && !is_without_keys_emitted)
            aggregator.destroyStates(without_keys);
        auto destroy_all = [&](auto & buckets)
        {
            for (size_t b = next_output_bucket; b < buckets.size(); ++b)
                buckets[b].forEach([&](const auto & cell) { aggregator.destroyStates(cell.value); });
        };
        for (size_t key = next_small_key; key < small_key.size(); ++key)
            if (small_key[key])
                aggregator.destroyStates(small_key[key]);
        destroy_all(key64);
        destroy_all(keys128);
        destroy_all(strings);
    }

    const Aggregator & aggregator;
    std::shared_ptr<Arena> arena;
    /// Arenas of merged-in data: their states now belong to this data.
    std::vector<std::shared_ptr<Arena>> adopted_arenas;
    AggregateDataPtr without_keys = nullptr;
    bool is_without_keys_emitted = false;
    /// SmallKey: the state of each key value, null while the key was not seen.
    std::vector<AggregateDataPtr> small_key;
    size_t next_small_key = 0;
    Buckets<UInt64> key64;
    Buckets<UInt128> keys128;
    Buckets<std::string_view> strings;
    size_t next_output_bucket = 0;
};

Aggregator::Aggregator(AggregatorParams params_) : params(std::move(params_))
{
    for (const auto & key : params.keys)
        key_positions.push_back(params.input_header.getPositionByName(key));
    for (const auto & aggregate : params.aggregates)
    {
        std::vector<size_t> positions;
        for (const auto & argument : aggregate.argument_names)
            positions.push_back(params.input_header.getPositionByName(argument));
        argument_positions.push_back(std::move(positions));

        size_t alignment = aggregate.function->alignOfData();
        total_state_size = (total_state_size + alignment - 1) / alignment * alignment;
        state_offsets.push_back(total_state_size);
        total_state_size += aggregate.function->sizeOfData();
        state_alignment = std::max(state_alignment, alignment);
    }
    if (total_state_size == 0)
        total_state_size = 1;

    if (params.keys.empty())
    {
        method = Method::WithoutKeys;
        return;
    }
    size_t fixed_width = 0;
    bool all_fixed = true;
    for (size_t position : key_positions)
    {
        auto type = removeLowCardinality(params.input_header.getByPosition(position).type);
        size_t width = type->isNullable() ? 0 : type->getSizeOfValueInMemory();
        if (width == 0)
            all_fixed = false;
        fixed_width += width;
    }
    if (all_fixed && key_positions.size() == 1 && fixed_width <= 2)
    {
        method = Method::SmallKey;
        small_key_values = fixed_width == 1 ? 256 : 65536;
    }
    else if (all_fixed && key_positions.size() == 1 && fixed_width <= 8)
        method = Method::Key64;
    else if (all_fixed && fixed_width <= 16)
        method = Method::Keys128;
    else if (key_positions.size() == 1 && removeLowCardinality(params.input_header.getByPosition(key_positions[0]).type)->getTypeId() == TypeIndex::String)
        method = Method::KeyString;
    else
        method = Method::Serialized;
}

std::string stateColumnName(size_t index)
{
    return "__aggregate_state_" + std::to_string(index);
}

Block Aggregator::getHeader() const
{
    Block header;
    for (size_t position : key_positions)
    {
        const auto & key = params.input_header.getByPosition(position);
        auto type = removeLowCardinality(key.type);
        header.insert({type->createColumn(), type, key.name});
    }
    for (const auto & aggregate : params.aggregates)
    {
        auto type = aggregate.function->getResultType();
        header.insert({type->createColumn(), type, aggregate.result_name});
    }
    if (params.with_state_columns)
        for (size_t i = 0; i < params.aggregates.size(); ++i)
        {
            const auto & function = params.aggregates[i].function;
            auto type = std::make_shared<DataTypeAggregateFunction>(function, function->getArgumentTypes(), function->getParameters());
            header.insert({type->createColumn(), type, stateColumnName(i)});
        }
    return header;
}

AggregatedDataPtr Aggregator::createData() const
{
    return std::make_shared<AggregatedData>(*this);
}

AggregateDataPtr Aggregator::createStates(Arena & arena) const
{
    AggregateDataPtr place = arena.alloc(total_state_size, state_alignment);
    size_t created = 0;
    try
    {
        for (; created < params.aggregates.size(); ++created)
            params.aggregates[created].function->create(place + state_offsets[created]);
    }
    catch (...)
    {
        for (size_t i = 0; i < created; ++i)
            params.aggregates[i].function->destroy(place + state_offsets[i]);
        throw;
    }
    return place;
}

void Aggregator::destroyStates(AggregateDataPtr place) const noexcept
{
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        if (!params.aggregates[i].function->hasTrivialDestructor())
            params.aggregates[i].function->destroy(place + state_offsets[i]);
}

void Aggregator::mergeStates(AggregateDataPtr to, AggregateDataPtr from, Arena * arena) const
{
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        params.aggregates[i].function->merge(to + state_offsets[i], from + state_offsets[i], arena);
    destroyStates(from);
}

void Aggregator::mergeStatesBatch(size_t rows, AggregateDataPtr * to, AggregateDataPtr * from, Arena * arena) const
{
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        params.aggregates[i].function->mergeBatch(rows, to, state_offsets[i], from, arena);
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        if (!params.aggregates[i].function->hasTrivialDestructor())
            params.aggregates[i].function->destroyBatch(rows, from, state_offsets[i]);
}

void Aggregator::emitStates(PodArray<AggregateDataPtr> & places, MutableColumns & result_columns,
                            std::vector<std::shared_ptr<ColumnAggregateFunction>> & state_columns, Arena * arena) const
{
    size_t rows = places.size();
    try
    {
        for (size_t i = 0; i < state_columns.size(); ++i)
            for (size_t row = 0; row < rows; ++row)
                state_columns[i]->insertCopyOf(places[row] + state_offsets[i]);
        for (size_t i = 0; i < params.aggregates.size(); ++i)
            params.aggregates[i].function->insertResultIntoBatch(rows, places.data(), state_offsets[i], *result_columns[i], arena);
    }
    catch (...)
    {
        for (size_t row = 0; row < rows; ++row)
            destroyStates(places[row]);
        throw;
    }
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        if (!params.aggregates[i].function->hasTrivialDestructor())
            params.aggregates[i].function->destroyBatch(rows, places.data(), state_offsets[i]);
}

void Aggregator::execute(const Block & block, AggregatedData & data) const
{
    size_t rows = block.rows();
    if (rows == 0)
        return;

    /// Arguments as plain columns: the functions read them by row.
    std::vector<ColumnPtr> holders;
    std::vector<std::vector<const IColumn *>> arguments(params.aggregates.size());
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        for (size_t position : argument_positions[i])
        {
            holders.push_back(fullColumn(block.getByPosition(position).column));
            arguments[i].push_back(holders.back().get());
        }

    Arena & arena = *data.arena;
    if (method == Method::WithoutKeys)
    {
        for (size_t i = 0; i < params.aggregates.size(); ++i)
            params.aggregates[i].function->addBatchSinglePlace(
                rows, data.without_keys + state_offsets[i], arguments[i].data(), &arena, nullptr);
        return;
    }

    Columns keys;
    for (size_t position : key_positions)
        keys.push_back(fullColumn(block.getByPosition(position).column));
    PodArray<AggregateDataPtr> places(rows);
    placeRows(keys, rows, data, places);
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        params.aggregates[i].function->addBatch(rows, places.data(), state_offsets[i], arguments[i].data(), &arena, nullptr);
}

void Aggregator::placeRows(const Columns & keys, size_t rows, AggregatedData & data, PodArray<AggregateDataPtr> & places) const
{
    Arena & arena = *data.arena;
    /// With many keys each lookup is a cache miss: hashing the block first lets the cell of a
    /// row a few places ahead be prefetched while this row's is probed.
    PodArray<UInt64> hashes(rows);
    auto place_rows = [&](auto & buckets, auto && key_at, auto && persist_key)
    {
        for (size_t row = 0; row < rows; ++row)
            hashes[row] = hashKey(key_at(row));
        constexpr size_t kPrefetchDistance = 8;
        for (size_t row = 0; row < rows; ++row)
        {
            if (row + kPrefetchDistance < rows)
            {
                UInt64 ahead = hashes[row + kPrefetchDistance];
                buckets[bucketOf(ahead)].prefetch(ahead);
            }
            auto key = key_at(row);
            UInt64 hash = hashes[row];
            bool inserted = false;
            auto & cell = buckets[bucketOf(hash)].emplace(key, hash, inserted);
            if (inserted)
            {
                cell.key = persist_key(key);
                cell.value = createStates(arena);
            }
            places[row] = cell.value;
        }
    };
    auto no_persist = [](auto key) { return key; };

    switch (method)
    {
        case Method::SmallKey:
        {
            const char * base = keys[0]->getRawData().data();
            auto place_small = [&](auto tag)
            {
                using Key = decltype(tag);
                const Key * values = reinterpret_cast<const Key *>(base);
                auto & table = data.small_key;
                for (size_t row = 0; row < rows; ++row)
                {
                    AggregateDataPtr & place = table[values[row]];
                    if (!place)
                        place = createStates(arena);
                    places[row] = place;
                }
            };
            if (small_key_values == 256)
                place_small(UInt8{});
            else
                place_small(UInt16{});
            break;
        }
        case Method::Key64:
        {
            std::string_view raw = keys[0]->getRawData();
            size_t width = keys[0]->sizeOfValueIfFixed();
            const char * base = raw.data();
            switch (width)
            {
                case 1: place_rows(data.key64, [&](size_t row) { return UInt64(reinterpret_cast<const UInt8 *>(base)[row]); }, no_persist); break;
                case 2: place_rows(data.key64, [&](size_t row) { return UInt64(reinterpret_cast<const UInt16 *>(base)[row]); }, no_persist); break;
                case 4: place_rows(data.key64, [&](size_t row) { return UInt64(reinterpret_cast<const UInt32 *>(base)[row]); }, no_persist); break;
                default:
                    place_rows(data.key64, [&](size_t row)
                               {
                                   UInt64 key = 0;
                                   std::memcpy(&key, base + row * width, width);
                                   return key;
                               }, no_persist);
            }
            break;
        }
        case Method::Keys128:
        {
            PodArray<UInt128> packed(rows, UInt128(0));
            size_t offset = 0;
            for (const auto & key : keys)
            {
                size_t width = key->sizeOfValueIfFixed();
                const char * raw = key->getRawData().data();
                char * out = reinterpret_cast<char *>(packed.data());
                for (size_t row = 0; row < rows; ++row)
                    std::memcpy(out + row * sizeof(UInt128) + offset, raw + row * width, width);
                offset += width;
            }
            place_rows(data.keys128, [&](size_t row) { return packed[row]; }, no_persist);
            break;
        }
        case Method::KeyString:
        {
            const auto & strings = keys[0]->assertCast<ColumnString>();
            place_rows(data.strings, [&](size_t row) { return strings.getDataAt(row); },
                       [&](std::string_view key) { return arena.insert(key); });
            break;
        }
        case Method::Serialized:
        {
            /// Serialize into a scratch arena; only new keys are copied into the data's arena.
            Arena scratch;
            for (size_t row = 0; row < rows; ++row)
            {
                const char * begin = nullptr;
                size_t size = 0;
                for (const auto & key : keys)
                    size += key->serializeValueIntoArena(row, scratch, begin).size();
                std::string_view serialized(begin, size);
                UInt64 hash = hashKey(serialized);
                bool inserted = false;
                auto & cell = data.strings[bucketOf(hash)].emplace(serialized, hash, inserted);
                if (inserted)
                {
                    cell.key = arena.insert(serialized);
                    cell.value = createStates(arena);
                }
                places[row] = cell.value;
            }
            break;
        }
        case Method::WithoutKeys:
            break;
    }
}

template <typename Map>
void Aggregator::mergeBucket(Map & into, Map & from, Arena & arena) const
{
    PodArray<AggregateDataPtr> targets;
    PodArray<AggregateDataPtr> sources;
    targets.reserve(from.size());
    sources.reserve(from.size());
    from.forEach([&](const auto & cell)
                 {
                     bool inserted = false;
                     auto & target = into.emplace(cell.key, cell.hash, inserted);
                     if (inserted)
                         target.value = cell.value;
                     else
                     {
                         targets.push_back(target.value);
                         sources.push_back(cell.value);
                     }
                 });
    from = Map(1);
    mergeStatesBatch(targets.size(), targets.data(), sources.data(), &arena);
}

AggregatedDataPtr Aggregator::merge(std::vector<AggregatedDataPtr> datas) const
{
    AggregatedDataPtr result = datas.front();
    if (datas.size() == 1)
        return result;
    for (size_t i = 1; i < datas.size(); ++i)
    {
        result->adopted_arenas.push_back(datas[i]->arena);
        for (auto & adopted : datas[i]->adopted_arenas)
            result->adopted_arenas.push_back(adopted);
    }

    if (method == Method::WithoutKeys)
    {
        for (size_t i = 1; i < datas.size(); ++i)
        {
            mergeStates(result->without_keys, datas[i]->without_keys, result->arena.get());
            datas[i]->is_without_keys_emitted = true;
        }
        return result;
    }

    if (method == Method::SmallKey)
    {
        for (size_t i = 1; i < datas.size(); ++i)
            for (size_t key = 0; key < small_key_values; ++key)
            {
                AggregateDataPtr & from = datas[i]->small_key[key];
                if (!from)
                    continue;
                AggregateDataPtr & into = result->small_key[key];
                if (!into)
                    into = from;
                else
                    mergeStates(into, from, result->arena.get());
                from = nullptr;
            }
        return result;
    }

    /// States that need the arena while merging (strings, arrays) get one arena per bucket
    /// worker, since Arena is not thread-safe.
    std::atomic<size_t> next_bucket{0};
    std::vector<std::shared_ptr<Arena>> worker_arenas;
    size_t workers = std::max<size_t>(1, std::min(params.max_threads, kBuckets));
    for (size_t w = 0; w < workers; ++w)
        worker_arenas.push_back(std::make_shared<Arena>());
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](size_t worker)
    {
        try
        {
            Arena & arena = *worker_arenas[worker];
            for (size_t bucket = next_bucket++; bucket < kBuckets; bucket = next_bucket++)
                for (size_t i = 1; i < datas.size(); ++i)
                {
                    if (method == Method::Key64)
                        mergeBucket(result->key64[bucket], datas[i]->key64[bucket], arena);
                    else if (method == Method::Keys128)
                        mergeBucket(result->keys128[bucket], datas[i]->keys128[bucket], arena);
                    else
                        mergeBucket(result->strings[bucket], datas[i]->strings[bucket], arena);
                }
        }
        catch (...)
        {
            std::lock_guard lock(failure_mutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w)
        threads.emplace_back([&work, w, tracker = MemoryTracker::current()] {
            MemoryTracker::ThreadScope scope(tracker);
            work(w);
        });
    work(0);
    for (auto & thread : threads)
        thread.join();
    for (auto & arena : worker_arenas)
        result->adopted_arenas.push_back(arena);
    if (failure)
        std::rethrow_exception(failure);
    return result;
}

template <typename F>
size_t Aggregator::forEachInBucket(AggregatedData & data, size_t bucket, MutableColumns & key_columns, F && f) const
{
    size_t rows = 0;
    auto emit_fixed = [&](const auto & cell)
    {
        const char * pos = reinterpret_cast<const char *>(&cell.key);
        for (auto & column : key_columns)
            pos = column->deserializeAndInsertFromArena(pos);
        f(cell.value);
        ++rows;
    };
    switch (method)
    {
        case Method::Key64:
            data.key64[bucket].forEach(emit_fixed);
            break;
        case Method::Keys128:
            data.keys128[bucket].forEach(emit_fixed);
            break;
        case Method::KeyString:
            data.strings[bucket].forEach([&](const auto & cell)
                                         {
                                             static_cast<ColumnString &>(*key_columns[0]).insertData(cell.key);
                                             f(cell.value);
                                             ++rows;
                                         });
            break;
        case Method::Serialized:
            data.strings[bucket].forEach([&](const auto & cell)
                                         {
                                             const char * pos = cell.key.data();
                                             for (auto & column : key_columns)
                                                 pos = column->deserializeAndInsertFromArena(pos);
                                             f(cell.value);
                                             ++rows;
                                         });
            break;
        case Method::WithoutKeys:
        case Method::SmallKey:
            break;
    }
    return rows;
}

void Aggregator::clearBucket(AggregatedData & data, size_t bucket) const
{
    if (method == Method::Key64)
        data.key64[bucket] = HashMap<UInt64>(1);
    else if (method == Method::Keys128)
        data.keys128[bucket] = HashMap<UInt128>(1);
    else
        data.strings[bucket] = HashMap<std::string_view>(1);
}

bool Aggregator::canSpill() const
{
    return method == Method::Key64 || method == Method::Keys128 || method == Method::KeyString || method == Method::Serialized;
}

size_t Aggregator::dataBytes(const AggregatedData & data) const
{
    size_t bytes = data.arena->allocatedBytes();
    auto add_tables = [&](const auto & buckets)
    {
        for (const auto & table : buckets)
            bytes += table.allocatedBytes();
    };
    add_tables(data.key64);
    add_tables(data.keys128);
    add_tables(data.strings);
    return bytes;
}

Block Aggregator::takeBucketStates(AggregatedData & data, size_t bucket) const
{
    Block header = getHeader();
    MutableColumns key_columns;
    for (size_t i = 0; i < key_positions.size(); ++i)
        key_columns.push_back(header.getByPosition(i).type->createColumn());
    std::vector<std::shared_ptr<ColumnAggregateFunction>> state_columns;
    for (const auto & aggregate : params.aggregates)
        state_columns.push_back(ColumnAggregateFunction::create(aggregate.function));
    forEachInBucket(data, bucket, key_columns, [&](AggregateDataPtr place)
    {
        for (size_t i = 0; i < state_columns.size(); ++i)
            state_columns[i]->insertCopyOf(place + state_offsets[i]);
        destroyStates(place);
    });
    clearBucket(data, bucket);
    Block result;
    for (size_t i = 0; i < key_columns.size(); ++i)
        result.insert({std::move(key_columns[i]), header.getByPosition(i).type, header.getByPosition(i).name});
    for (size_t i = 0; i < state_columns.size(); ++i)
    {
        const auto & function = params.aggregates[i].function;
        auto type = std::make_shared<DataTypeAggregateFunction>(function, function->getArgumentTypes(), function->getParameters());
        result.insert({std::move(state_columns[i]), type, params.aggregates[i].result_name});
    }
    return result;
}

void Aggregator::mergeBucketStates(const Block & block, AggregatedData & data) const
{
    size_t rows = block.rows();
    if (rows == 0)
        return;
    Columns keys;
    for (size_t i = 0; i < key_positions.size(); ++i)
        keys.push_back(fullColumn(block.getByPosition(i).column));
    PodArray<AggregateDataPtr> places(rows);
    placeRows(keys, rows, data, places);
    for (size_t i = 0; i < params.aggregates.size(); ++i)
    {
        const auto & states = static_cast<const ColumnAggregateFunction &>(*block.getByPosition(key_positions.size() + i).column).getData();
        const auto & function = *params.aggregates[i].function;
        for (size_t row = 0; row < rows; ++row)
            function.merge(places[row] + state_offsets[i], states[row], data.arena.get());
    }
}

Block Aggregator::nextResultBlock(AggregatedData & data) const
{
    Block header = getHeader();
    MutableColumns key_columns;
    MutableColumns result_columns;
    for (size_t i = 0; i < key_positions.size(); ++i)
        key_columns.push_back(header.getByPosition(i).type->createColumn());
    for (size_t i = 0; i < params.aggregates.size(); ++i)
        result_columns.push_back(header.getByPosition(key_positions.size() + i).type->createColumn());

    std::vector<std::shared_ptr<ColumnAggregateFunction>> state_columns;
    if (params.with_state_columns)
        for (const auto & aggregate : params.aggregates)
            state_columns.push_back(ColumnAggregateFunction::create(aggregate.function));
    PodArray<AggregateDataPtr> places;
    auto emit_states = [&](AggregateDataPtr place) { places.push_back(place); };

    size_t rows = 0;
    if (method == Method::WithoutKeys)
    {
        if (data.is_without_keys_emitted)
            return {};
        data.is_without_keys_emitted = true;
        emit_states(data.without_keys);
        rows = 1;
    }
    else if (method == Method::SmallKey)
    {
        for (; data.next_small_key < small_key_values && rows < params.max_block_size; ++data.next_small_key)
        {
            AggregateDataPtr place = data.small_key[data.next_small_key];
            if (!place)
                continue;
            UInt64 key = data.next_small_key;
            key_columns[0]->deserializeAndInsertFromArena(reinterpret_cast<const char *>(&key));
            emit_states(place);
            data.small_key[data.next_small_key] = nullptr;
            ++rows;
        }
        if (rows == 0)
            return {};
    }
    else
    {
        while (data.next_output_bucket < kBuckets && rows < params.max_block_size)
        {
            size_t bucket = data.next_output_bucket++;
            rows += forEachInBucket(data, bucket, key_columns, emit_states);
            /// The bucket's states are gone; forget them so the destructor does not see them.
            clearBucket(data, bucket);
        }
        if (rows == 0)
            return {};
    }
    emitStates(places, result_columns, state_columns, data.arena.get());

    Block result;
    for (size_t i = 0; i < key_columns.size(); ++i)
        result.insert({std::move(key_columns[i]), header.getByPosition(i).type, header.getByPosition(i).name});
    for (size_t i = 0; i < result_columns.size(); ++i)
    {
        const auto & target = header.getByPosition(key_positions.size() + i);
        result.insert({std::move(result_columns[i]), target.type, target.name});
    }
    for (size_t i = 0; i < state_columns.size(); ++i)
    {
        const auto & target = header.getByPosition(key_positions.size() + result_columns.size() + i);
        result.insert({std::move(state_columns[i]), target.type, target.name});
    }
    return result;
}
}
