// Header handling and the row loop shared by TabSeparated, CSV and RowBinary input.
#include "formats/RowInputFormatWithNamesAndTypes.h"

#include <unordered_map>

#include "base/Exception.h"

namespace datastore::formats
{
RowInputFormatWithNamesAndTypes::RowInputFormatWithNamesAndTypes(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_,
                                                                 size_t max_block_size_, bool with_names_, bool with_types_,
                                                                 std::string format_name_)
    : IRowInputFormat(in_, header_, settings_, max_block_size_)
    , with_names(with_names_)
    , with_types(with_types_)
    , format_name(std::move(format_name_))
    , types(header.getDataTypes())
    , is_column_in_file(header.columns(), 1)
{
    for (size_t i = 0; i < header.columns(); ++i)
        column_mapping.emplace_back(i);
}

void RowInputFormatWithNamesAndTypes::readPrefix()
{
    if (!with_names && !with_types)
        return;
    /// Empty data has no header either.
    if (in.eof())
        return;

    if (with_names)
    {
        file_names = readNames();
        std::unordered_map<std::string, size_t> positions;
        for (size_t i = 0; i < header.columns(); ++i)
            positions.emplace(header.getByPosition(i).name, i);

        column_mapping.assign(file_names.size(), std::nullopt);
        std::fill(is_column_in_file.begin(), is_column_in_file.end(), 0);
        for (size_t i = 0; i < file_names.size(); ++i)
        {
            auto it = positions.find(file_names[i]);
            if (it == positions.end())
            {
                if (!settings.skip_unknown_fields)
                    throw Exception(ErrorCodes::INCORRECT_DATA,
                                    "Unknown field found in {} header: '{}' at position {}\nSet the 'input_format_skip_unknown_fields' "
                                    "parameter explicitly to ignore and proceed",
                                    format_name, file_names[i], i);
                continue;
            }
            if (is_column_in_file[it->second])
                throw Exception(ErrorCodes::INCORRECT_DATA, "Duplicate field found while parsing {} header: {}", format_name, file_names[i]);
            is_column_in_file[it->second] = 1;
            column_mapping[i] = it->second;
        }
    }

    if (with_types)
    {
        const std::vector<std::string> file_types = readTypes();
        if (file_types.size() != column_mapping.size())
            throw Exception(ErrorCodes::INCORRECT_DATA, "The number of data types differs from the number of column names in input data");
        for (size_t i = 0; i < file_types.size(); ++i)
        {
            if (!column_mapping[i])
                continue;
            const auto & column = header.getByPosition(*column_mapping[i]);
            if (file_types[i] != column.type->getName())
                throw Exception(ErrorCodes::INCORRECT_DATA, "Type of '{}' must be {}, not {}", column.name, column.type->getName(),
                                file_types[i]);
        }
    }
}

bool RowInputFormatWithNamesAndTypes::readRow(MutableColumns & columns, std::vector<UInt8> & row_missing)
{
    if (in.eof())
        return false;

    const size_t file_columns = column_mapping.size();
    if (file_columns == 0)
        skipRowEndDelimiter();
    for (size_t file_column = 0; file_column < file_columns; ++file_column)
    {
        const auto & index = column_mapping[file_column];
        /// The delimiter after a value belongs to it: "1x\t" is a bad value of that column.
        try
        {
            if (!index)
                skipField(file_column);
            else if (!readField(*columns[*index], *types[*index]))
                row_missing[*index] = 1;
            if (file_column + 1 < file_columns)
                skipFieldDelimiter();
            else
                skipRowEndDelimiter();
        }
        catch (Exception & e)
        {
            const std::string & name = index ? header.getByPosition(*index).name : file_names.at(file_column);
            e.addMessage(fmt::format("(while reading the value of column {})", name));
            throw;
        }
    }

    for (size_t i = 0; i < is_column_in_file.size(); ++i)
    {
        if (is_column_in_file[i])
            continue;
        columns[i]->insertDefault();
        row_missing[i] = settings.defaults_for_omitted_fields ? 1 : 0;
    }
    return true;
}
}
