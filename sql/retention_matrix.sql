SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET extra_float_digits = 0;

-- error helper: the SQLSTATE and message of a statement
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

-- The hand-checkable example of doc/retention.md (2024-01-01 is a Monday).
CREATE TABLE ev (uid bigint, ts timestamptz, name text, amount numeric);
INSERT INTO ev VALUES
    (1, '2024-01-01 10:00', 'signup',   NULL),   -- u1: weeks 0, 1, 3
    (1, '2024-01-09 12:00', 'purchase', 10),
    (1, '2024-01-22 08:00', 'purchase', 5),
    (2, '2024-01-03 09:00', 'signup',   NULL),   -- u2: weeks 0, 1
    (2, '2024-01-04 09:00', 'purchase', 20),
    (2, '2024-01-10 09:00', 'view',     NULL),
    (3, '2024-01-07 23:00', 'signup',   NULL),   -- u3: Sunday of week 0, Monday of week 1
    (3, '2024-01-08 01:00', 'view',     NULL),
    (4, '2024-01-10 15:00', 'signup',   NULL),   -- u4: cohort of 2024-01-08
    (4, '2024-01-17 15:00', 'purchase', 7),
    (5, '2024-01-15 00:00', 'signup',   NULL);   -- u5: a single event

-- weekly, first-time, on, calendar (the defaults but the period).  The data
-- is observed until its last event (2024-01-22 08:00): the cells of weeks
-- that end later are not observed yet and read NULL (retention_observed.sql)
SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'week') FROM ev));
-- observed until March (as_of): every cell is known
SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01') FROM ev));
-- with the empty cells of the rectangle
SELECT cohort::date, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01') FROM ev), true);
-- on or after
SELECT cohort::date, period, period_end, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'period=week count=on_or_after as_of=2024-03-01') FROM ev));
-- weeks starting on Sunday: u3 now starts the week of 2024-01-07
SELECT cohort::date, period, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'period=week week_start=sunday as_of=2024-03-01') FROM ev));
-- days, with brackets 0, 1-3, 4-7, 8-30
SELECT cohort::date, period, period_end, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'period=day brackets=[0,1-3,4-7,8-30] as_of=2024-03-01') FROM ev));
-- recurring weekly cohorts: every week with a start event (here: any event)
SELECT cohort::date, period, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'week recurring as_of=2024-03-01') FROM ev));
-- start = signup, return = purchase, revenue summed per cell
SELECT cohort::date, period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01', name = 'signup', name = 'purchase', amount)
                     FROM ev), true);
-- rolling 24-hour windows from the first event: u3's Monday 01:00 is 2 hours
-- after its start, so it is day 0 (calendar: day 1)
SELECT cohort::date, period, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day rolling as_of=2024-03-01') FROM ev WHERE uid = 3));
SELECT cohort::date, period, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day as_of=2024-03-01') FROM ev WHERE uid = 3));
-- months
SELECT cohort::date, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'month as_of=2024-03-01') FROM ev));
-- the same matrix from the two-stage plan (per actor, then merged)
SELECT retention_merge(m) = (SELECT retention_matrix(uid, ts, 'week') FROM ev) AS same
FROM (SELECT retention_actor(ts, 'week') AS m FROM ev GROUP BY uid) s;
-- the 2-D array and the averages
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01') FROM ev));
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01') FROM ev), 'rate');
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01', true, true, amount) FROM ev), 'value');
SELECT period, period_end, cohorts, cohort_size, retained, round(rate::numeric, 4) AS rate,
       round(mean_rate::numeric, 4) AS mean_rate
FROM retention_average((SELECT retention_matrix(uid, ts, 'week as_of=2024-03-01') FROM ev));

-- period 0: a return before the start in the same period counts for the value
-- of period 0 (period 0 is always the whole cohort); events in periods before
-- the cohort are ignored
CREATE TABLE ev0 (uid bigint, ts timestamptz, start boolean, v float8);
INSERT INTO ev0 VALUES
    (1, '2024-01-01 08:00', false, 3),   -- before the start, same day
    (1, '2024-01-01 12:00', true,  1),   -- start
    (1, '2024-01-01 18:00', false, 2),   -- after the start, same day
    (1, '2023-12-30 12:00', false, 100), -- days before the cohort: ignored
    (1, '2024-01-02 12:00', false, 4);
SELECT period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day as_of=2024-03-01', start, true, v) FROM ev0));
-- rolling windows ignore returns before the start time
SELECT period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day rolling as_of=2024-03-01', start, true, v) FROM ev0));
-- an actor without a start event is in no cohort
SELECT count(*) FROM retention_rows((SELECT retention_matrix(uid, ts, 'day', false, true) FROM ev0));

