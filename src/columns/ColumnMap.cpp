#include "columns/ColumnMap.h"

#include "base/Exception.h"

namespace datastore
{
ColumnMap::ColumnMap(ColumnPtr nested_) : nested(std::move(nested_))
{
    const auto * array = nested->as<ColumnArray>();
    const auto * tuple = array ? array->getData().as<ColumnTuple>() : nullptr;
    if (!tuple || tuple->tupleSize() != 2)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "ColumnMap can be created only from array of tuples of two elements, got {}",
                        nested->getName());
}

std::shared_ptr<ColumnMap> ColumnMap::create(ColumnPtr keys, ColumnPtr values)
{
    return create(ColumnArray::create(ColumnTuple::create(Columns{std::move(keys), std::move(values)})));
}

std::string ColumnMap::getName() const
{
    return "Map(" + getKeys().getName() + ", " + getValues().getName() + ")";
}

Field ColumnMap::operator[](size_t n) const
{
    const auto & array = getNestedColumn();
    const auto & pairs = getNestedData();
    size_t begin = array.offsetAt(n);
    size_t end = array.getOffsets()[n];
    Map result;
    result.reserve(end - begin);
    for (size_t i = begin; i < end; ++i)
        result.push_back(pairs[i]);
    return Field(std::move(result));
}

void ColumnMap::insert(const Field & value)
{
    if (value.isNull())
    {
        insertDefault();
        return;
    }
    const auto * pairs = value.tryGet<Map>();
    if (!pairs)
        throw Exception(ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type {}",
                        fieldTypeName(value.which()), getName());
    auto & tuple = getNestedDataMutable();
    size_t inserted = 0;
    try
    {
        for (const auto & pair : *pairs)
        {
            tuple.insert(pair);
            ++inserted;
        }
    }
    catch (...)
    {
        tuple.popBack(inserted);
        throw;
    }
    getNestedColumnMutable().finishRow();
}

void ColumnMap::insertFrom(const IColumn & src, size_t n)
{
    getNestedColumnMutable().insertFrom(*static_cast<const ColumnMap &>(src).nested, n);
}

void ColumnMap::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    getNestedColumnMutable().insertRangeFrom(*static_cast<const ColumnMap &>(src).nested, start, length);
}

int ColumnMap::compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    return nested->compareAt(n, m, *static_cast<const ColumnMap &>(rhs).nested, nan_direction_hint);
}

ColumnPtr ColumnMap::convertToFullColumnIfLowCardinality() const
{
    auto full = nested->convertToFullColumnIfLowCardinality();
    if (full == nested)
        return shared_from_this();
    return create(std::move(full));
}
}
