-- sequenceMatch and sequenceCount: the pattern language ((?N), ., .*, (?t op secs)), matched
-- over each group's rows in time order, and the state ClickHouse writes.
DROP TABLE IF EXISTS seq_events;
CREATE TABLE seq_events (uid UInt32, t DateTime('UTC'), n UInt8) ENGINE = Memory;
INSERT INTO seq_events VALUES (1, '2024-01-01 00:00:01', 1), (1, '2024-01-01 00:00:02', 2), (1, '2024-01-01 00:00:03', 3),
    (1, '2024-01-01 00:00:05', 1), (1, '2024-01-01 00:00:09', 2), (1, '2024-01-01 00:00:10', 4),
    (2, '2024-01-01 00:01:00', 2), (2, '2024-01-01 00:00:30', 1), (2, '2024-01-01 00:02:00', 3),
    (3, '2024-01-01 00:00:00', 3), (3, '2024-01-01 00:00:01', 2);

SELECT uid, sequenceMatch('(?1)(?2)')(t, n = 1, n = 2), sequenceCount('(?1)(?2)')(t, n = 1, n = 2) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?1).*(?3)')(t, n = 1, n = 2, n = 3), sequenceCount('(?1).*(?2)')(t, n = 1, n = 2, n = 3) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?1).(?3)')(t, n = 1, n = 2, n = 3), sequenceMatch('(?2)(?1)')(t, n = 1, n = 2) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?1)(?t<=1)(?2)')(t, n = 1, n = 2), sequenceCount('(?1)(?t<=1)(?2)')(t, n = 1, n = 2) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?1)(?t>3)(?2)')(t, n = 1, n = 2), sequenceCount('(?1)(?t>=1)(?2)')(t, n = 1, n = 2) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?1).*(?t==4)(?2)')(t, n = 1, n = 2), sequenceCount('(?1)(?t<4).*(?2)')(t, n = 1, n = 2) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?1)(?2)(?3)(?t<60)')(t, n = 1, n = 2, n = 3), sequenceCount('.(?t>=0)')(t, n = 1, n = 2) FROM seq_events GROUP BY uid ORDER BY uid;
SELECT uid, sequenceMatch('(?3)')(t, n = 1, n = 2, n = 4), sequenceCount('(?3).*')(t, n = 1, n = 2, n = 4) FROM seq_events GROUP BY uid ORDER BY uid;

-- integer timestamps, many groups, large input
SELECT sequenceCount('(?1)(?2)')(number, number % 3 = 0, number % 3 = 1) FROM numbers(100000);
SELECT sequenceCount('(?1)(?t>=5)(?2)')(number, number % 10 = 0, number % 10 = 7) FROM numbers(100000);
SELECT sum(m), sum(c) FROM (SELECT number % 1000 AS g, sequenceMatch('(?1).*(?2)')(toUInt64(number), number % 7 = 0, number % 11 = 0) AS m,
    sequenceCount('(?2)(?t<3000)(?1)')(toUInt64(number), number % 7 = 0, number % 11 = 0) AS c FROM numbers(200000) GROUP BY g);

-- empty input, NULLs, -If, -State and -Merge
SELECT sequenceMatch('(?1)(?2)')(t, n = 1, n = 2), sequenceCount('(?1)')(t, n = 1, n = 2) FROM seq_events WHERE uid = 100;
SELECT sequenceMatch('(?1)(?2)')(number, x = 1, x = 2) FROM (SELECT number, if(number % 4 = 0, NULL, number % 3) AS x FROM numbers(20));
SELECT sequenceCountIf('(?1)(?2)')(t, n = 1, n = 2, uid != 2) FROM seq_events;
SELECT hex(sequenceMatchState('(?1)(?2)')(t, n = 1, n = 2)) FROM seq_events WHERE uid = 2;
SELECT hex(sequenceCountState('(?1)(?2)')(toUInt8(number), number = 1, number = 2)) FROM numbers(4);
SELECT sequenceCountMerge('(?1)(?2)')(s) FROM (SELECT sequenceCountState('(?1)(?2)')(t, n = 1, n = 2) AS s FROM seq_events GROUP BY uid);
SELECT sequenceMatchMerge('(?1)(?t<=2)(?2)')(s) FROM (SELECT sequenceMatchState('(?1)(?t<=2)(?2)')(number, number % 5 = 0, number % 5 = 2) AS s FROM numbers(30) GROUP BY number % 3);
DROP TABLE seq_events;

-- bad patterns, parameters and arguments
SELECT sequenceMatch('(?1')(number, number = 1, number = 2) FROM numbers(3); -- { serverError SYNTAX_ERROR }
SELECT sequenceMatch('(?x)')(number, number = 1, number = 2) FROM numbers(3); -- { serverError SYNTAX_ERROR }
SELECT sequenceMatch('(?t~1)')(number, number = 1, number = 2) FROM numbers(3); -- { serverError SYNTAX_ERROR }
SELECT sequenceMatch('x')(number, number = 1, number = 2) FROM numbers(3); -- { serverError SYNTAX_ERROR }
SELECT sequenceMatch('(?3)')(number, number = 1, number = 2) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sequenceMatch('(?1)(?t<1)(?t<2)')(number, number = 1, number = 2) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sequenceMatch()(number, number = 1, number = 2) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sequenceMatch('(?1)', '(?2)')(number, number = 1, number = 2) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sequenceMatch('(?1)')(number, number = 1) FROM numbers(3); -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
SELECT sequenceMatch('(?1)')(number, number, number = 1) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sequenceMatch('(?1)')(toInt32(number), number = 1, number = 2) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sequenceMatch(1)(number, number = 1, number = 2) FROM numbers(3); -- { serverError BAD_GET }
