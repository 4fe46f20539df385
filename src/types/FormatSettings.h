// Options that change how values are written and read as text, gathered from the
// query's settings (format_csv_delimiter, output_format_json_quote_64bit_integers, ...).
#pragma once

#include <string>

namespace datastore
{
struct FormatSettings
{
    enum class DateTimeInputFormat
    {
        Basic,      /// 'YYYY-MM-DD hh:mm:ss' and unix timestamps (ClickHouse's default).
        BestEffort, /// parseDateTimeBestEffort rules.
    };

    DateTimeInputFormat date_time_input_format = DateTimeInputFormat::Basic;
    bool json_quote_64bit_integers = true;
    bool json_quote_64bit_floats = false;
    bool json_quote_decimals = false;
    /// output_format_decimal_trailing_zeros: "1.50" instead of "1.5" for Decimal(P, 2).
    bool decimal_trailing_zeros = false;
    bool json_quote_denormals = false;
    bool json_escape_forward_slashes = true;
    bool json_named_tuples_as_objects = true;
    /// JSON and JSONCompact end with elapsed time and rows read (output_format_write_statistics).
    bool write_statistics = true;
    /// Write Bool as true/false in JSON (ClickHouse does).
    char csv_delimiter = ',';
    bool csv_allow_single_quotes = false;
    bool csv_allow_double_quotes = true;
    bool csv_empty_as_default = true;
    bool tsv_empty_as_default = false;
    bool null_as_default = true;
    std::string tsv_null_representation = "\\N";
    std::string csv_null_representation = "\\N";
    bool input_allow_errors = false;
    bool skip_unknown_fields = false;
    bool defaults_for_omitted_fields = true;
    /// Threads parsing INSERT data (input_format_parallel_parsing with max_threads), and the
    /// bytes of input each of them takes at a time (min_chunk_bytes_for_parallel_parsing).
    size_t parsing_threads = 1;
    size_t min_chunk_bytes_for_parallel_parsing = 10485760;
    /// Pretty formats: rows shown before "Showed first N".
    size_t pretty_max_rows = 10000;
    size_t pretty_max_column_pad_width = 250;
    size_t pretty_max_value_width = 10000;
    bool pretty_color = false;
    /// Pretty formats: "1. " before each row (output_format_pretty_row_numbers, on since 24.3).
    bool pretty_row_numbers = true;
    /// Pretty formats: a single number above this gets " -- 1.23 million" beside it (0: never).
    size_t pretty_single_large_number_tip_threshold = 1000000;
};
}
