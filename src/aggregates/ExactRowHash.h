// The 128-bit SipHash ClickHouse's exact aggregates (uniqExact, entropy) key a row of several
// arguments (or of one argument kept by hash) with: each argument fed as its column's
// updateHashWithValue does. One pass over the row, no allocation but the arena form of types
// without a fixed width.
#pragma once

#include <vector>

#include "base/Arena.h"
#include "base/SipHash.h"
#include "columns/ColumnString.h"
#include "columns/IColumn.h"
#include "types/IDataType.h"

namespace datastore::aggregates
{
class ExactRowHash
{
public:
    explicit ExactRowHash(const DataTypes & arguments)
    {
        for (const auto & type : arguments)
        {
            auto id = type->getTypeId();
            kinds.push_back(id == TypeIndex::String ? Kind::String
                            : (id == TypeIndex::FixedString || type->isValueRepresentedByNumber() || id == TypeIndex::UUID)
                                ? Kind::FixedBytes
                                : Kind::Serialized);
        }
    }

    UInt128 operator()(const IColumn ** columns, size_t row, Arena * arena) const
    {
        SipHash hash;
        for (size_t i = 0; i < kinds.size(); ++i)
        {
            if (kinds[i] == Kind::String)
            {
                std::string_view value = static_cast<const ColumnString &>(*columns[i]).getDataAt(row);
                UInt64 size_with_zero = value.size() + 1;
                hash.updateValue(size_with_zero);
                hash.update(value.data(), value.size());
                hash.update("", 1);
            }
            else if (kinds[i] == Kind::FixedBytes)
            {
                std::string_view value = columns[i]->getDataAt(row);
                hash.update(value.data(), value.size());
            }
            else
            {
                const char * begin = nullptr;
                std::string_view value = columns[i]->serializeValueIntoArena(row, *arena, begin);
                hash.update(begin, value.data() + value.size() - begin);
            }
        }
        return hash.get128();
    }

private:
    /// A String as its size with the terminating zero, then the bytes and the zero; a value of
    /// fixed width by its bytes; anything else by its unambiguous arena form.
    enum class Kind
    {
        String,
        FixedBytes,
        Serialized,
    };
    std::vector<Kind> kinds;
};
}
