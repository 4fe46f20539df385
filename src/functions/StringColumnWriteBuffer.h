// A WriteBuffer whose window is the spare room at the end of a ColumnString's bytes, so text
// writers (numbers, JSON strings) append one row's value without a copy or an allocation per row.
#pragma once

#include "base/PodArray.h"
#include "io/WriteBuffer.h"

#include <algorithm>

namespace datastore::functions
{
class StringColumnWriteBuffer final : public WriteBuffer
{
public:
    explicit StringColumnWriteBuffer(PodArray<char> & chars_)
        : chars(chars_)
        , row_start(chars_.size())
        , committed(chars_.size())
    {
        grow();
    }
    ~StringColumnWriteBuffer() override { commit(); }

    /// Trims the bytes to what was written; the caller may then close the row.
    void commit()
    {
        committed += bytesInWindow();
        chars.resize(committed);
        setWindow(chars.data() + committed, chars.data() + committed);
    }

protected:
    void nextImpl() override
    {
        committed += bytesInWindow();
        grow();
    }

private:
    void grow()
    {
        /// Doubling what this value already took keeps long values linear.
        chars.resize(committed + std::max<size_t>(committed - row_start, 256));
        setWindow(chars.data() + committed, chars.data() + chars.size());
    }

    PodArray<char> & chars;
    size_t row_start;
    size_t committed;
};
}
