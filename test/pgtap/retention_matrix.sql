-- pgTAP: the cohort matrix (retention_matrix, retention_actor + retention_merge,
-- retention_rows / retention_array / retention_average) against plain-SQL
-- oracles on random data, for every option; parallel plans equal serial ones.
\ir helpers/setup.psql
SELECT plan(54);

SET TimeZone = 'UTC';
SELECT setseed(0.17);
-- 250 actors over 330 days (two DST changes in New York), some rows with
-- NULL or infinite timestamps, random start / return flags and integer values
CREATE TABLE act AS
SELECT (random() * 250)::bigint AS uid,
       timestamptz '2024-01-01 00:00+00' + random() * interval '330 days' AS ts,
       random() < 0.35 AS s, random() < 0.7 AS r, (random() * 100)::int AS v
FROM generate_series(1, 6000);
INSERT INTO act VALUES (1, NULL, true, true, 1), (2, 'infinity', true, true, 1),
                       (3, '-infinity', true, true, 1), (NULL, '2024-02-01', true, true, 1);
CREATE TABLE actf AS SELECT * FROM act WHERE ts IS NOT NULL AND isfinite(ts) AND uid IS NOT NULL;

-- local period index (only differences matter) and local period start
CREATE FUNCTION pg_temp.pidx(ts timestamptz, unit text, tz text, sunday boolean) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE unit
    -- real hours starting at a full local hour: shift by the offset modulo one hour
    WHEN 'hour' THEN floor((extract(epoch FROM ts)
                            + mod(mod(extract(epoch FROM (ts AT TIME ZONE tz) - (ts AT TIME ZONE 'UTC'))::bigint, 3600) + 3600, 3600))
                           / 3600)::bigint
    WHEN 'day' THEN ((ts AT TIME ZONE tz)::date - date '1970-01-01')::bigint
    WHEN 'week' THEN CASE WHEN sunday
        THEN ((date_trunc('week', (ts AT TIME ZONE tz) + interval '1 day')::date - 1 - date '1970-01-04') / 7)::bigint
        ELSE ((date_trunc('week', ts AT TIME ZONE tz)::date - date '1970-01-05') / 7)::bigint END
    ELSE ((extract(year FROM ts AT TIME ZONE tz) - 1970) * 12 + extract(month FROM ts AT TIME ZONE tz) - 1)::bigint
END $$;
CREATE FUNCTION pg_temp.pstart(ts timestamptz, unit text, tz text, sunday boolean) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE unit
    WHEN 'hour' THEN date_trunc('hour', ts AT TIME ZONE tz) AT TIME ZONE tz
    WHEN 'week' THEN CASE WHEN sunday
        THEN (date_trunc('week', (ts AT TIME ZONE tz) + interval '1 day') - interval '1 day') AT TIME ZONE tz
        ELSE date_trunc('week', ts AT TIME ZONE tz) AT TIME ZONE tz END
    ELSE date_trunc(unit, ts AT TIME ZONE tz) AT TIME ZONE tz
END $$;

-- The oracle: plain SQL over actf.  Per actor and cohort the active periods
-- k >= 0 (period 0 always) with their value sums, then the counting mode.
CREATE FUNCTION pg_temp.oracle(unit text, tz text, sunday boolean, rolling boolean, recurring boolean,
                               mode text, brackets int[], maxp int)
RETURNS TABLE (cohort timestamptz, period int, cohort_size bigint, retained bigint, value numeric)
LANGUAGE plpgsql AS $$
DECLARE
    w float8 := CASE unit WHEN 'hour' THEN 3600 WHEN 'day' THEN 86400 WHEN 'week' THEN 7 * 86400 ELSE 30 * 86400 END;
