-- pgTAP: NULL metric values are units (doc/lift.md "Actors without a value",
-- doc/lift_advanced.md section 1).  experiment_summary(variant, value) counts
-- every row as a unit of its arm; experiment_arms / compare_arms read the
-- state with nulls => 'zero' (default: NULL = 0, per assigned unit) or
-- 'ignore' (per non-NULL value); the SRM check runs on units; rows without a
-- variant form an arm shown last and left out of the tests and the SRM check.
-- Oracles: plain SQL avg / var_samp / count over coalesce(value, 0) or the
-- non-NULL values, the fixed tests (welch_ttest, proportion_ztest, srm_test)
-- called directly, a state stored by pg_growth 0.2.1 (k x 5 layout).
\ir helpers/setup.psql
SELECT plan(31);

-- relative closeness: |a - b| <= tol * max(1, |b|); NULL counts as failure
CREATE FUNCTION pg_temp.near(a float8, b float8, tol float8 DEFAULT 1e-12) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(abs(a - b) <= tol * greatest(1, abs(b)), false) $$;

-- ---- a balanced 50/50 experiment, revenue NULL for the users who did not buy ------
-- 2000 users per arm; 500 buyers in A, 400 in B
CREATE TABLE ln_bal AS
SELECT g AS uid, CASE WHEN g % 2 = 0 THEN 'A' ELSE 'B' END AS variant,
       CASE WHEN (g % 2 = 0 AND g % 8 = 0) OR (g % 2 = 1 AND g % 10 = 1) THEN (10 + g % 37)::float8 END AS revenue
FROM generate_series(1, 4000) g;
CREATE TEMP TABLE ln_bal_s AS SELECT experiment_summary(variant, revenue) AS s FROM ln_bal;

SELECT ok((SELECT srm_test(ARRAY[count(revenue) FILTER (WHERE variant = 'A'), count(revenue) FILTER (WHERE variant = 'B')],
                           ARRAY[0.5, 0.5]) < 0.001 FROM ln_bal),
          'control: an SRM test on the buyers (500 vs 400) would raise a false alarm (p < 0.001)');
SELECT ok((SELECT bool_and(c.srm_p_value > 0.999) FROM ln_bal_s, compare_arms(ln_bal_s.s, 'A') c),
          'compare_arms: the SRM check runs on units, p = 1 on a 2000 / 2000 split');
SELECT ok((SELECT bool_and(c.srm_p_value > 0.999) FROM ln_bal_s, compare_arms(ln_bal_s.s, 'A', nulls => 'ignore') c),
          'compare_arms: the SRM check runs on units with nulls => ignore too');
SELECT results_eq($$SELECT variant, units, n_values, n FROM ln_bal_s, experiment_arms(ln_bal_s.s)$$,
                  $$SELECT variant, count(*), count(revenue), count(*) FROM ln_bal GROUP BY variant ORDER BY variant$$,
                  'experiment_arms: units = rows, n_values = non-NULL values, n = units (nulls => zero)');
SELECT results_eq($$SELECT variant, n FROM ln_bal_s, experiment_arms(ln_bal_s.s, nulls => 'ignore')$$,
                  $$SELECT variant, count(revenue) FROM ln_bal GROUP BY variant ORDER BY variant$$,
                  'experiment_arms(nulls => ignore): n = non-NULL values');

-- revenue per assigned user: the default; the Welch test on coalesce(revenue, 0)
SELECT ok((SELECT pg_temp.near(c.mean, o.m_b) AND pg_temp.near(c.p_value, w.p_value, 1e-9)
                  AND pg_temp.near(c.abs_lift_low, w.diff_low, 1e-9)
           FROM ln_bal_s, compare_arms(ln_bal_s.s, 'A') c,
                (SELECT count(*) FILTER (WHERE variant = 'A') na, avg(coalesce(revenue, 0)) FILTER (WHERE variant = 'A') m_a,
                        var_samp(coalesce(revenue, 0)) FILTER (WHERE variant = 'A') v_a,
                        count(*) FILTER (WHERE variant = 'B') nb, avg(coalesce(revenue, 0)) FILTER (WHERE variant = 'B') m_b,
                        var_samp(coalesce(revenue, 0)) FILTER (WHERE variant = 'B') v_b FROM ln_bal) o,
                welch_ttest(o.na, o.m_a, o.v_a, o.nb, o.m_b, o.v_b) w
           WHERE c.variant = 'B'),
          'compare_arms (default): mean and Welch test per assigned user equal welch_ttest on coalesce(revenue, 0)');
