-- pgTAP: sessionize() and session_stats() against a plain-SQL oracle (a new
-- session where ts - lag(ts) > gap), on generated data: bigint, text and uuid
-- actors, NULL and infinite timestamps, ties, rows exactly one gap apart, rows
-- in and out of time order, two session time zones, forced parallel plans.
\ir helpers/setup.psql
SELECT plan(25);
SELECT setseed(0.31);

-- 400 actors; actor a has 1 + a % 37 rows (actor 7 has 5,000) spread over a
-- few days in bursts, some rows exactly 30 minutes or 1 hour after another,
-- some duplicates; stored shuffled (random order), so transition functions
-- see rows out of time order and parallel workers hold interleaved rows
CREATE TABLE sess_base AS
WITH r AS (
    SELECT a, k,
           timestamptz '2024-03-08 00:00+00'
             + ((a * 7919 + k * 104729) % 5) * interval '1 day'
             + (floor(random() * 40) * interval '17 minutes')
             + (CASE WHEN random() < 0.1 THEN interval '0' ELSE floor(random() * 120) * interval '1 second' END) AS ts
    FROM generate_series(1, 400) a, generate_series(1, 1 + a % 37) k
    UNION ALL
    SELECT 7, k, timestamptz '2024-03-01 00:00+00' + floor(random() * 20000) * interval '1 minute'
    FROM generate_series(1, 5000) k)
SELECT a, ts FROM r
UNION ALL  -- exact-gap pairs: 30 minutes and 1 hour after an existing row
SELECT a, ts + interval '30 minutes' FROM r WHERE k = 1 AND a % 3 = 0
UNION ALL
SELECT a, ts + interval '1 hour' FROM r WHERE k = 1 AND a % 5 = 0
UNION ALL  -- duplicates
SELECT a, ts FROM r WHERE k = 2 AND a % 4 = 0
UNION ALL  -- NULL and infinite timestamps
SELECT a, NULL FROM generate_series(1, 400, 9) a
UNION ALL
SELECT a, 'infinity' FROM generate_series(2, 400, 11) a
UNION ALL
SELECT a, '-infinity' FROM generate_series(3, 400, 13) a
UNION ALL  -- actors with no finite timestamp at all
SELECT 1001, NULL UNION ALL SELECT 1002, 'infinity';

CREATE TABLE sess_ev AS
SELECT row_number() OVER () AS id, a::bigint AS actor_b, 'user-' || a AS actor_t,
       md5(a::text)::uuid AS actor_u, ts
FROM (SELECT * FROM sess_base ORDER BY random()) s;
ANALYZE sess_ev;

CREATE TABLE gaps(g interval);
INSERT INTO gaps VALUES ('30 minutes'), ('1 hour'), ('1 day'), ('1 mon');

-- the oracle: a new session at the first finite row and where ts - lag(ts) > gap
CREATE VIEW sess_oracle AS
SELECT g, id, actor_b, ts, sum(new::int) OVER (PARTITION BY g, actor_b ORDER BY ts, id) AS session
FROM (SELECT g, id, actor_b, ts,
             coalesce(ts - lag(ts) OVER (PARTITION BY g, actor_b ORDER BY ts, id) > g, true) AS new
      FROM sess_ev, gaps WHERE isfinite(ts)) s;

CREATE VIEW sess_oracle_stats AS
SELECT g, actor_b, count(*)::bigint AS sessions,
       sum(extract(epoch FROM d)) AS total_s, max(extract(epoch FROM d)) AS longest_s,
       sum(n)::bigint AS events, sum(n)::float8 / count(*) AS eps
FROM (SELECT g, actor_b, session, max(ts) - min(ts) AS d, count(*) AS n
      FROM sess_oracle GROUP BY g, actor_b, session) s
GROUP BY g, actor_b;

