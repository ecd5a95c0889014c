-- citus_contract.sql: what Citus needs from the aggregates, checked on one
-- node (test/citus.sh checks it on a real cluster; doc/citus.md).  Citus
-- splits an aggregate whose state is a plain SQL type by calling its support
-- functions through worker_partial_agg / coord_combine_agg: without the call
-- expression, and after checking the argument types against the declaration
-- exactly.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;

-- 1. Every aggregate with a plain-type state and a combine function (the
-- ones Citus splits) has exact argument types: Citus would try to split one
-- with a pseudo-type argument and refuse it on the workers ("could not
-- confirm type correctness").  The anyelement funnel_counts (kept for actor
-- types without an exact overload) and the VARIADIC "any" retention (kept for
-- views of 0.2) have an internal state, so Citus pulls their rows instead.
-- No row expected.
SELECT p.oid::regprocedure AS splittable_aggregate_with_pseudo_type_argument
FROM pg_aggregate a
JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_growth'
WHERE a.aggtranstype <> 'internal'::regtype AND a.aggcombinefn <> 0
  AND EXISTS (SELECT 1 FROM unnest(p.proargtypes) t JOIN pg_type ty ON ty.oid = t WHERE ty.typtype = 'p')
ORDER BY 1::text;

-- 1b. funnel_counts calls with bigint, integer, smallint, text (or varchar)
-- and uuid actors resolve to the overloads with exact types, in both forms:
-- with up to eight boolean conditions and a bigint, integer, text or uuid
-- actor (timestamptz) the fixed-arity overloads, which build no array per
-- row (the EXPLAIN below shows the conditions passed one by one), otherwise
-- VARIADIC boolean[]; other types (numeric here) to the anyelement ones.
-- Same answers.
CREATE TEMP TABLE cc_fc (uid int, ev text, ts timestamptz);
INSERT INTO cc_fc VALUES (1, 'view', '2024-03-10 01:00+00'), (1, 'buy', '2024-03-10 05:00+00'),
    (2, 'view', '2024-03-10 01:00+00'), (3, 'buy', '2024-03-10 01:00+00'), (NULL, 'view', '2024-03-10 01:00+00'),
    (4, NULL, '2024-03-10 01:00+00'), (4, 'buy', NULL);
CREATE TEMP VIEW cc_fc_calls AS
SELECT funnel_counts(uid::bigint, '1 day', ts, ev = 'view', ev = 'buy') AS int8,
       funnel_counts(uid, '1 day', ts, ev = 'view', ev = 'buy') AS int4,
       funnel_counts(uid::smallint, '1 day', ts, ev = 'view', ev = 'buy') AS int2,
       funnel_counts(uid::text, '1 day', ts, ev = 'view', ev = 'buy') AS text,
       funnel_counts(uid::varchar, '1 day', 'strict_order', ts, ev = 'view', ev = 'buy') AS varchar,
       funnel_counts(md5(uid::text)::uuid, '1 day', ts::timestamp, ev, ARRAY['view', 'buy']) AS uuid,
       funnel_counts(uid::numeric, '1 day', ts, ev = 'view', ev = 'buy') AS numeric
FROM cc_fc;
SELECT DISTINCT d.refobjid::regprocedure::text AS resolved
FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_proc p ON p.oid = d.refobjid
WHERE d.classid = 'pg_rewrite'::regclass AND r.ev_class = 'cc_fc_calls'::regclass
  AND d.refclassid = 'pg_proc'::regclass AND p.proname = 'funnel_counts'
ORDER BY 1;
SELECT * FROM cc_fc_calls;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT funnel_counts(uid::bigint, '1 day', ts, ev = 'view', ev = 'buy') FROM cc_fc;
SELECT funnel_counts(uid, '1 day', 'strict_order', ts::timestamp, ev, ARRAY['view', 'buy']) AS int4_named,
       funnel_counts(uid::numeric, '1 day', 'strict_order', ts::timestamp, ev, ARRAY['view', 'buy']) AS numeric_named,
       funnel_counts(uid::text, '1 day', ts, VARIADIC ARRAY[ev = 'view', ev = 'buy']) AS text_array
FROM cc_fc;

-- 2. Calls with up to eight boolean conditions resolve to the fixed-arity
-- retention(boolean, ...) (the EXPLAIN shows the conditions passed one by
-- one, no array per row), more to retention(VARIADIC boolean[]); the forms
-- give the same answer.
CREATE TEMP TABLE cc_ev (uid int, ev text);
INSERT INTO cc_ev VALUES (1, 'view'), (1, 'buy'), (2, 'view'), (3, 'buy'), (3, NULL);
EXPLAIN (VERBOSE, COSTS OFF)
SELECT retention(ev = 'view', ev = 'buy') FROM cc_ev;
SELECT uid, retention(ev = 'view', ev = 'buy') AS r, retention(VARIADIC ARRAY[ev = 'view', ev = 'buy']) AS r_array
FROM cc_ev GROUP BY uid ORDER BY uid;
SELECT retention(ev = 'view', ev = 'buy', NULL) FROM cc_ev;
-- errors of the boolean[] form
SELECT retention(VARIADIC NULL::boolean[]) FROM cc_ev;
SELECT retention(VARIADIC '{}'::boolean[]) FROM cc_ev;
SELECT retention(VARIADIC '{{t},{f}}'::boolean[]) FROM cc_ev;
SELECT retention(VARIADIC array_fill(true, ARRAY[33])) FROM cc_ev;
SELECT retention(VARIADIC CASE WHEN uid = 1 THEN ARRAY[true] ELSE ARRAY[true, false] END) FROM cc_ev;
-- a non-boolean condition still reaches the "any" form and its error
SELECT retention(ev = 'view', uid) FROM cc_ev;

-- 3. rfm_breaks: each value type has its own transition entry point (the
-- type is not learned from the call expression).
SELECT p.oid::regprocedure AS transition, p.prosrc
FROM pg_proc p WHERE p.proname = '_pgg_rfm_breaks_trans' ORDER BY 1::text;

-- 4. experiment_summary's support functions read no call expression: their
-- state type comes from the declaration.  Called directly, they work too.
SELECT (experiment_summary_combine(
          (SELECT experiment_summary(v, x) FROM (VALUES ('A', 1.0::float8), ('B', 0.0)) t(v, x)),
          (SELECT experiment_summary(v, x) FROM (VALUES ('A', 0.0::float8)) t(v, x)))).*;
