#include "aggregates/QuantileTimingData.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "aggregates/UniqHashes.h"
#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
UInt16 clamped(UInt64 value)
{
    return static_cast<UInt16>(std::min(value, QuantileTimingData::big_threshold));
}

/// A bucket's value: its start, shifted by a hash of its index so that values are not all even.
UInt16 bigBucketValue(size_t index)
{
    return static_cast<UInt16>(index * QuantileTimingData::big_precision + QuantileTimingData::small_threshold
                               + (static_cast<UInt32>(intHash32(index)) % QuantileTimingData::big_precision - QuantileTimingData::big_precision / 2));
}
}

QuantileTimingData & QuantileTimingData::operator=(const QuantileTimingData & rhs)
{
    kind = rhs.kind;
    values = rhs.values;
    histogram = rhs.histogram ? std::make_unique<Histogram>(*rhs.histogram) : nullptr;
    return *this;
}

void QuantileTimingData::Histogram::add(UInt64 value, UInt64 weight)
{
    count += weight;
    if (value < small_threshold)
        cells[value] += weight;
    else if (value < big_threshold)
        cells[small_threshold + (value - small_threshold) / big_precision] += weight;
}

UInt16 QuantileTimingData::Histogram::get(Float64 level) const
{
    double position = std::ceil(static_cast<double>(count) * level);
    double accumulated = 0;
    for (size_t i = 0; i < small_threshold + big_size; ++i)
    {
        if (cells[i] == 0)
            continue;
        accumulated += static_cast<double>(cells[i]);
        if (accumulated >= position)
            return i < small_threshold ? static_cast<UInt16>(i) : bigBucketValue(i - small_threshold);
    }
    return big_threshold;
}

void QuantileTimingData::toLarge()
{
    histogram = std::make_unique<Histogram>();
    for (UInt16 value : values)
        histogram->add(value, 1);
    values = {};
    kind = Kind::Large;
}

void QuantileTimingData::add(UInt64 value)
{
    if (kind == Kind::Tiny && values.size() < tiny_max)
    {
        values.push_back(clamped(value));
        return;
    }
    if (kind == Kind::Tiny)
        toMedium();
    if (kind == Kind::Medium)
    {
        if (values.size() < medium_limit)
        {
            values.push_back(clamped(value));
            return;
        }
        toLarge();
    }
    histogram->add(value, 1);
}

void QuantileTimingData::add(UInt64 value, UInt64 weight)
{
    if (kind == Kind::Tiny && weight < tiny_max && values.size() + weight <= tiny_max)
    {
        values.insert(values.end(), weight, clamped(value));
        return;
    }
    if (kind != Kind::Large)
        toLarge();
    histogram->add(value, weight);
}

void QuantileTimingData::merge(const QuantileTimingData & rhs)
{
    if (kind == Kind::Tiny && rhs.kind == Kind::Tiny && values.size() + rhs.values.size() <= tiny_max)
    {
        values.insert(values.end(), rhs.values.begin(), rhs.values.end());
        return;
    }
    /// Bring this one to the larger of the two kinds (two tiny ones make a medium one).
    if (kind == Kind::Tiny && rhs.kind != Kind::Large)
        toMedium();
    else if (kind != Kind::Large && rhs.kind == Kind::Large)
        toLarge();
    if (kind == Kind::Medium)
        values.insert(values.end(), rhs.values.begin(), rhs.values.end());
    else if (rhs.kind == Kind::Large)
    {
        histogram->count += rhs.histogram->count;
        for (size_t i = 0; i < small_threshold + big_size; ++i)
            histogram->cells[i] += rhs.histogram->cells[i];
    }
    else
        for (UInt16 value : rhs.values)
            histogram->add(value, 1);
    /// Whatever the order of merges, a medium state this big is a histogram.
    if (kind == Kind::Medium && values.size() >= medium_limit)
        toLarge();
}

void QuantileTimingData::write(WriteBuffer & out) const
{
    writeBinaryLittleEndian(static_cast<UInt8>(kind), out);
    if (kind == Kind::Tiny)
        writeBinaryLittleEndian(static_cast<UInt16>(values.size()), out);
    else if (kind == Kind::Medium)
        writeBinaryLittleEndian(static_cast<UInt64>(values.size()), out);
    if (kind != Kind::Large)
    {
        for (UInt16 value : values)
            writeBinaryLittleEndian(value, out);
        return;
    }
    writeBinaryLittleEndian(histogram->count, out);
    if (histogram->count * 2 > small_threshold + big_size)
    {
        for (UInt64 cell : histogram->cells)
            writeBinaryLittleEndian(cell, out);
        return;
    }
    for (size_t i = 0; i < small_threshold + big_size; ++i)
        if (histogram->cells[i])
        {
            writeBinaryLittleEndian(static_cast<UInt16>(i), out);
            writeBinaryLittleEndian(histogram->cells[i], out);
        }
    writeBinaryLittleEndian(static_cast<UInt16>(big_threshold), out);
}

void QuantileTimingData::read(ReadBuffer & in)
{
    UInt8 stored_kind = 0;
    readBinaryLittleEndian(stored_kind, in);
    if (stored_kind == static_cast<UInt8>(Kind::Tiny) || stored_kind == static_cast<UInt8>(Kind::Medium))
    {
        UInt64 size = 0;
        if (stored_kind == static_cast<UInt8>(Kind::Tiny))
        {
            UInt16 tiny_size = 0;
            readBinaryLittleEndian(tiny_size, in);
            size = tiny_size;
        }
        else
            readBinaryLittleEndian(size, in);
        if ((stored_kind == static_cast<UInt8>(Kind::Tiny) && size > tiny_max) || size > medium_limit)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Too many values ({}) in a quantileTiming state", size);
        kind = static_cast<Kind>(stored_kind);
        values.resize(size);
        for (UInt16 & value : values)
            readBinaryLittleEndian(value, in);
        return;
    }
    if (stored_kind != static_cast<UInt8>(Kind::Large))
        throw Exception(ErrorCodes::INCORRECT_DATA, "Unknown kind {} of a quantileTiming state", stored_kind);
    kind = Kind::Large;
    values = {};
    histogram = std::make_unique<Histogram>();
    readBinaryLittleEndian(histogram->count, in);
    if (histogram->count * 2 > small_threshold + big_size)
    {
        for (UInt64 & cell : histogram->cells)
            readBinaryLittleEndian(cell, in);
        return;
    }
    while (true)
    {
        UInt16 index = 0;
        readBinaryLittleEndian(index, in);
        if (index == big_threshold)
            break;
        if (index >= small_threshold + big_size)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Bad index {} in a quantileTiming state", index);
        readBinaryLittleEndian(histogram->cells[index], in);
    }
}

Float32 QuantileTimingData::get(Float64 level)
{
    if (kind == Kind::Large)
        return histogram->get(level);
    if (values.empty())
        return std::numeric_limits<Float32>::quiet_NaN();
    size_t n = level < 1 ? static_cast<size_t>(level * static_cast<double>(values.size())) : values.size() - 1;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n), values.end());
    return values[n];
}
}
