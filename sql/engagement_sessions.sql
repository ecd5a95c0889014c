-- sessionize() and session_stats(): the hand-checkable cases of doc/engagement.md and
-- duckdb-behavioral's own vectors, NULL and infinite timestamps, the gap boundary, errors.
--
-- Crafted states: session_stats' state is internal; its deserialize function cannot be
-- called from SQL (it runs only between parallel workers and the leader), so crafted bytes
-- cannot reach it from a test.  The reader checks magic, version, gap, run count against
-- the bytes present, varints, values within the timestamp range, run separation and the
-- number of values (src/engagement/runs.c); the round trip runs in the forced-parallel
-- tests of test/pgtap/engagement_sessions.sql.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET extra_float_digits = 0;

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    d text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(d, '') || ')', '');
END $$;

-- duckdb-behavioral's documentation example (gap 30 minutes): 1, 1, 1, 2, 2, 3
CREATE TABLE v (uid bigint, ts timestamptz);
INSERT INTO v VALUES (1, '2024-01-01 10:00'), (1, '2024-01-01 10:15'), (1, '2024-01-01 10:25'),
                     (1, '2024-01-01 11:30'), (1, '2024-01-01 11:45'), (1, '2024-01-01 13:00'),
                     -- its test file: 1, 1, 1, 2, 2
                     (2, '2024-01-01 00:00'), (2, '2024-01-01 00:05'), (2, '2024-01-01 00:10'),
                     (2, '2024-01-01 02:00'), (2, '2024-01-01 02:05'),
                     -- (00:00, NULL, 00:05): 1, NULL, 1
                     (3, '2024-01-01 00:00'), (3, NULL), (3, '2024-01-01 00:05'),
                     -- one row
                     (4, '2024-01-01 00:00'),
                     -- exactly the gap: same session; one microsecond more: a new one
                     (5, '2024-01-01 00:00'), (5, '2024-01-01 00:30'), (5, '2024-01-01 01:00:00.000001'),
                     -- ties and infinite timestamps
                     (6, '-infinity'), (6, '2024-01-01 00:00'), (6, '2024-01-01 00:00'), (6, 'infinity'),
                     -- no finite timestamp
                     (7, NULL), (7, 'infinity');
SELECT uid, ts, sessionize(ts, '30 minutes') OVER (PARTITION BY uid ORDER BY ts) AS session
FROM v ORDER BY uid, ts;
SELECT uid, (session_stats(ts, '30 minutes')).* FROM v GROUP BY uid ORDER BY uid;
-- duckdb-behavioral's unit test (gap 60 s): t = 0, 30, 120, 150, 300 s -> 3 sessions
SELECT (session_stats(timestamptz '2024-01-01' + s * interval '1 second', '60 seconds')).sessions
FROM unnest(ARRAY[0, 30, 120, 150, 300]) s;
-- the same rows in any order (the aggregate needs no ORDER BY)
SELECT session_stats(timestamptz '2024-01-01' + s * interval '1 second', '60 seconds')
FROM unnest(ARRAY[300, 0, 150, 30, 120]) s;
-- no rows at all
SELECT session_stats(ts, '1 hour') FROM v WHERE false;
-- a month counts as 30 days, a day as 24 hours
SELECT session_stats(ts, '1 mon') FROM (VALUES (timestamptz '2024-01-01'), ('2024-01-31'), ('2024-03-02')) t(ts);
-- durations split off whole days like timestamp - timestamp
SELECT session_stats(ts, '2 days') FROM (VALUES (timestamptz '2024-01-01'), ('2024-01-02 12:00'), ('2024-01-04')) t(ts);
-- a window aggregate over a running frame
SELECT ts, (session_stats(ts, '30 minutes') OVER (ORDER BY ts)).sessions FROM v WHERE uid = 1 ORDER BY ts;
-- the session time zone changes nothing, across a DST change too
SET TimeZone = 'America/New_York';
SELECT sessionize(ts, '1 hour') OVER (ORDER BY ts)
FROM (VALUES (timestamptz '2024-03-10 01:30-05'), ('2024-03-10 03:20-04'), ('2024-03-10 04:30-04')) t(ts);
RESET TimeZone;
SET TimeZone = 'UTC';

-- errors
SELECT pg_temp.err($$SELECT sessionize(ts, NULL) OVER (ORDER BY ts) FROM v$$);
SELECT pg_temp.err($$SELECT sessionize(ts, '0') OVER (ORDER BY ts) FROM v$$);
SELECT pg_temp.err($$SELECT sessionize(ts, '-5 minutes') OVER (ORDER BY ts) FROM v$$);
SELECT pg_temp.err($$SELECT sessionize(ts, '1 mon -30 days') OVER (ORDER BY ts) FROM v$$);
SELECT pg_temp.err($$SELECT sessionize(ts, '300000 years') OVER (ORDER BY ts) FROM v$$);
SELECT pg_temp.err($$SELECT sessionize(ts, CASE WHEN uid = 2 THEN interval '1 hour' ELSE '30 minutes' END)
                     OVER (ORDER BY ts) FROM v$$);
SELECT pg_temp.err($$SELECT sessionize(ts, '30 minutes') OVER (PARTITION BY uid ORDER BY ts DESC) FROM v$$);
SELECT pg_temp.err($$SELECT session_stats(ts, NULL) FROM v$$);
SELECT pg_temp.err($$SELECT session_stats(ts, '0') FROM v$$);
SELECT pg_temp.err($$SELECT session_stats(ts, '-1 day') FROM v$$);
SELECT pg_temp.err($$SELECT session_stats(ts, CASE WHEN uid = 2 THEN interval '1 hour' ELSE '30 minutes' END) FROM v$$);
-- a session longer than an interval can hold
SELECT pg_temp.err($$SELECT session_stats(ts, '155000 years')
                     FROM (VALUES (timestamptz '4713-01-01 BC'), ('145000-01-01'), ('294000-01-01')) t(ts)$$);
SELECT session_stats(ts, '155000 years')
FROM (VALUES (timestamptz '4713-01-01 BC'), ('145000-01-01')) t(ts);
