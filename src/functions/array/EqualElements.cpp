#include "functions/array/EqualElements.h"

#include <algorithm>

#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "functions/CastColumn.h"
#include "types/DataTypeArray.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
EqualElements::EqualElements(Columns columns_) : columns(std::move(columns_))
{
    hashes.resize_fill(columns.empty() ? 0 : columns[0]->size(), 0);
    for (const auto & column : columns)
        column->updateHashes(hashes);
}

bool EqualElements::equal(UInt64 a, UInt64 b) const
{
    for (const auto & column : columns)
        if (column->compareAt(a, b, *column, 1) != 0)
            return false;
    return true;
}

void EqualElements::findFirstEqual(const UInt64 * positions, size_t count, PodArray<UInt64> & first)
{
    first.resize(count);
    order.resize(count);
    for (size_t k = 0; k < count; ++k)
        order[k] = {hashes[positions[k]], k};
    std::sort(order.begin(), order.end());
    for (size_t group = 0; group < count;)
    {
        size_t group_end = group + 1;
        while (group_end < count && order[group_end].first == order[group].first)
            ++group_end;
        /// Within a group of equal hashes, in position order: match the earlier distinct values.
        for (size_t j = group; j < group_end; ++j)
        {
            UInt64 k = order[j].second;
            first[k] = k;
            for (size_t earlier = group; earlier < j; ++earlier)
            {
                UInt64 candidate = order[earlier].second;
                if (first[candidate] == candidate && equal(positions[candidate], positions[k]))
                {
                    first[k] = candidate;
                    break;
                }
            }
        }
        group = group_end;
    }
}

ArraysInOneColumn putArraysInOneColumn(const ColumnsWithTypeAndName & arguments, const DataTypePtr & element_type)
{
    ArraysInOneColumn result;
    auto data = element_type->createColumn();
    auto array_type = std::make_shared<DataTypeArray>(element_type);
    for (const auto & argument : arguments)
    {
        ColumnPtr array = castColumn(argument.column, argument.type, array_type)->convertToFullColumnIfConst();
        const IColumn & elements = array->assertCast<ColumnArray>().getData();
        result.starts.push_back(data->size());
        data->insertRangeFrom(elements, 0, elements.size());
        result.arrays.push_back(std::move(array));
    }
    result.data = std::move(data);
    return result;
}

DataTypePtr commonElementType(const std::string & function, const ColumnsWithTypeAndName & arguments)
{
    DataTypes types;
    for (size_t i = 0; i < arguments.size(); ++i)
    {
        const auto * array = arguments[i].type->as<DataTypeArray>();
        if (!array)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} for function {} must be an array but it has type {}", i, function,
                            arguments[i].type->getName());
        types.push_back(array->getNestedType());
    }
    return getLeastSupertype(types);
}
}
