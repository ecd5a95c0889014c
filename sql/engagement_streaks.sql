-- streaks(): the hand-checkable cases of doc/engagement.md and the reference vectors of the
-- SQL tutorials (gaps and islands), time zones and DST, as_of, NULL and infinite
-- timestamps, errors.  Crafted states: see sql/engagement_sessions.sql (the state is
-- internal; its reader checks magic, version, unit, as_of, zone name, runs, values).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';

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

CREATE TABLE logins (uid bigint, ts timestamptz);
INSERT INTO logins
-- user 1001: 01-01..01-03 and 01-05..01-07 -> two streaks of 3 (the earliest is the longest)
SELECT 1001, d + interval '9 hours' FROM unnest(ARRAY[date '2023-01-01', '2023-01-02', '2023-01-03',
                                                     '2023-01-05', '2023-01-06', '2023-01-07']) d
-- user 1002: 01-01, 01-03, 01-04 -> 2
UNION ALL SELECT 1002, d + interval '20 hours' FROM unnest(ARRAY[date '2023-01-01', '2023-01-03', '2023-01-04']) d
-- user 1003: twice a day on 01-09, 01-10, 01-12, 01-13 (duplicates count once), a NULL, an infinity
UNION ALL SELECT 1003, d + h * interval '1 hour' FROM unnest(ARRAY[date '2023-01-09', '2023-01-10', '2023-01-12',
                                                                  '2023-01-13']) d, (VALUES (8), (18)) h(h)
UNION ALL SELECT 1003, NULL UNION ALL SELECT 1003, 'infinity'
-- user 1004: only NULL
UNION ALL SELECT 1004, NULL;

SELECT uid, (streaks(ts, 'day', 'UTC')).* FROM logins GROUP BY uid ORDER BY uid;
-- weeks (ISO, Monday): 2023-01-01 is a Sunday, so user 1001's days span three weeks
SELECT uid, (streaks(ts, 'week', 'UTC')).* FROM logins GROUP BY uid ORDER BY uid;
SELECT (streaks(ts, 'WEEK', 'UTC')).longest FROM logins WHERE uid = 1001;

-- the current streak as of a date: {d-3, d-2, d-1} -> 3 on d (not broken until d ends), 0 on d+1;
-- add d -> 4
SELECT d AS as_of, (streaks(ts, 'day', 'UTC', d)).current, (streaks(ts, 'day', 'UTC', d)).current_start
FROM logins, (VALUES (date '2023-01-03'), ('2023-01-04'), ('2023-01-05'), ('2023-01-06'), ('2023-01-08'),
                     ('2023-01-09'), ('2022-12-31')) v(d)
WHERE uid = 1001 GROUP BY d ORDER BY d;
-- as_of changes only current and current_start
SELECT streaks(ts, 'day', 'UTC', '2023-01-02') FROM logins WHERE uid = 1001;
SELECT streaks(ts, 'week', 'UTC', '2023-01-04') FROM logins WHERE uid = 1001;
-- as_of NULL: as without as_of
SELECT streaks(ts, 'day', 'UTC', NULL) = streaks(ts, 'day', 'UTC') FROM logins WHERE uid = 1001;

-- time zones: 23:30 UTC and 00:30 UTC the next day are two UTC days, one day in Shanghai
SELECT tz, (streaks(ts, 'day', tz)).*
FROM (VALUES (timestamptz '2024-01-01 23:30+00'), ('2024-01-02 00:30+00')) t(ts),
     (VALUES ('UTC'), ('Asia/Shanghai'), ('America/Los_Angeles')) z(tz)
GROUP BY tz ORDER BY tz;
-- a zone per actor (a column) is allowed
SELECT uid, (streaks(ts, 'day', tz)).longest
FROM (VALUES (1, timestamptz '2024-01-01 23:30+00', 'UTC'), (1, '2024-01-02 00:30+00', 'UTC'),
             (2, '2024-01-01 23:30+00', 'Asia/Shanghai'), (2, '2024-01-02 00:30+00', 'Asia/Shanghai')) t(uid, ts, tz)
GROUP BY uid ORDER BY uid;
-- DST in New York: noon every local day from 03-08 to 03-12 (03-10 has 23 hours) and from
-- 11-01 to 11-05 (11-03 has 25 hours): five days each
SELECT (streaks(ts, 'day', 'America/New_York')).*
FROM generate_series(timestamp '2024-03-08 12:00', '2024-03-12 12:00', interval '1 day') l,
     LATERAL (SELECT l AT TIME ZONE 'America/New_York' AS ts) t;
SELECT (streaks(ts, 'day', 'America/New_York')).*
FROM generate_series(timestamp '2024-11-01 12:00', '2024-11-05 12:00', interval '1 day') l,
     LATERAL (SELECT l AT TIME ZONE 'America/New_York' AS ts) t;
-- the session time zone changes nothing
SET TimeZone = 'Pacific/Auckland';
SELECT uid, streaks(ts, 'day', 'UTC') FROM logins GROUP BY uid ORDER BY uid;
SET TimeZone = 'UTC';
-- no rows
SELECT streaks(ts, 'day', 'UTC') FROM logins WHERE false;
-- the far ends of the timestamp range
SELECT streaks(ts, 'day', 'UTC') FROM (VALUES (timestamptz '4713-11-24 00:00+00 BC'), ('4713-11-25 00:00+00 BC')) t(ts);
SELECT streaks(ts, 'week', 'UTC') FROM (VALUES (timestamptz '294276-12-31 23:59:59+00')) t(ts);

-- errors
SELECT pg_temp.err($$SELECT streaks(ts, NULL, 'UTC') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'day', NULL) FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'month', 'UTC') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, '', 'UTC') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'day', 'Mars/Olympus') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'day', '') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'day', 'UTC', 'infinity') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, CASE WHEN uid = 1002 THEN 'week' ELSE 'day' END, 'UTC') FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'day', CASE WHEN uid = 1002 THEN 'Europe/Berlin' ELSE 'UTC' END) FROM logins$$);
SELECT pg_temp.err($$SELECT streaks(ts, 'day', 'UTC', CASE WHEN uid = 1002 THEN date '2023-01-05' END) FROM logins$$);
