#include "base/ErrorCodes.h"

namespace datastore::ErrorCodes
{
namespace
{
struct NamedCode
{
    int code;
    std::string_view name;
};

#define DATASTORE_NAMED_CODE(VALUE, NAME) NamedCode{VALUE, #NAME},
constexpr NamedCode named_codes[] = {DATASTORE_ERROR_CODES(DATASTORE_NAMED_CODE)};
#undef DATASTORE_NAMED_CODE
}

std::string_view getName(int code)
{
    for (const auto & entry : named_codes)
        if (entry.code == code)
            return entry.name;
    return {};
}

int getCode(std::string_view name)
{
    for (const auto & entry : named_codes)
        if (entry.name == name)
            return entry.code;
    return -1;
}
}