SELECT ok((SELECT pg_temp.near(c.mean, o.m_b) AND pg_temp.near(c.p_value, w.p_value, 1e-9)
           FROM ln_bal_s, compare_arms(ln_bal_s.s, 'A', nulls => 'ignore') c,
                (SELECT count(revenue) FILTER (WHERE variant = 'A') na, avg(revenue) FILTER (WHERE variant = 'A') m_a,
                        var_samp(revenue) FILTER (WHERE variant = 'A') v_a,
                        count(revenue) FILTER (WHERE variant = 'B') nb, avg(revenue) FILTER (WHERE variant = 'B') m_b,
                        var_samp(revenue) FILTER (WHERE variant = 'B') v_b FROM ln_bal) o,
                welch_ttest(o.na, o.m_a, o.v_a, o.nb, o.m_b, o.v_b) w
           WHERE c.variant = 'B'),
          'compare_arms(nulls => ignore): mean and Welch test per buyer equal welch_ttest on the non-NULL values');

-- ---- random data: several arms, 40% NULL values, an arm with only NULL values ----------
SELECT setseed(0.47);
CREATE TABLE ln_t AS
SELECT g, (ARRAY['A', 'B', 'C', 'D'])[1 + (g % 4)] AS variant,
       CASE WHEN g % 4 = 3 OR random() < 0.4 THEN NULL ELSE (100 * random() - 20 + (g % 4) * 3)::float8 END AS x,
       random() AS u
FROM generate_series(1, 30000) g;
ANALYZE ln_t;
\ir helpers/serial.psql
CREATE TEMP TABLE ln_serial AS SELECT experiment_summary(variant, x) AS s FROM ln_t;

SELECT results_eq($$SELECT variant, units, n_values FROM ln_serial, experiment_arms(ln_serial.s)$$,
                  $$SELECT variant, count(*), count(x) FROM ln_t GROUP BY variant ORDER BY variant$$,
                  'every arm appears with its units and non-NULL values, the all-NULL arm D included');
SELECT results_eq($$SELECT mean, variance, successes, is_binary FROM ln_serial, experiment_arms(ln_serial.s) WHERE variant = 'D'$$,
                  $$VALUES (0::float8, 0::float8, 0::bigint, true)$$,
                  'the all-NULL arm, nulls => zero: mean 0, variance 0, a 0/1 metric with 0 successes');
SELECT results_eq($$SELECT n, mean, variance FROM ln_serial, experiment_arms(ln_serial.s, 'ignore') WHERE variant = 'D'$$,
                  $$VALUES (0::bigint, NULL::float8, NULL::float8)$$,
                  'the all-NULL arm, nulls => ignore: n 0, mean and variance NULL');
SELECT is((SELECT count(*) FROM ln_serial, experiment_arms(ln_serial.s) e
           JOIN (SELECT variant, avg(coalesce(x, 0)) m, var_samp(coalesce(x, 0)) v FROM ln_t GROUP BY variant) o USING (variant)
           WHERE pg_temp.near(e.mean, o.m) AND pg_temp.near(e.variance, o.v, 1e-11)),
          4::bigint, 'nulls => zero: mean and variance of every arm equal avg / var_samp of coalesce(x, 0)');
SELECT is((SELECT count(*) FROM ln_serial, experiment_arms(ln_serial.s, nulls => 'ignore') e
           JOIN (SELECT variant, avg(x) m, var_samp(x) v FROM ln_t GROUP BY variant HAVING count(x) > 0) o USING (variant)
           WHERE pg_temp.near(e.mean, o.m) AND pg_temp.near(e.variance, o.v, 1e-11)),
          3::bigint, 'nulls => ignore: mean and variance of every arm with values equal avg / var_samp of x');
