// TabSeparated, TabSeparatedRaw and their WithNames / WithNamesAndTypes forms.
#include "formats/TabSeparatedRowOutputFormat.h"

#include "columns/ColumnNullable.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
TabSeparatedRowOutputFormat::TabSeparatedRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_,
                                                         bool with_names_, bool with_types_, bool is_raw_)
    : IRowOutputFormat(out_, header_, settings_), with_names(with_names_), with_types(with_types_), is_raw(is_raw_)
{
    for (const auto & column : header)
        types_without_nullable.push_back(removeNullable(column.type));
}

void TabSeparatedRowOutputFormat::writeHeaderLine(const std::vector<std::string> & values)
{
    for (size_t i = 0; i < values.size(); ++i)
    {
        if (i != 0)
            writeChar('\t', out);
        if (is_raw)
            writeString(values[i], out);
        else
            writeEscapedString(values[i], out);
    }
    writeChar('\n', out);
}

void TabSeparatedRowOutputFormat::writePrefix()
{
    if (with_names)
        writeHeaderLine(header.getNames());
    if (with_types)
    {
        std::vector<std::string> type_names;
        for (const auto & column : header)
            type_names.push_back(column.type->getName());
        writeHeaderLine(type_names);
    }
}

void TabSeparatedRowOutputFormat::writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row)
{
    if (!is_raw)
    {
        type.serializeTextEscaped(column, row, out, settings);
        return;
    }
    /// Raw text of a Nullable is still \N for NULL (plain text would print ᴺᵁᴸᴸ).
    if (const auto * nullable = column.as<ColumnNullable>())
    {
        if (nullable->isNullAt(row))
            writeString(settings.tsv_null_representation, out);
        else
            types_without_nullable[column_index]->serializeText(nullable->getNestedColumn(), row, out, settings);
        return;
    }
    type.serializeText(column, row, out, settings);
}
}
