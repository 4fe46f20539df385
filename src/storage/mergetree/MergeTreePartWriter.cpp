#include "storage/mergetree/MergeTreePartWriter.h"

#include "base/Exception.h"
#include "base/MemoryTracker.h"
#include "io/WriteHelpers.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <map>
#include <thread>
#include <unistd.h>

namespace datastore::storage
{
namespace
{
/// Below this many rows a second thread costs more than it saves.
constexpr size_t kMinRowsForTwoThreads = 8192;

/// Runs task(i) for every i of `order` on the calling thread and, when `parallel`, on one
/// more: columns are independent streams, and sorting, serializing and compressing them is
/// most of writing a part. Each thread takes the next index, so put the costliest first. The first
/// exception stops both threads from taking more work and is rethrown.
void forEachColumn(const std::vector<size_t> & order, bool parallel, const std::function<void(size_t)> & task)
{
    if (!parallel || order.size() < 2)
    {
        for (size_t i : order)
            task(i);
        return;
    }
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr errors[2];
    auto work = [&](std::exception_ptr & error)
    {
        try
        {
            for (size_t k = next++; k < order.size() && !failed; k = next++)
                task(order[k]);
        }
        catch (...)
        {
            error = std::current_exception();
            failed = true;
        }
    };
    std::thread helper([&work, &errors, tracker = MemoryTracker::current()] {
        MemoryTracker::ThreadScope scope(tracker);
        work(errors[1]);
    });
    work(errors[0]);
    helper.join();
    for (const auto & error : errors)
        if (error)
            std::rethrow_exception(error);
}
}

struct MergeTreePartWriter::ColumnStream
{
    ColumnStream(const std::string & path, compression::CompressionCodecPtr codec, size_t max_block_size)
        : file(path)
        , compressed(file, std::move(codec), max_block_size)
    {
    }

