// Builds argument columns from text and runs a function through the factory with the default
// handling of NULLs and constants, as the query pipeline does (tests of the core functions).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/Exception.h"
#include "columns/ColumnConst.h"
#include "functions/FunctionFactory.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "types/DataTypeFactory.h"

namespace datastore::functions::test
{
/// A full column of `type` with one row per text value; "NULL" is a NULL of a Nullable type.
inline ColumnWithTypeAndName column(const std::string & type_name, const std::vector<std::string> & values)
{
    DataTypePtr type = DataTypeFactory::instance().get(type_name);
    auto result = type->createColumn();
    FormatSettings settings;
    for (const auto & value : values)
    {
        if (value == "NULL" && type->isNullable())
        {
            result->insertDefault();
            continue;
        }
        ReadBufferFromMemory in(value);
        type->deserializeWholeText(*result, in, settings);
    }
    return {result, type, "column"};
}

/// A constant of `rows` rows.
inline ColumnWithTypeAndName constant(const std::string & type_name, const std::string & value, size_t rows)
{
    auto single = column(type_name, {value});
    single.column = ColumnConst::create(single.column, rows);
    return single;
}

inline ColumnWithTypeAndName nullConstant(size_t rows)
{
    DataTypePtr type = DataTypeFactory::instance().get("Nullable(Nothing)");
    return {type->createColumnConst(rows, Field()), type, "NULL"};
}

/// Resolves and executes `name`; the result column is as the function returned it.
inline ColumnWithTypeAndName run(const std::string & name, const ColumnsWithTypeAndName & arguments, FunctionContext context = {})
{
    registerFunctions();
    auto function = FunctionFactory::instance().get(name, context);
    DataTypePtr type = resolveFunctionReturnType(*function, arguments);
    size_t rows = arguments.empty() ? 1 : arguments[0].column->size();
    return {executeFunction(*function, arguments, type, rows), type, name};
}

/// Each row as text ("NULL" for NULL).
inline std::vector<std::string> texts(const ColumnWithTypeAndName & result)
{
    std::vector<std::string> rows;
    ColumnPtr full = result.column->convertToFullColumnIfConst();
    for (size_t i = 0; i < full->size(); ++i)
    {
        if (full->isNullAt(i))
        {
            rows.push_back("NULL");
            continue;
        }
        std::string text;
        {
            WriteBufferFromString out(text);
            result.type->serializeText(*full, i, out, FormatSettings{});
        }
        rows.push_back(text);
    }
    return rows;
}

using Rows = std::vector<std::string>;

/// Result type name and rows of name(arguments).
inline std::pair<std::string, Rows> evaluate(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    auto result = run(name, arguments);
    return {result.type->getName(), texts(result)};
}

/// The code and message of what `name(arguments)` throws; code 0 if it does not.
inline std::pair<int, std::string> errorOf(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    try
    {
        run(name, arguments);
    }
    catch (const Exception & e)
    {
        return {e.code(), e.message()};
    }
    return {0, ""};
}
}
