// The state of groupBitmap and of the bitmap* functions, as ClickHouse keeps it: up to 32
// distinct values in a flat array (insertion order), past that a roaring bitmap (32-bit for
// values of up to 4 bytes, Roaring64Map for 8). Serialized as a kind byte (0 small, 1
// bitmap); a small set as a VarUInt count and the raw values, a bitmap as a VarUInt size and
// the run-optimized portable roaring format.
#pragma once

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <roaring/roaring.hh>
#include <roaring/roaring64map.hh>

#include "base/Exception.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
template <typename T>
class RoaringBitmapWithSmallSet
{
public:
    static constexpr size_t small_set_size = 32;
    using Bitmap = std::conditional_t<sizeof(T) >= 8, Roaring64Map, Roaring>;
    using Value = std::conditional_t<sizeof(T) >= 8, UInt64, UInt32>;

    RoaringBitmapWithSmallSet() = default;
    RoaringBitmapWithSmallSet(const RoaringBitmapWithSmallSet & rhs) { *this = rhs; }
    RoaringBitmapWithSmallSet & operator=(const RoaringBitmapWithSmallSet & rhs)
    {
        small = rhs.small;
        small_size = rhs.small_size;
        bitmap = rhs.bitmap ? std::make_unique<Bitmap>(*rhs.bitmap) : nullptr;
        return *this;
    }

    bool isSmall() const { return bitmap == nullptr; }

    void add(T value)
    {
        if (!isSmall())
        {
            bitmap->add(static_cast<Value>(value));
            return;
        }
        if (smallContains(value))
            return;
        if (small_size < small_set_size)
        {
            small[small_size++] = value;
            return;
        }
        toLarge();
        bitmap->add(static_cast<Value>(value));
    }

    UInt64 size() const { return isSmall() ? small_size : bitmap->cardinality(); }

    void merge(const RoaringBitmapWithSmallSet & rhs)
    {
        if (rhs.isSmall())
        {
            for (size_t i = 0; i < rhs.small_size; ++i)
                add(rhs.small[i]);
            return;
        }
        if (isSmall())
            toLarge();
        *bitmap |= *rhs.bitmap;
    }

    /// Keeps the values also in (keep_common) or not in rhs; a small set stays small.
    void intersectOrSubtract(const RoaringBitmapWithSmallSet & rhs, bool keep_common)
    {
        if (isSmall())
        {
            size_t kept = 0;
            for (size_t i = 0; i < small_size; ++i)
                if (rhs.contains(static_cast<UInt64>(small[i])) == keep_common)
                    small[kept++] = small[i];
            small_size = kept;
            return;
        }
        Bitmap other = rhs.asBitmap();
        if (keep_common)
            *bitmap &= other;
        else
            *bitmap -= other;
    }

    void symmetricDifference(const RoaringBitmapWithSmallSet & rhs)
    {
        if (isSmall())
            toLarge();
        *bitmap ^= rhs.asBitmap();
    }

    UInt64 intersectionSize(const RoaringBitmapWithSmallSet & rhs) const
    {
        UInt64 count = 0;
        if (isSmall())
        {
            for (size_t i = 0; i < small_size; ++i)
                count += rhs.contains(static_cast<UInt64>(small[i]));
            return count;
        }
        return (*bitmap & rhs.asBitmap()).cardinality();
    }

    bool contains(UInt64 value) const
    {
        if (isSmall())
        {
            if (value > static_cast<UInt64>(std::numeric_limits<std::make_unsigned_t<T>>::max()))
                return false;
            return smallContains(static_cast<T>(value));
        }
        if (value > static_cast<UInt64>(std::numeric_limits<Value>::max()))
            return false;
        return bitmap->contains(static_cast<Value>(value));
    }

    /// The smallest value as an unsigned Value (the largest Value when empty), as bitmapMin.
    UInt64 minimum() const
    {
        if (!isSmall())
            return bitmap->minimum();
        UInt64 result = std::numeric_limits<Value>::max();
        for (size_t i = 0; i < small_size; ++i)
            result = std::min<UInt64>(result, static_cast<Value>(small[i]));
        return result;
    }

    /// The largest value as an unsigned Value (0 when empty), as bitmapMax.
    UInt64 maximum() const
    {
        if (!isSmall())
            return bitmap->maximum();
        UInt64 result = 0;
        for (size_t i = 0; i < small_size; ++i)
            result = std::max<UInt64>(result, static_cast<Value>(small[i]));
        return result;
    }

