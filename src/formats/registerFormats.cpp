// Registers every input and output format by its ClickHouse name (aliases included).
#include <mutex>

#include "formats/BinaryRowInputFormat.h"
#include "formats/BinaryRowOutputFormat.h"
#include "formats/CSVRowInputFormat.h"
#include "formats/CSVRowOutputFormat.h"
#include "formats/FormatFactory.h"
#include "formats/JSONCompactEachRowRowOutputFormat.h"
#include "formats/JSONCompactRowOutputFormat.h"
#include "formats/JSONEachRowRowInputFormat.h"
#include "formats/JSONEachRowRowOutputFormat.h"
#include "formats/NativeInputFormat.h"
#include "formats/NativeOutputFormat.h"
#include "formats/NullOutputFormat.h"
#include "formats/ParallelParsingInputFormat.h"
#include "formats/PrettyCompactBlockOutputFormat.h"
#include "formats/PrettySpaceBlockOutputFormat.h"
#include "formats/TabSeparatedRowInputFormat.h"
#include "formats/TabSeparatedRowOutputFormat.h"
#include "formats/ValuesRowInputFormat.h"
#include "formats/ValuesRowOutputFormat.h"
#include "formats/VerticalRowOutputFormat.h"

namespace datastore::formats
{
namespace
{
template <typename Format, typename... Args>
FormatFactory::OutputCreator output(Args... args)
{
    return [=](WriteBuffer & out, const Block & header, const FormatSettings & settings) -> OutputFormatPtr
    { return std::make_unique<Format>(out, header, settings, args...); };
}

template <typename Format, typename... Args>
FormatFactory::InputCreator input(Args... args)
{
    return [=](ReadBuffer & in, const Block & header, const FormatSettings & settings, size_t max_block_size) -> InputFormatPtr
    { return std::make_unique<Format>(in, header, settings, max_block_size, args...); };
}

/// The format parsed on parsing_threads threads when that is more than one, its input cut
/// into segments by the format's row boundaries.
template <typename Finder>
FormatFactory::InputCreator parallel(FormatFactory::InputCreator serial)
{
    return [serial](ReadBuffer & in, const Block & header, const FormatSettings & settings, size_t max_block_size) -> InputFormatPtr
    {
        if (settings.parsing_threads <= 1)
            return serial(in, header, settings, max_block_size);
        return std::make_unique<ParallelParsingInputFormat>(in, header, settings, max_block_size, serial, std::make_unique<Finder>(),
                                                            settings.parsing_threads);
    };
}

void registerAll(FormatFactory & factory)
{
    for (const char * prefix : {"TabSeparated", "TSV"})
    {
        const std::string name = prefix;
        factory.registerOutput(name, output<TabSeparatedRowOutputFormat>(false, false, false));
        factory.registerOutput(name + "WithNames", output<TabSeparatedRowOutputFormat>(true, false, false));
        factory.registerOutput(name + "WithNamesAndTypes", output<TabSeparatedRowOutputFormat>(true, true, false));
        factory.registerOutput(name + "Raw", output<TabSeparatedRowOutputFormat>(false, false, true));
        factory.registerOutput(name + "RawWithNames", output<TabSeparatedRowOutputFormat>(true, false, true));
        factory.registerOutput(name + "RawWithNamesAndTypes", output<TabSeparatedRowOutputFormat>(true, true, true));
        factory.registerInput(name, parallel<NewlineBoundaryFinder>(input<TabSeparatedRowInputFormat>(false, false, false)));
        factory.registerInput(name + "WithNames", input<TabSeparatedRowInputFormat>(true, false, false));
        factory.registerInput(name + "WithNamesAndTypes", input<TabSeparatedRowInputFormat>(true, true, false));
        factory.registerInput(name + "Raw", input<TabSeparatedRowInputFormat>(false, false, true));
        factory.registerInput(name + "RawWithNames", input<TabSeparatedRowInputFormat>(true, false, true));
        factory.registerInput(name + "RawWithNamesAndTypes", input<TabSeparatedRowInputFormat>(true, true, true));
    }

    factory.registerOutput("CSV", output<CSVRowOutputFormat>(false, false));
    factory.registerOutput("CSVWithNames", output<CSVRowOutputFormat>(true, false));
    factory.registerOutput("CSVWithNamesAndTypes", output<CSVRowOutputFormat>(true, true));
    factory.registerInput("CSV", input<CSVRowInputFormat>(false, false));
    factory.registerInput("CSVWithNames", input<CSVRowInputFormat>(true, false));
    factory.registerInput("CSVWithNamesAndTypes", input<CSVRowInputFormat>(true, true));

    factory.registerOutput("JSON", output<JSONRowOutputFormat>());
    factory.registerOutput("JSONCompact", output<JSONCompactRowOutputFormat>());
    factory.registerOutput("JSONStrings", output<JSONRowOutputFormat>(true));
    factory.registerOutput("JSONCompactStrings", output<JSONCompactRowOutputFormat>(true));
    for (const char * name : {"JSONEachRow", "JSONLines", "NDJSON"})
    {
        factory.registerOutput(name, output<JSONEachRowRowOutputFormat>(false));
        factory.registerInput(name, parallel<JSONObjectBoundaryFinder>(input<JSONEachRowRowInputFormat>()));
    }
    factory.registerOutput("JSONStringsEachRow", output<JSONEachRowRowOutputFormat>(true));
    factory.registerOutput("JSONCompactEachRow", output<JSONCompactEachRowRowOutputFormat>(false));
    factory.registerOutput("JSONCompactStringsEachRow", output<JSONCompactEachRowRowOutputFormat>(true));

    /// Without colors the NoEscapes variants print the same.
    for (const char * suffix : {"", "NoEscapes"})
    {
        const std::string s = suffix;
        factory.registerOutput("Pretty" + s, output<PrettyBlockOutputFormat>());
        factory.registerOutput("PrettyCompact" + s, output<PrettyCompactBlockOutputFormat>());
        factory.registerOutput("PrettySpace" + s, output<PrettySpaceBlockOutputFormat>());
    }
    factory.registerOutput("Vertical", output<VerticalRowOutputFormat>());

    factory.registerOutput("Values", output<ValuesRowOutputFormat>());
    factory.registerInput("Values", input<ValuesRowInputFormat>());

    factory.registerOutput("RowBinary", output<BinaryRowOutputFormat>(false, false));
    factory.registerOutput("RowBinaryWithNames", output<BinaryRowOutputFormat>(true, false));
    factory.registerOutput("RowBinaryWithNamesAndTypes", output<BinaryRowOutputFormat>(true, true));
    factory.registerInput("RowBinary", input<BinaryRowInputFormat>(false, false));
    factory.registerInput("RowBinaryWithNames", input<BinaryRowInputFormat>(true, false));
    factory.registerInput("RowBinaryWithNamesAndTypes", input<BinaryRowInputFormat>(true, true));

    factory.registerOutput("Native", output<NativeOutputFormat>());
    factory.registerInput("Native", input<NativeInputFormat>());
    factory.registerOutput("Null", output<NullOutputFormat>());
}
}

void registerFormats()
{
    static std::once_flag registered;
    std::call_once(registered, [] { registerAll(FormatFactory::instance()); });
}
}