    PartFileWriteBuffer file;
    compression::CompressedWriteBuffer compressed;
    MergeTreeMarks marks;
};

MergeTreePartWriter::MergeTreePartWriter(MergeTreeMetadataPtr metadata_, std::string directory_, bool use_second_thread_)
    : metadata(std::move(metadata_))
    , directory(std::move(directory_))
    , use_second_thread(use_second_thread_)
{
    if (directory.back() != '/')
        directory += '/';
    if (std::filesystem::exists(directory))
        throw Exception(ErrorCodes::DIRECTORY_ALREADY_EXISTS, "Directory {} already exists", directory);
    std::filesystem::create_directories(directory);
    for (size_t i = 0; i < metadata->column_names.size(); ++i)
        streams.push_back(std::make_unique<ColumnStream>(
            directory + escapeForFileName(metadata->column_names[i]) + ".bin", metadata->column_codecs[i],
            metadata->settings.max_compress_block_size));
    for (const auto & type : metadata->primary_key.data_types)
        index_columns.push_back(type->createColumn());
    for (const auto & index : metadata->skip_indexes)
        skip_indexes.push_back(std::make_unique<MergeTreeIndexGranules>(index));
}

MergeTreePartWriter::~MergeTreePartWriter() = default;

void MergeTreePartWriter::write(const Block & block, const Permutation * permutation)
{
    size_t rows = permutation ? permutation->size() : block.rows();
    if (rows == 0)
        return;
    /// A granule is one Native serialization of its rows: Nullable, Array, Map... cannot be
    /// continued by a second one (the reader would take the second null map for values). So the
    /// rows of an unfinished granule wait for the next write (merges write small runs) or finish().
    const size_t granularity = metadata->settings.index_granularity;
    if (!pending_rows.rows() && rows % granularity == 0)
    {
        writeGranules(block, permutation);
        return;
    }
    Block rows_in_order;
    for (const auto & column : block)
    {
        ColumnPtr full = column.column->convertToFullColumnIfConst();
        auto merged = full->cloneEmpty();
        if (pending_rows.rows())
            merged->insertRangeFrom(*pending_rows.getByName(column.name).column, 0, pending_rows.rows());
        ColumnPtr ordered = permutation ? full->permute(*permutation, rows) : full;
        merged->insertRangeFrom(*ordered, 0, rows);
        rows_in_order.insert({std::move(merged), column.type, column.name});
    }
    size_t total = rows_in_order.rows();
    size_t complete = total / granularity * granularity;
    pending_rows = {};
    for (const auto & column : rows_in_order)
        pending_rows.insert({column.column->cut(complete, total - complete), column.type, column.name});
    if (complete)
    {
        Block granules;
        for (const auto & column : rows_in_order)
            granules.insert({column.column->cut(0, complete), column.type, column.name});
        writeGranules(granules, nullptr);
    }
}

void MergeTreePartWriter::writeGranules(const Block & block, const Permutation * permutation)
{
    size_t rows = permutation ? permutation->size() : block.rows();
    std::vector<ColumnPtr> columns;
    for (const auto & name : metadata->column_names)
        columns.push_back(block.getByName(name).column->convertToFullColumnIfConst());

    /// The primary key and minmax columns are needed in row order here, so they are sorted first.
    Block keys;
    auto add_key = [&](const std::string & name)
    {
        if (keys.has(name))
            return;
        const auto & column = block.getByName(name);
        ColumnPtr full = column.column->convertToFullColumnIfConst();
        keys.insert({ permutation ? full->permute(*permutation, rows) : full, column.type, name });
    };
    for (const auto & name : metadata->primary_key.column_names)
        add_key(name);
    for (const auto & name : metadata->minmaxColumns())
        add_key(name);

    /// Granule boundaries are the same in every column: cut the rows into pieces once.
    struct Piece
    {
        size_t position;
        size_t rows;
        bool starts_granule;
    };
    std::vector<Piece> pieces;
    const size_t granularity = metadata->settings.index_granularity;
    size_t position = 0;
    while (position < rows)
    {
        bool starts_granule = rows_in_granule == 0;
        if (starts_granule)
            for (size_t i = 0; i < index_columns.size(); ++i)
                index_columns[i]->insertFrom(*keys.getByName(metadata->primary_key.column_names[i]).column, position);
        size_t take = std::min(granularity - rows_in_granule, rows - position);
        pieces.push_back({ position, take, starts_granule });
        rows_in_granule += take;
        position += take;
        if (rows_in_granule == granularity)
            rows_in_granule = 0;
    }

    std::vector<Columns> skip_index_columns = computeSkipIndexColumns(block, permutation, rows);
    for (size_t i = 0; i < skip_indexes.size(); ++i)
        for (const auto & piece : pieces)
            skip_indexes[i]->appendRows(skip_index_columns[i], piece.position, piece.rows, piece.starts_granule);

    std::vector<size_t> order(streams.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return columns[a]->byteSize() > columns[b]->byteSize(); });
    const size_t min_compress_block_size = metadata->settings.min_compress_block_size;
    forEachColumn(
        order, use_second_thread && rows >= kMinRowsForTwoThreads,
        [&](size_t i)
        {
            auto & stream = *streams[i];
            ColumnPtr sorted = permutation ? columns[i]->permute(*permutation, rows) : columns[i];
            for (const auto & piece : pieces)
            {
                if (piece.starts_granule)
                {
                    /// Start a new compressed block at a granule boundary once the current one is
                    /// big enough, so reading a granule decompresses as little foreign data as possible.
                    if (stream.compressed.getOffsetInDecompressedBlock() >= min_compress_block_size)
                        stream.compressed.next();
                    stream.marks.push_back({ stream.compressed.getCompressedOffset(), stream.compressed.getOffsetInDecompressedBlock(), 0 });
                }
                metadata->column_types[i]->serializeBinaryBulk(*sorted, stream.compressed, piece.position, piece.rows);
                stream.marks.back().rows += piece.rows;
            }
        });
    rows_written += rows;

    last_key_row.clear();
    for (const auto & name : metadata->primary_key.column_names)
    {
        const auto & column = keys.getByName(name).column;
        auto last = column->cloneEmpty();
        last->insertFrom(*column, rows - 1);
        last_key_row.push_back(std::move(last));
    }
    updateMinMax(keys);
}

std::vector<Columns> MergeTreePartWriter::computeSkipIndexColumns(const Block & block, const Permutation * permutation, size_t rows) const
{
    std::vector<Columns> result;
    for (const auto & index : metadata->skip_indexes)
    {
        Block input;
        for (const auto & name : index.expression.required_columns)
            input.insert(block.getByName(name));
        if (index.expression.expression)
            index.expression.expression->execute(input);
        Columns columns;
        for (const auto & name : index.expression.column_names)
        {
            ColumnPtr full = input.getByName(name).column->convertToFullColumnIfConst();
            columns.push_back(permutation ? full->permute(*permutation, rows) : full);
        }
        result.push_back(std::move(columns));
    }
    return result;
}

void MergeTreePartWriter::updateMinMax(const Block & block)
{
    const auto & names = metadata->minmaxColumns();
    for (size_t i = 0; i < names.size(); ++i)
    {
        ColumnPtr column = block.getByName(names[i]).column->convertToFullColumnIfConst();
        Permutation ascending;
        Permutation descending;
        column->getPermutation(false, 1, 1, ascending);
        column->getPermutation(true, 1, 1, descending);
        if (minmax_columns.size() <= i)
        {
            auto range = column->cloneEmpty();
            range->insertFrom(*column, ascending[0]);
            range->insertFrom(*column, descending[0]);
            minmax_columns.push_back(std::move(range));
            continue;
        }
        auto & range = minmax_columns[i];
        auto updated = column->cloneEmpty();
        updated->insertFrom(
            column->compareAt(ascending[0], 0, *range, 1) < 0 ? *column : *range,
            column->compareAt(ascending[0], 0, *range, 1) < 0 ? ascending[0] : 0);
        updated->insertFrom(
            column->compareAt(descending[0], 1, *range, 1) > 0 ? *column : *range,
            column->compareAt(descending[0], 1, *range, 1) > 0 ? descending[0] : 1);
        range = std::move(updated);
    }
}

