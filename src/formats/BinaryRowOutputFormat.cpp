// The prefix of RowBinaryWithNames(AndTypes): column count, names, then types.
#include "formats/BinaryRowOutputFormat.h"

namespace datastore::formats
{
void BinaryRowOutputFormat::writePrefix()
{
    if (!with_names && !with_types)
        return;
    writeVarUInt(header.columns(), out);
    if (with_names)
        for (const auto & column : header)
            writeStringBinary(column.name, out);
    if (with_types)
        for (const auto & column : header)
            writeStringBinary(column.type->getName(), out);
}
}
