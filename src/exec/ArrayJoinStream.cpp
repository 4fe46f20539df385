#include "exec/ArrayJoinStream.h"

#include <algorithm>

#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnMap.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"

namespace datastore::exec
{
ArrayJoinStream::ArrayJoinStream(BlockStreamPtr child_, ExpressionActionsPtr actions_, std::vector<ArrayJoinedColumn> joined_, Names outputs_,
                                 bool is_left_, bool is_unaligned_)
    : child(std::move(child_)), actions(std::move(actions_)), joined(std::move(joined_)), outputs(std::move(outputs_)), is_left(is_left_)
    , is_unaligned(is_unaligned_)
{
    Block sample = actions->getResultHeader();
    for (const auto & name : outputs)
    {
        auto it = std::find_if(joined.begin(), joined.end(), [&](const ArrayJoinedColumn & column) { return column.name == name; });
        if (it == joined.end())
        {
            header.insert(sample.getByName(name).cloneEmpty());
            continue;
        }
        const DataTypePtr & type = sample.getByName(it->array).type;
        const auto * map = type->as<DataTypeMap>();
        const auto & array_type = static_cast<const DataTypeArray &>(map ? *map->getNestedType() : *type);
        header.insert({array_type.getNestedType()->createColumn(), array_type.getNestedType(), name});
    }
}

void ArrayJoinStream::cancel()
{
    IBlockStream::cancel();
    child->cancel();
}

Block ArrayJoinStream::read()
{
    while (!isCancelled())
    {
        Block block = child->read();
        if (!block)
            return {};
        Block result = unfold(std::move(block));
        if (result.rows())
            return result;
    }
    return {};
}

Block ArrayJoinStream::unfold(Block block) const
{
    size_t rows = block.rows();
    actions->execute(block);
    std::vector<const ColumnArray *> arrays;
    std::vector<ColumnPtr> holders;
    for (const auto & column : joined)
    {
        holders.push_back(block.getByName(column.array).column->convertToFullColumnIfConst());
        const auto * map = dynamic_cast<const ColumnMap *>(holders.back().get());
        arrays.push_back(map ? &map->getNestedColumn() : &holders.back()->assertCast<ColumnArray>());
    }
    /// Rows of the result per source row, as cumulative offsets for IColumn::replicate.
    PodArray<UInt64> replicate_offsets(rows);
    UInt64 total = 0;
    for (size_t row = 0; row < rows; ++row)
    {
        size_t size = arrays[0]->sizeAt(row);
        for (size_t i = 1; i < arrays.size(); ++i)
            if (arrays[i]->sizeAt(row) != size)
            {
                if (!is_unaligned)
                    throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Sizes of ARRAY-JOIN-ed arrays do not match: {} and {}", size,
                                    arrays[i]->sizeAt(row));
                size = std::max(size, arrays[i]->sizeAt(row));
            }
        if (size == 0 && is_left)
            size = 1;
        total += size;
        replicate_offsets[row] = total;
    }

    Block result;
    for (const auto & target : header)
    {
        auto it = std::find_if(joined.begin(), joined.end(), [&](const ArrayJoinedColumn & column) { return column.name == target.name; });
        if (it == joined.end())
        {
            auto column = block.getByName(target.name).column->convertToFullColumnIfConst();
            result.insert({column->replicate(replicate_offsets), target.type, target.name});
            continue;
        }
        const ColumnArray & array = *arrays[static_cast<size_t>(it - joined.begin())];
        ColumnPtr elements = array.getDataPtr();
        size_t element_count = rows ? array.offsetAt(rows - 1) + array.sizeAt(rows - 1) - array.offsetAt(0) : 0;
        /// Rows kept for an empty array (LEFT) or longer than this array (unaligned) take defaults.
        if (element_count != total)
        {
            auto with_defaults = elements->cloneEmpty();
            with_defaults->reserve(total);
            for (size_t row = 0; row < rows; ++row)
            {
                size_t size = array.sizeAt(row);
                with_defaults->insertRangeFrom(*elements, array.offsetAt(row), size);
                with_defaults->insertManyDefaults(replicate_offsets[row] - (row ? replicate_offsets[row - 1] : 0) - size);
            }
            elements = std::move(with_defaults);
        }
        else if (array.offsetAt(0) != 0 || elements->size() != total)
            elements = elements->cut(array.offsetAt(0), total);
        result.insert({std::move(elements), target.type, target.name});
    }
    if (result.columns() == 0)
        result.setRowsWithoutColumns(total);
    return result;
}
}
