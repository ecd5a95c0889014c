-- pgTAP: sequence_match and its siblings against ClickHouse's own test cases
-- (restated as data and expected answers), plain-SQL oracles on random data over
-- bigint, text and uuid actors, NULLs, time zones, and forced parallel plans.
\ir helpers/setup.psql
SELECT plan(28);
SET TimeZone = 'UTC';

-- ---- ClickHouse's cases ------------------------------------------------------
-- Table and expected answers of ClickHouse's
-- tests/queries/0_stateless/00222_sequence_aggregate_function_family: times 0..11
-- seconds with data 0 0 0 0 1 2 0 0 0 0 1 1; conditions data = 0, 1, 2, 3
-- (the last never true).
CREATE TABLE ch_s AS
SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts, d
FROM unnest(ARRAY[0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 1, 1]) WITH ORDINALITY AS x(d, o),
     LATERAL (SELECT (o - 1)::int AS t) s;
CREATE TABLE ch_cases (pattern text, match boolean, cnt bigint, events int[]);
INSERT INTO ch_cases VALUES
    ('', true, 12, '{}'), ('.', true, 12, '{}'), ('.*', true, 12, '{}'),
    ('(?1)', true, 8, '{0}'), ('(?2)', true, 3, '{4}'), ('(?3)', true, 1, '{5}'), ('(?4)', false, 0, '{}'),
    ('(?1)(?1)', true, 4, '{0,1}'), ('(?1)(?1)(?1)', true, 2, '{0,1,2}'),
    ('(?1)(?1)(?1)(?1)', true, 2, '{0,1,2,3}'), ('(?1)(?1)(?1)(?1)(?1)', false, 0, '{}'),
    ('(?1)(?1)(?1)(?1)(?2)', true, 2, '{0,1,2,3,4}'),
    ('(?1)(?t>10)(?2)', true, 1, '{0,11}'), ('(?1)(?t>11)(?2)', false, 0, '{}'),
    ('(?1)(?t<11)(?2)', true, 2, '{0,4}'), ('(?1)(?t<3)(?3)', true, 1, '{3,5}'),
    ('(?1)(?t<=2)(?3)', true, 1, '{3,5}'), ('(?1)(?t<2)(?3)', false, 0, '{}'),
    ('(?2)(?t>=7)(?2)', true, 1, '{4,11}'), ('(?2)(?t>7)(?2)', false, 0, '{}'),
    ('(?2)(?3)(?1)', true, 1, '{4,5,6}');
-- ClickHouse's partial chains of sequenceMatchEvents are '{}' here (no match: no events),
-- as in duckdb-behavioral: (?1)x5 gives {0,1,2,3} there, (?1)(?t>11)(?2) {0}.
SELECT is_empty(
    $$SELECT c.pattern FROM ch_cases c
      WHERE (SELECT sequence_match(c.pattern, ts, d = 0, d = 1, d = 2, d = 3) FROM ch_s) IS DISTINCT FROM c.match$$,
    'ClickHouse 00222: sequenceMatch answers for 21 patterns');
SELECT is_empty(
    $$SELECT c.pattern FROM ch_cases c
      WHERE (SELECT sequence_count(c.pattern, ts, d = 0, d = 1, d = 2, d = 3) FROM ch_s) IS DISTINCT FROM c.cnt$$,
    'ClickHouse 00222: sequenceCount answers for 21 patterns');
SELECT is_empty(
    $$SELECT c.pattern FROM ch_cases c
      WHERE (SELECT ARRAY(SELECT extract(epoch FROM x - timestamptz '2020-01-01')::int
                          FROM unnest(sequence_match_events(c.pattern, ts, d = 0, d = 1, d = 2, d = 3)) x)
             FROM ch_s) IS DISTINCT FROM c.events$$,
    'ClickHouse 00222: sequenceMatchEvents chains of the 16 matching patterns, {} for the 5 others');