BEGIN
    DROP TABLE IF EXISTS o_cells, o_mem;
    IF recurring THEN
        CREATE TEMP TABLE o_mem AS
        SELECT DISTINCT uid, pg_temp.pidx(ts, unit, tz, sunday) AS c, pg_temp.pstart(ts, unit, tz, sunday) AS cs
        FROM actf WHERE s;
        CREATE TEMP TABLE o_cells AS
        SELECT m.uid, m.c, (pg_temp.pidx(a.ts, unit, tz, sunday) - m.c)::int AS k, a.v
        FROM o_mem m JOIN actf a ON a.uid = m.uid AND a.r AND pg_temp.pidx(a.ts, unit, tz, sunday) >= m.c;
    ELSIF rolling THEN
        CREATE TEMP TABLE o_mem AS
        SELECT uid, min(ts) AS t0, pg_temp.pidx(min(ts), unit, tz, sunday) AS c,
               pg_temp.pstart(min(ts), unit, tz, sunday) AS cs
        FROM actf WHERE s GROUP BY uid;
        CREATE TEMP TABLE o_cells AS
        SELECT m.uid, m.c, floor(extract(epoch FROM a.ts - m.t0) / w)::int AS k, a.v
        FROM o_mem m JOIN actf a ON a.uid = m.uid AND a.r AND a.ts >= m.t0;
    ELSE
        CREATE TEMP TABLE o_mem AS
        SELECT uid, pg_temp.pidx(min(ts), unit, tz, sunday) AS c, pg_temp.pstart(min(ts), unit, tz, sunday) AS cs
        FROM actf WHERE s GROUP BY uid;
        CREATE TEMP TABLE o_cells AS
        SELECT m.uid, m.c, (pg_temp.pidx(a.ts, unit, tz, sunday) - m.c)::int AS k, a.v
        FROM o_mem m JOIN actf a ON a.uid = m.uid AND a.r AND pg_temp.pidx(a.ts, unit, tz, sunday) >= m.c;
    END IF;
    INSERT INTO o_cells SELECT uid, c, 0, 0 FROM o_mem;   -- period 0 is the cohort itself
    IF mode = 'on' THEN
        RETURN QUERY
        WITH pk AS (SELECT uid, c, k, sum(o.v) AS v FROM o_cells o GROUP BY 1, 2, 3),
             sz AS (SELECT c, min(cs) AS cs, count(*) AS n FROM o_mem GROUP BY c)
        SELECT sz.cs, pk.k, sz.n, count(*), sum(pk.v)
        FROM pk JOIN sz USING (c) WHERE maxp IS NULL OR pk.k <= maxp
        GROUP BY 1, 2, 3 ORDER BY 1, 2;
    ELSIF mode = 'on_or_after' THEN
        RETURN QUERY
        WITH mx AS (SELECT uid, c, max(k) AS km FROM o_cells GROUP BY 1, 2),
             ex AS (SELECT mx.uid, mx.c, g.k,
                           (SELECT sum(o.v) FROM o_cells o WHERE o.uid = mx.uid AND o.c = mx.c AND o.k >= g.k) AS v
                    FROM mx, generate_series(0, mx.km) g(k)),
             sz AS (SELECT c, min(cs) AS cs, count(*) AS n FROM o_mem GROUP BY c)
        SELECT sz.cs, ex.k, sz.n, count(*), sum(ex.v)
        FROM ex JOIN sz USING (c) WHERE maxp IS NULL OR ex.k <= maxp
        GROUP BY 1, 2, 3 ORDER BY 1, 2;
    ELSE
        RETURN QUERY
        WITH br AS (SELECT brackets[2 * i - 1] AS lo, brackets[2 * i] AS hi
                    FROM generate_series(1, array_length(brackets, 1) / 2) i),
             pb AS (SELECT o.uid, o.c, br.lo, sum(o.v) AS v FROM o_cells o JOIN br ON o.k BETWEEN br.lo AND br.hi
                    GROUP BY 1, 2, 3),
             sz AS (SELECT c, min(cs) AS cs, count(*) AS n FROM o_mem GROUP BY c)
        SELECT sz.cs, pb.lo, sz.n, count(*), sum(pb.v)
        FROM pb JOIN sz USING (c) GROUP BY 1, 2, 3 ORDER BY 1, 2;
    END IF;
END $$;

-- ours, with the value column (per-actor lists) and without (inline bitmaps).
-- The oracle counts every period; an observation end far after the data
-- (as_of) makes every cell observed, so the counts are compared (the cells
-- not observed yet are tested in retention_observed.sql)
CREATE FUNCTION pg_temp.ours(opts text) RETURNS TABLE (cohort timestamptz, period int, cohort_size bigint,
                                                       retained bigint, value numeric)
LANGUAGE sql AS $$
SELECT cohort, period, cohort_size, retained, value::numeric
FROM retention_rows((SELECT retention_matrix(uid, ts, opts || ' as_of=2030-01-01', s, r, v) FROM act)) ORDER BY 1, 2 $$;
CREATE FUNCTION pg_temp.ours_nv(opts text) RETURNS TABLE (cohort timestamptz, period int, cohort_size bigint,
                                                          retained bigint)
