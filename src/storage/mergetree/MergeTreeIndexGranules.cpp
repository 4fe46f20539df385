#include "storage/mergetree/MergeTreeIndexGranules.h"

#include "base/Exception.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"

#include <algorithm>

namespace datastore::storage
{
MergeTreeIndexGranules::MergeTreeIndexGranules(const MergeTreeIndexDescription & index_) : index(index_)
{
    for (const auto & type : index.expression.data_types)
        summaries.push_back(type->createColumn());
}

void MergeTreeIndexGranules::appendRows(const Columns & columns, size_t position, size_t rows, bool starts_granule)
{
    if (starts_granule)
    {
        if (pending_granules == index.granularity)
            finishGranule();
        ++pending_granules;
    }
    if (pending.empty())
        for (const auto & column : columns)
            pending.push_back(column->cloneEmpty());
    for (size_t i = 0; i < columns.size(); ++i)
        pending[i]->insertRangeFrom(*columns[i], position, rows);
}

void MergeTreeIndexGranules::finishGranule()
{
    if (!pending_granules)
        return;
    if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
        summarizeMinMax();
    else
        summarizeSet();
    ++granules;
    pending.clear();
    pending_granules = 0;
}

void MergeTreeIndexGranules::summarizeMinMax()
{
    for (size_t i = 0; i < pending.size(); ++i)
    {
        Permutation ascending;
        Permutation descending;
        pending[i]->getPermutation(false, 1, 1, ascending);
        pending[i]->getPermutation(true, 1, 1, descending);
        summaries[i]->insertFrom(*pending[i], ascending[0]);
        summaries[i]->insertFrom(*pending[i], descending[0]);
    }
}

void MergeTreeIndexGranules::summarizeSet()
{
    size_t rows = pending[0]->size();
    Permutation order;
    if (pending.size() == 1)
        pending[0]->getPermutation(false, 0, 1, order);
    else
    {
        order.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            order[row] = row;
        std::sort(order.begin(), order.end(), [&](UInt64 a, UInt64 b)
        {
            for (const auto & column : pending)
                if (int cmp = column->compareAt(a, b, *column, 1))
                    return cmp < 0;
            return false;
        });
    }
    Permutation distinct;
    for (size_t i = 0; i < rows; ++i)
    {
        bool is_new = distinct.empty();
        for (size_t c = 0; c < pending.size() && !is_new; ++c)
            is_new = pending[c]->compareAt(order[i], distinct.back(), *pending[c], 1) != 0;
        if (!is_new)
            continue;
        if (index.max_set_size && distinct.size() == index.max_set_size)
        {
            /// More distinct rows than the index keeps: the granule can never be skipped.
            is_unlimited.push_back(1);
            set_ends.push_back(summaries[0]->size());
            return;
        }
        distinct.push_back(order[i]);
    }
    for (size_t c = 0; c < pending.size(); ++c)
        for (auto row : distinct)
            summaries[c]->insertFrom(*pending[c], row);
    is_unlimited.push_back(0);
    set_ends.push_back(summaries[0]->size());
}

void MergeTreeIndexGranules::write(WriteBuffer & out) const
{
    writeBinaryLittleEndian(UInt64(granules), out);
    const auto & types = index.expression.data_types;
    for (size_t granule = 0; granule < granules; ++granule)
    {
        if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
        {
            for (size_t c = 0; c < summaries.size(); ++c)
            {
                types[c]->serializeBinary(*summaries[c], granule * 2, out);
                types[c]->serializeBinary(*summaries[c], granule * 2 + 1, out);
            }
            continue;
        }
        UInt64 begin = granule ? set_ends[granule - 1] : 0;
        writeBinaryLittleEndian(is_unlimited[granule], out);
        writeBinaryLittleEndian(UInt64(set_ends[granule] - begin), out);
        for (size_t c = 0; c < summaries.size(); ++c)
            for (UInt64 row = begin; row < set_ends[granule]; ++row)
                types[c]->serializeBinary(*summaries[c], row, out);
    }
}

std::shared_ptr<const MergeTreeIndexGranules> MergeTreeIndexGranules::read(const MergeTreeIndexDescription & index, ReadBuffer & in)
{
    auto result = std::make_shared<MergeTreeIndexGranules>(index);
    const auto & types = index.expression.data_types;
    UInt64 granules = 0;
    readBinaryLittleEndian(granules, in);
    for (UInt64 granule = 0; granule < granules; ++granule)
    {
        if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
        {
            for (size_t c = 0; c < types.size(); ++c)
            {
                types[c]->deserializeBinary(*result->summaries[c], in);
                types[c]->deserializeBinary(*result->summaries[c], in);
            }
            continue;
        }
        UInt8 unlimited = 0;
        UInt64 rows = 0;
        readBinaryLittleEndian(unlimited, in);
        readBinaryLittleEndian(rows, in);
        for (size_t c = 0; c < types.size(); ++c)
            for (UInt64 row = 0; row < rows; ++row)
                types[c]->deserializeBinary(*result->summaries[c], in);
        result->is_unlimited.push_back(unlimited);
        result->set_ends.push_back(result->summaries[0]->size());
    }
    if (!in.eof())
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Index file {} is unexpectedly long", index.fileName());
    result->granules = granules;
    return result;
}

bool MergeTreeIndexGranules::isUseful(const KeyRanges & ranges) const
{
    return std::any_of(index.expression.column_names.begin(), index.expression.column_names.end(),
                       [&](const std::string & name) { return ranges.constrains(name); });
}

bool MergeTreeIndexGranules::mayMatch(size_t granule, const KeyRanges & ranges) const
{
    if (granule >= granules)
        return true;
    const auto & names = index.expression.column_names;
    if (index.kind == MergeTreeIndexDescription::Kind::MinMax)
    {
        for (size_t c = 0; c < names.size(); ++c)
            if (!ranges.mayIntersect(names[c], *summaries[c], granule * 2, *summaries[c], granule * 2 + 1))
                return false;
        return true;
    }
    if (is_unlimited[granule])
        return true;
    /// A granule may match when one of its distinct rows meets every range.
    for (UInt64 row = granule ? set_ends[granule - 1] : 0; row < set_ends[granule]; ++row)
    {
        bool is_match = true;
        for (size_t c = 0; c < names.size() && is_match; ++c)
            is_match = ranges.mayIntersect(names[c], *summaries[c], row, *summaries[c], row);
        if (is_match)
            return true;
    }
    return false;
}
}
