-- pgTAP: retention_matrix keyed by every actor type (bigint, integer,
-- smallint, zero-padded text, plain text, varchar, uuid) gives the same
-- matrices on the same events; ids are never cast ('0123' and '123' are two
-- actors); NULL actors are ignored; forced parallel plans (the dictionary
-- serialized, states renumbered in the combine) equal serial ones.
\ir helpers/setup.psql
SELECT plan(25);

SET TimeZone = 'UTC';
SELECT setseed(0.31);
-- 3000 actors over 200 days, random start / return flags and values, plus
-- NULL actors and timestamps; every type of id derived from the same number
CREATE TABLE aty AS
SELECT n AS uid, n::int AS uid_int, (n % 30000)::smallint AS uid_small,
       lpad(n::text, 8, '0') AS uid_pad, 'u' || n AS uid_text, ('u' || n)::varchar(20) AS uid_vc,
       md5(n::text)::uuid AS uid_uuid, 'anonymous-visitor-' || md5(n::text) AS uid_long, ts, s, r, v
FROM (SELECT (random() * 3000)::bigint AS n, timestamptz '2024-01-01' + random() * interval '200 days' AS ts,
             random() < 0.4 AS s, random() < 0.8 AS r, (random() * 10)::int AS v
      FROM generate_series(1, 120000)) g;
INSERT INTO aty VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-02-01', true, true, 1),
                       (7, 7, 7, '00000007', 'u7', 'u7', md5('7')::uuid, 'anonymous-visitor-' || md5('7'), NULL, true, true, 1);
ANALYZE aty;

\ir helpers/serial.psql
-- the serial reference, by bigint, for several definitions
CREATE TEMP TABLE ref AS
SELECT o, retention_matrix(uid, ts, o) AS m1, retention_matrix(uid, ts, o, s, r) AS m2,
       retention_matrix(uid, ts, o, s, r, v) AS m3
FROM aty, (VALUES ('week'), ('day max_period=20'), ('week recurring'), ('day rolling brackets=[1,2-7]'),
                  ('week on_or_after')) opt(o)
GROUP BY o;

SELECT is((SELECT count(*) FROM ref r JOIN (SELECT o, retention_matrix(uid_int, ts, o) AS m1, retention_matrix(uid_int, ts, o, s, r) AS m2,
                                                   retention_matrix(uid_int, ts, o, s, r, v) AS m3
                                            FROM aty, (SELECT o FROM ref) q GROUP BY o) x USING (o)
           WHERE r.m1 = x.m1 AND r.m2 = x.m2 AND r.m3 = x.m3), 5::bigint,
          'integer actors: the bigint matrices, every arity and definition');
SELECT is((SELECT count(*) FROM ref r JOIN (SELECT o, retention_matrix(uid_pad, ts, o) AS m1, retention_matrix(uid_pad, ts, o, s, r) AS m2,
                                                   retention_matrix(uid_pad, ts, o, s, r, v) AS m3
                                            FROM aty, (SELECT o FROM ref) q GROUP BY o) x USING (o)
           WHERE r.m1 = x.m1 AND r.m2 = x.m2 AND r.m3 = x.m3), 5::bigint,
          'zero-padded text actors: the bigint matrices');
SELECT is((SELECT count(*) FROM ref r JOIN (SELECT o, retention_matrix(uid_text, ts, o) AS m1, retention_matrix(uid_text, ts, o, s, r) AS m2,
                                                   retention_matrix(uid_text, ts, o, s, r, v) AS m3
                                            FROM aty, (SELECT o FROM ref) q GROUP BY o) x USING (o)
           WHERE r.m1 = x.m1 AND r.m2 = x.m2 AND r.m3 = x.m3), 5::bigint,
          'plain text actors: the bigint matrices');
SELECT is((SELECT count(*) FROM ref r JOIN (SELECT o, retention_matrix(uid_uuid, ts, o) AS m1, retention_matrix(uid_uuid, ts, o, s, r) AS m2,
                                                   retention_matrix(uid_uuid, ts, o, s, r, v) AS m3
                                            FROM aty, (SELECT o FROM ref) q GROUP BY o) x USING (o)
           WHERE r.m1 = x.m1 AND r.m2 = x.m2 AND r.m3 = x.m3), 5::bigint,
          'uuid actors: the bigint matrices');
-- ids longer than the 16 bytes a dictionary entry holds inline
SELECT is((SELECT retention_matrix(uid_long, ts, 'day max_period=20', s, r, v) FROM aty),
          (SELECT m3 FROM ref WHERE o = 'day max_period=20'), 'long text actors (50 bytes): the bigint matrix');
SELECT is((SELECT retention_matrix(uid_vc, ts, 'week', s, r) FROM aty),
          (SELECT m2 FROM ref WHERE o = 'week'), 'varchar actors (resolved to text): the bigint matrix');
SELECT is((SELECT retention_matrix(uid_small, ts, 'week', s, r, v) FROM aty),
          (SELECT m3 FROM ref WHERE o = 'week'), 'smallint actors: the bigint matrix');