SELECT ok((SELECT pg_temp.near(c.p_value, w.p_value, 1e-9)
           FROM ln_serial, compare_arms(ln_serial.s, 'A', nulls => 'ignore') c,
                (SELECT count(x) FILTER (WHERE variant = 'A') na, avg(x) FILTER (WHERE variant = 'A') m_a,
                        var_samp(x) FILTER (WHERE variant = 'A') v_a,
                        count(x) FILTER (WHERE variant = 'C') nb, avg(x) FILTER (WHERE variant = 'C') m_b,
                        var_samp(x) FILTER (WHERE variant = 'C') v_b FROM ln_t) o,
                welch_ttest(o.na, o.m_a, o.v_a, o.nb, o.m_b, o.v_b) w
           WHERE c.variant = 'C'),
          'compare_arms(nulls => ignore) arm C equals welch_ttest on its non-NULL values');
SELECT results_eq($$SELECT variant, test, p_value IS NULL FROM ln_serial, compare_arms(ln_serial.s, 'A', nulls => 'ignore') c$$,
                  $$VALUES ('A', NULL, true), ('B', 'welch_t', false), ('C', 'welch_t', false), ('D', NULL, true)$$,
                  'compare_arms(nulls => ignore): the arm without values is shown, untested');

-- a 0/1 metric with NULLs: conversion of the exposed users, NULL for the others
CREATE TEMP TABLE ln_conv AS SELECT experiment_summary(variant, CASE WHEN u < 0.7 THEN (u < 0.2)::int END) AS s FROM ln_t;
SELECT ok((SELECT c.test = 'proportion_z' AND pg_temp.near(c.p_value, z.p_value) AND c.n = o.nb
           FROM ln_conv, compare_arms(ln_conv.s, 'A') c,
                (SELECT count(*) FILTER (WHERE variant = 'A' AND u < 0.2) xa, count(*) FILTER (WHERE variant = 'A') na,
                        count(*) FILTER (WHERE variant = 'B' AND u < 0.2) xb, count(*) FILTER (WHERE variant = 'B') nb
                 FROM ln_t) o,
                proportion_ztest(o.xa, o.na, o.xb, o.nb) z
           WHERE c.variant = 'B'),
          '0/1 metric, nulls => zero: the proportion test runs on successes out of units');
SELECT ok((SELECT c.test = 'proportion_z' AND pg_temp.near(c.p_value, z.p_value) AND c.n = o.nb
           FROM ln_conv, compare_arms(ln_conv.s, 'A', nulls => 'ignore') c,
                (SELECT count(*) FILTER (WHERE variant = 'A' AND u < 0.2) xa, count(*) FILTER (WHERE variant = 'A' AND u < 0.7) na,
                        count(*) FILTER (WHERE variant = 'B' AND u < 0.2) xb, count(*) FILTER (WHERE variant = 'B' AND u < 0.7) nb
                 FROM ln_t) o,
                proportion_ztest(o.xa, o.na, o.xb, o.nb) z
           WHERE c.variant = 'B'),
          '0/1 metric, nulls => ignore: the proportion test runs on successes out of non-NULL values');

