-- retention_matrix with integer, smallint, text (varchar), uuid and bigint
-- actors: same matrices, ids never cast, NULL actors, and serialized states
-- (the partial states of parallel plans) crafted byte by byte.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';

CREATE TABLE atr (uid bigint, ts timestamptz);
INSERT INTO atr VALUES
    (1, '2024-01-01 10:00'), (1, '2024-01-09 12:00'), (1, '2024-01-22 08:00'),
    (2, '2024-01-03 09:00'), (2, '2024-01-04 09:00'), (2, '2024-01-10 09:00'),
    (3, '2024-01-07 23:00'), (3, '2024-01-08 01:00'),
    (4, '2024-01-10 15:00'), (4, '2024-01-17 15:00'),
    (5, '2024-01-15 00:00');

-- one matrix per actor type; every overload resolves
SELECT retention_array(retention_matrix(uid, ts, 'week as_of=2024-03-01')) AS by_bigint,
       retention_array(retention_matrix(uid::int, ts, 'week as_of=2024-03-01')) AS by_integer,
       retention_array(retention_matrix(uid::smallint, ts, 'week as_of=2024-03-01')) AS by_smallint,
       retention_array(retention_matrix(uid::text, ts, 'week as_of=2024-03-01')) AS by_text,
       retention_array(retention_matrix(lpad(uid::text, 6, '0')::varchar(10), ts, 'week as_of=2024-03-01')) AS by_varchar,
       retention_array(retention_matrix(md5(uid::text)::uuid, ts, 'week as_of=2024-03-01')) AS by_uuid
FROM atr;
-- the same matrices, value for value, with conditions and values too
SELECT o AS options,
       retention_matrix(uid, ts, o) = retention_matrix(uid::text, ts, o) AS text_equal,
       retention_matrix(uid, ts, o) = retention_matrix(uid::int, ts, o) AS integer_equal,
       retention_matrix(uid, ts, o) = retention_matrix(uid::smallint, ts, o) AS smallint_equal,
       retention_matrix(uid, ts, o) = retention_matrix(md5(uid::text)::uuid, ts, o) AS uuid_equal
FROM atr, (VALUES ('week'), ('day recurring'), ('week on_or_after'), ('day rolling'), ('week brackets=[1-2]')) opt(o)
GROUP BY o ORDER BY o;
SELECT retention_matrix(uid::text, ts, 'week', uid <> 5, true, uid * 1.5)
     = retention_matrix(uid, ts, 'week', uid <> 5, true, uid * 1.5) AS with_value
FROM atr;

-- ids are never cast: '1' and '0001' are two actors by text ('0001' first
-- appears in the week of 01-08 and joins that cohort), one by the number the
-- texts spell
CREATE TABLE atr_pad AS
SELECT CASE WHEN uid = 1 AND ts > '2024-01-05' THEN '0001' ELSE uid::text END AS tid, ts FROM atr;
SELECT cohort::date, period, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(tid, ts, 'week as_of=2024-03-01') FROM atr_pad));
SELECT cohort::date, period, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(tid::bigint, ts, 'week as_of=2024-03-01') FROM atr_pad));
-- case and trailing blanks are part of a text id; varchar resolves to text
SELECT (retention_rows(retention_matrix(t, ts, 'week as_of=2024-03-01'))).cohort_size
FROM (VALUES ('a', timestamptz '2024-01-01'), ('A', '2024-01-02'), ('a ', '2024-01-03')) v(t, ts);

-- NULL actors are ignored, whatever the type (also their times)
SELECT retention_matrix(t, ts, 'week') = retention_matrix(uid, ts, 'week') AS null_text_ignored,
       retention_matrix(u, ts, 'week') = retention_matrix(uid, ts, 'week') AS null_uuid_ignored
FROM (SELECT uid, ts, uid::text AS t, md5(uid::text)::uuid AS u FROM atr
      UNION ALL SELECT NULL, '2024-01-20', NULL, NULL) s;
-- no row at all: NULL, as for bigint
SELECT retention_matrix(t, ts, 'week') IS NULL AS empty_is_null FROM (SELECT NULL::text t, now() ts WHERE false) s;

-- retention_actor takes no actor argument: GROUP BY any type, then merge
SELECT retention_merge(m) = (SELECT retention_matrix(uid, ts, 'week') FROM atr) AS two_stage_equal
FROM (SELECT retention_actor(ts, 'week') AS m FROM atr GROUP BY md5(uid::text)::uuid) s;

-- types without an overload are refused, not cast
SELECT retention_matrix(uid::numeric, ts, 'week') FROM atr;

-- ---- serialized states ------------------------------------------------------
-- A partial state (a pgg_state) passes from a parallel worker to the leader,
-- or from a Citus worker to the coordinator (as text), in its flat form,
-- which the type's input function checks completely.  This aggregate hands
-- crafted bytes to it: each row's bytes become a state (text form
-- "retention_matrix:<base64>") that the combine function takes, in the
-- workers and again in the leader.
CREATE AGGREGATE pg_temp.crafted(pgg_state) (
    SFUNC = _pgg_retention_cohort_combine, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, PARALLEL = SAFE);
