#include "storage/ColumnsDescription.h"

#include "base/Exception.h"

namespace datastore::storage
{
const ColumnDescription * ColumnsDescription::tryGet(const std::string & name) const
{
    for (const auto & column : columns)
        if (column.name == name)
            return &column;
    return nullptr;
}

const ColumnDescription & ColumnsDescription::get(const std::string & name) const
{
    if (const auto * column = tryGet(name))
        return *column;
    throw Exception(ErrorCodes::NO_SUCH_COLUMN_IN_TABLE, "There is no column {} in table", name);
}

std::vector<const ColumnDescription *> ColumnsDescription::getPhysical() const
{
    std::vector<const ColumnDescription *> result;
    for (const auto & column : columns)
        if (column.default_kind == ColumnDefaultKind::None || column.default_kind == ColumnDefaultKind::Default
            || column.default_kind == ColumnDefaultKind::Materialized)
            result.push_back(&column);
    return result;
}

std::vector<const ColumnDescription *> ColumnsDescription::getOrdinary() const
{
    std::vector<const ColumnDescription *> result;
    for (const auto & column : columns)
        if (column.default_kind == ColumnDefaultKind::None || column.default_kind == ColumnDefaultKind::Default)
            result.push_back(&column);
    return result;
}

std::string ColumnsDescription::toString() const
{
    std::string text;
    for (const auto & column : columns)
        text += column.name + " " + column.type->getName() + "\n";
    return text;
}
}