-- sessionize, bigint actors: finite rows as the oracle, NULL and infinite rows NULL
SELECT bag_eq(
    $$SELECT g, id, sessionize(ts, g) OVER (PARTITION BY g, actor_b ORDER BY ts) FROM sess_ev, gaps WHERE isfinite(ts)
      UNION ALL
      SELECT g, id, s FROM (SELECT g, id, ts, sessionize(ts, g) OVER (PARTITION BY g, actor_b ORDER BY ts) AS s
                            FROM sess_ev, gaps) q WHERE NOT coalesce(isfinite(ts), false)$$,
    $$SELECT g, id, session FROM sess_oracle
      UNION ALL
      SELECT g, id, NULL::bigint FROM sess_ev, gaps WHERE NOT coalesce(isfinite(ts), false)$$,
    'sessionize: every row as the LAG oracle (4 gaps, bigint actors), NULL for NULL and infinite ts');

-- NULL and infinite rows sort anywhere without changing the numbers of the others
SELECT bag_eq(
    $$SELECT id, s FROM (SELECT id, ts, sessionize(ts, '30 minutes') OVER (PARTITION BY actor_b ORDER BY ts NULLS FIRST) AS s
                         FROM sess_ev) q WHERE isfinite(ts)$$,
    $$SELECT id, session FROM sess_oracle WHERE g = '30 minutes'$$,
    'sessionize: NULLS FIRST gives the same numbers');

SELECT bag_eq(
    $$SELECT id, sessionize(ts, '1 hour') OVER (PARTITION BY actor_t ORDER BY ts) FROM sess_ev WHERE isfinite(ts)$$,
    $$SELECT id, session FROM sess_oracle WHERE g = '1 hour'$$,
    'sessionize: text actors');
SELECT bag_eq(
    $$SELECT id, sessionize(ts, '1 hour') OVER (PARTITION BY actor_u ORDER BY ts) FROM sess_ev WHERE isfinite(ts)$$,
    $$SELECT id, session FROM sess_oracle WHERE g = '1 hour'$$,
    'sessionize: uuid actors');

-- session_stats per actor: the oracle's sessions, durations, rows
CREATE VIEW sess_stats_b AS
SELECT g, actor_b, (s).sessions, extract(epoch FROM (s).total_duration) AS total_s,
       extract(epoch FROM (s).longest_duration) AS longest_s, (s).events, (s).events_per_session AS eps
FROM (SELECT g, actor_b, session_stats(ts, g) AS s FROM sess_ev, gaps GROUP BY g, actor_b) q
WHERE s IS NOT NULL;
SELECT set_eq('SELECT * FROM sess_stats_b', 'SELECT * FROM sess_oracle_stats',
    'session_stats: every actor and gap as the oracle (shuffled rows)');

SELECT set_eq(
    $$SELECT actor_b, session_stats(ts, '1 hour')::text FROM (SELECT * FROM sess_ev ORDER BY ts) o GROUP BY actor_b$$,
    $$SELECT actor_b, session_stats(ts, '1 hour')::text FROM sess_ev GROUP BY actor_b$$,
    'session_stats: rows in time order give the same result as shuffled rows');

SELECT set_eq(
    $$SELECT actor_t, session_stats(ts, '30 minutes')::text FROM sess_ev GROUP BY actor_t$$,
    $$SELECT 'user-' || actor_b, session_stats(ts, '30 minutes')::text FROM sess_ev GROUP BY actor_b$$,
    'session_stats: text actors');
SELECT set_eq(
    $$SELECT actor_u, session_stats(ts, '30 minutes')::text FROM sess_ev GROUP BY actor_u$$,
    $$SELECT md5(actor_b::text)::uuid, session_stats(ts, '30 minutes')::text FROM sess_ev GROUP BY actor_b$$,
    'session_stats: uuid actors');

SELECT is((SELECT count(DISTINCT actor_b)::int FROM sess_ev WHERE actor_b IN (1001, 1002)),
          2, 'two actors have no finite timestamp');
SELECT is_empty(
    $$SELECT actor_b FROM (SELECT actor_b, session_stats(ts, '1 hour') AS s FROM sess_ev
                          WHERE actor_b IN (1001, 1002) GROUP BY actor_b) q WHERE s IS NOT NULL$$,
    'session_stats: NULL for an actor without a finite timestamp');

