#include "storage/StorageGenerateRandom.h"

#include <random>

#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeDateTime64.h"
#include "types/DataTypeDecimal.h"
#include "types/DataTypeEnum.h"
#include "types/DataTypeFixedString.h"
#include "types/DataTypeLowCardinality.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeNullable.h"
#include "types/DataTypeTuple.h"

namespace datastore::storage
{
namespace
{
/// Random values are written in RowBinary and read back by each type's own binary reader:
/// one generator for every type, and each value valid for its type by construction.
class RandomRowBinary
{
public:
    RandomRowBinary(UInt64 seed, const RandomDataLimits & limits_) : random(seed), limits(limits_) {}

    void write(const IDataType & type, std::string & out)
    {
        switch (type.getTypeId())
        {
            case TypeIndex::UInt8: case TypeIndex::Int8: randomBytes(1, out); break;
            case TypeIndex::UInt16: case TypeIndex::Int16: case TypeIndex::Date: randomBytes(2, out); break;
            case TypeIndex::UInt32: case TypeIndex::Int32: case TypeIndex::Float32: case TypeIndex::DateTime: case TypeIndex::IPv4:
                randomBytes(4, out);
                break;
            case TypeIndex::UInt64: case TypeIndex::Int64: case TypeIndex::Float64: randomBytes(8, out); break;
            case TypeIndex::UInt128: case TypeIndex::Int128: case TypeIndex::UUID: case TypeIndex::IPv6: randomBytes(16, out); break;
            case TypeIndex::UInt256: case TypeIndex::Int256: randomBytes(32, out); break;
            case TypeIndex::Bool: out.push_back(static_cast<char>(random() & 1)); break;
            case TypeIndex::Date32:
            {
                /// ClickHouse's Date32 range: 1900-01-01 to 2299-12-31.
                Int32 day = static_cast<Int32>(random() % (120529 + 25567 + 1)) - 25567;
                appendValue(day, out);
                break;
            }
            case TypeIndex::DateTime64:
            {
                Int64 scale_multiplier = 1;
                for (UInt32 i = 0; i < static_cast<const DataTypeDateTime64 &>(type).getScale(); ++i)
                    scale_multiplier *= 10;
                Int64 ticks = static_cast<Int64>(static_cast<UInt32>(random())) * scale_multiplier
                    + static_cast<Int64>(random() % static_cast<UInt64>(scale_multiplier));
                appendValue(ticks, out);
                break;
            }
            case TypeIndex::Decimal32: writeDecimal<Int32>(static_cast<const DataTypeDecimal<Int32> &>(type).getPrecision(), out); break;
            case TypeIndex::Decimal64: writeDecimal<Int64>(static_cast<const DataTypeDecimal<Int64> &>(type).getPrecision(), out); break;
            case TypeIndex::Decimal128: writeDecimal<Int128>(static_cast<const DataTypeDecimal<Int128> &>(type).getPrecision(), out); break;
            case TypeIndex::Enum8: writeEnum(static_cast<const DataTypeEnum<Int8> &>(type).getValues(), out); break;
            case TypeIndex::Enum16: writeEnum(static_cast<const DataTypeEnum<Int16> &>(type).getValues(), out); break;
            case TypeIndex::String:
            {
                UInt64 length = random() % (limits.max_string_length + 1);
                writeVarUInt(length, out);
                printableBytes(length, out);
                break;
            }
            case TypeIndex::FixedString: printableBytes(static_cast<const DataTypeFixedString &>(type).getN(), out); break;
            case TypeIndex::Nullable:
            {
                /// About one value in sixteen is NULL.
                bool is_null = random() % 16 == 0;
                out.push_back(static_cast<char>(is_null));
                if (!is_null)
                    write(*static_cast<const DataTypeNullable &>(type).getNestedType(), out);
                break;
            }
            case TypeIndex::LowCardinality: write(*static_cast<const DataTypeLowCardinality &>(type).getNestedType(), out); break;
            case TypeIndex::Array:
            {
                UInt64 size = random() % (limits.max_array_length + 1);
                writeVarUInt(size, out);
                for (UInt64 i = 0; i < size; ++i)
                    write(*static_cast<const DataTypeArray &>(type).getNestedType(), out);
                break;
            }
            case TypeIndex::Map:
            {
                const auto & map = static_cast<const DataTypeMap &>(type);
                UInt64 size = random() % (limits.max_array_length + 1);
                writeVarUInt(size, out);
                for (UInt64 i = 0; i < size; ++i)
                {
                    write(*map.getKeyType(), out);
                    write(*map.getValueType(), out);
                }
                break;
            }
            case TypeIndex::Tuple:
                for (const auto & element : static_cast<const DataTypeTuple &>(type).getElements())
                    write(*element, out);
                break;
            default:
                throw Exception(ErrorCodes::NOT_IMPLEMENTED, "The 'GenerateRandom' is not implemented for type {}", type.getName());
        }
    }

private:
    template <typename T>
    static void appendValue(const T & value, std::string & out)
    {
        out.append(reinterpret_cast<const char *>(&value), sizeof(value));
    }

