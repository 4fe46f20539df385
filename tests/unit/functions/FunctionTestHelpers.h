// Runs a scalar function the way the analyzer and executor do: resolve from the factory,
// take the result type, execute over whole columns (constants as ColumnConst).
#pragma once

#include <string>
#include <vector>

#include "columns/ColumnConst.h"
#include "functions/FunctionFactory.h"
#include "types/DataTypeFactory.h"

namespace datastore::functions::testing
{
inline DataTypePtr type(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

/// A full column of `type_name` holding `values`.
inline ColumnWithTypeAndName values(const std::string & type_name, const std::vector<Field> & fields)
{
    auto column = type(type_name)->createColumn();
    for (const auto & field : fields)
        column->insert(field);
    return {ColumnPtr(std::move(column)), type(type_name), "x"};
}

/// A constant argument of `rows` rows.
inline ColumnWithTypeAndName constant(const std::string & type_name, const Field & field, size_t rows)
{
    auto column = type(type_name)->createColumn();
    column->insert(field);
    return {ColumnConst::create(ColumnPtr(std::move(column)), rows), type(type_name), "c"};
}

struct Result
{
    DataTypePtr type;
    ColumnPtr column;

    Field at(size_t row) const { return type->getField(*column->convertToFullColumnIfConst(), row); }
    /// The row as ClickHouse prints it with toString().
    std::string text(size_t row) const;
};

inline Result run(const std::string & name, const ColumnsWithTypeAndName & arguments, size_t rows, FunctionContext context = {})
{
    registerFunctions();
    auto function = FunctionFactory::instance().get(name, context);
    DataTypePtr result_type = resolveFunctionReturnType(*function, arguments);
    return {result_type, executeFunction(*function, arguments, result_type, rows)};
}
}

#include "io/WriteBuffer.h"

namespace datastore::functions::testing
{
inline std::string Result::text(size_t row) const
{
    std::string out;
    {
        WriteBufferFromString buffer(out);
        type->serializeText(*column->convertToFullColumnIfConst(), row, buffer, FormatSettings{});
    }
    return out;
}
}
