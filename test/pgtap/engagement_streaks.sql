-- pgTAP: streaks() against the gaps-and-islands oracle (distinct local days or
-- ISO weeks, minus row_number), on generated data: bigint, text and uuid
-- actors, NULL and infinite timestamps, two zones with DST (America/New_York,
-- Europe/Berlin), as_of dates, two session time zones, forced parallel plans.
\ir helpers/setup.psql
SELECT plan(24);
SELECT setseed(0.57);

-- 300 actors active on random days of 2024-02-15 .. 2024-04-15 (both DST
-- changes of New York and Berlin in March), at any hour, so that many rows
-- fall on a different local day in the two zones; stored shuffled
CREATE TABLE stk_base AS
SELECT a, timestamptz '2024-02-15 00:00+00' + floor(random() * 60) * interval '1 day'
          + floor(random() * 1440) * interval '1 minute' AS ts
FROM generate_series(1, 300) a, generate_series(1, 3 + a % 50) k
WHERE random() < 0.9
UNION ALL  -- long runs: actors 1..30 every day for 1 + 2a days from a day of their own
SELECT a, timestamptz '2024-03-01 23:30+00' + (a % 9) * interval '1 day' + d * interval '1 day'
FROM generate_series(1, 30) a, generate_series(0, 2 * a) d
UNION ALL
SELECT a, NULL FROM generate_series(1, 300, 7) a
UNION ALL
SELECT a, 'infinity' FROM generate_series(2, 300, 17) a
UNION ALL
SELECT 1001, NULL;

CREATE TABLE stk_ev AS
SELECT a::bigint AS actor_b, 'user-' || a AS actor_t, md5(a::text)::uuid AS actor_u, ts
FROM (SELECT * FROM stk_base ORDER BY random()) s;
ANALYZE stk_ev;

CREATE TABLE stk_cfg(unit text, tz text, step int);
INSERT INTO stk_cfg VALUES ('day', 'America/New_York', 1), ('day', 'Europe/Berlin', 1),
                           ('week', 'America/New_York', 7), ('week', 'Europe/Berlin', 7);

-- the oracle: distinct local periods (first day of the period), islands by
-- period minus row_number
CREATE VIEW stk_periods AS
SELECT DISTINCT unit, tz, step, actor_b,
       CASE unit WHEN 'day' THEN (ts AT TIME ZONE tz)::date
                 ELSE date_trunc('week', ts AT TIME ZONE tz)::date END AS p
FROM stk_ev, stk_cfg WHERE isfinite(ts);
CREATE TABLE stk_islands AS
SELECT unit, tz, step, actor_b, min(p) AS s, max(p) AS e, count(*)::int AS len
FROM (SELECT *, p - step * row_number() OVER (PARTITION BY unit, tz, actor_b ORDER BY p)::int AS grp
      FROM stk_periods) q
GROUP BY unit, tz, step, actor_b, grp;
CREATE INDEX ON stk_islands (unit, tz, actor_b);
ANALYZE stk_islands;
CREATE TABLE stk_oracle AS
SELECT unit, tz, actor_b,
       max(len) AS longest,
       (array_agg(s ORDER BY len DESC, s))[1] AS longest_start,
       (array_agg(len ORDER BY e DESC))[1] AS current,
       (array_agg(s ORDER BY e DESC))[1] AS current_start,
       sum(len)::int AS active_periods, min(s) AS first_active, max(e) AS last_active
FROM stk_islands GROUP BY unit, tz, actor_b;

-- the current streak as of d: the island holding d's period, counted up to
-- it, or the island ending the period before
CREATE FUNCTION pg_temp.stk_current(unit text, tz text, actor bigint, d date, OUT current int, OUT current_start date)
LANGUAGE sql STABLE AS $$
    WITH p AS (SELECT CASE unit WHEN 'day' THEN d ELSE date_trunc('week', d)::date END AS p,
                      CASE unit WHEN 'day' THEN 1 ELSE 7 END AS step)
    SELECT coalesce(max(((least(i.e, p.p) - i.s) / p.step + 1)::int), 0), max(i.s)
    FROM stk_islands i, p
    WHERE i.unit = $1 AND i.tz = $2 AND i.actor_b = $3 AND i.s <= p.p AND i.e >= p.p - p.step
$$;

CREATE VIEW stk_result AS
SELECT unit, tz, actor_b, (s).*
FROM (SELECT unit, tz, actor_b, streaks(ts, unit, tz) AS s FROM stk_ev, stk_cfg GROUP BY unit, tz, actor_b) q
WHERE (s).longest IS NOT NULL;

SELECT set_eq('SELECT * FROM stk_result', 'SELECT * FROM stk_oracle',
    'streaks: every actor, unit (day, week) and zone (New York, Berlin) as the gaps-and-islands oracle');

SELECT is((SELECT count(*)::int FROM stk_oracle o1 JOIN stk_oracle o2 USING (unit, actor_b)
           WHERE unit = 'day' AND o1.tz = 'America/New_York' AND o2.tz = 'Europe/Berlin'
             AND o1.active_periods <> o2.active_periods) > 20, true,
    'the two zones give different days for many actors (the data tests the zone)');