LANGUAGE sql AS $$
SELECT cohort, period, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, opts || ' as_of=2030-01-01', s, r) FROM act)) ORDER BY 1, 2 $$;
CREATE FUNCTION pg_temp.oracle_nv(unit text, tz text, sunday boolean, rolling boolean, recurring boolean,
                                  mode text, brackets int[], maxp int)
RETURNS TABLE (cohort timestamptz, period int, cohort_size bigint, retained bigint)
LANGUAGE sql AS $$
SELECT cohort, period, cohort_size, retained
FROM pg_temp.oracle(unit, tz, sunday, rolling, recurring, mode, brackets, maxp) $$;

-- first-time, calendar
SELECT results_eq($$SELECT * FROM pg_temp.ours('day tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle('day', 'America/New_York', false, false, false, 'on', NULL, NULL)$$,
    'first-time, day, on, New York: equals the plain-SQL oracle');
SELECT results_eq($$SELECT * FROM pg_temp.ours('week tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle('week', 'America/New_York', false, false, false, 'on', NULL, NULL)$$,
    'first-time, ISO week (Monday), on');
SELECT results_eq($$SELECT * FROM pg_temp.ours('week week_start=sunday tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle('week', 'America/New_York', true, false, false, 'on', NULL, NULL)$$,
    'first-time, week starting Sunday, on');
SELECT results_eq($$SELECT * FROM pg_temp.ours('month tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle('month', 'America/New_York', false, false, false, 'on', NULL, NULL)$$,
    'first-time, month, on');
SELECT results_eq($$SELECT * FROM pg_temp.ours('hour tz=America/New_York max_period=300')$$,
    $$SELECT * FROM pg_temp.oracle('hour', 'America/New_York', false, false, false, 'on', NULL, 300)$$,
    'first-time, hour (across DST changes), on, max_period');
SELECT results_eq($$SELECT * FROM pg_temp.ours('hour tz=Asia/Kolkata max_period=100')$$,
    $$SELECT * FROM pg_temp.oracle('hour', 'Asia/Kolkata', false, false, false, 'on', NULL, 100)$$,
    'first-time, hour in a half-hour zone');
SELECT results_eq($$SELECT * FROM pg_temp.ours('day count=on_or_after tz=Europe/Berlin')$$,
    $$SELECT * FROM pg_temp.oracle('day', 'Europe/Berlin', false, false, false, 'on_or_after', NULL, NULL)$$,
    'first-time, day, on or after');
SELECT results_eq($$SELECT * FROM pg_temp.ours('week on_or_after max_period=5 tz=Europe/Berlin')$$,
    $$SELECT * FROM pg_temp.oracle('week', 'Europe/Berlin', false, false, false, 'on_or_after', NULL, 5)$$,
    'first-time, week, on or after, max_period');
SELECT results_eq($$SELECT * FROM pg_temp.ours('day brackets=[0,1-3,4-7,8-14,15-60] tz=Europe/Berlin')$$,
    $$SELECT * FROM pg_temp.oracle('day', 'Europe/Berlin', false, false, false, 'brackets', '{0,0,1,3,4,7,8,14,15,60}', NULL)$$,
    'first-time, day, custom brackets');
-- rolling windows (24 h, 7 d, 30 d, 1 h from the first start event)
SELECT results_eq($$SELECT * FROM pg_temp.ours('day rolling tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle('day', 'America/New_York', false, true, false, 'on', NULL, NULL)$$,
    'rolling 24-hour windows, on');
SELECT results_eq($$SELECT * FROM pg_temp.ours('week rolling count=on_or_after')$$,
    $$SELECT * FROM pg_temp.oracle('week', 'UTC', false, true, false, 'on_or_after', NULL, NULL)$$,
    'rolling 7-day windows, on or after');
SELECT results_eq($$SELECT * FROM pg_temp.ours('month rolling tz=Asia/Tokyo')$$,
    $$SELECT * FROM pg_temp.oracle('month', 'Asia/Tokyo', false, true, false, 'on', NULL, NULL)$$,
    'rolling 30-day windows, on');
SELECT results_eq($$SELECT * FROM pg_temp.ours('hour rolling brackets=[1-24,25-48,49-168]')$$,
    $$SELECT * FROM pg_temp.oracle('hour', 'UTC', false, true, false, 'brackets', '{1,24,25,48,49,168}', NULL)$$,
    'rolling 1-hour windows, brackets');
-- recurring cohorts
SELECT results_eq($$SELECT * FROM pg_temp.ours('week recurring tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle('week', 'America/New_York', false, false, true, 'on', NULL, NULL)$$,
    'recurring, week, on');
SELECT results_eq($$SELECT * FROM pg_temp.ours('day recurring on_or_after max_period=20')$$,
    $$SELECT * FROM pg_temp.oracle('day', 'UTC', false, false, true, 'on_or_after', NULL, 20)$$,
    'recurring, day, on or after');
SELECT results_eq($$SELECT * FROM pg_temp.ours('month recurring brackets=[1,2-3,4-10]')$$,
    $$SELECT * FROM pg_temp.oracle('month', 'UTC', false, false, true, 'brackets', '{1,1,2,3,4,10}', NULL)$$,
    'recurring, month, brackets');
SELECT results_eq($$SELECT * FROM pg_temp.ours('week recurring week_start=sunday max_period=4')$$,
    $$SELECT * FROM pg_temp.oracle('week', 'UTC', true, false, true, 'on', NULL, 4)$$,
    'recurring, Sunday weeks, max_period');
-- without a value column (the inline-bitmap path)
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv('day tz=America/New_York')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'America/New_York', false, false, false, 'on', NULL, NULL)$$,
    'no value column: day, on (bitmaps and overflow lists)');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv('week on_or_after')$$,
    $$SELECT * FROM pg_temp.oracle_nv('week', 'UTC', false, false, false, 'on_or_after', NULL, NULL)$$,
    'no value column: week, on or after');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv('day brackets=[1-7,8-30,31-200]')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'brackets', '{1,7,8,30,31,200}', NULL)$$,
    'no value column: day, brackets');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv('hour max_period=500 tz=Europe/London')$$,
    $$SELECT * FROM pg_temp.oracle_nv('hour', 'Europe/London', false, false, false, 'on', NULL, 500)$$,
    'no value column: hour, on');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv('day rolling')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, true, false, 'on', NULL, NULL)$$,
    'no value column: rolling days');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv('week recurring')$$,
    $$SELECT * FROM pg_temp.oracle_nv('week', 'UTC', false, false, true, 'on', NULL, NULL)$$,
    'no value column: recurring weeks');
