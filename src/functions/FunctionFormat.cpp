// format(pattern, a, b, ...): the pattern with {} (next argument) or {N} (argument N, from 0)
// replaced by the arguments' text; {{ and }} stand for braces. The pattern is a constant,
// split once into literal pieces and argument numbers; rows are then plain appends.
#include <variant>

#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
/// A piece of the output: literal text, or the number of the argument to insert.
using Piece = std::variant<std::string, size_t>;

/// Where the placeholder opened before `from` closes. Doubled braces stay escapes inside it, as
/// ClickHouse reads them, so '{{{}}}' opens a placeholder holding '}}', which is no number.
size_t findClosingBrace(std::string_view pattern, size_t from)
{
    for (size_t j = from; j < pattern.size(); ++j)
    {
        char c = pattern[j];
        bool is_doubled = j + 1 < pattern.size() && pattern[j + 1] == c;
        if (c == '}' && !is_doubled)
            return j;
        if (c == '{' && !is_doubled)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Two open curly braces without close one at position {}", j);
        if (is_doubled && (c == '{' || c == '}'))
            ++j;
    }
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Last open curly brace is not closed");
}

std::vector<Piece> splitPattern(std::string_view pattern, size_t arguments)
{
    std::vector<Piece> pieces;
    auto add_literal = [&](char c)
    {
        if (pieces.empty() || !std::holds_alternative<std::string>(pieces.back()))
            pieces.emplace_back(std::string());
        std::get<std::string>(pieces.back()) += c;
    };
    bool is_automatic = false;
    bool is_manual = false;
    size_t next_automatic = 0;
    for (size_t i = 0; i < pattern.size(); ++i)
    {
        char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c)
        {
            add_literal(c);
            ++i;
            continue;
        }
        if (c == '}')
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Closed curly brace without open one at position {}", i);
        if (c != '{')
        {
            add_literal(c);
            continue;
        }
        size_t close = findClosingBrace(pattern, i + 1);
        size_t index = 0;
        if (close == i + 1)
        {
            if (is_manual)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot switch from manual field specification to automatic field numbering");
            is_automatic = true;
            index = next_automatic++;
            if (index >= arguments)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Not enough arguments to fill the placeholders in the format string");
        }
        else
        {
            if (is_automatic)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot switch from automatic field numbering to manual field specification");
            is_manual = true;
            for (size_t j = i + 1; j < close; ++j)
            {
                if (pattern[j] < '0' || pattern[j] > '9')
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Not a number in curly braces at position {}", j);
                index = index * 10 + static_cast<size_t>(pattern[j] - '0');
                if (index >= arguments)
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Too big number for arguments, must be at most {}", arguments - 1);
            }
        }
        pieces.emplace_back(index);
        i = close;
    }
    return pieces;
}

class FunctionFormat final : public IFunction
{
public:
    std::string getName() const override { return "format"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() < 2)
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                "Number of arguments for function format doesn't match: passed {}, should be at least 2", arguments.size());
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalType(getName(), *arguments[0].type, 1);
        checkConstantArgument(getName(), arguments[0], 0);
        splitPattern(arguments[0].column->getDataAt(0), arguments.size() - 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        std::vector<Piece> pieces = splitPattern(arguments[0].column->getDataAt(0), arguments.size() - 1);
        /// Other types are written as toString would write them.
        std::vector<ColumnPtr> texts;
        std::vector<StringRows> values;
        texts.reserve(arguments.size() - 1);
        values.reserve(arguments.size() - 1);
        for (size_t i = 1; i < arguments.size(); ++i)
        {
            const auto & argument = arguments[i];
            bool is_string = argument.type->getTypeId() == TypeIndex::String;
            ColumnPtr column = argument.column;
            if (!is_string)
            {
                const auto * constant = dynamic_cast<const ColumnConst *>(column.get());
                column = constant ? ColumnConst::create(castColumn(constant->getDataColumnPtr(), argument.type, result_type), rows)
                                  : castColumn(column, argument.type, result_type);
            }
            texts.push_back(column);
            values.emplace_back(*texts.back());
        }
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        offsets.resize(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            for (const auto & piece : pieces)
            {
                std::string_view text = std::holds_alternative<std::string>(piece) ? std::string_view(std::get<std::string>(piece))
                                                                                   : values[std::get<size_t>(piece)].at(row);
                chars.insert(text.data(), text.data() + text.size());
            }
            offsets[row] = chars.size();
        }
        return result;
    }
};
}

void registerFunctionFormat(FunctionFactory & factory)
{
    factory.registerFunction("format", makeCreator<FunctionFormat>());
}
}
