-- pgTAP: cells not observed yet (NULL) against a plain-SQL oracle of period
-- ends in a DST zone; pinned zones give the same matrix under any session
-- zone, serial and parallel; observation ends through merges.
\ir helpers/setup.psql
SELECT plan(12);

SET TimeZone = 'UTC';
SELECT setseed(0.53);
CREATE TABLE obs AS
SELECT (random() * 800)::bigint AS uid, timestamptz '2024-01-01 00:00+00' + random() * interval '300 days' AS ts,
       random() < 0.5 AS s
FROM generate_series(1, 30000);
ANALYZE obs;

-- the oracle: a cell (cohort, period > 0) is NULL exactly when the local
-- period after it starts after the last event
CREATE FUNCTION pg_temp.unobserved(opts text, unit interval, tz text)
RETURNS TABLE (cohort timestamptz, period int) LANGUAGE sql AS $$
SELECT r.cohort, r.period
FROM retention_rows((SELECT retention_matrix(uid, ts, opts) FROM obs), true) r
WHERE r.period > 0
  AND ((r.cohort AT TIME ZONE tz) + (r.period + 1) * unit) AT TIME ZONE tz > (SELECT max(ts) FROM obs)
ORDER BY 1, 2 $$;
SELECT results_eq(
    $$SELECT cohort, period FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=America/New_York') FROM obs), true)
      WHERE retained IS NULL ORDER BY 1, 2$$,
    $$SELECT * FROM pg_temp.unobserved('week tz=America/New_York', interval '1 week', 'America/New_York')$$,
    'NULL cells are those whose local week ends after the last event (New York, DST)');
SELECT results_eq(
    $$SELECT cohort, period FROM retention_rows((SELECT retention_matrix(uid, ts, 'month tz=Europe/Berlin') FROM obs), true)
      WHERE retained IS NULL ORDER BY 1, 2$$,
    $$SELECT * FROM pg_temp.unobserved('month tz=Europe/Berlin', interval '1 month', 'Europe/Berlin')$$,
    'NULL cells are those whose local month ends after the last event (Berlin, DST)');
SELECT results_eq(
    $$SELECT cohort, period FROM retention_rows((SELECT retention_matrix(uid, ts, 'day tz=Australia/Sydney max_period=60') FROM obs), true)
      WHERE retained IS NULL ORDER BY 1, 2$$,
    $$SELECT * FROM pg_temp.unobserved('day tz=Australia/Sydney max_period=60', interval '1 day', 'Australia/Sydney')$$,
    'NULL cells are those whose local day ends after the last event (Sydney, DST)');
SELECT ok((SELECT count(*) FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=America/New_York') FROM obs), true)
           WHERE retained IS NULL) > 10, 'the data has cells not observed yet');
-- an as_of after the data: no NULL cell; an earlier one: the same rule
SELECT is((SELECT count(*) FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=America/New_York as_of=2025-06-01') FROM obs), true)
           WHERE retained IS NULL), 0::bigint, 'observed until after the data: every cell known');
SELECT is((SELECT retention_matrix(uid, ts, 'week tz=America/New_York as_of=2024-06-01') FROM obs),
          (SELECT retention_matrix(uid, ts, 'week tz=America/New_York as_of=2024-06-01') FROM obs WHERE ts < '2024-06-01 04:00+00'),
          'as_of ignores the rows at or after it (2024-06-01 local = 04:00 UTC)');
-- the average counts the observed cohorts of each period
SELECT results_eq(
    $$SELECT period, cohorts FROM retention_average((SELECT retention_matrix(uid, ts, 'week tz=America/New_York') FROM obs))$$,
    $$SELECT period, count(*)::int FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=America/New_York') FROM obs), true)
      WHERE retained IS NOT NULL GROUP BY period ORDER BY period$$,
    'retention_average: cohorts = the observed cells of each period');

-- the two-stage form records the same observation end (the later last event)
SELECT is((SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'week tz=America/New_York', s, true) AS m
                                           FROM obs GROUP BY uid) x),
          (SELECT retention_matrix(uid, ts, 'week tz=America/New_York', s, true) FROM obs),
          'two-stage equals single pass, observation end included');

-- pinned: the same matrix under other session zones, serial and parallel
CREATE TEMP TABLE ser AS SELECT retention_matrix(uid, ts, 'week tz=America/New_York', s, true)::text AS m FROM obs;
\ir helpers/force_parallel.psql
SET TimeZone = 'Asia/Shanghai';
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_matrix(uid, ts, 'week tz=America/New_York', s, true) FROM obs$$,
                               'Partial Aggregate'), 'EXPLAIN shows a Partial Aggregate');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid, ts, 'week tz=America/New_York', s, true) FROM obs$$),
          (SELECT m FROM ser), 'pinned tz: a parallel plan in a Shanghai session equals the serial UTC-session matrix');
SET TimeZone = 'Pacific/Chatham';
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid, ts, 'week tz=America/New_York', s, true) FROM obs$$),
          (SELECT m FROM ser), 'pinned tz: the same in a Chatham session');
SELECT isnt(pg_temp.pgg_parallel($$SELECT retention_matrix(uid, ts, 'week', s, true) FROM obs$$),
            (SELECT m FROM ser), 'unpinned: the session zone decides');
RESET TimeZone;

SELECT * FROM finish();
ROLLBACK;