-- the same table with two conditions (data = 1, data = 2): data = 0 rows are no events
SELECT is(ARRAY(SELECT sequence_match(p, ts, d = 1, d = 2) || ':' || sequence_count(p, ts, d = 1, d = 2) FROM ch_s,
                unnest(ARRAY['(?1)(?t==2)(?2)', '(?1)(?t==1)(?2)']) WITH ORDINALITY u(p, o) GROUP BY o ORDER BY o),
          ARRAY['false:0', 'true:1'], 'ClickHouse 00222: (?t==S) with two conditions');

-- ClickHouse documentation (parametric-functions.md): rows (1,1) (2,3) (3,2)
CREATE TABLE ch_doc AS
SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts, n
FROM (VALUES (1, 1), (2, 3), (3, 2), (4, 1), (5, 3), (6, 2)) v(t, n);
SELECT is(ARRAY[(SELECT sequence_match('(?1)(?2)', ts, n = 1, n = 2) FROM ch_doc WHERE ts < '2020-01-01 00:00:04'),
                (SELECT sequence_match('(?1)(?2)', ts, n = 1, n = 2, n = 3) FROM ch_doc WHERE ts < '2020-01-01 00:00:04'),
                (SELECT sequence_match('(?1)(?2)', ts, n = 1, n = 2, n = 4) FROM ch_doc WHERE ts < '2020-01-01 00:00:04')],
          ARRAY[true, false, true],
          'ClickHouse docs: a row matching no condition is skipped; n = 3 as a condition breaks (?1)(?2)');

-- ClickHouse documentation: rows (1,1) (2,3) (3,2) (4,1) (5,3) (6,2), sequenceCount('(?1).*(?2)') = 2;
-- duckdb-behavioral documentation: view, purchase, view, purchase, view: (?1)(?2) counts 2
SELECT is(ARRAY[(SELECT sequence_count('(?1).*(?2)', ts, n = 1, n = 2) FROM ch_doc),
                (SELECT sequence_count('(?1)(?2)', ts, e = 'view', e = 'purchase')
                 FROM (VALUES (0, 'view'), (10, 'purchase'), (20, 'view'), (30, 'purchase'), (40, 'view')) v(t, e),
                      LATERAL (SELECT timestamptz '2020-01-01 10:00' + t * interval '1 minute' AS ts) s)],
          ARRAY[2::bigint, 2], 'ClickHouse and duckdb-behavioral docs: sequenceCount');
