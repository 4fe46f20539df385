-- uptime(): whole seconds from the server's start to the query's, as UInt32, the same on every row.
SELECT toTypeName(uptime()), uptime() < 86400 * 365, uniqExact(uptime()) FROM numbers(100000);
SELECT uptime(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
