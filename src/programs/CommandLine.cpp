#include "programs/CommandLine.h"

#include <iostream>
#include <iterator>
#include <unistd.h>

#include "base/Exception.h"

namespace datastore::programs
{
CommandLine parseCommandLine(int argc, char ** argv)
{
    CommandLine options;
    for (int i = 1; i < argc; ++i)
    {
        std::string argument = argv[i];
        std::string name;
        std::string value;
        bool has_value = false;
        if (argument.rfind("--", 0) == 0)
        {
            size_t eq = argument.find('=');
            name = argument.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            if (eq != std::string::npos)
            {
                value = argument.substr(eq + 1);
                has_value = true;
            }
        }
        else if (argument.size() == 2 && argument[0] == '-')
        {
            static const std::map<char, std::string> short_names = {{'q', "query"}, {'f', "format"}, {'d', "database"}, {'h', "host"},
                                                                    {'u', "user"}, {'n', "multiquery"}, {'m', "multiline"},
                                                                    {'t', "time"}, {'s', "secure"}};
            auto it = short_names.find(argument[1]);
            if (it == short_names.end())
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unknown option {}", argument);
            name = it->second;
        }
        else
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unexpected argument {}", argument);

        if (name == "multiquery" || name == "multiline")
            continue;
        if (name == "ignore-error" || name == "secure" || name == "time" || name == "accept-invalid-certificate")
        {
            options.ignore_error |= name == "ignore-error";
            options.is_secure |= name == "secure";
            options.print_time |= name == "time";
            options.accept_invalid_certificate |= name == "accept-invalid-certificate";
            continue;
        }
        if (!has_value)
        {
            if (i + 1 >= argc)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Option --{} requires a value", name);
            value = argv[++i];
        }
        if (name == "query")
            options.query = value;
        else if (name == "format" || name == "output-format")
            options.format = value;
        else if (name == "database")
            options.database = value;
        else if (name == "host")
            options.host = value;
        else if (name == "port")
            options.port = static_cast<unsigned>(std::stoul(value));
        else if (name == "user")
            options.user = value;
        else if (name == "password")
            options.password = value;
        else if (name == "path")
            options.path = value;
        else if (name == "log-level" || name == "logger.level")
            options.log_level = value;
        else if (name.rfind("param_", 0) == 0)
            options.parameters[name.substr(6)] = value;
        else
            options.settings.emplace_back(name, value);
    }
    return options;
}

std::string readQueries(const CommandLine & options, bool & stdin_is_data)
{
    if (options.query)
    {
        stdin_is_data = !isatty(STDIN_FILENO);
        return *options.query;
    }
    stdin_is_data = false;
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}
}
