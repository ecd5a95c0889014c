-- pgTAP: clv_summary(purchase_time, amount, observation_end, unit, tz) takes the
-- days of the purchases in the time zone tz: the same rows under any session
-- TimeZone, equal to a plain-SQL oracle on (ts AT TIME ZONE tz)::date, exact on
-- DST days (23- and 25-hour days, Lord Howe's 30-minute shift), and the same
-- under a forced parallel plan.  Without tz the session TimeZone is used.
\ir helpers/setup.psql
SELECT plan(15);

SELECT setseed(0.23);
-- 300 customers, each in one of five zones, purchases through 2026 (every DST
-- change of these zones falls inside), many of them near local midnight
CREATE TABLE tz_tx AS
SELECT c.uid, c.zone,
       timestamptz '2026-01-01 00:00+00' + floor(random() * 360) * interval '1 day'
           + (ARRAY[interval '0 minutes', interval '30 minutes', interval '4 hours 30 minutes',
                    interval '11 hours', interval '13 hours 45 minutes', interval '23 hours 30 minutes'])[1 + floor(random() * 6)::int]
           AS ts,
       round((1 + random() * 99)::numeric, 2)::float8 AS amount
FROM (SELECT uid, (ARRAY['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kathmandu',
                         'Australia/Lord_Howe'])[1 + uid % 5] AS zone
      FROM generate_series(1, 300) uid) c,
     LATERAL (SELECT FROM generate_series(1, 1 + (c.uid * 7) % 23)) k;
ANALYZE tz_tx;

-- the oracle: local days by AT TIME ZONE, in plain SQL
CREATE TEMP TABLE tz_oracle AS
WITH d AS (
    SELECT uid, (ts AT TIME ZONE zone)::date AS day, sum(amount) AS tot,
           (timestamptz '2026-12-20 12:00+00' AT TIME ZONE min(zone))::date AS end_day
    FROM tz_tx WHERE ts <= timestamptz '2026-12-20 12:00+00' GROUP BY uid, 2
), r AS (
    SELECT uid, day, tot, end_day, row_number() OVER (PARTITION BY uid ORDER BY day) AS rn FROM d
)
SELECT uid, (count(*) - 1)::int AS frequency, round((max(day) - min(day)) / 7.0, 9) AS recency,
       round((min(end_day) - min(day)) / 7.0, 9) AS age,
       round(coalesce(avg(tot) FILTER (WHERE rn > 1), 0)::numeric, 6) AS monetary
FROM r GROUP BY uid;

-- the query under test, written once
CREATE FUNCTION pg_temp.tz_query() RETURNS text LANGUAGE sql AS $$
    SELECT $q$SELECT uid, (s).frequency::int, round((s).recency::numeric, 9), round((s).age::numeric, 9),
                     round((s).monetary::numeric, 6)
              FROM (SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'weeks', zone) AS s
                    FROM tz_tx GROUP BY uid) q ORDER BY uid$q$
$$;

SET LOCAL TimeZone = 'UTC';
SELECT results_eq(pg_temp.tz_query(), 'SELECT * FROM tz_oracle ORDER BY uid',
    'clv_summary(..., tz) equals the AT TIME ZONE oracle (session UTC)');
SET LOCAL TimeZone = 'Pacific/Chatham';
SELECT results_eq(pg_temp.tz_query(), 'SELECT * FROM tz_oracle ORDER BY uid',
    'clv_summary(..., tz) equals the same oracle under session TimeZone Pacific/Chatham');
SET LOCAL TimeZone = 'America/Los_Angeles';
SELECT results_eq(pg_temp.tz_query(), 'SELECT * FROM tz_oracle ORDER BY uid',
    'clv_summary(..., tz) equals the same oracle under session TimeZone America/Los_Angeles');

-- the same pinned query, two sessions' time zones, identical rows
SET LOCAL TimeZone = 'Asia/Shanghai';
CREATE TEMP TABLE tz_run_a AS
SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'days', 'Europe/Berlin') AS s
FROM tz_tx GROUP BY uid;
SET LOCAL TimeZone = 'America/Sao_Paulo';
CREATE TEMP TABLE tz_run_b AS
SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'days', 'Europe/Berlin') AS s
FROM tz_tx GROUP BY uid;
SELECT is((SELECT count(*) FROM tz_run_a a FULL JOIN tz_run_b b USING (uid) WHERE a.s IS DISTINCT FROM b.s),
          0::bigint, 'tz => Europe/Berlin: the same rows under session TimeZone Asia/Shanghai and America/Sao_Paulo');
SELECT is((SELECT count(*) FROM tz_run_a), 300::bigint, 'the pinned query returned a row per customer');