-- the number of sessions equals the largest sessionize number
SELECT set_eq(
    $$SELECT actor_b, max(s) FROM (SELECT actor_b, sessionize(ts, '30 minutes') OVER (PARTITION BY actor_b ORDER BY ts) AS s
                                   FROM sess_ev) q GROUP BY actor_b HAVING max(s) IS NOT NULL$$,
    $$SELECT actor_b, (session_stats(ts, '30 minutes')).sessions FROM sess_ev GROUP BY actor_b
      HAVING (session_stats(ts, '30 minutes')).sessions IS NOT NULL$$,
    'session_stats.sessions = max(sessionize) per actor');

-- the distribution the bench shows, against the oracle
SELECT results_eq(
    $$SELECT (s).sessions::int, count(*) FROM (SELECT actor_b, session_stats(ts, '30 minutes') AS s FROM sess_ev
                                          GROUP BY actor_b) q WHERE s IS NOT NULL GROUP BY 1 ORDER BY 1$$,
    $$SELECT sessions::int, count(*) FROM sess_oracle_stats WHERE g = '30 minutes' GROUP BY 1 ORDER BY 1$$,
    'actors per number of sessions as the oracle');

-- the session time zone changes nothing (sessions are measured in elapsed time)
CREATE TEMP TABLE sess_utc AS
SELECT actor_b, session_stats(ts, '1 day')::text AS s FROM sess_ev GROUP BY actor_b;
SET LOCAL TimeZone = 'America/New_York';
SELECT set_eq($$SELECT actor_b, session_stats(ts, '1 day')::text FROM sess_ev GROUP BY actor_b$$,
              'SELECT * FROM sess_utc', 'session_stats: same under TimeZone America/New_York');
SELECT bag_eq(
    $$SELECT id, sessionize(ts, '1 hour') OVER (PARTITION BY actor_b ORDER BY ts) FROM sess_ev WHERE isfinite(ts)$$,
    $$SELECT id, session FROM sess_oracle WHERE g = '1 hour'$$,
    'sessionize: same under TimeZone America/New_York');
RESET TimeZone;

-- moving frames: session_stats as a window aggregate over a running frame
-- equals the aggregate over the prefix
SELECT is_empty(
    $$SELECT * FROM (
        SELECT id, session_stats(ts, '30 minutes') OVER (ORDER BY ts, id) AS w,
               (SELECT session_stats(e2.ts, '30 minutes') FROM sess_ev e2
                WHERE e2.actor_b = 12 AND (e2.ts, e2.id) <= (e1.ts, e1.id)) AS p
        FROM sess_ev e1 WHERE actor_b = 12 AND isfinite(ts)) q
      WHERE w IS DISTINCT FROM p$$,
    'session_stats OVER (ORDER BY ts): every row equals the aggregate of its prefix');

-- forced parallel plans: Partial Aggregate, same answers as serial
\ir helpers/serial.psql
CREATE TEMP TABLE sess_serial AS
SELECT string_agg(actor_b || ':' || s::text, ',' ORDER BY actor_b) AS v
FROM (SELECT actor_b, session_stats(ts, '30 minutes') AS s FROM sess_ev GROUP BY actor_b) q;
CREATE TEMP TABLE sess_serial_t AS
SELECT string_agg(actor_t || ':' || s::text, ',' ORDER BY actor_t) AS v
FROM (SELECT actor_t, session_stats(ts, '1 hour') AS s FROM sess_ev GROUP BY actor_t) q;
CREATE TEMP TABLE sess_serial_1 AS
SELECT session_stats(ts, '1 day')::text AS v FROM sess_ev WHERE actor_b = 7;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT actor_b, session_stats(ts, '30 minutes') FROM sess_ev GROUP BY actor_b$$,
                               'Partial'), 'EXPLAIN shows a partial aggregate (per actor) under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_b || ':' || s::text, ',' ORDER BY actor_b)
                                 FROM (SELECT actor_b, session_stats(ts, '30 minutes') AS s FROM sess_ev GROUP BY actor_b) q$$),
          (SELECT v FROM sess_serial), 'parallel per-actor answers equal the serial ones (bigint actors)');
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_t || ':' || s::text, ',' ORDER BY actor_t)
                                 FROM (SELECT actor_t, session_stats(ts, '1 hour') AS s FROM sess_ev GROUP BY actor_t) q$$),
          (SELECT v FROM sess_serial_t), 'parallel per-actor answers equal the serial ones (text actors)');