-- rows in time order (as in an append-only log) mostly hit the cached period
SELECT results_eq($$SELECT cohort, period, cohort_size, retained, value::numeric
                    FROM retention_rows((SELECT retention_matrix(uid, ts, 'hour tz=America/New_York max_period=300 as_of=2030-01-01', s, r, v)
                                         FROM (SELECT * FROM act ORDER BY ts) o))$$,
    $$SELECT * FROM pg_temp.oracle('hour', 'America/New_York', false, false, false, 'on', NULL, 300)$$,
    'rows in time order: hours across DST changes equal the oracle');
SELECT is((SELECT ARRAY[retention_matrix(uid, ts, 'day tz=America/New_York', s, r)::text,
                        retention_matrix(uid, ts, 'week tz=America/New_York', s, r)::text,
                        retention_matrix(uid, ts, 'month tz=America/New_York', s, r)::text]
           FROM (SELECT * FROM act ORDER BY ts) o),
          (SELECT ARRAY[retention_matrix(uid, ts, 'day tz=America/New_York', s, r)::text,
                        retention_matrix(uid, ts, 'week tz=America/New_York', s, r)::text,
                        retention_matrix(uid, ts, 'month tz=America/New_York', s, r)::text]
           FROM (SELECT * FROM act ORDER BY random()) o),
          'rows in time order and in random order give the same day, week and month matrices');

-- bitmaps with a last period that matters (periods beyond are dropped or,
-- for on or after, kept as one period past it), rows in a given order
CREATE FUNCTION pg_temp.ours_nv_from(src text, opts text)
RETURNS TABLE (cohort timestamptz, period int, cohort_size bigint, retained bigint)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT cohort, period, cohort_size, retained
                                 FROM retention_rows((SELECT retention_matrix(uid, ts, %L, s, r) FROM %s))',
                                opts || ' as_of=2030-01-01', src);
