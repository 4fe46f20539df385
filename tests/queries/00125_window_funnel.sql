-- windowFunnel: the levels of a chain of events reached within the window, with each
-- option, several groups and HIP-47's funnel over a DateTime64(3) timestamp (read in
-- seconds, as if it were toDateTime(timestamp)).
CREATE TABLE funnel (user UInt32, ts DateTime, event String) ENGINE = MergeTree ORDER BY (user, ts);
INSERT INTO funnel VALUES
    (1, '2026-02-01 10:00:00', 'signup'), (1, '2026-02-01 10:05:00', 'onboarding_complete'), (1, '2026-02-01 11:00:00', 'first_api_call'),
    (2, '2026-02-01 10:00:00', 'signup'), (2, '2026-02-03 10:00:00', 'onboarding_complete'),
    (3, '2026-02-01 10:00:00', 'onboarding_complete'), (3, '2026-02-01 10:01:00', 'signup'), (3, '2026-02-01 10:02:00', 'first_api_call'),
    (4, '2026-02-01 10:00:00', 'signup'), (4, '2026-02-01 10:00:00', 'onboarding_complete'), (4, '2026-02-01 10:00:30', 'first_api_call'),
    (5, '2026-02-01 09:00:00', 'signup'), (5, '2026-02-01 09:10:00', 'signup'), (5, '2026-02-01 09:20:00', 'pageview'), (5, '2026-02-01 09:30:00', 'onboarding_complete'),
    (6, '2026-02-01 09:00:00', 'pageview');
SELECT user, windowFunnel(86400)(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') AS level FROM funnel GROUP BY user ORDER BY user;
SELECT user, windowFunnel(600)(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') FROM funnel GROUP BY user ORDER BY user;
SELECT user, windowFunnel(86400, 'strict_deduplication')(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') FROM funnel GROUP BY user ORDER BY user;
SELECT user, windowFunnel(86400, 'strict_order')(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') FROM funnel GROUP BY user ORDER BY user;
SELECT user, windowFunnel(86400, 'strict_increase')(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') FROM funnel GROUP BY user ORDER BY user;
SELECT level, count() AS users FROM (SELECT user, windowFunnel(86400)(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') AS level FROM funnel GROUP BY user) GROUP BY level ORDER BY level DESC;
SELECT windowFunnel(3600)(ts, event = 'signup') FROM funnel WHERE user = 99;
SELECT windowFunnel(3600)(ts, event = 'signup', event = 'x') FROM funnel;
SELECT windowFunnel(86400)(event, event = 'signup') FROM funnel; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT windowFunnel(ts, event = 'signup') FROM funnel; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT windowFunnel(86400, 'strict')(ts, event = 'signup') FROM funnel; -- { serverError BAD_ARGUMENTS }
-- A DateTime64 timestamp (which ClickHouse refuses) answers as its toDateTime would.
SELECT countIf(a != b), count() FROM (SELECT user, windowFunnel(600)(toDateTime64(ts, 3), event = 'signup', event = 'onboarding_complete', event = 'first_api_call') AS a, windowFunnel(600)(ts, event = 'signup', event = 'onboarding_complete', event = 'first_api_call') AS b FROM funnel GROUP BY user);
