-- NULL metric values are units: experiment_summary counts every row as a unit
-- of its arm, experiment_arms / compare_arms take nulls => 'zero' | 'ignore'
-- (doc/lift.md, doc/lift_advanced.md).  Edge cases, crafted states and the
-- errors; the 0.3.0 update refusing to drop a user's view over
-- experiment_arms / compare_arms (their result columns change).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS pg_growth CASCADE;
CREATE EXTENSION pg_growth VERSION '0.2.0';
RESET client_min_messages;
SET extra_float_digits = 0;
\pset null '(null)'
\set SHOW_CONTEXT never

-- ---- the update refuses while a user object uses experiment_arms or compare_arms ----
CREATE TABLE ln_rows (variant text, revenue float8);
INSERT INTO ln_rows VALUES ('A', 10), ('A', NULL), ('A', NULL), ('A', 4), ('B', NULL), ('B', 7), ('B', NULL), ('B', NULL),
    ('C', NULL), ('C', NULL), (NULL, 3), (NULL, NULL);
CREATE VIEW ln_arms_v AS
SELECT a.* FROM (SELECT experiment_summary(variant, revenue) s FROM ln_rows) q, experiment_arms(q.s) a;
CREATE MATERIALIZED VIEW ln_cmp_mv AS
SELECT c.variant, c.p_value FROM (SELECT experiment_summary(variant, revenue) s FROM ln_rows) q, compare_arms(q.s, 'A') c;
-- 0.2.0 skipped the NULL values: arm C is missing, A and B are averaged per buyer
SELECT * FROM ln_arms_v ORDER BY variant;
ALTER EXTENSION pg_growth UPDATE;
\echo :LAST_ERROR_SQLSTATE
SELECT extversion FROM pg_extension WHERE extname = 'pg_growth';
SELECT count(*) FROM ln_arms_v;
DROP VIEW ln_arms_v;
DROP MATERIALIZED VIEW ln_cmp_mv;
ALTER EXTENSION pg_growth UPDATE;
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_growth') AS updated
FROM pg_extension WHERE extname = 'pg_growth';
-- created again: every arm, NULL values counted as units
CREATE VIEW ln_arms_v AS
SELECT a.* FROM (SELECT experiment_summary(variant, revenue) s FROM ln_rows) q, experiment_arms(q.s) a;
SELECT * FROM ln_arms_v;
DROP VIEW ln_arms_v;

-- ---- the state and the two readings ------------------------------------------------------
SELECT experiment_summary(variant, revenue) FROM ln_rows;
SELECT * FROM experiment_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), nulls => 'ignore');
SELECT * FROM experiment_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'ZERO');
SELECT variant, is_control, units, n_values, n, round(mean::numeric, 4) AS mean, test, srm_p_value
FROM compare_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'A');
SELECT variant, is_control, units, n_values, n, round(mean::numeric, 4) AS mean, test, srm_p_value
FROM compare_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'A', nulls => 'ignore');
-- only NULL values, only NULL variants, nothing
SELECT experiment_summary(v, x) FROM (VALUES ('A', NULL::float8), ('A', NULL)) t(v, x);
SELECT experiment_summary(v, x) FROM (VALUES (NULL::text, NULL::float8), (NULL, 2)) t(v, x);
SELECT experiment_summary(v, x) FROM (VALUES ('A', 1::float8)) t(v, x) WHERE false;
SELECT * FROM experiment_arms(NULL);
SELECT * FROM compare_arms(NULL, 'A', nulls => 'ignore');
-- a control with only NULL values: per value it has no mean, so nothing is tested
SELECT variant, n, mean, test, p_value, srm_p_value
FROM compare_arms((SELECT experiment_summary(v, x) FROM (VALUES ('A', NULL::float8), ('A', NULL), ('B', 1), ('B', 3)) t(v, x)),
                  'A', nulls => 'ignore');
-- the control must be an arm with a variant
SELECT * FROM compare_arms((SELECT experiment_summary(v, x) FROM (VALUES (NULL::text, 1::float8)) t(v, x)), 'A');
-- weights: one per arm with a variant
SELECT * FROM compare_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'A', weights => '{1,1,1,1}');

-- ---- nulls => errors ---------------------------------------------------------------------
SELECT * FROM experiment_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'skip');
SELECT * FROM experiment_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), NULL);
SELECT * FROM compare_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'A', nulls => 'drop');
SELECT * FROM compare_arms((SELECT experiment_summary(variant, revenue) FROM ln_rows), 'A', nulls => NULL);
SELECT experiment_summary(v, x) FROM (VALUES ('A', 'infinity'::float8)) t(v, x);

-- ---- crafted states: each error names the function called --------------------------------
-- wrong widths
SELECT * FROM experiment_arms(ROW('{A}', '{{1,0,0,0}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{1,0,0,0,0,1,1}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{1,0,0,0,0,1}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A,B}', '{{1,0,0,0,0,1}}')::experiment_state);
-- negative, fractional, non-finite counts; units < n; units 0
SELECT * FROM experiment_arms(ROW('{A}', '{{1,0,0,0,0,-1}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{-1,0,0,0,0,1}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{1,0,0,0,0,2.5}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{1,0,0,0,0,Infinity}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{3,0,0,0,0,2}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{0,0,0,0,0,0}}')::experiment_state);
-- non-finite or negative moments, an arm without values that has a mean
SELECT * FROM experiment_arms(ROW('{A}', '{{2,NaN,0,0,2,3}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{2,1,-1,0,2,3}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{0,5,0,0,0,3}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{2,1,0,2,1,3}}')::experiment_state);
-- NULL arm names: only the last, only once; NULL stats elements
SELECT * FROM experiment_arms(ROW('{NULL,A}', '{{1,0,0,0,0,1},{1,0,0,0,0,1}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A,NULL,NULL}', '{{1,0,0,0,0,1},{1,0,0,0,0,1},{1,0,0,0,0,1}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{1,0,0,0,0,NULL}}')::experiment_state);
-- a valid crafted state: the NULL-variant arm last, an arm without values
SELECT * FROM experiment_arms(ROW('{A,B,NULL}', '{{2,1.5,0.5,0,2,4},{0,0,0,0,0,3},{1,1,0,1,0,1}}')::experiment_state);
-- the other functions name themselves
SELECT * FROM compare_arms(ROW('{A}', '{{3,0,0,0,0,2}}')::experiment_state, 'A');
SELECT experiment_summary_combine(ROW('{A}', '{{3,0,0,0,0,2}}')::experiment_state, ROW('{A}', '{{1,0,0,0,0,1}}')::experiment_state);
SELECT experiment_summary_merge(s) FROM (VALUES (ROW('{A}', '{{1,0,0,0,0,1}}')::experiment_state),
                                               (ROW('{A}', '{{3,0,0,0,0,2}}')::experiment_state)) v(s);
SELECT _pgg_experiment_summary_trans(ROW('{A}', '{{3,0,0,0,0,2}}')::experiment_state, 'A', 1);
-- merging the unit counts past 2^53
SELECT experiment_summary_combine(ROW('{A}', '{{0,0,0,0,0,9007199254740992}}')::experiment_state,
                                  ROW('{A}', '{{0,0,0,0,0,1}}')::experiment_state);
