#include "exec/GroupingSetsStream.h"

#include "columns/ColumnConst.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeNullable.h"

namespace datastore::exec
{
namespace
{
DataTypePtr keyTypeUnderNulls(const DataTypePtr & type)
{
    return type->canBeInsideNullable() ? std::make_shared<DataTypeNullable>(type) : type;
}

const DataTypePtr & uint64Type()
{
    static const DataTypePtr type = DataTypeFactory::instance().get("UInt64");
    return type;
}

ColumnPtr constantUInt64(UInt64 value, size_t rows)
{
    auto column = ColumnUInt64::create();
    column->getData().push_back(value);
    return ColumnConst::create(std::move(column), rows);
}
}

Block GroupingSetsDescription::transformHeader(const Block & input) const
{
    Block header = input.cloneEmpty();
    if (use_nulls)
        for (const auto & key : keys)
        {
            auto & column = header.getByName(key);
            column.type = keyTypeUnderNulls(column.type);
            column.column = column.type->createColumn();
        }
    header.insert({uint64Type()->createColumn(), uint64Type(), set_column});
    for (const auto & call : grouping_calls)
        if (!header.has(call.name))
            header.insert({uint64Type()->createColumn(), uint64Type(), call.name});
    return header;
}

UInt64 GroupingSetsDescription::groupingValue(const GroupingCall & call, size_t set) const
{
    UInt64 value = 0;
    for (size_t argument : call.arguments)
        value = (value << 1) | (sets[set][argument] ? 0 : 1);
    return value;
}

GroupingSetsStream::GroupingSetsStream(BlockStreamPtr child_, GroupingSetsDescription description_)
    : child(std::move(child_)), description(std::move(description_)), header(description.transformHeader(child->getHeader()))
{
}

Block GroupingSetsStream::read()
{
    if (!current || next_set == description.sets.size())
    {
        current = child->read();
        if (!current)
            return {};
        next_set = 0;
        if (description.use_nulls)
            for (const auto & key : description.keys)
            {
                auto & column = current.getByName(key);
                DataTypePtr type = keyTypeUnderNulls(column.type);
                if (type != column.type)
                {
                    column.column = ColumnNullable::create(column.column->convertToFullColumnIfConst());
                    column.type = type;
                }
            }
    }
    size_t set = next_set++;
    size_t rows = current.rows();
    Block block = current;
    for (size_t i = 0; i < description.keys.size(); ++i)
    {
        if (description.sets[set][i])
            continue;
        auto & column = block.getByName(description.keys[i]);
        auto value = column.type->createColumn();
        value->insertDefault();
        column.column = ColumnConst::create(std::move(value), rows);
    }
    block.insert({constantUInt64(set, rows), uint64Type(), GroupingSetsDescription::set_column});
    for (const auto & call : description.grouping_calls)
        if (!block.has(call.name))
            block.insert({constantUInt64(description.groupingValue(call, set), rows), uint64Type(), call.name});
    return block;
}
}
