// ClickHouse orders with miniselect's Floyd-Rivest selection (its ::nth_element and
// ::partial_sort) followed by libc++'s sort of the selected prefix. Equal elements end up in
// an order that only the same steps reproduce, and topK exposes that order for ties, so the
// selection is reproduced here step for step.
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

/// ClickHouse's ::partial_sort: select, then sort the first `middle` elements. libc++ sorts
/// fewer than 24 elements by insertion (and networks that keep equal elements in place), which
/// is what a stable sort does; longer prefixes are introsorted there, and may order ties
/// differently here.
template <typename T, typename Less>
void partialSort(std::vector<T> & v, size_t middle, Less less)
{
    if (v.empty() || middle == 0)
        return;
    floyd_rivest::selectLoop(v, 0, static_cast<std::ptrdiff_t>(v.size()) - 1, static_cast<std::ptrdiff_t>(middle) - 1, less);
    std::stable_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(middle), less);
}
}