    static void writeVarUInt(UInt64 x, std::string & out)
    {
        while (x >= 0x80)
        {
            out.push_back(static_cast<char>(x | 0x80));
            x >>= 7;
        }
        out.push_back(static_cast<char>(x));
    }

    void randomBytes(size_t count, std::string & out)
    {
        for (size_t i = 0; i < count; i += 8)
        {
            UInt64 bits = random();
            out.append(reinterpret_cast<const char *>(&bits), std::min<size_t>(8, count - i));
        }
    }

    /// Printable ASCII, so that random strings can be shown.
    void printableBytes(size_t count, std::string & out)
    {
        for (size_t i = 0; i < count; ++i)
            out.push_back(static_cast<char>(' ' + random() % 95));
    }

    template <typename T>
    void writeDecimal(UInt32 precision, std::string & out)
    {
        /// Within the precision: |value| < 10^precision.
        Int128 bound = 1;
        for (UInt32 i = 0; i < precision; ++i)
            bound *= 10;
        Int128 bits = (static_cast<Int128>(random()) << 64) | random();
        if (bits < 0)
            bits = -bits;
        Int128 magnitude = bits % bound;
        T value = static_cast<T>(random() & 1 ? -magnitude : magnitude);
        appendValue(value, out);
    }

    template <typename T>
    void writeEnum(const std::vector<std::pair<std::string, T>> & values, std::string & out)
    {
        appendValue(values[random() % values.size()].second, out);
    }

    std::mt19937_64 random;
    RandomDataLimits limits;
};

void checkSupported(const IDataType & type)
{
    switch (type.getTypeId())
    {
        case TypeIndex::Array: checkSupported(*static_cast<const DataTypeArray &>(type).getNestedType()); return;
        case TypeIndex::Map:
            checkSupported(*static_cast<const DataTypeMap &>(type).getKeyType());
            checkSupported(*static_cast<const DataTypeMap &>(type).getValueType());
            return;
        case TypeIndex::Tuple:
            for (const auto & element : static_cast<const DataTypeTuple &>(type).getElements())
                checkSupported(*element);
            return;
        case TypeIndex::Nullable: case TypeIndex::LowCardinality: checkSupported(*type.getNestedTypeIfWrapper()); return;
        case TypeIndex::Nothing: case TypeIndex::AggregateFunction: case TypeIndex::SimpleAggregateFunction: case TypeIndex::Interval:
        case TypeIndex::Function: case TypeIndex::Set: case TypeIndex::Decimal256:
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "The 'GenerateRandom' is not implemented for type {}", type.getName());
        default: return;
    }
}

/// Whether the type's Native bulk form is its RowBinary values one after another, so a whole
/// block reads in one call: every type but the wrappers and containers.
bool isBulkRowBinary(const IDataType & type)
{
    switch (type.getTypeId())
    {
        case TypeIndex::Array: case TypeIndex::Map: case TypeIndex::Tuple: case TypeIndex::Nullable: case TypeIndex::LowCardinality:
            return false;
        default:
            return true;
    }
}

class GenerateRandomStream final : public exec::IBlockStream
{
public:
    GenerateRandomStream(Block header_, UInt64 seed, RandomDataLimits limits, size_t block_size_)
        : header(std::move(header_)), generator(seed, limits), block_size(block_size_)
    {
    }

    Block getHeader() const override { return header; }

    Block read() override
    {
        if (isCancelled())
            return {};
        Block block;
        std::string bytes;
        for (const auto & column : header)
        {
            bytes.clear();
            for (size_t row = 0; row < block_size; ++row)
                generator.write(*column.type, bytes);
            auto result = column.type->createColumn();
            result->reserve(block_size);
            ReadBufferFromMemory in(bytes);
            if (isBulkRowBinary(*column.type))
                column.type->deserializeBinaryBulk(*result, in, block_size);
            else
                for (size_t row = 0; row < block_size; ++row)
                    column.type->deserializeBinary(*result, in);
            block.insert({std::move(result), column.type, column.name});
        }
        if (header.columns() == 0)
            block.setRowsWithoutColumns(block_size);
        return block;
    }

private:
    Block header;
    RandomRowBinary generator;
    size_t block_size;
};
}

StorageGenerateRandom::StorageGenerateRandom(StorageID id_, ColumnsDescription columns_, std::optional<UInt64> seed_, RandomDataLimits limits_)
    : IStorage(std::move(id_), std::move(columns_)), seed(seed_), limits(limits_)
{
    /// Unsupported types fail when the query is planned, not at its first block.
    for (const auto & column : columns.getAll())
        checkSupported(*column.type);
}

exec::BlockStreams StorageGenerateRandom::read(const ReadRequest & request, interpreters::QueryContext &, ReadStatistics *)
{
    Block header;
    for (const auto & name : request.columns)
    {
        const auto & type = columns.get(name).type;
        header.insert({type->createColumn(), type, name});
    }
    UInt64 stream_seed = seed ? *seed : std::random_device{}();
    return {std::make_shared<GenerateRandomStream>(std::move(header), stream_seed, limits, std::max<size_t>(1, request.max_block_size))};
}
}
