// The one entry point every interface uses (HTTP, native, client, local): parse a statement,
// check it is allowed, run it, and stream its result through an output format.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "columns/Block.h"
#include "formats/IInputFormat.h"
#include "interpreters/Context.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "types/FormatSettings.h"

namespace datastore::storage
{
class ColumnsDescription;
}

namespace datastore::interpreters
{
struct QueryIO
{
    /// Data that follows the query text (the HTTP body after an INSERT in the URL); may be null.
    ReadBuffer * input = nullptr;
    /// Where result rows go, in the chosen format; may be null when nothing is expected.
    WriteBuffer * output = nullptr;
    std::string default_format = "TabSeparated";
    /// Called once the result's format is known, before its first byte (HTTP headers).
    std::function<void(const std::string & format, const std::string & content_type)> on_output_format;
    /// Called after each block written, to flush progress to the client.
    std::function<void()> on_block_written;

    /// Block-level results (the native protocol): when set, rows go here instead of to
    /// `output` and no format is applied. It gets the header (no rows) first, then every block.
    std::function<void(const Block & block)> on_result_block;
    /// With on_result_block: the WITH TOTALS row, once after the last result block.
    std::function<void(const Block & block)> on_totals_block;
    /// Block-level INSERT data (the native protocol): when set, an INSERT without inline
    /// data calls it with the columns the data must have and the table's columns, and reads
    /// its rows from the input it returns instead of from `input`.
    std::function<formats::InputFormatPtr(const Block & header, const storage::ColumnsDescription & columns)> make_insert_input;
};

/// Runs one statement. `text` may continue past the statement with INSERT data (the rest
/// comes from io.input). Throws on any error; an INSERT that throws stored nothing.
void executeQuery(const std::string & text, QueryContext & context, QueryIO & io);

/// Registers functions, formats, engines and system tables; call once at startup.
void initializeEngine();

/// Format options of the query's settings.
FormatSettings makeFormatSettings(const Settings & settings);
}