SELECT ok(pg_temp.pgg_plan_has($$SELECT session_stats(ts, '1 day') FROM sess_ev WHERE actor_b = 7$$,
                               'Partial Aggregate'), 'one actor: Partial Aggregate');
SELECT is(pg_temp.pgg_parallel($$SELECT session_stats(ts, '1 day') FROM sess_ev WHERE actor_b = 7$$),
          (SELECT v FROM sess_serial_1),
          'one actor split over workers (interleaved time ranges): combine equals serial');
SELECT is((SELECT v FROM sess_serial_1),
          (SELECT format('(%s,"%s","%s",%s,%s)', sessions, justify_hours(make_interval(secs => total_s)),
                         justify_hours(make_interval(secs => longest_s)), events, eps)
           FROM sess_oracle_stats WHERE g = '1 day' AND actor_b = 7),
          'and equals the oracle');

-- the finalize of a parallel plan reads every partial state into one scratch
-- state per call site: a finalize that spills to disk (tiny work_mem: rows
-- of spilled groups are deserialized and not combined) and a sorted finalize
-- (GroupAggregate: the aggregate memory is reset between actors) give the
-- serial answers too
SET LOCAL work_mem = '64kB';
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_b || ':' || s::text, ',' ORDER BY actor_b)
                                 FROM (SELECT actor_b, session_stats(ts, '30 minutes') AS s FROM sess_ev GROUP BY actor_b) q$$),
          (SELECT v FROM sess_serial), 'parallel, finalize spilling to disk: equal to the serial answers');
RESET work_mem;
SET LOCAL enable_hashagg = off;
SELECT ok(pg_temp.pgg_plan_has($$SELECT actor_t, session_stats(ts, '1 hour') FROM sess_ev GROUP BY actor_t$$,
                               'Finalize GroupAggregate'), 'without hashing: a sorted finalize');
SELECT is(pg_temp.pgg_parallel($$SELECT string_agg(actor_t || ':' || s::text, ',' ORDER BY actor_t)
                                 FROM (SELECT actor_t, session_stats(ts, '1 hour') AS s FROM sess_ev GROUP BY actor_t) q$$),
          (SELECT v FROM sess_serial_t), 'parallel, sorted finalize: equal to the serial answers');
RESET enable_hashagg;

-- rows after the last session's start come in order; earlier ones are queued
-- and merged into the runs at the end: here the queued rows (every 5 minutes
-- from 10:07 to 10:37) bridge the sessions 10:00-10:03, 10:20-10:21 and
-- 10:40 into one (a merged run that grows to reach the next run)
\ir helpers/serial.psql
SELECT is((SELECT session_stats(ts, '5 minutes' ORDER BY k)::text
           FROM (VALUES (1, timestamptz '2024-01-01 10:00+00'), (2, '2024-01-01 10:03+00'), (3, '2024-01-01 10:20+00'),
                        (4, '2024-01-01 10:21+00'), (5, '2024-01-01 10:40+00'), (6, '2024-01-01 10:07+00'),
                        (7, '2024-01-01 10:12+00'), (8, '2024-01-01 10:17+00'), (9, '2024-01-01 10:22+00'),
                        (10, '2024-01-01 10:27+00'), (11, '2024-01-01 10:32+00'), (12, '2024-01-01 10:37+00')) r(k, ts)),
          '(1,00:40:00,00:40:00,12,12)', 'queued rows that bridge three sessions merge them into one');

SELECT * FROM finish();
ROLLBACK;