    /// Calls f(value): a small set in insertion order, a bitmap ascending.
    template <typename F>
    void forEach(F && f) const
    {
        if (isSmall())
        {
            for (size_t i = 0; i < small_size; ++i)
                f(small[i]);
            return;
        }
        for (auto it = bitmap->begin(); it != bitmap->end(); ++it)
            f(static_cast<T>(*it));
    }

    void write(WriteBuffer & out) const
    {
        writeBinaryLittleEndian(static_cast<UInt8>(isSmall() ? 0 : 1), out);
        if (isSmall())
        {
            writeVarUInt(small_size, out);
            for (size_t i = 0; i < small_size; ++i)
                writeBinaryLittleEndian(small[i], out);
            return;
        }
        Bitmap optimized = *bitmap;
        optimized.runOptimize();
        size_t size = optimized.getSizeInBytes();
        writeVarUInt(size, out);
        std::string bytes(size, '\0');
        optimized.write(bytes.data());
        out.write(bytes.data(), size);
    }

    void read(ReadBuffer & in)
    {
        UInt8 kind = 0;
        readBinaryLittleEndian(kind, in);
        if (kind == 0)
        {
            UInt64 size = 0;
            readVarUInt(size, in);
            if (size > small_set_size)
                throw Exception(ErrorCodes::INCORRECT_DATA, "Too large size of the small set in groupBitmap: {}", size);
            bitmap.reset();
            small_size = 0;
            for (UInt64 i = 0; i < size; ++i)
            {
                T value{};
                readBinaryLittleEndian(value, in);
                add(value);
            }
        }
        else if (kind == 1)
        {
            UInt64 size = 0;
            readVarUInt(size, in);
            if (size == 0)
                throw Exception(ErrorCodes::INCORRECT_DATA, "Incorrect size (0) in groupBitmap.");
            static constexpr UInt64 max_size = 100ULL << 30;
            if (size > max_size)
                throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size in groupBitmap (maximum: {})", max_size);
            std::string bytes(size, '\0');
            in.readStrict(bytes.data(), size);
            try
            {
                bitmap = std::make_unique<Bitmap>(Bitmap::readSafe(bytes.data(), size));
            }
            catch (const std::exception & e)
            {
                throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read a roaring bitmap: {}", e.what());
            }
            small_size = 0;
        }
        else
            throw Exception(ErrorCodes::INCORRECT_DATA, "Unknown type of roaring bitmap");
    }

private:
    bool smallContains(T value) const
    {
        for (size_t i = 0; i < small_size; ++i)
            if (small[i] == value)
                return true;
        return false;
    }

    void toLarge()
    {
        bitmap = std::make_unique<Bitmap>();
        for (size_t i = 0; i < small_size; ++i)
            bitmap->add(static_cast<Value>(small[i]));
        small_size = 0;
    }

    Bitmap asBitmap() const
    {
        if (!isSmall())
            return *bitmap;
        Bitmap result;
        for (size_t i = 0; i < small_size; ++i)
            result.add(static_cast<Value>(small[i]));
        return result;
    }

    std::array<T, small_set_size> small{};
    size_t small_size = 0;
    std::unique_ptr<Bitmap> bitmap;
};

/// The state of groupBitmap and groupBitmapAnd/Or/Xor: `has_value` tells And and Xor whether
/// the first bitmap was seen (it is not serialized; a read state has one).
template <typename T>
struct GroupBitmapData
{
    bool has_value = false;
    RoaringBitmapWithSmallSet<T> bitmap;
};

/// Calls f(TypeTag<T>) for the integer types a bitmap holds; false for the others.
template <typename F>
bool dispatchBitmapType(TypeIndex type, F && f)
{
    switch (type)
    {
        case TypeIndex::UInt8: f(functions::TypeTag<UInt8>{}); return true;
        case TypeIndex::UInt16: f(functions::TypeTag<UInt16>{}); return true;
        case TypeIndex::UInt32: f(functions::TypeTag<UInt32>{}); return true;
        case TypeIndex::UInt64: f(functions::TypeTag<UInt64>{}); return true;
        case TypeIndex::Int8: f(functions::TypeTag<Int8>{}); return true;
        case TypeIndex::Int16: f(functions::TypeTag<Int16>{}); return true;
        case TypeIndex::Int32: f(functions::TypeTag<Int32>{}); return true;
        case TypeIndex::Int64: f(functions::TypeTag<Int64>{}); return true;
        default: return false;
    }
}
}