-- NULL timestamps, NULL actors and infinite timestamps are ignored; NULL
-- conditions count as false; a NULL value adds nothing
CREATE TABLE evn (uid bigint, ts timestamptz);
INSERT INTO evn VALUES (1, '2024-01-01 10:00'), (1, NULL), (NULL, '2024-01-01 10:00'),
    (1, 'infinity'), (1, '-infinity'), (2, '-infinity'), (1, '2024-01-02 10:00');
SELECT cohort::date, period, cohort_size, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'day as_of=2024-03-01') FROM evn));
SELECT cohort::date, period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day as_of=2024-03-01', NULL, true, NULL) FROM evn));
SELECT cohort::date, period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day as_of=2024-03-01', true, true, NULL) FROM evn));
-- the earliest and latest finite timestamps
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(1, ts, 'month max_period=3 as_of="4713-06-01 00:00+00 BC"')
    FROM (VALUES (timestamptz '4714-11-24 00:00:00+00 BC'), ('4714-12-25 00:00:00+00 BC')) v(ts)));
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(1, ts, 'week')
    FROM (VALUES (timestamptz '294276-12-31 23:59:59.999999+00')) v(ts)));

-- empty input: NULL matrix, no rows
SELECT retention_matrix(uid, ts, 'week') IS NULL AS is_null FROM ev WHERE false;
SELECT count(*) FROM retention_rows((SELECT retention_matrix(uid, ts, 'week') FROM ev WHERE false));
SELECT retention_merge(m) IS NULL AS is_null FROM (SELECT NULL::float8[] AS m) s;
-- only NULL timestamps: an empty matrix
SELECT retention_matrix(uid, NULL, 'week') FROM ev;
SELECT count(*) FROM retention_rows((SELECT retention_matrix(uid, NULL, 'week') FROM ev));
SELECT retention_array((SELECT retention_matrix(uid, NULL, 'week') FROM ev));
SELECT count(*) FROM retention_average((SELECT retention_matrix(uid, NULL, 'week') FROM ev));

-- DST: Europe/Berlin switches to summer time on 2024-03-31 at 02:00 and back
-- on 2024-10-27 at 03:00.  Days and weeks follow the local calendar; hours
-- are real 60-minute hours.
CREATE TABLE evd (uid bigint, ts timestamptz);
INSERT INTO evd VALUES
    (1, '2024-03-30 12:00+01'),
    (1, '2024-03-31 01:30+01'),   -- before the change
    (1, '2024-03-31 03:30+02'),   -- one real hour later
    (1, '2024-03-31 23:30+02'),   -- 21:30 UTC: still March 31 in Berlin
    (1, '2024-04-01 00:30+02'),   -- 22:30 UTC on March 31: April 1 in Berlin
    (2, '2024-10-27 02:30+02'),   -- the repeated hour, first time
    (2, '2024-10-27 02:30+01');   -- the repeated hour, second time
SET TimeZone = 'Europe/Berlin';
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'day as_of=2025-01-01') FROM evd));
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'hour as_of=2025-01-01') FROM evd));
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'week as_of=2025-01-01') FROM evd));
-- the same days computed in UTC differ
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'day tz=UTC as_of=2025-01-01') FROM evd));
-- an explicit zone overrides the session's; zones with half-hour offsets
SET TimeZone = 'UTC';
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'day tz=Europe/Berlin as_of=2025-01-01') FROM evd));
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'hour tz=Asia/Kolkata as_of=2025-01-01') FROM evd WHERE uid = 1));
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'month tz="America/St_Johns" as_of=2025-01-01') FROM evd WHERE uid = 1));

-- errors
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'fortnight') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'period=fortnight') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'count=sometimes') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'cohort=sometimes') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'window=sliding') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'colour=blue') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week week') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'period=') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[1-3,3-7]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[4-7,1-3]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[7-4]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[1-x]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[1-3') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[1-100001]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day count=brackets') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day count=on brackets=[1-3]') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[1-3] max_period=5') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day max_period=-1') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day sunday') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week recurring rolling') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week tz=Mars/Olympus_Mons') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week tz="unterminated') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, NULL) FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, CASE WHEN uid = 1 THEN 'week' ELSE 'day' END) FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week', true, true, 'NaN') FROM ev$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week', true, true, 'infinity') FROM ev$$);
-- retention_actor shares the body of retention_matrix's transition and names itself
SELECT pg_temp.err($$SELECT retention_actor(ts, NULL) FROM ev GROUP BY uid$$);
SELECT pg_temp.err($$SELECT retention_actor(ts, CASE WHEN name = 'signup' THEN 'week' ELSE 'day' END) FROM ev GROUP BY uid$$);
SELECT pg_temp.err($$SELECT retention_actor(ts, 'week', true, true, 'NaN') FROM ev GROUP BY uid$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'hour') FROM (VALUES (1, timestamptz '2024-01-01'), (1, '2026-01-01')) v(uid, ts)$$);
-- the full error report of one case
SELECT retention_matrix(uid, ts, 'day brackets=[1-3,2-7]') FROM ev;
-- crafted or mismatched matrices
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[1, 2, 3]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[7341, 1, 3, 0, 1, 0, 1, 0, 5, 0, 2, 3]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[7341, 1, 3, 0, 1, 0, 1, 0, 5, 0]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[7341, 1, 3, 0, 1, 0, 1, 0, 5, 0, 2, NULL]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[7341, 1, 7, 0, 1, 0, 1, 0, 5, 0, 2, 1]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[7341, 1, 3, 2, 1, 0, 0, 1, 3, 1]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[7341, 1, 3, 0, 1, 0, 1, 0, 5, 1e300, 2, 1]::float8[])$$);
SELECT pg_temp.err($$SELECT * FROM retention_rows(ARRAY[[7341, 1, 3, 0], [1, 0, 0, 0]]::float8[])$$);
SELECT * FROM retention_rows(ARRAY[7341, 1, 3, 0, 1, 0, 1, 0, 5, 0, 2, 1]::float8[]);
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (VALUES ((SELECT retention_matrix(uid, ts, 'week') FROM ev)),
    ((SELECT retention_matrix(uid, ts, 'day') FROM ev))) v(m)$$);
