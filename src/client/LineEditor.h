// A minimal line editor for the interactive client on a terminal in raw mode: typing,
// backspace, left/right, Home/End, up/down through the history, Ctrl-C to drop the line,
// Ctrl-D on an empty line to leave. History lives in a file, one entry per line.
#pragma once

#include <optional>
#include <string>
#include <termios.h>
#include <vector>

namespace datastore::client
{
class LineEditor
{
public:
    /// Loads the history from `history_path` (missing is fine).
    explicit LineEditor(std::string history_path_);

    enum class Result
    {
        Line,
        Interrupted,
        EndOfInput,
    };

    /// Reads one line after showing `prompt`; the line goes to `line`.
    Result readLine(const std::string & prompt, std::string & line);
    /// Appends an entry (newlines folded to spaces) to the history and its file.
    void addToHistory(const std::string & entry);

private:
    /// Raw mode for the length of one readLine, restored however it ends.
    class RawMode
    {
    public:
        RawMode();
        ~RawMode();

    private:
        termios saved {};
        bool is_raw = false;
    };

    void redraw(const std::string & prompt, const std::string & line, size_t cursor) const;

    std::string history_path;
    std::vector<std::string> history;
};
}