END $$;
CREATE TABLE act_asc AS SELECT * FROM act ORDER BY ts;
CREATE TABLE act_desc AS SELECT * FROM act ORDER BY ts DESC;
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv_from('act_asc', 'day on_or_after max_period=10')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'on_or_after', NULL, 10)$$,
    'no value column, time order: day, on or after, max_period');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv_from('act_desc', 'day max_period=20')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'on', NULL, 20)$$,
    'no value column, reverse time order: day, on, max_period');
-- a scan that starts mid-table and wraps around (synchronized scans do): an
-- actor's late rows come before its early ones, and the periods past the last
-- one that matters must be dropped (on, brackets) or clamped (on or after)
-- before they widen an entry
CREATE TABLE act_wrap AS
SELECT * FROM act ORDER BY ts >= timestamptz '2024-06-15' DESC, ts;
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv_from('act_wrap', 'day max_period=10')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'on', NULL, 10)$$,
    'wrapped time order: day, on, max_period');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv_from('act_wrap', 'day on_or_after max_period=6')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'on_or_after', NULL, 6)$$,
    'wrapped time order: day, on or after, max_period');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv_from('act_desc', 'day on_or_after max_period=6')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'on_or_after', NULL, 6)$$,
    'reverse time order: day, on or after, max_period');
SELECT results_eq($$SELECT * FROM pg_temp.ours_nv_from('act_wrap', 'day brackets=[1-3,4-7,8-20]')$$,
    $$SELECT * FROM pg_temp.oracle_nv('day', 'UTC', false, false, false, 'brackets', '{1,3,4,7,8,20}', NULL)$$,
    'wrapped time order: day, brackets');
SELECT is((SELECT retention_matrix(uid, ts, 'day max_period=30') FROM act_wrap),
          (SELECT retention_matrix(uid, ts, 'day max_period=30') FROM act),
          'wrapped time order, no conditions (the daily bench query): same matrix as the table order');

-- no conditions: every event starts and returns
SELECT results_eq(
    $$SELECT cohort, period, cohort_size, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'week as_of=2030-01-01') FROM act))$$,
    $$WITH f AS (SELECT uid, min(date_trunc('week', ts)) AS c FROM actf GROUP BY uid),
           a AS (SELECT DISTINCT uid, date_trunc('week', ts) AS w FROM actf)
      SELECT f.c, ((a.w::date - f.c::date) / 7)::int, (SELECT count(*) FROM f f2 WHERE f2.c = f.c), count(*)
      FROM f JOIN a USING (uid) GROUP BY 1, 2 ORDER BY 1, 2$$,
    'no conditions: the analyst''s weekly query');
-- the session time zone is the default
SET TimeZone = 'Australia/Sydney';
SELECT results_eq($$SELECT * FROM pg_temp.ours('day')$$,
    $$SELECT * FROM pg_temp.oracle('day', 'Australia/Sydney', false, false, false, 'on', NULL, NULL)$$,
    'the session TimeZone is the default zone');
SET TimeZone = 'UTC';

-- two-stage plan (per actor, then merged) equals the single pass; GROUP BY
-- makes the NULL actor a group of its own, so it is filtered out as
-- retention_matrix() ignores it
SELECT is((SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'week tz=America/New_York', s, r, v) AS m
                                           FROM act WHERE uid IS NOT NULL GROUP BY uid) x),
          (SELECT retention_matrix(uid, ts, 'week tz=America/New_York', s, r, v) FROM act),
          'retention_merge(retention_actor(...) GROUP BY actor) equals retention_matrix (values)');
SELECT is((SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'day recurring on_or_after', s, r) AS m
                                           FROM act WHERE uid IS NOT NULL GROUP BY uid) x),
          (SELECT retention_matrix(uid, ts, 'day recurring on_or_after', s, r) FROM act),
          'two-stage equals single pass: recurring, on or after');
SELECT is((SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'month rolling') AS m
                                           FROM act WHERE uid IS NOT NULL GROUP BY uid) x),
          (SELECT retention_matrix(uid, ts, 'month rolling') FROM act),
          'two-stage equals single pass: rolling months');

-- readers: the 2-D array and the weighted averages against the rows
SELECT is((SELECT retention_array((SELECT retention_matrix(uid, ts, 'week') FROM act), 'rate')),
          (SELECT array_agg(r ORDER BY c) FROM (
               SELECT cohort AS c, array_agg(rate ORDER BY period) AS r
               FROM retention_rows((SELECT retention_matrix(uid, ts, 'week') FROM act), true) GROUP BY 1) x),
          'retention_array(rate) holds the rates of the rows, cohorts x periods');
