#pragma once
// Column descriptions for storage tests, built from (name, type name) pairs.
#include "storage/ColumnsDescription.h"
#include "types/DataTypeFactory.h"

#include <string>
#include <utility>
#include <vector>

namespace datastore::storage::test
{
inline DataTypePtr type(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

inline ColumnsDescription columnsOf(const std::vector<std::pair<std::string, std::string>> & names_and_types)
{
    ColumnsDescription columns;
    for (const auto & [name, type_name] : names_and_types)
    {
        ColumnDescription description;
        description.name = name;
        description.type = type(type_name);
        columns.add(description);
    }
    return columns;
}
}
