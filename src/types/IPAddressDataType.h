// What IPv4 and IPv6 share: every text form is the address text (in quotes for Values, JSON
// and CSV), and reading parses that text whole. Subclasses give the column, the binary forms,
// and how one address is written and parsed.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class IPAddressDataType : public IDataType
{
public:
    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// Bad text throws CANNOT_PARSE_IPV4 / CANNOT_PARSE_IPV6 and appends nothing.
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

protected:
    /// Writes the row's address text to `out` (room for IPV6_MAX_TEXT_LENGTH) and returns its length.
    virtual size_t formatAt(const IColumn & column, size_t row, char * out) const = 0;
    /// Appends the address in `text`; returns false, appending nothing, if there is none.
    virtual bool tryInsertText(IColumn & column, std::string_view text) const = 0;

private:
    void writeEnclosed(const IColumn & column, size_t row, char quote, WriteBuffer & out) const;
    void insertText(IColumn & column, std::string_view text, bool is_whole_value) const;
};
}