SELECT pg_temp.err($$SELECT retention_array((SELECT retention_matrix(uid, ts, 'week') FROM ev), 'value')$$);
SELECT pg_temp.err($$SELECT retention_array((SELECT retention_matrix(uid, ts, 'week') FROM ev), 'colour')$$);
-- period distances beyond any matrix: an error without max_period, dropped with it
SELECT pg_temp.err($$SELECT retention_matrix(1, ts, 'hour') FROM (VALUES (timestamptz '4714-11-24 00:00:00+00 BC'), ('294276-12-31 23:00:00+00')) v(ts)$$);
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(1, ts, 'hour max_period=2 as_of="294276-12-31 23:59:59+00"')
    FROM (VALUES (timestamptz '4714-11-24 00:00:00+00 BC'), ('294276-12-31 23:00:00+00')) v(ts)));
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(1, ts, 'hour rolling count=on_or_after max_period=2 as_of="294276-12-31 23:59:59+00"', true, true, 1)
    FROM (VALUES (timestamptz '4714-11-24 00:00:00+00 BC'), ('294276-12-31 23:00:00+00')) v(ts)));
-- value sums that overflow float8 (issue #17 C): 22003 wherever the sum
-- happens (one actor's period, a cohort cell, on-or-after and bracket
-- columns, retention_merge), the same error on a serial and a parallel plan
CREATE TABLE ov (uid bigint, ts timestamptz, v float8);
INSERT INTO ov VALUES (1, '2026-01-01 00:00', 1e308), (1, '2026-01-01 01:00', 1e308),
                      (2, '2026-01-01 02:00', 1e308), (3, '2026-01-02 00:00', -1e308),
                      (3, '2026-01-03 00:00', -1e308), (3, '2026-01-04 00:00', -1e308),
                      (4, '2026-01-01 03:00', 7e307);
SELECT pg_temp.err($$SELECT retention_matrix(1, ts, 'period=day', true, true, 1e308) FROM ov WHERE uid = 1$$);
SELECT pg_temp.err($$SELECT retention_actor(ts, 'period=day', true, true, v) FROM ov WHERE uid = 1$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ov WHERE uid IN (2, 4, 1)$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day recurring', true, true, v) FROM ov WHERE uid = 1$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day on_or_after', true, true, v) FROM ov WHERE uid = 3$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day brackets=[1-2]', true, true, v) FROM ov WHERE uid = 3$$);
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'day', true, true, v) AS m
                                                     FROM ov WHERE uid IN (2, 4, 1) GROUP BY uid) x$$);
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (VALUES ((SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ov WHERE uid = 2)),
    ((SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ov WHERE uid = 2))) v(m)$$);
-- near the limit but finite: an ordinary answer
SELECT cohort::date, period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ov WHERE uid IN (2, 4)));
-- the full error report of one case
SELECT retention_matrix(1, ts, 'period=day', true, true, 1e308) FROM ov WHERE uid = 1;
-- the same on a parallel plan
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false) AS forced;
EXPLAIN (COSTS OFF) SELECT retention_matrix(1, ts, 'period=day', true, true, 1e308) FROM ov;
SELECT pg_temp.err($$SELECT retention_matrix(1, ts, 'period=day', true, true, 1e308) FROM ov WHERE uid = 1$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ov WHERE uid IN (2, 4, 1)$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'day on_or_after', true, true, v) FROM ov WHERE uid = 3$$);
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'day', true, true, v) AS m
                                                     FROM ov WHERE uid IN (2, 4, 1) GROUP BY uid) x$$);
SELECT cohort::date, period, cohort_size, retained, value
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ov WHERE uid IN (2, 4)));
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'off', false) AS forced;