-- ---- merging: combine, merge and a forced parallel plan equal one pass ------------------
CREATE FUNCTION pg_temp.same_arms(a experiment_state, b experiment_state, nulls text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT count(*) = (SELECT count(*) FROM experiment_arms(b, nulls))
           AND bool_and(x.units = y.units AND x.n_values = y.n_values AND x.n = y.n
                        AND x.successes IS NOT DISTINCT FROM y.successes AND x.is_binary = y.is_binary
                        AND (x.mean IS NULL AND y.mean IS NULL OR pg_temp.near(x.mean, y.mean, 1e-12))
                        AND (x.variance IS NULL AND y.variance IS NULL OR pg_temp.near(x.variance, y.variance, 1e-10)))
    FROM experiment_arms(a, nulls) x JOIN experiment_arms(b, nulls) y ON x.variant IS NOT DISTINCT FROM y.variant $$;
SELECT ok((SELECT pg_temp.same_arms(m, ln_serial.s, 'zero') AND pg_temp.same_arms(m, ln_serial.s, 'ignore')
           FROM ln_serial, (SELECT experiment_summary_merge(s) m
                            FROM (SELECT experiment_summary(variant, x) s FROM ln_t GROUP BY g % 5) q) q),
          'experiment_summary_merge of five partial states equals one pass (units, values, moments)');
SELECT ok((SELECT pg_temp.same_arms(experiment_summary_combine(a.s, b.s), ln_serial.s, 'zero')
           FROM ln_serial,
                (SELECT experiment_summary(variant, x) s FROM ln_t WHERE g <= 12345) a,
                (SELECT experiment_summary(variant, x) s FROM ln_t WHERE g > 12345) b),
          'experiment_summary_combine of two halves equals one pass');
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has('SELECT experiment_summary(variant, x) FROM ln_t', 'Partial Aggregate'),
          'experiment_summary: Partial Aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT pg_temp.same_arms(p.s, ln_serial.s, 'zero') AND pg_temp.same_arms(p.s, ln_serial.s, 'ignore')
                                 FROM (SELECT experiment_summary(variant, x) s FROM ln_t) p, ln_serial$$),
          'true', 'experiment_summary with NULL values: the parallel plan equals the serial one in both readings');
\ir helpers/serial.psql

-- ---- rows without a variant: an arm of their own, shown last, not tested ----------------
CREATE TEMP TABLE ln_nv AS
SELECT experiment_summary(CASE WHEN uid % 50 = 7 THEN NULL ELSE variant END, revenue) AS s FROM ln_bal;
SELECT results_eq($$SELECT variant, units FROM ln_nv, experiment_arms(ln_nv.s)$$,
                  $$SELECT v, count(*) FROM (SELECT CASE WHEN uid % 50 = 7 THEN NULL ELSE variant END v FROM ln_bal) q
                    GROUP BY v ORDER BY v NULLS LAST$$,
                  'rows with a NULL variant form the last arm, variant NULL, with their units');
SELECT results_eq($$SELECT variant, is_control, test, p_value IS NULL, p_adjusted IS NULL FROM ln_nv, compare_arms(ln_nv.s, 'A') c$$,
                  $$VALUES ('A', true, NULL, true, true), ('B', false, 'welch_t', false, false), (NULL, false, NULL, true, true)$$,
                  'compare_arms shows the NULL-variant arm last, untested and uncorrected');
SELECT ok((SELECT pg_temp.near(c.srm_p_value, srm_test(ARRAY[(SELECT count(*) FROM ln_bal WHERE variant = 'A' AND uid % 50 <> 7),
                                                              (SELECT count(*) FROM ln_bal WHERE variant = 'B' AND uid % 50 <> 7)],
                                                        ARRAY[1, 1]::float8[]))
           FROM ln_nv, compare_arms(ln_nv.s, 'A') c WHERE c.variant IS NULL),
          'the SRM check leaves the NULL-variant arm out');
SELECT is((SELECT count(*) FROM ln_nv, compare_arms(ln_nv.s, 'A', weights => '{1,1}') c), 3::bigint,
          'weights: one per arm with a variant');

-- ---- a state stored by pg_growth 0.2.1 (k x 5, every row had a value) -------------------
CREATE TEMP TABLE ln_old AS SELECT
    '("{A,B}","{{334,47.90119760479043,264645.739520958,3,327},{166,48.74096385542172,126129.8614457831,2,163}}")'::experiment_state AS s5,
    '("{A,B}","{{334,47.90119760479043,264645.739520958,3,327,334},{166,48.74096385542172,126129.8614457831,2,163,166}}")'::experiment_state AS s6;
SELECT results_eq($$SELECT variant, units, n_values, n FROM ln_old, experiment_arms(ln_old.s5)$$,
                  $$VALUES ('A', 334::bigint, 334::bigint, 334::bigint), ('B', 166, 166, 166)$$,
                  'a k x 5 state of 0.2 is read with units = n');
SELECT ok((SELECT pg_temp.same_arms(s5, s6, 'zero') AND pg_temp.same_arms(s5, s6, 'ignore') FROM ln_old),
          'a k x 5 state reads as the k x 6 state with units = n');
