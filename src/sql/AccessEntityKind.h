// The kinds of access entity that SQL creates, drops and shows, with their names in statements
// and messages ("settings profile", "row policy").
#pragma once

namespace datastore::sql
{
enum class AccessEntityKind
{
    User,
    Role,
    SettingsProfile,
    Quota,
    RowPolicy,
};

/// "USER", "ROLE", "SETTINGS PROFILE", "QUOTA", "ROW POLICY".
inline const char * accessEntityKeyword(AccessEntityKind kind)
{
    switch (kind)
    {
        case AccessEntityKind::User: return "USER";
        case AccessEntityKind::Role: return "ROLE";
        case AccessEntityKind::SettingsProfile: return "SETTINGS PROFILE";
        case AccessEntityKind::Quota: return "QUOTA";
        case AccessEntityKind::RowPolicy: return "ROW POLICY";
    }
    return "";
}

/// "user", "role", "settings profile", ... as messages name them.
inline const char * accessEntityName(AccessEntityKind kind)
{
    switch (kind)
    {
        case AccessEntityKind::User: return "user";
        case AccessEntityKind::Role: return "role";
        case AccessEntityKind::SettingsProfile: return "settings profile";
        case AccessEntityKind::Quota: return "quota";
        case AccessEntityKind::RowPolicy: return "row policy";
    }
    return "";
}
}