-- the same actors, two-stage: retention_actor grouped by the uuid
SELECT is((SELECT retention_merge(m) FROM (SELECT retention_actor(ts, 'week recurring') AS m FROM aty
                                           WHERE uid_uuid IS NOT NULL GROUP BY uid_uuid) x),
          (SELECT m1 FROM ref WHERE o = 'week recurring'), 'retention_actor grouped by uuid: the same matrix');

-- ids are never cast: '0123' and '123' are two actors
CREATE TEMP TABLE pad AS
SELECT * FROM (VALUES ('123', timestamptz '2024-01-01 10:00'), ('0123', '2024-01-02 10:00'),
                      ('123', '2024-01-09 10:00'), (' 123', '2024-01-03 10:00')) v(id, ts);
SELECT is((SELECT retention_array(retention_matrix(id, ts, 'week as_of=2024-02-01')) FROM pad), '{{3,1}}'::float8[],
          '''123'', ''0123'' and '' 123'' are three actors of the cohort; one came back');
SELECT is((SELECT retention_array(retention_matrix(id::bigint, ts, 'week as_of=2024-02-01')) FROM pad), '{{1,1}}'::float8[],
          'cast to bigint by the caller, they are one actor');
-- NULL actors: ignored, with their times, for every type
SELECT is((SELECT retention_matrix(uid_text, ts, 'day max_period=20') FROM aty),
          (SELECT retention_matrix(uid, ts, 'day max_period=20') FROM aty WHERE uid_text IS NOT NULL),
          'a NULL text actor is ignored');
SELECT is((SELECT retention_matrix(uid_uuid, ts, 'week') FROM aty),
          (SELECT m1 FROM ref WHERE o = 'week'), 'a NULL uuid actor is ignored');
SELECT is((SELECT retention_matrix(NULL::text, ts, 'week') FROM aty),
          (SELECT retention_matrix(NULL::bigint, ts, 'week') FROM aty),
          'only NULL actors: a matrix without cohorts, as for bigint');

-- parallel plans: the dictionary travels with the state, the leader renumbers
CREATE TEMP TABLE ser AS
SELECT retention_matrix(uid_text, ts, 'week')::text AS t1, retention_matrix(uid_uuid, ts, 'week')::text AS u1,
       retention_matrix(uid_text, ts, 'day rolling brackets=[1,2-7]', s, r)::text AS t2,
       retention_matrix(uid_uuid, ts, 'week recurring', s, r, v)::text AS u3,
       retention_matrix(uid_pad, ts, 'day max_period=20', s, r)::text AS p2,
       retention_matrix(uid_long, ts, 'week')::text AS l1,
       retention_matrix(uid_long, ts, 'week rolling', s, r, v)::text AS l3
FROM aty;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_matrix(uid_text, ts, 'week') FROM aty$$, 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate for text actors');
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_matrix(uid_uuid, ts, 'week') FROM aty$$, 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate for uuid actors');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_text, ts, 'week') FROM aty$$),
          (SELECT t1 FROM ser), 'parallel text actors (compact pages renumbered) equal the serial answer');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_uuid, ts, 'week') FROM aty$$),
          (SELECT u1 FROM ser), 'parallel uuid actors equal the serial answer');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_text, ts, 'day rolling brackets=[1,2-7]', s, r) FROM aty$$),
          (SELECT t2 FROM ser), 'parallel text actors, rolling windows (64-byte entries renumbered)');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_uuid, ts, 'week recurring', s, r, v) FROM aty$$),
          (SELECT u3 FROM ser), 'parallel uuid actors, recurring cohorts with values');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_pad, ts, 'day max_period=20', s, r) FROM aty$$),
          (SELECT p2 FROM ser), 'parallel zero-padded text actors with a limit');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_text, ts, 'week') FROM aty$$),
          (SELECT m1::text FROM ref WHERE o = 'week'), 'parallel text actors equal the serial bigint matrix');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_long, ts, 'week') FROM aty$$),
          (SELECT l1 FROM ser), 'parallel long text actors (compact pages)');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_long, ts, 'week rolling', s, r, v) FROM aty$$),
          (SELECT l3 FROM ser), 'parallel long text actors (64-byte entries)');
-- the session time zone does not change a matrix whose zone is pinned
SET TimeZone = 'Asia/Shanghai';
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(uid_uuid, ts, 'week tz=UTC') FROM aty$$),
          pg_temp.pgg_parallel($$SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM aty$$),
          'pinned tz: uuid actors under another session zone equal bigint ones');
SELECT isnt((SELECT retention_matrix(uid_uuid, ts, 'week') FROM aty)::text,
            (SELECT retention_matrix(uid_uuid, ts, 'week tz=UTC') FROM aty)::text,
            'unpinned, the session zone (Asia/Shanghai) moves the week boundaries');
RESET TimeZone;

SELECT * FROM finish();
ROLLBACK;
