// Reads one buffer, then another: the inline part of INSERT data that came with the query
// text, then the rest of the request body, as one stream for the format parser.
#pragma once

#include "io/ReadBuffer.h"

namespace datastore
{
class ConcatReadBuffer : public ReadBuffer
{
public:
    /// `second` may be null. Neither is owned.
    ConcatReadBuffer(ReadBuffer & first_, ReadBuffer * second_) : first(first_), second(second_) {}

protected:
    bool nextImpl() override
    {
        ReadBuffer * current = is_first_done ? second : &first;
        while (current)
        {
            if (!current->eof())
            {
                setWindow(current->pos(), current->end());
                current->setPos(current->end());
                return true;
            }
            if (is_first_done)
                return false;
            is_first_done = true;
            current = second;
        }
        return false;
    }

private:
    ReadBuffer & first;
    ReadBuffer * second;
    bool is_first_done = false;
};
}