SELECT set_eq(
    $$SELECT actor_t, streaks(ts, 'day', 'America/New_York')::text FROM stk_ev GROUP BY actor_t$$,
    $$SELECT 'user-' || actor_b, streaks(ts, 'day', 'America/New_York')::text FROM stk_ev GROUP BY actor_b$$,
    'streaks: text actors');
SELECT set_eq(
    $$SELECT actor_u, streaks(ts, 'week', 'Europe/Berlin')::text FROM stk_ev GROUP BY actor_u$$,
    $$SELECT md5(actor_b::text)::uuid, streaks(ts, 'week', 'Europe/Berlin')::text FROM stk_ev GROUP BY actor_b$$,
    'streaks: uuid actors');
SELECT set_eq(
    $$SELECT actor_b, streaks(ts, 'day', 'Europe/Berlin')::text FROM (SELECT * FROM stk_ev ORDER BY ts) o GROUP BY actor_b$$,
    $$SELECT actor_b, streaks(ts, 'day', 'Europe/Berlin')::text FROM stk_ev GROUP BY actor_b$$,
    'streaks: rows in time order give the same result as shuffled rows');
SELECT is((SELECT streaks(ts, 'day', 'UTC') FROM stk_ev WHERE actor_b = 1001), NULL,
    'streaks: NULL for an actor without a finite timestamp');

-- as_of: before, inside and after the data, per unit and zone
SELECT set_eq(
    $$SELECT unit, tz, actor_b, (s).current, (s).current_start
      FROM (SELECT unit, tz, actor_b, d, streaks(ts, unit, tz, d) AS s
            FROM stk_ev, stk_cfg, (VALUES (date '2024-03-10'), ('2024-03-31'), ('2024-04-13'), ('2024-01-01'), ('2024-06-01')) v(d)
            GROUP BY unit, tz, actor_b, d) q WHERE (s).longest IS NOT NULL$$,
    $$SELECT unit, tz, actor_b, (pg_temp.stk_current(unit, tz, actor_b, d)).*
      FROM (SELECT DISTINCT unit, tz, actor_b FROM stk_islands) a,
           (VALUES (date '2024-03-10'), ('2024-03-31'), ('2024-04-13'), ('2024-01-01'), ('2024-06-01')) v(d)$$,
    'streaks(..., as_of): the current streak as the oracle, five dates');
SELECT set_eq(
    $$SELECT actor_b, (s).longest, (s).longest_start, (s).active_periods, (s).first_active, (s).last_active
      FROM (SELECT actor_b, streaks(ts, 'day', 'Europe/Berlin', '2024-03-05') AS s FROM stk_ev GROUP BY actor_b) q
      WHERE (s).longest IS NOT NULL$$,
    $$SELECT actor_b, longest, longest_start, active_periods, first_active, last_active
      FROM stk_oracle WHERE unit = 'day' AND tz = 'Europe/Berlin'$$,
    'as_of changes only the current streak');

-- the distribution over actors in one query
SELECT results_eq(
    $$SELECT (s).longest, count(*) FROM (SELECT actor_b, streaks(ts, 'day', 'America/New_York') s
                                        FROM stk_ev GROUP BY actor_b) q WHERE (s).longest IS NOT NULL GROUP BY 1 ORDER BY 1$$,
    $$SELECT longest, count(*) FROM stk_oracle WHERE unit = 'day' AND tz = 'America/New_York' GROUP BY 1 ORDER BY 1$$,
    'actors per longest streak as the oracle');

-- DST: New York's 23-hour 2024-03-10 and 25-hour 2024-11-03 are one day each
SELECT is((SELECT streaks(t, 'day', 'America/New_York')::text
           FROM generate_series(timestamptz '2024-03-08 00:30-05', '2024-03-12 00:30-04', interval '1 hour') t),
          '(5,2024-03-08,5,2024-03-08,5,2024-03-08,2024-03-12)', 'DST spring forward: hourly rows over 5 local days are 5 days');
SELECT is((SELECT streaks(t, 'day', 'America/New_York')::text
           FROM (VALUES (timestamptz '2024-11-02 23:59-04'), ('2024-11-03 00:00-04'), ('2024-11-03 23:59-05'),
                        ('2024-11-04 00:00-05')) v(t)),
          '(3,2024-11-02,3,2024-11-02,3,2024-11-02,2024-11-04)', 'DST fall back: the 25-hour day is one day');
SELECT is((SELECT (streaks(t, 'day', 'America/New_York')).longest
           FROM (VALUES (timestamptz '2024-03-09 23:30-05'), ('2024-03-11 00:30-04')) v(t)),
          1, 'rows 24 hours apart across the 23-hour day are two days apart: no streak');
SELECT is((SELECT (streaks(t, 'day', 'America/New_York')).longest
           FROM (VALUES (timestamptz '2024-11-03 00:30-04'), ('2024-11-04 00:10-05')) v(t)),
          2, 'rows 24 h 40 min apart across the 25-hour day are on consecutive days');

