// One ORDER BY key: the expression, ASC/DESC, where NULLs go, and WITH FILL [FROM] [TO] [STEP].
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTOrderByElement : IAST
{
    ASTPtr expression;
    /// 1 for ASC, -1 for DESC.
    int direction = 1;
    /// Sorts NULLs as if they were greater (1) or less (-1) than every value; ClickHouse's default
    /// puts NULLs last, so it follows the direction unless NULLS FIRST/LAST was given.
    int nulls_direction = 1;
    bool nulls_direction_was_explicitly_specified = false;
    /// WITH FILL: rows are added for the missing values between FROM, the keys and TO.
    bool with_fill = false;
    ASTPtr fill_from;
    ASTPtr fill_to;
    ASTPtr fill_step; /// a number, or an interval (`INTERVAL 1 HOUR`, toIntervalHour(1))

    std::string getID(char) const override { return "OrderByElement"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        for (ASTPtr * member : {&expression, &fill_from, &fill_to, &fill_step})
            visit(*member);
    }
};
}