SELECT results_eq(
    $$SELECT period, cohorts, cohort_size, retained, round(rate::numeric, 12), round(mean_rate::numeric, 12)
      FROM retention_average((SELECT retention_matrix(uid, ts, 'day') FROM act))$$,
    $$WITH r AS (SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'day') FROM act), true)),
           m AS (SELECT max(ts) AS last FROM actf)
      SELECT period, count(*)::int, sum(cohort_size)::bigint, sum(retained)::bigint,
             round(sum(retained)::numeric / sum(cohort_size), 12), round(avg(rate)::numeric, 12)
      FROM r, m WHERE period = 0 OR r.cohort + (period + 1) * interval '1 day' <= m.last
      GROUP BY period ORDER BY period$$,
    'retention_average: weighted and simple means over the cohorts whose period ended by the last event');

-- actor ids: dense ids live in pages, sparse ones move to a hash table,
-- negative ids work; the matrix does not depend on the ids
SELECT is((SELECT retention_matrix(uid * 1000003, ts, 'day on_or_after', s, r) FROM act),
          (SELECT retention_matrix(uid, ts, 'day on_or_after', s, r) FROM act),
          'sparse actor ids (hash table) give the same matrix as dense ones (pages)');
SELECT is((SELECT retention_matrix(uid - 130, ts, 'week', s, r, v) FROM act),
          (SELECT retention_matrix(uid, ts, 'week', s, r, v) FROM act),
          'negative actor ids give the same matrix');

-- parallel plans: Partial Aggregate, same answer as serial
CREATE TABLE big AS
SELECT (random() * 3000)::bigint AS uid, timestamptz '2024-01-01' + random() * interval '200 days' AS ts,
       random() < 0.5 AS s, (random() * 10)::int AS v
FROM generate_series(1, 120000);
ANALYZE big;
\ir helpers/serial.psql
-- 3000 sparse ids fill more than 1024 pages: the state moves to the hash table
SELECT is((SELECT retention_matrix(uid * 1000003, ts, 'day', s, true) FROM big),
          (SELECT retention_matrix(uid, ts, 'day', s, true) FROM big),
          'many sparse actor ids (moved from pages to the hash table) give the dense-id matrix');
CREATE TEMP TABLE ser AS
SELECT retention_matrix(uid * 1000003, ts, 'week') AS a,
       retention_matrix(uid, ts, 'day on_or_after', s, true, v) AS b,
       retention_matrix(uid, ts, 'day rolling brackets=[1,2-7]', s, true) AS c,
       retention_matrix(uid, ts, 'day max_period=5') AS d,
       retention_matrix(uid, ts, 'day on_or_after max_period=3', s, true) AS e,
       retention_matrix(uid, ts, 'day', s, s OR v < 8) AS f
FROM big;
-- the serialized pages carry wide actors (spans over 64 days) and, in some
-- parts, actors with returns but no start (first period 0)
SELECT ok((SELECT count(*) FROM (SELECT uid FROM big GROUP BY uid
                                 HAVING max(ts) - min(ts) > interval '70 days') x) > 100,
          'the parallel data has actors spanning more than 64 days');
CREATE TEMP TABLE ser2 AS
SELECT retention_merge(m) AS m FROM (SELECT retention_actor(ts, 'week recurring', s, true) AS m FROM big GROUP BY uid) x;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_matrix(uid, ts, 'week') FROM big$$, 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate for retention_matrix under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT ARRAY[retention_matrix(uid * 1000003, ts, 'week')::text,
                        retention_matrix(uid, ts, 'day on_or_after', s, true, v)::text,
                        retention_matrix(uid, ts, 'day rolling brackets=[1,2-7]', s, true)::text,
                        retention_matrix(uid, ts, 'day max_period=5')::text,
                        retention_matrix(uid, ts, 'day on_or_after max_period=3', s, true)::text,
                        retention_matrix(uid, ts, 'day', s, s OR v < 8)::text] FROM big$$),
          (SELECT ARRAY[a::text, b::text, c::text, d::text, e::text, f::text]::text FROM ser),
          'parallel retention_matrix equals the serial answer (bitmaps, values, rolling, limits)');
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'week recurring', s, true) AS m FROM big GROUP BY uid) x$$,
          'Partial'), 'EXPLAIN shows partial aggregation for the two-stage plan');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'week recurring', s, true) AS m
                                                                 FROM big GROUP BY uid) x$$),
          (SELECT m::text FROM ser2), 'parallel two-stage answer equals the serial one');