-- the session time zone changes nothing once tz is given
CREATE TEMP TABLE stk_utc AS SELECT * FROM stk_result;
SET LOCAL TimeZone = 'Asia/Kolkata';
SELECT set_eq('SELECT * FROM stk_result', 'SELECT * FROM stk_utc', 'streaks: same under TimeZone Asia/Kolkata');
RESET TimeZone;

-- forced parallel plans: Partial Aggregate, same answers as serial
\ir helpers/serial.psql
CREATE TEMP TABLE stk_serial AS
SELECT string_agg(actor_b || ':' || s::text, ',' ORDER BY actor_b) AS v
FROM (SELECT actor_b, streaks(ts, 'day', 'America/New_York', '2024-03-20') AS s FROM stk_ev GROUP BY actor_b) q;
CREATE TEMP TABLE stk_serial_u AS
SELECT string_agg(actor_u || ':' || s::text, ',' ORDER BY actor_u) AS v
FROM (SELECT actor_u, streaks(ts, 'week', 'Europe/Berlin') AS s FROM stk_ev GROUP BY actor_u) q;
CREATE TEMP TABLE stk_serial_1 AS
SELECT streaks(ts, 'day', 'Europe/Berlin')::text AS v FROM stk_ev WHERE actor_b = 30;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT actor_b, streaks(ts, 'day', 'UTC') FROM stk_ev GROUP BY actor_b$$, 'Partial'),
          'EXPLAIN shows a partial aggregate (per actor) under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_b || ':' || s::text, ',' ORDER BY actor_b)
                                 FROM (SELECT actor_b, streaks(ts, 'day', 'America/New_York', '2024-03-20') AS s
                                       FROM stk_ev GROUP BY actor_b) q$$),
          (SELECT v FROM stk_serial), 'parallel per-actor answers equal the serial ones (bigint actors, as_of)');
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_u || ':' || s::text, ',' ORDER BY actor_u)
                                 FROM (SELECT actor_u, streaks(ts, 'week', 'Europe/Berlin') AS s FROM stk_ev GROUP BY actor_u) q$$),
          (SELECT v FROM stk_serial_u), 'parallel per-actor answers equal the serial ones (uuid actors, weeks)');
SELECT ok(pg_temp.pgg_plan_has($$SELECT streaks(ts, 'day', 'Europe/Berlin') FROM stk_ev WHERE actor_b = 30$$,
                               'Partial Aggregate'), 'one actor: Partial Aggregate');
SELECT is(pg_temp.pgg_parallel($$SELECT streaks(ts, 'day', 'Europe/Berlin') FROM stk_ev WHERE actor_b = 30$$),
          (SELECT v FROM stk_serial_1), 'one actor split over workers: combine equals serial');
SELECT is((SELECT v FROM stk_serial_1),
          (SELECT format('(%s,%s,%s,%s,%s,%s,%s)', longest, longest_start, current, current_start,
                         active_periods, first_active, last_active)
           FROM stk_oracle WHERE unit = 'day' AND tz = 'Europe/Berlin' AND actor_b = 30),
          'and equals the oracle');

-- the finalize reads every partial state into one scratch state per call
-- site: a finalize spilling to disk and a sorted finalize give the serial
-- answers too
SET LOCAL work_mem = '64kB';
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_b || ':' || s::text, ',' ORDER BY actor_b)
                                 FROM (SELECT actor_b, streaks(ts, 'day', 'America/New_York', '2024-03-20') AS s
                                       FROM stk_ev GROUP BY actor_b) q$$),
          (SELECT v FROM stk_serial), 'parallel, finalize spilling to disk: equal to the serial answers');
RESET work_mem;
SET LOCAL enable_hashagg = off;
SELECT ok(pg_temp.pgg_plan_has($$SELECT actor_u, streaks(ts, 'week', 'Europe/Berlin') FROM stk_ev GROUP BY actor_u$$,
                               'Finalize GroupAggregate'), 'without hashing: a sorted finalize');
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_u || ':' || s::text, ',' ORDER BY actor_u)
                                 FROM (SELECT actor_u, streaks(ts, 'week', 'Europe/Berlin') AS s FROM stk_ev GROUP BY actor_u) q$$),
          (SELECT v FROM stk_serial_u), 'parallel, sorted finalize: equal to the serial answers');
RESET enable_hashagg;

-- days after the last streak's start come in order; earlier ones are queued
-- and merged at the end: the queued days (March 3 to 9 and March 11, 12)
-- bridge the streaks March 1-2, March 10 and March 13-14 into one
\ir helpers/serial.psql
SELECT is((SELECT streaks(ts, 'day', 'UTC' ORDER BY k)::text
           FROM (SELECT k, timestamptz '2024-03-01 12:00+00' + (d - 1) * interval '1 day' AS ts
                 FROM unnest(ARRAY[1, 2, 10, 13, 14, 3, 4, 5, 6, 7, 8, 9, 11, 12]) WITH ORDINALITY u(d, k)) r),
          '(14,2024-03-01,14,2024-03-01,14,2024-03-01,2024-03-14)',
          'queued days that bridge three streaks merge them into one');

SELECT * FROM finish();
ROLLBACK;