-- without tz the session TimeZone decides (documented), so the two sessions differ
SET LOCAL TimeZone = 'Asia/Shanghai';
CREATE TEMP TABLE tz_sess_a AS
SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'days') AS s FROM tz_tx GROUP BY uid;
SELECT is((SELECT count(*) FROM tz_sess_a a JOIN (SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'days', 'Asia/Shanghai') AS s
                                                 FROM tz_tx GROUP BY uid) b USING (uid) WHERE a.s IS DISTINCT FROM b.s),
          0::bigint, 'without tz, clv_summary follows the session TimeZone (= tz => the session''s zone)');
SET LOCAL TimeZone = 'America/Sao_Paulo';
SELECT ok((SELECT count(*) FROM tz_sess_a a JOIN (SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'days') AS s
                                                  FROM tz_tx GROUP BY uid) b USING (uid) WHERE a.s IS DISTINCT FROM b.s) > 0,
          'without tz, two session time zones give different summaries (why tz exists)');

-- DST days, written out: America/New_York falls back on 2026-11-01 (a 25-hour
-- day, 04:00 to 29:00 UTC) and springs forward on 2026-03-08 (23 hours)
SET LOCAL TimeZone = 'UTC';
SELECT is((SELECT clv_summary(ts, a, timestamptz '2026-11-10 00:00+00', 'days', 'America/New_York')
           FROM (VALUES (timestamptz '2026-11-01 04:30+00', 10.0::float8), ('2026-11-02 04:30+00', 5)) v(ts, a)),
          '(0,0,8,0)'::clv_summary,
          'fall back: 00:30 EDT and 23:30 EST of 2026-11-01 (24 hours apart) are one local day');
SELECT is((SELECT clv_summary(ts, a, timestamptz '2026-11-10 00:00+00', 'days', 'UTC')
           FROM (VALUES (timestamptz '2026-11-01 04:30+00', 10.0::float8), ('2026-11-02 04:30+00', 5)) v(ts, a)),
          '(1,1,9,5)'::clv_summary, 'the same purchases in UTC are two days');
SELECT is((SELECT clv_summary(ts, a, timestamptz '2026-03-09 04:30+00', 'days', 'America/New_York')
           FROM (VALUES (timestamptz '2026-03-08 05:00+00', 10.0::float8), ('2026-03-09 03:59+00', 5),
                        ('2026-03-09 04:00+00', 7)) v(ts, a)),
          '(1,1,1,7)'::clv_summary,
          'spring forward: 00:00 EST to 23:59 EDT of 2026-03-08 is one day of 23 hours; 00:00 EDT starts the next');
SELECT is((SELECT clv_summary(ts, a, timestamptz '2026-04-10 00:00+00', 'days', 'Australia/Lord_Howe')
           FROM (VALUES (timestamptz '2026-04-04 13:00+00', 10.0::float8), ('2026-04-05 12:59+00', 5),
                        ('2026-04-05 13:30+00', 7)) v(ts, a)),
          '(1,1,5,7)'::clv_summary,
          'Lord Howe (30-minute DST shift on 2026-04-05): local midnights at 13:00 and 13:30 UTC');

-- one group, two zones: refused with the names of both (22023), also in a parallel plan
SELECT throws_ok($$SELECT clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'days',
                                      CASE WHEN uid % 2 = 0 THEN 'UTC' ELSE 'Europe/Berlin' END) FROM tz_tx$$,
                 '22023', NULL, 'different time zones in one group are refused (22023)');

-- forced parallel: partial aggregation ships the zone with the state
\ir helpers/serial.psql
CREATE TEMP TABLE tz_ser AS
SELECT array_agg(x ORDER BY uid)::text AS v
FROM (SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'weeks', zone) AS s
      FROM tz_tx GROUP BY uid) x;
\ir helpers/force_parallel.psql
SET LOCAL parallel_leader_participation = off;
SELECT ok(pg_temp.pgg_plan_has($$SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'weeks', zone)
                                 FROM tz_tx GROUP BY uid$$, 'Partial'),
          'clv_summary(..., tz): EXPLAIN shows a partial aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY uid)
                                 FROM (SELECT uid, clv_summary(ts, amount, timestamptz '2026-12-20 12:00+00', 'weeks', zone) AS s
                                       FROM tz_tx GROUP BY uid) x$$),
          (SELECT v FROM tz_ser),
          'clv_summary(..., tz): the parallel summaries equal the serial ones');
SELECT throws_ok($$SELECT pg_temp.pgg_parallel('SELECT clv_summary(ts, amount, timestamptz ''2026-12-20 12:00+00'', ''days'',
                                      CASE WHEN uid % 2 = 0 THEN ''UTC'' ELSE ''Europe/Berlin'' END) FROM tz_tx')$$,
                 '22023', NULL, 'different time zones are refused under a parallel plan too (22023)');
\ir helpers/serial.psql

SELECT * FROM finish();
ROLLBACK;
