// Helpers for type tests: write one row in a text form, read one value from text.
#pragma once

#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "types/DataTypeFactory.h"

#include <string>

namespace datastore::test
{
enum class Form
{
    Plain,
    Escaped,
    Quoted,
    JSON,
    CSV,
    Whole
};

inline std::string serialize(const IDataType & type, const IColumn & column, size_t row, Form form, const FormatSettings & settings = {})
{
    std::string text;
    {
        WriteBufferFromString out(text);
        switch (form)
        {
            case Form::Plain:
            case Form::Whole:
                type.serializeText(column, row, out, settings);
                break;
            case Form::Escaped:
                type.serializeTextEscaped(column, row, out, settings);
                break;
            case Form::Quoted:
                type.serializeTextQuoted(column, row, out, settings);
                break;
            case Form::JSON:
                type.serializeTextJSON(column, row, out, settings);
                break;
            case Form::CSV:
                type.serializeTextCSV(column, row, out, settings);
                break;
        }
    }
    return text;
}

/// Reads one value of `type_name` from `text` and returns it written back in `out_form`,
/// together with what was left unread.
inline std::string roundTrip(
    const std::string & type_name, const std::string & text, Form in_form, Form out_form = Form::Plain, std::string * rest = nullptr,
    const FormatSettings & settings = {})
{
    auto type = DataTypeFactory::instance().get(type_name);
    auto column = type->createColumn();
    ReadBufferFromMemory in(text);
    switch (in_form)
    {
        case Form::Plain:
        case Form::Escaped:
            type->deserializeTextEscaped(*column, in, settings);
            break;
        case Form::Quoted:
            type->deserializeTextQuoted(*column, in, settings);
            break;
        case Form::JSON:
            type->deserializeTextJSON(*column, in, settings);
            break;
        case Form::CSV:
            type->deserializeTextCSV(*column, in, settings);
            break;
        case Form::Whole:
            type->deserializeWholeText(*column, in, settings);
            break;
    }
    if (rest)
    {
        rest->clear();
        in.readAll(*rest);
    }
    return serialize(*type, *column, 0, out_form, settings);
}

/// The error code and message of reading `text`, checking that the column stayed empty.
inline std::pair<int, std::string> parseError(const std::string & type_name, const std::string & text, Form in_form)
{
    auto type = DataTypeFactory::instance().get(type_name);
    auto column = type->createColumn();
    ReadBufferFromMemory in(text);
    FormatSettings settings;
    try
    {
        switch (in_form)
        {
            case Form::Plain:
            case Form::Escaped:
                type->deserializeTextEscaped(*column, in, settings);
                break;
            case Form::Quoted:
                type->deserializeTextQuoted(*column, in, settings);
                break;
            case Form::JSON:
                type->deserializeTextJSON(*column, in, settings);
                break;
            case Form::CSV:
                type->deserializeTextCSV(*column, in, settings);
                break;
            case Form::Whole:
                type->deserializeWholeText(*column, in, settings);
                break;
        }
    }
    catch (const Exception & e)
    {
        if (column->size() != 0)
            return { -1, "column was appended to" };
        return { e.code(), e.message() };
    }
    return { 0, "" };
}

inline MutableColumnPtr columnOf(const DataTypePtr & type, std::initializer_list<Field> values)
{
    auto column = type->createColumn();
    for (const auto & value : values)
        column->insert(value);
    return column;
}
}
