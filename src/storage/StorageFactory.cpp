#include "storage/StorageFactory.h"

#include "base/Exception.h"

namespace datastore::storage
{
StorageFactory & StorageFactory::instance()
{
    static StorageFactory factory;
    return factory;
}

void StorageFactory::registerStorage(const std::string & engine, Creator creator, bool infers_columns)
{
    creators[engine] = std::move(creator);
    if (infers_columns)
        engines_inferring_columns.insert(engine);
}

StoragePtr StorageFactory::create(const std::string & engine, const StorageArguments & arguments) const
{
    auto it = creators.find(engine);
    if (it == creators.end())
        throw Exception(ErrorCodes::UNKNOWN_STORAGE, "Unknown table engine {}", engine);
    return it->second(arguments);
}
}