SELECT results_eq($$SELECT c.* FROM ln_old, compare_arms(ln_old.s5, 'A') c$$,
                  $$SELECT c.* FROM ln_old, compare_arms(ln_old.s6, 'A') c$$,
                  'compare_arms of the k x 5 state equals that of the k x 6 state');
SELECT is((SELECT array_dims((experiment_summary_combine(s5, (SELECT experiment_summary('B', NULL::float8)))).stats) FROM ln_old),
          '[1:2][1:6]', 'merging a k x 5 state with a new one gives a k x 6 state');
SELECT results_eq($$SELECT variant, units, n_values FROM ln_old,
                        experiment_arms(experiment_summary_combine(s5, (SELECT experiment_summary('B', NULL::float8))))$$,
                  $$VALUES ('A', 334::bigint, 334::bigint), ('B', 167, 166)$$,
                  'merging a k x 5 state with a NULL value adds a unit, not a value');

-- ---- actor types and time zones: the per-user metric feeds the same state --------------
-- the same users keyed by bigint, zero-padded text and uuid give the same state
CREATE TEMP TABLE ln_ev AS
SELECT g % 300 AS uid, timestamptz '2026-03-28 12:00+00' + (g % 50) * interval '3 hours' AS ts,
       CASE WHEN g % 7 = 0 THEN (g % 23)::float8 END AS amount
FROM generate_series(1, 3000) g;
CREATE TEMP TABLE ln_ids AS
SELECT 'bigint' AS k, experiment_summary(CASE WHEN uid % 2 = 0 THEN 'A' ELSE 'B' END, r) s
FROM (SELECT uid, sum(amount) r FROM ln_ev GROUP BY uid) q
UNION ALL
SELECT 'text', experiment_summary(CASE WHEN right(uid, 1)::int % 2 = 0 THEN 'A' ELSE 'B' END, r)
FROM (SELECT lpad(uid::text, 8, '0') uid, sum(amount) r FROM ln_ev GROUP BY 1) q
UNION ALL
SELECT 'uuid', experiment_summary(CASE WHEN ('x' || right(uid::text, 8))::bit(32)::int % 2 = 0 THEN 'A' ELSE 'B' END, r)
FROM (SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(uid), 12, '0'))::uuid uid, sum(amount) r
      FROM ln_ev GROUP BY 1) q;
SELECT ok((SELECT bool_and(pg_temp.same_arms(o.s, b.s, 'zero') AND pg_temp.same_arms(o.s, b.s, 'ignore'))
           FROM ln_ids b, ln_ids o WHERE b.k = 'bigint' AND o.k <> 'bigint')
          AND (SELECT sum(units) FROM ln_ids, experiment_arms(ln_ids.s) WHERE k = 'uuid') = 300
          AND (SELECT sum(n_values) FROM ln_ids, experiment_arms(ln_ids.s) WHERE k = 'text')
              = (SELECT count(DISTINCT uid) FROM ln_ev WHERE amount IS NOT NULL),
          'bigint, zero-padded text and uuid actor ids give the same arms; users without a purchase are units without a value');
-- a per-day state with the day pinned to UTC does not follow the session time zone (DST on 2026-03-29 in Europe)
SET LOCAL TimeZone = 'Europe/Berlin';
CREATE TEMP TABLE ln_tz1 AS
SELECT (ts AT TIME ZONE 'UTC')::date AS day, experiment_summary(CASE WHEN uid % 2 = 0 THEN 'A' ELSE 'B' END, amount)::text AS s
FROM ln_ev GROUP BY 1;
SET LOCAL TimeZone = 'America/Los_Angeles';
SELECT results_eq($$SELECT day, s FROM ln_tz1 ORDER BY day$$,
                  $$SELECT (ts AT TIME ZONE 'UTC')::date, experiment_summary(CASE WHEN uid % 2 = 0 THEN 'A' ELSE 'B' END, amount)::text
                    FROM ln_ev GROUP BY 1 ORDER BY 1$$,
                  'daily states with the day pinned to UTC are the same under two session time zones');
RESET TimeZone;

SELECT * FROM finish();
ROLLBACK;