void MergeTreePartWriter::writeSmallFile(const std::string & file_name, const std::string & contents)
{
    PartFileWriteBuffer out(directory + file_name);
    out.write(contents);
    out.finalize();
}

void MergeTreePartWriter::finish(const Block & partition)
{
    if (is_finished)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Part {} is already finished", directory);
    if (pending_rows.rows())
        writeGranules(pending_rows, nullptr);
    pending_rows = {};
    is_finished = true;

    std::vector<UInt64> stream_uncompressed_bytes(streams.size());
    std::vector<size_t> order(streams.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    /// Each stream's last block is compressed here and each column's two files fsynced, which
    /// even for a few rows waits on the disk far longer than a thread takes to start.
    forEachColumn(order, use_second_thread, [&](size_t i)
    {
        auto & stream = *streams[i];
        stream.compressed.next();
        /// The final mark points past the last granule, as ClickHouse's does.
        stream.marks.push_back({ stream.compressed.getCompressedOffset(), 0, 0 });
        stream.compressed.finalize();
        stream.file.finalize();
        std::string file_name = escapeForFileName(metadata->column_names[i]);
        stream_uncompressed_bytes[i] = stream.compressed.getUncompressedBytes();

        PartFileWriteBuffer marks_out(directory + file_name + ".mrk2");
        for (const auto & mark : stream.marks)
        {
            writeBinaryLittleEndian(mark.offset_in_compressed_file, marks_out);
            writeBinaryLittleEndian(mark.offset_in_decompressed_block, marks_out);
            writeBinaryLittleEndian(mark.rows, marks_out);
        }
        marks_out.finalize();
    });
    std::map<std::string, UInt64> uncompressed_sizes;
    for (size_t i = 0; i < streams.size(); ++i)
        uncompressed_sizes[escapeForFileName(metadata->column_names[i]) + ".bin"] = stream_uncompressed_bytes[i];

    if (!index_columns.empty())
    {
        PartFileWriteBuffer index_out(directory + "primary.idx");
        size_t granules = index_columns[0]->size();
        for (size_t row = 0; row <= granules; ++row)
            for (size_t i = 0; i < index_columns.size(); ++i)
            {
                if (row < granules)
                    metadata->primary_key.data_types[i]->serializeBinary(*index_columns[i], row, index_out);
                else if (rows_written)
                    metadata->primary_key.data_types[i]->serializeBinary(*last_key_row[i], 0, index_out);
            }
        index_out.finalize();
    }

    const auto & minmax_names = metadata->minmaxColumns();
    for (size_t i = 0; i < minmax_names.size() && i < minmax_columns.size(); ++i)
    {
        PartFileWriteBuffer out(directory + "minmax_" + escapeForFileName(minmax_names[i]) + ".idx");
        auto type = metadata->getColumnType(minmax_names[i]);
        type->serializeBinary(*minmax_columns[i], 0, out);
        type->serializeBinary(*minmax_columns[i], 1, out);
        out.finalize();
    }

    for (size_t i = 0; i < skip_indexes.size(); ++i)
    {
        skip_indexes[i]->finishGranule();
        PartFileWriteBuffer out(directory + metadata->skip_indexes[i].fileName());
        skip_indexes[i]->write(out);
        out.finalize();
    }

    if (!metadata->partition_key.empty())
    {
        PartFileWriteBuffer out(directory + "partition.dat");
        for (const auto & column : partition)
            column.type->serializeBinary(*column.column->convertToFullColumnIfConst(), 0, out);
        out.finalize();
    }

    writeSmallFile("count.txt", std::to_string(rows_written));
    std::string columns_text = "columns format version: 1\n" + std::to_string(metadata->column_names.size()) + " columns:\n";
    {
        WriteBufferFromString out(columns_text);
        for (size_t i = 0; i < metadata->column_names.size(); ++i)
        {
            writeBackQuotedString(metadata->column_names[i], out);
            writeChar(' ', out);
            writeString(metadata->column_types[i]->getName(), out);
            writeChar('\n', out);
        }
    }
    writeSmallFile("columns.txt", columns_text);
    writeSmallFile("default_compression_codec.txt", "CODEC(LZ4)");

    writeSmallFile("checksums.txt", computeChecksumsText(directory, uncompressed_sizes));

    int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
    {
        ::fsync(fd);
        ::close(fd);
    }
}
}
