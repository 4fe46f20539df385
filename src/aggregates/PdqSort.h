// ClickHouse 24.x's ::sort is Orson Peters' pattern-defeating quicksort: insertion sort below 24
// elements, median-of-3 (ninther above 128) pivots, partitions with equals on the right (on
// the left after an equal pivot), pattern-breaking swaps after unbalanced partitions. It is
// not stable, and functions that sort rows with equal keys (sequenceMatch's events with equal
// timestamps) expose where it leaves them; these are its steps.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>

namespace datastore::aggregates
{
namespace pdqsort_detail
{
constexpr std::ptrdiff_t insertion_sort_threshold = 24;
constexpr std::ptrdiff_t ninther_threshold = 128;
constexpr std::ptrdiff_t partial_insertion_sort_limit = 8;

/// Insertion sort; `guarded` false when an element before the range is not greater than any in it.
/// Returns false (leaving the range partly sorted) once `limit` moves are exceeded.
template <typename T, typename Less>
bool insertionSort(T * begin, T * end, Less & less, std::ptrdiff_t limit = -1)
{
    if (begin == end)
        return true;
    std::ptrdiff_t moved = 0;
    for (T * current = begin + 1; current != end; ++current)
    {
        T * sift = current;
        T * sift_1 = current - 1;
        if (less(*sift, *sift_1))
        {
            T value = std::move(*sift);
            do
                *sift-- = std::move(*sift_1);
            while (sift != begin && less(value, *--sift_1));
            *sift = std::move(value);
            moved += current - sift;
        }
        if (limit >= 0 && moved > limit)
            return false;
    }
    return true;
}

template <typename T, typename Less>
void sort2(T * a, T * b, Less & less)
{
    if (less(*b, *a))
        std::swap(*a, *b);
}

template <typename T, typename Less>
void sort3(T * a, T * b, T * c, Less & less)
{
    sort2(a, b, less);
    sort2(b, c, less);
    sort2(a, b, less);
}

template <typename T, typename Less>
std::pair<T *, bool> partitionRight(T * begin, T * end, Less & less)
{
    T pivot = std::move(*begin);
    T * first = begin;
    T * last = end;
    while (less(*++first, pivot))
    {
    }
    if (first - 1 == begin)
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
        while (less(*++first, pivot))
        {
        }
        while (!less(*--last, pivot))
        {
        }
    }
    T * pivot_position = first - 1;
    *begin = std::move(*pivot_position);
    *pivot_position = std::move(pivot);
    return {pivot_position, already_partitioned};
}

template <typename T, typename Less>
T * partitionLeft(T * begin, T * end, Less & less)
{
    T pivot = std::move(*begin);
    T * first = begin;
    T * last = end;
    while (less(pivot, *--last))
    {
    }
    if (last + 1 == end)
    {
        while (first < last && !less(pivot, *++first))
        {
        }
    }
    else
    {
        while (!less(pivot, *++first))
        {
        }
    }
    while (first < last)
    {
        std::swap(*first, *last);
        while (less(pivot, *--last))
        {
        }
        while (!less(pivot, *++first))
        {
        }
    }
    T * pivot_position = last;
    *begin = std::move(*pivot_position);
    *pivot_position = std::move(pivot);
    return pivot_position;
}

template <typename T, typename Less>
void loop(T * begin, T * end, Less & less, int bad_allowed, bool leftmost)
{
    while (true)
    {
        std::ptrdiff_t size = end - begin;
        if (size < insertion_sort_threshold)
        {
            insertionSort(begin, end, less);
            return;
        }
        std::ptrdiff_t s2 = size / 2;
        if (size > ninther_threshold)
        {
            sort3(begin, begin + s2, end - 1, less);
            sort3(begin + 1, begin + (s2 - 1), end - 2, less);
            sort3(begin + 2, begin + (s2 + 1), end - 3, less);
            sort3(begin + (s2 - 1), begin + s2, begin + (s2 + 1), less);
            std::swap(*begin, *(begin + s2));
        }
        else
            sort3(begin + s2, begin, end - 1, less);
        if (!leftmost && !less(*(begin - 1), *begin))
        {
            begin = partitionLeft(begin, end, less) + 1;
            continue;
        }
        auto [pivot_position, already_partitioned] = partitionRight(begin, end, less);
        std::ptrdiff_t l_size = pivot_position - begin;
        std::ptrdiff_t r_size = end - (pivot_position + 1);
        if (l_size < size / 8 || r_size < size / 8)
        {
            if (--bad_allowed == 0)
            {
                std::make_heap(begin, end, less);
                std::sort_heap(begin, end, less);
                return;
            }
            if (l_size >= insertion_sort_threshold)
            {
                std::swap(*begin, *(begin + l_size / 4));
                std::swap(*(pivot_position - 1), *(pivot_position - l_size / 4));
                if (l_size > ninther_threshold)
                {
                    std::swap(*(begin + 1), *(begin + (l_size / 4 + 1)));
                    std::swap(*(begin + 2), *(begin + (l_size / 4 + 2)));
                    std::swap(*(pivot_position - 2), *(pivot_position - (l_size / 4 + 1)));
                    std::swap(*(pivot_position - 3), *(pivot_position - (l_size / 4 + 2)));
                }
            }
            if (r_size >= insertion_sort_threshold)
            {
                std::swap(*(pivot_position + 1), *(pivot_position + (1 + r_size / 4)));
                std::swap(*(end - 1), *(end - r_size / 4));
                if (r_size > ninther_threshold)
                {
                    std::swap(*(pivot_position + 2), *(pivot_position + (2 + r_size / 4)));
                    std::swap(*(pivot_position + 3), *(pivot_position + (3 + r_size / 4)));
                    std::swap(*(end - 2), *(end - (1 + r_size / 4)));
                    std::swap(*(end - 3), *(end - (2 + r_size / 4)));
                }
            }
        }
        else if (already_partitioned && insertionSort(begin, pivot_position, less, partial_insertion_sort_limit)
                 && insertionSort(pivot_position + 1, end, less, partial_insertion_sort_limit))
            return;
        loop(begin, pivot_position, less, bad_allowed, leftmost);
        begin = pivot_position + 1;
        leftmost = false;
    }
}
}

/// Sorts [begin, end) by `less` as ClickHouse's ::sort does.
template <typename T, typename Less>
void pdqsort(T * begin, T * end, Less less)
{
    if (begin == end)
        return;
    int log = 0;
    for (std::ptrdiff_t n = end - begin; n >>= 1;)
        ++log;
    pdqsort_detail::loop(begin, end, less, log, true);
}
}
