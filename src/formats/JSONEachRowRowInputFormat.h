// JSONEachRow input: JSON objects one after another (or inside one JSON array), keys
// matched to the table's columns by name. Omitted keys give defaults marked missing;
// unknown keys are an error unless input_format_skip_unknown_fields.
#pragma once

#include <string>
#include <unordered_map>

#include "formats/IRowInputFormat.h"

namespace datastore::formats
{
class JSONEachRowRowInputFormat final : public IRowInputFormat
{
public:
    JSONEachRowRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_);

protected:
    void readPrefix() override;
    bool readRow(MutableColumns & columns, std::vector<UInt8> & row_missing) override;

private:
    void readField(size_t column_index, IColumn & column, UInt8 & is_missing);
    /// Reads the next key and returns its column index, or SIZE_MAX for an unknown key
    /// (left in `key`). Keys usually come in the same order in every row, so the column after
    /// the previous key is tried first, straight on the input bytes, before the hash lookup.
    size_t readKey();

    std::unordered_map<std::string, size_t> column_indexes;
    /// Per column: its name can be compared with raw input bytes (no '"' or '\\' in it).
    std::vector<UInt8> is_plain_name;
    /// The column whose key is expected next.
    size_t expected_index = 0;
    DataTypes types;
    /// Per column: whether the current row has set it.
    std::vector<UInt8> seen;
    std::string key;
    /// Rows are elements of one JSON array: [{...}, {...}].
    bool is_array = false;
    bool is_array_closed = false;
};
}
