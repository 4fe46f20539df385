// Reads the tuples of the Values format.
#include "formats/ValuesRowInputFormat.h"

#include "io/ReadHelpers.h"

namespace datastore::formats
{
bool ValuesRowInputFormat::readRow(MutableColumns & columns, std::vector<UInt8> & row_missing)
{
    skipWhitespaceIfAny(in);
    if (rows_read != 0 && checkChar(',', in))
        skipWhitespaceIfAny(in);
    /// INSERT ... VALUES (...); may end with a semicolon.
    if (checkChar(';', in))
        skipWhitespaceIfAny(in);
    if (in.eof())
        return false;

    assertChar('(', in);
    for (size_t i = 0; i < columns.size(); ++i)
    {
        skipWhitespaceIfAny(in);
        if (i != 0)
        {
            char next;
            if (in.peek(next) && next == ')')
                throw Exception(ErrorCodes::SYNTAX_ERROR, "Cannot parse expression of type {} here: {}: (at row {})", types[i]->getName(),
                                std::string_view(in.pos(), std::min<size_t>(in.available(), 40)), rows_read + 1);
            assertChar(',', in);
            skipWhitespaceIfAny(in);
        }
        try
        {
            if (checkNullInWindow("DEFAULT", in, true))
                insertDefaultForNull(*columns[i], row_missing[i]);
            else if (!types[i]->isNullable() && checkNullInWindow("NULL", in, true))
            {
                if (!settings.null_as_default)
                    throw Exception(ErrorCodes::TYPE_MISMATCH, "Cannot insert NULL value into a column of type '{}' at: NULL",
                                    types[i]->getName());
                insertDefaultForNull(*columns[i], row_missing[i]);
            }
            else
                types[i]->deserializeTextQuoted(*columns[i], in, settings);
        }
        catch (Exception & e)
        {
            e.addMessage(fmt::format("(while reading the value of column {})", header.getByPosition(i).name));
            throw;
        }
    }
    skipWhitespaceIfAny(in);
    assertChar(')', in);
    return true;
}
}
