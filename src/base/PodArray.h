// A vector for trivially copyable values that never initializes on resize and keeps
// 64 bytes of readable padding past the end, so vectorized loops and LZ4 may over-read.
// Columns hold their data in these; std::vector would zero every resized buffer.
#pragma once

#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <new>
#include <type_traits>
#include <utility>

namespace datastore
{
template <typename T>
class PodArray
{
    static_assert(std::is_trivially_copyable_v<T>);
    static constexpr size_t kPaddingBytes = 64;

public:
    using value_type = T;

    PodArray() = default;
    explicit PodArray(size_t count) { resize(count); }
    PodArray(size_t count, const T & value) { resize_fill(count, value); }
    PodArray(std::initializer_list<T> values) { insert(values.begin(), values.end()); }
    PodArray(const T * from, const T * to) { insert(from, to); }

    PodArray(const PodArray & other) { insert(other.begin(), other.end()); }
    PodArray(PodArray && other) noexcept { swap(other); }
    PodArray & operator=(const PodArray & other)
    {
        if (this != &other)
        {
            clear();
            insert(other.begin(), other.end());
        }
        return *this;
    }
    PodArray & operator=(PodArray && other) noexcept
    {
        swap(other);
        return *this;
    }
    ~PodArray() { std::free(buffer); }

    size_t size() const { return count; }
    bool empty() const { return count == 0; }
    size_t capacity() const { return allocated; }
    size_t allocatedBytes() const { return buffer ? allocated * sizeof(T) + kPaddingBytes : 0; }

    T * data() { return buffer; }
    const T * data() const { return buffer; }
    T * begin() { return buffer; }
    T * end() { return buffer + count; }
    const T * begin() const { return buffer; }
    const T * end() const { return buffer + count; }
    T & operator[](size_t i) { return buffer[i]; }
    const T & operator[](size_t i) const { return buffer[i]; }
    T & back() { return buffer[count - 1]; }
    const T & back() const { return buffer[count - 1]; }

    void reserve(size_t wanted)
    {
        if (wanted <= allocated)
            return;
        void * grown = std::realloc(buffer, wanted * sizeof(T) + kPaddingBytes);
        if (!grown)
            throw std::bad_alloc();
        buffer = static_cast<T *>(grown);
        allocated = wanted;
    }

    /// New elements are left uninitialized.
    void resize(size_t new_count)
    {
        if (new_count > allocated)
            reserve(growTo(new_count));
        count = new_count;
    }

    void resize_fill(size_t new_count, const T & value)
    {
        size_t old_count = count;
        resize(new_count);
        for (size_t i = old_count; i < new_count; ++i)
            buffer[i] = value;
    }

    void push_back(const T & value)
    {
        if (count == allocated)
            reserve(growTo(count + 1));
        buffer[count++] = value;
    }

    template <typename... Args>
    T & emplace_back(Args &&... args)
    {
        if (count == allocated)
            reserve(growTo(count + 1));
        new (buffer + count) T(std::forward<Args>(args)...);
        return buffer[count++];
    }

    void pop_back(size_t n = 1) { count -= n; }

    template <typename It>
    void insert(It from, It to)
    {
        size_t n = static_cast<size_t>(to - from);
        if (n == 0)
            return;
        size_t old_count = count;
        resize(count + n);
        if constexpr (std::is_pointer_v<It>)
            std::memcpy(buffer + old_count, &*from, n * sizeof(T));
        else
            for (size_t i = 0; i < n; ++i)
                buffer[old_count + i] = from[i];
    }

    void clear() { count = 0; }

    void shrink_to_fit()
    {
        if (count == 0)
        {
            std::free(buffer);
            buffer = nullptr;
            allocated = 0;
            return;
        }
        void * shrunk = std::realloc(buffer, count * sizeof(T) + kPaddingBytes);
        if (shrunk)
        {
            buffer = static_cast<T *>(shrunk);
            allocated = count;
        }
    }

    void swap(PodArray & other) noexcept
    {
        std::swap(buffer, other.buffer);
        std::swap(count, other.count);
        std::swap(allocated, other.allocated);
    }

    friend bool operator==(const PodArray & a, const PodArray & b)
    {
        return a.count == b.count && (a.count == 0 || std::memcmp(a.buffer, b.buffer, a.count * sizeof(T)) == 0);
    }

private:
    size_t growTo(size_t needed) const
    {
        size_t doubled = allocated ? allocated * 2 : (4096 / sizeof(T) > 0 ? 4096 / sizeof(T) : 1);
        return doubled > needed ? doubled : needed;
    }

    T * buffer = nullptr;
    size_t count = 0;
    size_t allocated = 0;
};
}
