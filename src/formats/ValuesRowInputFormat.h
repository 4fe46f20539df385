// Values input: rows as parenthesized tuples of SQL literals, (1,'a'),(2,'b'), the data
// of INSERT ... VALUES. Literals are parsed by each column type (deserializeTextQuoted);
// expressions are not supported.
#pragma once

#include "formats/IRowInputFormat.h"

namespace datastore::formats
{
class ValuesRowInputFormat final : public IRowInputFormat
{
public:
    ValuesRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_)
        : IRowInputFormat(in_, header_, settings_, max_block_size_), types(header.getDataTypes())
    {
    }

protected:
    bool readRow(MutableColumns & columns, std::vector<UInt8> & row_missing) override;

private:
    DataTypes types;
};
}
