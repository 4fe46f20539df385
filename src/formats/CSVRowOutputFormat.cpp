// CSV, CSVWithNames and CSVWithNamesAndTypes output.
#include "formats/CSVRowOutputFormat.h"

#include "io/WriteHelpers.h"

namespace datastore::formats
{
CSVRowOutputFormat::CSVRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool with_names_,
                                       bool with_types_)
    : IRowOutputFormat(out_, header_, settings_), with_names(with_names_), with_types(with_types_)
{
}

void CSVRowOutputFormat::writeHeaderLine(const std::vector<std::string> & values)
{
    for (size_t i = 0; i < values.size(); ++i)
    {
        if (i != 0)
            writeChar(settings.csv_delimiter, out);
        writeCSVString(values[i], out);
    }
    writeChar('\n', out);
}

void CSVRowOutputFormat::writePrefix()
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

void CSVRowOutputFormat::writeField(const IColumn & column, const IDataType & type, size_t, size_t row)
{
    type.serializeTextCSV(column, row, out, settings);
}
}
