#include "analyzer/FunctionIn.h"

#include "columns/ColumnVector.h"
#include "types/DataTypeFactory.h"

namespace datastore::analyzer
{
DataTypePtr FunctionIn::getReturnType(const ColumnsWithTypeAndName &) const
{
    return DataTypeFactory::instance().get("UInt8");
}

ColumnPtr FunctionIn::execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const
{
    Columns keys;
    for (const auto & argument : arguments)
        keys.push_back(argument.column);
    auto result = ColumnUInt8::create();
    auto & found = result->getData();
    set->lookup(keys, transform_null_in, found);
    found.resize(rows);
    if (is_negated)
        for (auto & value : found)
            value = !value;
    return result;
}
}