-- ClickHouse's rule for a pattern that accepts an empty tail everywhere: .*(?t<0) never
-- finds its time gate, yet matches (its search ends past the last event), and counts once
SELECT is((SELECT sequence_match('.*(?t<0)', ts, true) || ':' || sequence_count('.*(?t<0)', ts, true)
           FROM generate_series(1, 3) t, LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
          'true:1', 'a pattern of .* and (?t<S) only: ClickHouse''s answer');
-- ClickHouse documentation: sequenceMatchEvents('(?1).*(?2).*(?1)(?3)') with conditions n = 1, 2, 4
-- gives the partial chain [1,3,4] there; no match, so '{}', here (duckdb-behavioral's answer)
SELECT is((SELECT sequence_match_events('(?1).*(?2).*(?1)(?3)', ts, n = 1, n = 2, n = 4) FROM ch_doc),
          '{}'::timestamptz[], 'ClickHouse docs: a partial chain is no match, so no events');
-- ClickHouse issue 118120: (0,A) (5,B) (100,B) (101,C), (?1)(?t<=10)(?2)(?3): no match
-- (ClickHouse's sequenceMatchEvents gave [0,100,101] before its fix, [0,5] after; here {})
SELECT is((SELECT sequence_match('(?1)(?t<=10)(?2)(?3)', ts, e = 'A', e = 'B', e = 'C')::text || ':' ||
                  sequence_match_events('(?1)(?t<=10)(?2)(?3)', ts, e = 'A', e = 'B', e = 'C')::text
           FROM (VALUES (0, 'A'), (5, 'B'), (100, 'B'), (101, 'C')) v(t, e),
                LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
          'false:{}', 'ClickHouse issue 118120: the time gate binds the chain');
-- ClickHouse's test of the pattern's end: a tail of .* after a time atom matches empty
SELECT is((SELECT sequence_count('(?1)(?t<=100)(?2)(?3).*.*.*', ts, n = 1, n = 2, n = 3)
           FROM (VALUES (1, 1), (2, 2), (3, 3)) v(t, n),
                LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
          1::bigint, 'the pattern end: a time atom, (?3) on the last event, .*.*.* : counted once');
SELECT is((SELECT sequence_match_events('(?1)(?2)(?3).*.*.*.*', ts, n = 1, n = 2, n = 3)
           FROM (VALUES (1, 1), (2, 2), (3, 3)) v(t, n),
                LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
          ARRAY[timestamptz '2020-01-01 00:00:01', '2020-01-01 00:00:02', '2020-01-01 00:00:03'],
          'the pattern end: .*.*.*.* after the last event match empty');
SELECT is((SELECT sequence_match('(?1)(?t<=100)(?2)(?3).*.*.*', ts, n = 1, n = 2, n = 3)
           FROM (VALUES (1, 1), (2, 2), (3, 3)) v(t, n),
                LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
          true, 'the pattern end: (?3) on the last event, then .*.*.* match empty');
-- ClickHouse issue 26095: 1,000 events of condition 1, (?1)(?t>1)(?2) threw TOO_SLOW;
-- here with condition 2 never true, and true only on the first event (a full search)
SELECT is(ARRAY[(SELECT sequence_match('(?1)(?t>1)(?2)', ts, true, false)
                 FROM generate_series(0, 999) t, LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
                (SELECT sequence_match('(?1)(?t>1)(?2)', ts, t > 0, t = 0)
                 FROM generate_series(0, 49999) t, LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s)],
          ARRAY[false, false], 'ClickHouse issue 26095: no step limit, no error, no match');
-- duckdb-behavioral's unit case: (?1).(?2) over (100: c1), (200: c3 only), (300: c2) gives
-- events [100, 300]; its documentation: (?1).*(?2) over view 10:00, other 10:15, purchase 10:30
SELECT is((SELECT sequence_match_events('(?1).(?2)', ts, c = 1, c = 2, c = 3)
           FROM (VALUES (100, 1), (200, 3), (300, 2)) v(t, c),
                LATERAL (SELECT timestamptz '2020-01-01' + t * interval '1 second' AS ts) s),
          ARRAY[timestamptz '2020-01-01 00:01:40', '2020-01-01 00:05:00'], 'duckdb-behavioral: . is any stored event');
SELECT is((SELECT sequence_match_events('(?1).*(?2)', ts, e = 'view', e = 'purchase')
           FROM (VALUES (timestamp '2024-01-01 10:00', 'view'), ('2024-01-01 10:15', 'other'),
                        ('2024-01-01 10:30', 'purchase')) v(ts, e)),
          ARRAY[timestamp '2024-01-01 10:00', '2024-01-01 10:30'], 'duckdb-behavioral docs: timestamp[] events');

-- ---- random data against plain-SQL oracles ------------------------------------
-- 400 actors, events a, b, c and noise over 3 hours on a 10-second grid (ties),
-- some NULL timestamps and NULL events; actor ids as bigint, text and uuid
SELECT setseed(0.31);
CREATE TABLE sr AS
SELECT (random() * 400)::bigint AS actor,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE timestamptz '2026-03-29 00:00' + (floor(random() * 1080) * 10) * interval '1 second' END AS ts,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE (ARRAY['a', 'b', 'c', 'noise'])[1 + floor(random() * 4)::int] END AS ev
FROM generate_series(1, 4000);
ALTER TABLE sr ADD COLUMN actor_text text, ADD COLUMN actor_uuid uuid;
UPDATE sr SET actor_text = 'user-' || actor, actor_uuid = md5(actor::text)::uuid;
ANALYZE sr;
-- the oracle's events: rows with a, b or c and a timestamp, in (ts, mask) order
CREATE TABLE sr_ev AS
SELECT actor, ts, ev, row_number() OVER (PARTITION BY actor ORDER BY ts, mask) AS pos
FROM (SELECT actor, ts, ev, CASE ev WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 4 END AS mask
      FROM sr WHERE ts IS NOT NULL AND ev IN ('a', 'b', 'c')) s;
-- per actor: (?1)(?2) over a, b, c events; (?1).*(?2); (?1)(?t<=600)(?2); (?1)(?t>3600)(?2)
CREATE TABLE sr_oracle AS
SELECT a.actor,
       EXISTS (SELECT FROM sr_ev x JOIN sr_ev y ON y.actor = x.actor AND y.pos = x.pos + 1
               WHERE x.actor = a.actor AND x.ev = 'a' AND y.ev = 'b') AS adjacent,
       EXISTS (SELECT FROM sr_ev x JOIN sr_ev y ON y.actor = x.actor AND y.pos > x.pos
               WHERE x.actor = a.actor AND x.ev = 'a' AND y.ev = 'b') AS later,
       EXISTS (SELECT FROM sr_ev x JOIN sr_ev y ON y.actor = x.actor AND y.pos > x.pos
               WHERE x.actor = a.actor AND x.ev = 'a' AND y.ev = 'b'
                 AND y.ts - x.ts <= interval '600 seconds') AS within_600,
       EXISTS (SELECT FROM sr_ev x JOIN sr_ev y ON y.actor = x.actor AND y.pos > x.pos
               WHERE x.actor = a.actor AND x.ev = 'a' AND y.ev = 'b'
                 AND y.ts - x.ts > interval '3600 seconds') AS over_3600
FROM (SELECT DISTINCT actor FROM sr) a;
-- the oracle of sequence_count: ClickHouse's search takes the first event of
-- condition 1 that can start a match and its first possible end, then goes on
-- after that end.  With a = condition 1 and b = condition 2:
--   (?1)(?2)           the first a followed directly by b; go on after the b
--   (?1).*(?2)         the first a, the first b after it
--   (?1)(?t<=600)(?2)  the first a with a b at most 600 s later, the first such b
CREATE TABLE sr_count_oracle AS
WITH RECURSIVE
adj(actor, s, n) AS (
    SELECT actor, 1::bigint, 0 FROM (SELECT DISTINCT actor FROM sr) a
    UNION ALL
    SELECT w.actor, nx.i + 2, w.n + 1 FROM adj w
    CROSS JOIN LATERAL (SELECT min(x.pos) AS i FROM sr_ev x JOIN sr_ev y ON y.actor = x.actor AND y.pos = x.pos + 1
                        WHERE x.actor = w.actor AND x.pos >= w.s AND x.ev = 'a' AND y.ev = 'b') nx
    WHERE nx.i IS NOT NULL),
lat(actor, s, n) AS (
    SELECT actor, 1::bigint, 0 FROM (SELECT DISTINCT actor FROM sr) a
    UNION ALL
    SELECT w.actor, nx.j + 1, w.n + 1 FROM lat w
    CROSS JOIN LATERAL (SELECT min(y.pos) AS j FROM sr_ev y
                        WHERE y.actor = w.actor AND y.ev = 'b'
                          AND y.pos > (SELECT min(x.pos) FROM sr_ev x WHERE x.actor = w.actor AND x.pos >= w.s AND x.ev = 'a')) nx
    WHERE nx.j IS NOT NULL),
tim(actor, s, n) AS (
    SELECT actor, 1::bigint, 0 FROM (SELECT DISTINCT actor FROM sr) a
    UNION ALL
    SELECT w.actor, nx.j + 1, w.n + 1 FROM tim w
    CROSS JOIN LATERAL (
        SELECT (SELECT min(y.pos) FROM sr_ev y WHERE y.actor = w.actor AND y.ev = 'b' AND y.pos > x.pos
                  AND y.ts - x.ts <= interval '600 seconds') AS j
        FROM sr_ev x
        WHERE x.actor = w.actor AND x.pos >= w.s AND x.ev = 'a'
          AND EXISTS (SELECT FROM sr_ev y WHERE y.actor = w.actor AND y.ev = 'b' AND y.pos > x.pos
                        AND y.ts - x.ts <= interval '600 seconds')
        ORDER BY x.pos LIMIT 1) nx)
SELECT a.actor, a.n::bigint AS adjacent, l.n::bigint AS later, t.n::bigint AS within_600
FROM (SELECT actor, max(n) AS n FROM adj GROUP BY actor) a
JOIN (SELECT actor, max(n) AS n FROM lat GROUP BY actor) l USING (actor)
JOIN (SELECT actor, max(n) AS n FROM tim GROUP BY actor) t USING (actor);
-- the oracle of sequence_match_events: the first match's (?N) events
CREATE TABLE sr_events_oracle AS
SELECT a.actor,
       coalesce((SELECT ARRAY[x.ts, y.ts] FROM sr_ev x JOIN sr_ev y ON y.actor = x.actor AND y.pos = x.pos + 1
                 WHERE x.actor = a.actor AND x.ev = 'a' AND y.ev = 'b' ORDER BY x.pos LIMIT 1), '{}') AS adjacent,
       coalesce((SELECT ARRAY[x.ts, (SELECT min(y.ts) FROM sr_ev y WHERE y.actor = x.actor AND y.ev = 'b'
                                       AND y.pos > x.pos AND y.ts - x.ts <= interval '600 seconds')]
                 FROM sr_ev x
                 WHERE x.actor = a.actor AND x.ev = 'a'
                   AND EXISTS (SELECT FROM sr_ev y WHERE y.actor = x.actor AND y.ev = 'b' AND y.pos > x.pos
                                 AND y.ts - x.ts <= interval '600 seconds')
                 ORDER BY x.pos LIMIT 1), '{}') AS within_600
FROM (SELECT DISTINCT actor FROM sr) a;
CREATE VIEW sr_count_q AS
SELECT actor,
       sequence_count('(?1)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS adjacent,
       sequence_count('(?1).*(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS later,
       sequence_count('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS within_600
FROM sr GROUP BY actor;
CREATE VIEW sr_match_q AS
SELECT actor,
       sequence_match('(?1)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS adjacent,
       sequence_match('(?1).*(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS later,
       sequence_match('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS within_600,
       sequence_match('(?1)(?t>3600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS over_3600
FROM sr GROUP BY actor;
SELECT results_eq(
    $$SELECT * FROM sr_match_q ORDER BY actor$$,
    $$SELECT * FROM sr_oracle ORDER BY actor$$,
    'random, bigint actors: four patterns equal the plain-SQL oracle');
SELECT results_eq(
    $$SELECT * FROM sr_count_q ORDER BY actor$$,
    $$SELECT * FROM sr_count_oracle ORDER BY actor$$,
    'random, bigint actors: sequence_count of three patterns equals the plain-SQL oracle');
SELECT results_eq(
    $$SELECT actor, sequence_match_events('(?1)(?2)', ts, ev = 'a', ev = 'b', ev = 'c'),
             sequence_match_events('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c')
      FROM sr GROUP BY actor ORDER BY actor$$,
    $$SELECT * FROM sr_events_oracle ORDER BY actor$$,
    'random, bigint actors: sequence_match_events of two patterns equals the plain-SQL oracle');
SELECT ok((SELECT count(*) FILTER (WHERE adjacent > 1) > 5 AND count(*) FILTER (WHERE later > 1) > 20
              AND count(*) FILTER (WHERE within_600 > 1) > 5 FROM sr_count_oracle),
          'the random data has actors with several matches of every pattern');
SELECT ok((SELECT count(*) FILTER (WHERE adjacent) > 20 AND count(*) FILTER (WHERE NOT adjacent) > 20
              AND count(*) FILTER (WHERE within_600) > 20 AND count(*) FILTER (WHERE NOT within_600) > 20
              AND count(*) FILTER (WHERE over_3600) > 20 AND count(*) FILTER (WHERE NOT later) > 5
           FROM sr_oracle),
          'the random data has actors on both sides of every pattern');
SELECT results_eq(
    $$SELECT s.actor_text, sequence_match('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c')
      FROM sr s GROUP BY s.actor_text ORDER BY 1$$,
    $$SELECT 'user-' || actor, within_600 FROM sr_oracle ORDER BY 1$$,
    'random, text actors: equals the oracle');
SELECT results_eq(
    $$SELECT s.actor_uuid, sequence_match('(?1)(?2)', ts, ev = 'a', ev = 'b', ev = 'c'),
             sequence_count('(?1).*(?2)', ts, ev = 'a', ev = 'b', ev = 'c')
      FROM sr s GROUP BY s.actor_uuid ORDER BY 1$$,
    $$SELECT md5(actor::text)::uuid, o.adjacent, c.later FROM sr_oracle o JOIN sr_count_oracle c USING (actor) ORDER BY 1$$,
    'random, uuid actors: equals the oracles');
-- the row order does not matter (ties at one instant are ordered by condition mask)
SELECT results_eq(
    $$SELECT actor, sequence_match('(?2)(?1)', ts, ev = 'a', ev = 'b', ev = 'c')
      FROM (SELECT * FROM sr ORDER BY random()) s GROUP BY actor ORDER BY actor$$,
    $$SELECT actor, sequence_match('(?2)(?1)', ts, ev = 'a', ev = 'b', ev = 'c')
      FROM (SELECT * FROM sr ORDER BY ts DESC, ev DESC) s GROUP BY actor ORDER BY actor$$,
    'shuffled and reversed rows give the same answers');
-- timestamptz results do not depend on the session time zone (DST on 2026-03-29 in Europe)
SET TimeZone = 'Europe/Berlin';
SELECT results_eq(
    $$SELECT actor, sequence_match_events('(?1)(?2)', ts, ev = 'a', ev = 'b', ev = 'c'),
             sequence_match_events('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c')
      FROM sr GROUP BY actor ORDER BY actor$$,
    $$SELECT * FROM sr_events_oracle ORDER BY actor$$,
    'the session time zone changes no event time');
SELECT results_eq(
    $$SELECT * FROM sr_match_q JOIN sr_count_q USING (actor) ORDER BY actor$$,
    $$SELECT * FROM sr_oracle JOIN sr_count_oracle USING (actor) ORDER BY actor$$,
    'the session time zone (a DST day) changes nothing');
SET TimeZone = 'UTC';

-- ---- forced parallel plans -----------------------------------------------------
\ir helpers/serial.psql
CREATE TEMP TABLE sr_serial AS
SELECT array_agg(x ORDER BY actor)::text AS v
FROM (SELECT actor, sequence_match('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS m,
             sequence_count('(?1).*(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS c,
             sequence_match_events('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS e
      FROM sr GROUP BY actor) x;
CREATE TEMP TABLE sr_serial_text AS
SELECT array_agg(x ORDER BY actor_text)::text AS v
FROM (SELECT actor_text, sequence_count('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS c
      FROM sr GROUP BY actor_text) x;
\ir helpers/force_parallel.psql
ALTER TABLE sr SET (parallel_workers = 2);
SELECT ok(pg_temp.pgg_plan_has(
    $$SELECT sequence_match('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') FROM sr GROUP BY actor_text$$,
    'Partial'), 'EXPLAIN shows a partial aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY actor) FROM (
              SELECT actor, sequence_match('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS m,
                     sequence_count('(?1).*(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS c,
                     sequence_match_events('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS e
              FROM sr GROUP BY actor) x$$),
          (SELECT v FROM sr_serial), 'parallel answer equals the serial one (grouped by actor)');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY actor_text) FROM (
              SELECT actor_text, sequence_count('(?1)(?t<=600)(?2)', ts, ev = 'a', ev = 'b', ev = 'c') AS c
              FROM sr GROUP BY actor_text) x$$),
          (SELECT v FROM sr_serial_text), 'parallel answer equals the serial one (text actors, sequence_count)');

SELECT * FROM finish();
ROLLBACK;