-- value sums that overflow float8 (issue #17 C): the serial and the parallel
-- plan raise the same 22003, whether the sum overflows in a worker's
-- transition, in the combine function or in the final function.
-- pg_temp.pgg_sqlstate(query, parallel): the SQLSTATE the query raises ('ok'
-- when none), computed with parallel workers allowed or not; ' in a worker'
-- is added when the error came from a parallel worker.
CREATE FUNCTION pg_temp.pgg_sqlstate(q text, par boolean) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    ctx text;
BEGIN
    PERFORM set_config('max_parallel_workers_per_gather', CASE WHEN par THEN '2' ELSE '0' END, true);
    EXECUTE 'CREATE TEMP TABLE pgg_sqlstate_out AS SELECT (' || q || ')::text AS v';
    DROP TABLE pgg_sqlstate_out;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT;
    RETURN SQLSTATE || CASE WHEN ctx LIKE '%parallel worker%' THEN ' in a worker' ELSE '' END;
END $$;
-- every row one actor, one day, 1e308: each worker overflows in its transition
CREATE TABLE ovw AS SELECT 1::bigint AS uid, timestamptz '2026-01-01' + i * interval '1 second' AS ts,
                           1e308::float8 AS v FROM generate_series(1, 20000) i;
-- two rows of 1e308 at both ends of the table and zeros between them: the
-- overflow is in a worker or in the leader's combine, depending on the split
CREATE TABLE ovc AS SELECT 1::bigint AS uid, timestamptz '2026-01-01' + i * interval '1 second' AS ts,
                           CASE WHEN i IN (1, 20000) THEN 1e308 ELSE 0 END::float8 AS v
                    FROM generate_series(1, 20000) i ORDER BY i;
-- one row of 1e308 per actor, all in one cohort cell: overflows in the final
CREATE TABLE ovf AS SELECT i::bigint AS uid, timestamptz '2026-01-01' + i * interval '1 second' AS ts,
                           CASE WHEN i IN (7, 19000) THEN 1e308 ELSE 0 END::float8 AS v
                    FROM generate_series(1, 20000) i ORDER BY i;
ANALYZE ovw;
ANALYZE ovc;
ANALYZE ovf;
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ovc$$, 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate for the overflowing retention_matrix');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid, ts, 'day', true, true, v / 1e300) FROM ovc$$),
          (SELECT retention_matrix(uid, ts, 'day', true, true, v / 1e300)::text FROM ovc),
          'the same query without overflow runs parallel workers and equals the serial answer');
SELECT is(pg_temp.pgg_sqlstate($$SELECT retention_matrix(uid, ts, 'period=day', true, true, v) FROM ovw$$, false),
          '22003', 'serial: a value sum of one actor''s period that overflows is 22003');
SELECT is(pg_temp.pgg_sqlstate($$SELECT retention_matrix(uid, ts, 'period=day', true, true, v) FROM ovw$$, true),
          '22003 in a worker', 'parallel: the same sum overflows in a worker''s transition, 22003');
SELECT is(replace(pg_temp.pgg_sqlstate($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ovc$$, true), ' in a worker', '')
          || ', ' || pg_temp.pgg_sqlstate($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ovc$$, false),
          '22003, 22003',
          'parallel and serial agree on 22003 for a sum that may overflow in the combine function');
SELECT is(replace(pg_temp.pgg_sqlstate($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ovf$$, true), ' in a worker', '')
          || ', ' || pg_temp.pgg_sqlstate($$SELECT retention_matrix(uid, ts, 'day', true, true, v) FROM ovf$$, false),
          '22003, 22003',
          'parallel and serial agree for a cohort cell that overflows in the final function');
SELECT is(pg_temp.pgg_sqlstate($$SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'day', true, true, v) AS m
                                                                 FROM ovf GROUP BY uid) x$$, true),
          '22003', 'parallel two-stage plan: retention_merge refuses the overflowing cell with 22003');

SELECT * FROM finish();
ROLLBACK;
