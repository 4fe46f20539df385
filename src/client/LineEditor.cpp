#include "client/LineEditor.h"

#include <fstream>
#include <unistd.h>

namespace datastore::client
{
namespace
{
constexpr char kCtrlA = 1;
constexpr char kCtrlC = 3;
constexpr char kCtrlD = 4;
constexpr char kCtrlE = 5;
constexpr char kBackspace = 8;
constexpr char kEscape = 27;
constexpr char kDelete = 127;

void writeOut(const std::string & text)
{
    size_t done = 0;
    while (done < text.size())
    {
        ssize_t written = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (written <= 0)
            return;
        done += static_cast<size_t>(written);
    }
}

/// One byte of terminal input; false at end of input.
bool readByte(char & c)
{
    while (true)
    {
        ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got == 1)
            return true;
        if (got < 0 && errno == EINTR)
            continue;
        return false;
    }
}
}

LineEditor::RawMode::RawMode()
{
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return;
    termios raw = saved;
    /// No echo, no line buffering, no signals from keys (Ctrl-C arrives as a byte), no CR translation.
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | ISIG | IEXTEN);
    raw.c_iflag &= ~static_cast<tcflag_t>(ICRNL | IXON);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    is_raw = tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
}

LineEditor::RawMode::~RawMode()
{
    if (is_raw)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
}

LineEditor::LineEditor(std::string history_path_)
    : history_path(std::move(history_path_))
{
    std::ifstream file(history_path);
    std::string entry;
    while (std::getline(file, entry))
        if (!entry.empty())
            history.push_back(entry);
}

void LineEditor::addToHistory(const std::string & entry)
{
    std::string folded = entry;
    for (char & c : folded)
        if (c == '\n' || c == '\r')
            c = ' ';
    if (folded.empty() || (!history.empty() && history.back() == folded))
        return;
    history.push_back(folded);
    std::ofstream file(history_path, std::ios::app);
    file << folded << '\n';
}

void LineEditor::redraw(const std::string & prompt, const std::string & line, size_t cursor) const
{
    std::string text = "\r" + prompt + line + "\033[K";
    if (cursor < line.size())
        text += "\033[" + std::to_string(line.size() - cursor) + "D";
    writeOut(text);
}

LineEditor::Result LineEditor::readLine(const std::string & prompt, std::string & line)
{
    RawMode raw_mode;
    line.clear();
    size_t cursor = 0;
    /// history.size() is the line being typed; below it, entries shown by Up.
    size_t history_index = history.size();
    std::string typed;
    writeOut(prompt);
    while (true)
    {
        char c = 0;
        if (!readByte(c))
            return Result::EndOfInput;
        if (c == '\r' || c == '\n')
        {
            writeOut("\r\n");
            return Result::Line;
        }
        if (c == kCtrlC)
        {
            writeOut("^C\r\n");
            line.clear();
            return Result::Interrupted;
        }
        if (c == kCtrlD)
        {
            if (line.empty())
            {
                writeOut("\r\n");
                return Result::EndOfInput;
            }
            continue;
        }
        if (c == kDelete || c == kBackspace)
        {
            if (cursor > 0)
                line.erase(--cursor, 1);
        }
        else if (c == kCtrlA)
            cursor = 0;
        else if (c == kCtrlE)
            cursor = line.size();
        else if (c == kEscape)
        {
            char bracket = 0;
            char key = 0;
            if (!readByte(bracket) || !readByte(key) || (bracket != '[' && bracket != 'O'))
                continue;
            if (key == 'C' && cursor < line.size())
                ++cursor;
            else if (key == 'D' && cursor > 0)
                --cursor;
            else if (key == 'H')
                cursor = 0;
            else if (key == 'F')
                cursor = line.size();
            else if ((key == 'A' && history_index > 0) || (key == 'B' && history_index < history.size()))
            {
                if (history_index == history.size())
                    typed = line;
                history_index += key == 'A' ? -1 : 1;
                line = history_index == history.size() ? typed : history[history_index];
                cursor = line.size();
            }
            else if (key == '3')
            {
                char tilde = 0;
                if (readByte(tilde) && tilde == '~' && cursor < line.size())
                    line.erase(cursor, 1);
            }
        }
        else if (static_cast<unsigned char>(c) >= 32 || c == '\t')
            line.insert(cursor++, 1, c);
        redraw(prompt, line, cursor);
    }
}
}
