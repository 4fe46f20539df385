// ClickHouse orders with miniselect's Floyd-Rivest selection (its ::nth_element and
// ::partial_sort) followed by libc++'s sort of the selected prefix. Equal elements end up in
// an order that only the same steps reproduce, and topK exposes that order for ties, so both
// are reproduced here step for step.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace datastore::aggregates
{
namespace floyd_rivest
{
/// Moves the element that belongs at index k (by `less`) there, within [left, right] (inclusive).
template <typename T, typename Less>
void selectLoop(std::vector<T> & v, std::ptrdiff_t left, std::ptrdiff_t right, std::ptrdiff_t k, Less & less)
{
    while (right > left)
    {
        if (right - left > 600)
        {
            /// Narrow to a sample around k first, as the algorithm's recursion does.
            std::ptrdiff_t n = right - left + 1;
            std::ptrdiff_t i = k - left + 1;
            double z = std::log(static_cast<double>(n));
            double s = 0.5 * std::exp(2 * z / 3);
            double sd = 0.5 * std::sqrt(z * s * (static_cast<double>(n) - s) / static_cast<double>(n));
            if (i < n / 2)
                sd *= -1.0;
            auto new_left = std::max(left, static_cast<std::ptrdiff_t>(static_cast<double>(k) - static_cast<double>(i) * s / static_cast<double>(n) + sd));
            auto new_right = std::min(right, static_cast<std::ptrdiff_t>(static_cast<double>(k) + static_cast<double>(n - i) * s / static_cast<double>(n) + sd));
            selectLoop(v, new_left, new_right, k, less);
        }
        std::ptrdiff_t i = left;
        std::ptrdiff_t j = right;
        std::swap(v[left], v[k]);
        const bool to_swap = less(v[left], v[right]);
        if (to_swap)
            std::swap(v[left], v[right]);
        /// The pivot is whatever the slot holds after the first swap of the loop below.
        const std::ptrdiff_t pivot = to_swap ? left : right;
        while (i < j)
        {
            std::swap(v[i], v[j]);
            ++i;
            --j;
            while (less(v[i], v[pivot]))
                ++i;
            while (less(v[pivot], v[j]))
                --j;
        }
        if (to_swap)
            std::swap(v[left], v[j]);
        else
        {
            ++j;
            std::swap(v[right], v[j]);
        }
        if (j <= k)
            left = j + 1;
        if (k <= j)
            right = j - 1;
    }
}
}

/// ClickHouse's ::nth_element.
template <typename T, typename Less>
void nthElement(std::vector<T> & v, size_t nth, Less less)
{
    if (nth >= v.size())
        return;
    floyd_rivest::selectLoop(v, 0, static_cast<std::ptrdiff_t>(v.size()) - 1, static_cast<std::ptrdiff_t>(nth), less);
}

/// libc++'s std::sort (LLVM 17 and later, with a comparator over a non-arithmetic type), which
/// ClickHouse's ::partial_sort runs over the selected prefix: sorting networks up to five
/// elements, insertion sort below 24, else introsort partitioning with equals on the right
/// (on the left when the pivot equals the element before the range). Equal elements end up
/// where its steps put them, so the steps are its own.
namespace libcxx
{
template <typename T, typename Less>
void sort3(T & x, T & y, T & z, Less & less)
{
    if (!less(y, x))
    {
        if (!less(z, y))
            return;
        std::swap(y, z);
        if (less(y, x))
            std::swap(x, y);
        return;
    }
    if (less(z, y))
    {
        std::swap(x, z);
        return;
    }
    std::swap(x, y);
    if (less(z, y))
        std::swap(y, z);
}

/// Swaps first[n - 1] down while it is less than its left neighbour: how libc++ extends its
/// three-element network to four and five.
template <typename T, typename Less>
void sinkLast(T * first, std::ptrdiff_t n, Less & less)
{
    for (std::ptrdiff_t i = n - 1; i > 0 && less(first[i], first[i - 1]); --i)
        std::swap(first[i], first[i - 1]);
}

/// Ranges of up to five elements by the networks; true if handled.
template <typename T, typename Less>
bool sortSmall(T * first, std::ptrdiff_t length, Less & less)
{
    switch (length)
    {
        case 0:
        case 1: return true;
        case 2:
            if (less(first[1], first[0]))
                std::swap(first[0], first[1]);
            return true;
        case 3: sort3(first[0], first[1], first[2], less); return true;
        case 4:
            sort3(first[0], first[1], first[2], less);
            sinkLast(first, 4, less);
            return true;
        case 5:
            sort3(first[0], first[1], first[2], less);
            sinkLast(first, 4, less);
            sinkLast(first, 5, less);
            return true;
        default: return false;
    }
}

template <typename T, typename Less>
void insertionSort(T * first, T * last, Less & less)
{
    if (first == last)
        return;
    for (T * i = first + 1; i != last; ++i)
    {
        T * j = i - 1;
        if (less(*i, *j))
        {
            T value = std::move(*i);
            T * k = j;
            j = i;
            do
            {
                *j = std::move(*k);
                j = k;
            } while (j != first && less(value, *--k));
            *j = std::move(value);
        }
    }
}

/// Insertion sort that gives up after moving eight elements; true if the range is sorted.
template <typename T, typename Less>
bool insertionSortIncomplete(T * first, T * last, Less & less)
{
    if (sortSmall(first, last - first, less))
        return true;
    T * j = first + 2;
    sort3(first[0], first[1], first[2], less);
    unsigned count = 0;
    for (T * i = j + 1; i != last; ++i)
    {
        if (less(*i, *j))
        {
            T value = std::move(*i);
            T * k = j;
            j = i;
            do
            {
                *j = std::move(*k);
                j = k;
            } while (j != first && less(value, *--k));
            *j = std::move(value);
            if (++count == 8)
                return ++i == last;
        }
        j = i;
    }
    return true;
}

/// Partitions around *first: smaller elements left of the returned pivot position, the others
/// right; also whether nothing had to move.
template <typename T, typename Less>
std::pair<T *, bool> partitionWithEqualsOnRight(T * first, T * last, Less & less)
{
    T * begin = first;
    T pivot = std::move(*first);
    do
        ++first;
    while (less(*first, pivot));
    if (begin == first - 1)
    {
        while (first < last && !less(*--last, pivot))
        {
        }
    }
    else
    {
        while (!less(*--last, pivot))
        {
        }
    }
    bool already_partitioned = first >= last;
    while (first < last)
    {
        std::swap(*first, *last);
        do
            ++first;
        while (less(*first, pivot));
        do
            --last;
        while (!less(*last, pivot));
    }
    T * pivot_position = first - 1;
    if (begin != pivot_position)
        *begin = std::move(*pivot_position);
    *pivot_position = std::move(pivot);
    return {pivot_position, already_partitioned};
}

/// Moves the elements equal to *first (known not less than any element before the range) to
/// the left; returns where the greater ones start.
template <typename T, typename Less>
T * partitionWithEqualsOnLeft(T * first, T * last, Less & less)
{
    T * begin = first;
    T pivot = std::move(*first);
    if (less(pivot, *(last - 1)))
    {
        while (!less(pivot, *++first))
        {
        }
    }
    else
    {
        while (++first < last && !less(pivot, *first))
        {
        }
    }
    if (first < last)
    {
        while (less(pivot, *--last))
        {
        }
    }
    while (first < last)
    {
        std::swap(*first, *last);
        while (!less(pivot, *++first))
        {
        }
        while (less(pivot, *--last))
        {
        }
    }
    T * pivot_position = first - 1;
    if (begin != pivot_position)
        *begin = std::move(*pivot_position);
    *pivot_position = std::move(pivot);
    return first;
}

template <typename T, typename Less>
void introsort(T * first, T * last, Less & less, std::ptrdiff_t depth, bool leftmost)
{
    constexpr std::ptrdiff_t limit = 24;
    constexpr std::ptrdiff_t ninther_threshold = 128;
    while (true)
    {
        std::ptrdiff_t length = last - first;
        if (sortSmall(first, length, less))
            return;
        if (length < limit)
        {
            /// Unguarded there: the element before the range is not greater, the same result.
            insertionSort(first, last, less);
            return;
        }
        if (depth == 0)
        {
            std::partial_sort(first, last, last, less);
            return;
        }
        --depth;
        std::ptrdiff_t half = length / 2;
        if (length > ninther_threshold)
        {
            sort3(first[0], first[half], *(last - 1), less);
            sort3(first[1], first[half - 1], *(last - 2), less);
            sort3(first[2], first[half + 1], *(last - 3), less);
            sort3(first[half - 1], first[half], first[half + 1], less);
            std::swap(first[0], first[half]);
        }
        else
            sort3(first[half], first[0], *(last - 1), less);
        if (!leftmost && !less(*(first - 1), *first))
        {
            first = partitionWithEqualsOnLeft(first, last, less);
            continue;
        }
        auto [pivot, already_partitioned] = partitionWithEqualsOnRight(first, last, less);
        if (already_partitioned)
        {
            bool left_sorted = insertionSortIncomplete(first, pivot, less);
            if (insertionSortIncomplete(pivot + 1, last, less))
            {
                if (left_sorted)
                    return;
                last = pivot;
                continue;
            }
            if (left_sorted)
            {
                first = pivot + 1;
                continue;
            }
        }
        introsort(first, pivot, less, depth, leftmost);
        leftmost = false;
        first = pivot + 1;
    }
}

template <typename T, typename Less>
void sort(T * first, T * last, Less less)
{
    std::ptrdiff_t length = last - first;
    std::ptrdiff_t depth = 0;
    for (std::ptrdiff_t n = length; n > 1; n >>= 1)
        ++depth;
    introsort(first, last, less, 2 * depth, true);
}
}

/// ClickHouse's ::partial_sort: select, then libc++'s sort of the first `middle` elements.
template <typename T, typename Less>
void partialSort(std::vector<T> & v, size_t middle, Less less)
{
    if (v.empty() || middle == 0)
        return;
    floyd_rivest::selectLoop(v, 0, static_cast<std::ptrdiff_t>(v.size()) - 1, static_cast<std::ptrdiff_t>(middle) - 1, less);
    libcxx::sort(v.data(), v.data() + middle, less);
}
}