CREATE TABLE craft (b bytea) WITH (parallel_workers = 2);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- the leader or a worker may read the one row: no CONTEXT line saying which
\set SHOW_CONTEXT never
EXPLAIN (COSTS OFF) SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
-- a state: header, 'week', actor type, latest row time, dictionary, actors
-- (list form: actor number, first period, bitmap base and words, no keys)
CREATE FUNCTION pg_temp.st(version int, acttype int, dict bytea[], actors bigint[]) RETURNS bytea
LANGUAGE sql AS $$
SELECT '\x70674348'::bytea || set_byte('\x00'::bytea, 0, version) || '\x0000'::bytea
       || int4send(4) || convert_to('week', 'UTF8')
       || CASE WHEN version >= 4 THEN set_byte('\x00'::bytea, 0, acttype) || int8send(0) ELSE '' END
       || CASE WHEN dict IS NULL THEN ''::bytea
               ELSE int8send(cardinality(dict)) || coalesce((SELECT string_agg(int4send(length(d)) || d, '' ORDER BY o)
                                                     FROM unnest(dict) WITH ORDINALITY u(d, o)), '') END
       || '\x00'::bytea || int8send(cardinality(actors))
       || coalesce((SELECT string_agg(int8send(a) || int8send(2818) || int8send(2818) || int8send(1) || int8send(0)
                                       || int4send(0), '' ORDER BY o)
                    FROM unnest(actors) WITH ORDINALITY u(a, o)), '')
$$;
CREATE FUNCTION pg_temp.read(b bytea) RETURNS SETOF craft LANGUAGE sql AS $$
    TRUNCATE craft; INSERT INTO craft VALUES (b) RETURNING *;
$$;
-- valid: text ids '0123' and '123' are two actors of the week of 2024-01-01
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 3, ARRAY['0123', '123']::bytea[], '{0,1}'));
SELECT retention_array(pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state)) FROM craft;
-- valid: a uuid state
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 4, ARRAY[uuid_send(md5('a')::uuid)], '{0}'));
SELECT retention_array(pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state)) FROM craft;
-- format 3 (0.2 and 0.3 builds before actor types): bigint actors, still read
SELECT count(*) FROM pg_temp.read(pg_temp.st(3, 0, NULL, '{7,8,9}'));
SELECT retention_array(pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state)) FROM craft;
-- an id twice in the dictionary
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 3, ARRAY['123', '123']::bytea[], '{0,1}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- an actor number without an id
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 3, ARRAY['123']::bytea[], '{0,1}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 4, ARRAY[uuid_send(md5('a')::uuid)], '{-1}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- a uuid of 15 bytes
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 4, ARRAY[substr(uuid_send(md5('a')::uuid), 2)], '{0}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- an unknown actor type; a text state without its dictionary (truncated)
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 9, NULL, '{0}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM pg_temp.read(substr(pg_temp.st(4, 3, ARRAY['123']::bytea[], '{}'), 1, 40));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- a dictionary count far beyond the bytes; an id length beyond the bytes
SELECT count(*) FROM pg_temp.read(overlay(pg_temp.st(4, 3, ARRAY['123']::bytea[], '{0}') PLACING int8send(1000000000000) FROM 25 FOR 8));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM pg_temp.read(overlay(pg_temp.st(4, 3, ARRAY['123']::bytea[], '{0}') PLACING int4send(2000000000) FROM 33 FOR 4));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- a bigint state carrying a dictionary: the dictionary is read as the actors
SELECT count(*) FROM pg_temp.read(pg_temp.st(4, 0, ARRAY['123']::bytea[], '{0}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- a format this build does not know
SELECT count(*) FROM pg_temp.read(pg_temp.st(5, 3, ARRAY['123']::bytea[], '{0}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft;
\echo :LAST_ERROR_SQLSTATE
-- two crafted states combined: one partial state per partition of a
-- partitioned table (partitionwise aggregation), deserialized and combined
CREATE TABLE craft2 (k int, g int, b bytea) PARTITION BY LIST (k);
CREATE TABLE craft2a PARTITION OF craft2 FOR VALUES IN (1);
CREATE TABLE craft2b PARTITION OF craft2 FOR VALUES IN (2);
SET enable_partitionwise_aggregate = on;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT g, pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft2 GROUP BY g;
-- text states with ids in common: the second is renumbered through the first's
-- dictionary ('123' is one actor, '0123' and 'x' two more)
INSERT INTO craft2 VALUES (1, 0, pg_temp.st(4, 3, ARRAY['0123', '123']::bytea[], '{0,1}')),
                          (2, 0, pg_temp.st(4, 3, ARRAY['x', '123']::bytea[], '{0,1}'));
SELECT retention_array(pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state)) FROM craft2 GROUP BY g;
-- states of different actor types never combine
TRUNCATE craft2;
INSERT INTO craft2 VALUES (1, 0, pg_temp.st(4, 3, ARRAY['123']::bytea[], '{0}')),
                          (2, 0, pg_temp.st(4, 4, ARRAY[uuid_send(md5('a')::uuid)], '{0}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft2 GROUP BY g;
\echo :LAST_ERROR_SQLSTATE
TRUNCATE craft2;
INSERT INTO craft2 VALUES (1, 0, pg_temp.st(4, 3, ARRAY['123']::bytea[], '{0}')),
                          (2, 0, pg_temp.st(3, 0, NULL, '{0}'));
SELECT pg_temp.crafted(('retention_matrix:' || encode(b, 'base64'))::pgg_state) FROM craft2 GROUP BY g;
\echo :LAST_ERROR_SQLSTATE
RESET enable_partitionwise_aggregate;
DROP TABLE craft2;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP FUNCTION pg_temp.read(bytea);
DROP TABLE atr, atr_pad, craft;
