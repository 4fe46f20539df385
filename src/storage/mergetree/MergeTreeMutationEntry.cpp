#include "storage/mergetree/MergeTreeMutationEntry.h"

#include "base/Exception.h"
#include "functions/CastColumn.h"
#include "io/WriteBuffer.h"
#include "sql/ASTAlterQuery.h"
#include "sql/Parser.h"
#include "sql/formatAST.h"
#include "storage/mergetree/MergeTreeDataPart.h"
#include "storage/mergetree/PartFileWriteBuffer.h"
#include "types/DataTypeFactory.h"

#include <filesystem>

namespace datastore::storage
{
namespace fs = std::filesystem;

namespace
{
const DataTypePtr & dateTimeType()
{
    static const DataTypePtr type = DataTypeFactory::instance().get("DateTime");
    return type;
}

std::string timeToText(UInt32 time)
{
    auto column = dateTimeType()->createColumn();
    column->insert(Field(UInt64(time)));
    std::string text;
    WriteBufferFromString out(text);
    dateTimeType()->serializeText(*column, 0, out, FormatSettings{});
    out.finalize();
    return text;
}

UInt32 textToTime(const std::string & text)
{
    auto strings = DataTypeFactory::instance().get("String");
    auto column = strings->createColumn();
    column->insert(Field(text));
    auto time = functions::castColumn(std::move(column), strings, dateTimeType());
    return static_cast<UInt32>((*time)[0].get<UInt64>());
}
}

std::string MergeTreeMutationEntry::commandsText() const
{
    /// Commands print as part of an ALTER query; the statement's head is cut off.
    auto alter = std::make_shared<sql::ASTAlterQuery>();
    alter->table = "t";
    alter->commands = commands;
    alter->updateChildren();
    std::string text = sql::formatAST(*alter, true);
    const std::string head = "ALTER TABLE t ";
    return text.rfind(head, 0) == 0 ? text.substr(head.size()) : text;
}

void MergeTreeMutationEntry::write(const std::string & table_path) const
{
    std::string tmp = table_path + "tmp_" + fileName();
    {
        PartFileWriteBuffer out(tmp);
        out.write("format version: 1\ncreate time: " + timeToText(create_time) + "\ncommands: " + commandsText() + "\n");
        out.finalize();
    }
    fs::rename(tmp, table_path + fileName());
}

MergeTreeMutationEntry MergeTreeMutationEntry::read(const std::string & table_path, const std::string & file_name)
{
    MergeTreeMutationEntry entry;
    entry.version = std::stoll(file_name.substr(9, file_name.size() - 13));
    std::string text = readPartFile(table_path + file_name);
    size_t create_pos = text.find("create time: ");
    size_t commands_pos = text.find("commands: ");
    if (text.rfind("format version: 1\n", 0) != 0 || create_pos == std::string::npos || commands_pos == std::string::npos)
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Cannot parse mutation file {}{}", table_path, file_name);
    entry.create_time = textToTime(text.substr(create_pos + 13, 19));
    std::string commands = text.substr(commands_pos + 10);
    while (!commands.empty() && commands.back() == '\n')
        commands.pop_back();
    auto alter = sql::parseQuery("ALTER TABLE mutation " + commands, 1 << 20);
    entry.commands = alter->as<sql::ASTAlterQuery>()->commands;
    return entry;
}
}
