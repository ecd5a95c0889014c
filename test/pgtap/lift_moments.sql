-- pgTAP: the mergeable accumulators moments(), comoments(), experiment_summary()
-- and the every-arm comparison compare_arms() (doc/lift_advanced.md).
-- Oracles: PostgreSQL's own avg/var_samp/covar_samp/regr_slope on the same
-- rows, exact numeric arithmetic, the fixed tests of statcore, and published
-- Welch vectors (scipy test_stats.py::test_ttest_ind_with_uneq_var).
\ir helpers/setup.psql
SELECT plan(49);

-- relative closeness: |a - b| <= tol * max(1, |b|); NULL counts as failure
CREATE FUNCTION pg_temp.near(a float8, b float8, tol float8 DEFAULT 1e-12) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(abs(a - b) <= tol * greatest(1, abs(b)), false) $$;

SELECT setseed(0.31);
CREATE TABLE lm_t AS
SELECT g, (random() * 4)::int AS k, 100 * random() - 30 + g AS x, random() AS u
FROM generate_series(1, 30000) g;
UPDATE lm_t SET x = NULL WHERE g % 97 = 0;
ANALYZE lm_t;

-- ---- moments() against avg / var_samp ----------------------------------------
\ir helpers/serial.psql
SELECT ok((SELECT moments_n(moments(x)) = count(x) FROM lm_t), 'moments_n equals count(x) (NULLs skipped)');
SELECT ok((SELECT pg_temp.near(moments_mean(moments(x)), avg(x)) FROM lm_t), 'moments_mean equals avg');
SELECT ok((SELECT pg_temp.near(moments_variance(moments(x)), var_samp(x)) FROM lm_t), 'moments_variance equals var_samp');
SELECT ok((SELECT pg_temp.near(moments_stddev(moments(x)), stddev_samp(x)) FROM lm_t), 'moments_stddev equals stddev_samp');
SELECT is((SELECT count(*) FROM (
    SELECT k, moments(x) m, avg(x) a, var_samp(x) v FROM lm_t GROUP BY k) s
    WHERE NOT (pg_temp.near(moments_mean(m), a) AND pg_temp.near(moments_variance(m), v))),
    0::bigint, 'grouped: every group equals avg / var_samp');

-- exact oracle: 100 000 values with mean 1e7 and standard deviation about 2 (condition number
-- 1e13 for raw sums of squares); numeric var_samp of the same float8 values is exact
CREATE TABLE lm_big AS SELECT (1e7 + (g % 7) * 0.5 + sin(g))::float8 AS x FROM generate_series(1, 100000) g;
SELECT ok((SELECT abs(moments_variance(moments(x)) / var_samp(x::numeric)::float8 - 1) < 1e-8 FROM lm_big),
          'mean 1e7, sd 2: variance agrees with the exact numeric var_samp to 1e-8 relative');
SELECT ok((SELECT abs(((sum(x * x) - sum(x)^2 / count(*)) / (count(*) - 1)) / var_samp(x::numeric)::float8 - 1) > 1e-2
           FROM lm_big),
          'control: the raw sum-of-squares formula is more than 1% off on the same data');

-- combine: merging states of a split equals one pass
SELECT ok((SELECT pg_temp.near(moments_variance(moments_combine(
                (SELECT moments(x) FROM lm_t WHERE g <= 12345),
                (SELECT moments(x) FROM lm_t WHERE g > 12345))), var_samp(x)) FROM lm_t),
          'moments_combine of two halves equals var_samp of all');
SELECT ok((SELECT pg_temp.near(moments_mean(m), (SELECT avg(x) FROM lm_t))
             AND pg_temp.near(moments_variance(m), (SELECT var_samp(x) FROM lm_t))
           FROM (SELECT moments_merge(s) m FROM (SELECT moments(x) s FROM lm_t GROUP BY k) q) r),
          'moments_merge of the per-group states equals the whole table');
SELECT is((SELECT moments(x) FROM lm_t WHERE false), '{0,0,0}'::float8[], 'no rows: the empty state {0,0,0}');
SELECT ok((SELECT moments_mean(moments(x)) IS NULL AND moments_variance(moments(x)) IS NULL FROM lm_t WHERE false),
          'empty state: mean and variance are NULL');

CREATE TEMP TABLE lm_serial AS SELECT moments(x) m FROM lm_t;
CREATE TEMP TABLE lm_serial_g AS SELECT k, moments(x) m FROM lm_t GROUP BY k;
CREATE TEMP TABLE lm_serial_c AS SELECT comoments(x, u) c FROM lm_t;
CREATE TEMP TABLE lm_serial_e AS SELECT experiment_summary(k::text, x) s FROM lm_t;

-- ---- forced parallel plans: Partial Aggregate, serial answer within rounding ------
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has('SELECT moments(x) FROM lm_t', 'Partial Aggregate'),
          'moments: EXPLAIN shows a Partial Aggregate under forced parallelism');
SELECT ok(pg_temp.pgg_parallel($$SELECT moments_n(p.m) = moments_n(s.m) AND pg_temp.near(moments_mean(p.m), moments_mean(s.m))
                  AND pg_temp.near(moments_variance(p.m), moments_variance(s.m))
           FROM (SELECT moments(x) m FROM lm_t) p, lm_serial s$$)::boolean,
          'moments: parallel answer equals the serial one within rounding');
SELECT is(pg_temp.pgg_parallel($$SELECT count(*) FROM (SELECT k, moments(x) m FROM lm_t GROUP BY k) p JOIN lm_serial_g s USING (k)
           WHERE moments_n(p.m) = moments_n(s.m) AND pg_temp.near(moments_mean(p.m), moments_mean(s.m))
             AND pg_temp.near(moments_variance(p.m), moments_variance(s.m))$$), '5',
          'moments grouped: parallel equals serial in all 5 groups');
SELECT ok(pg_temp.pgg_plan_has('SELECT comoments(x, u) FROM lm_t', 'Partial Aggregate'),
          'comoments: Partial Aggregate under forced parallelism');
-- the covariance (-3.36) is what is left of terms of about sd(x) sd(u) = 2500: the
-- workers' partial sums round differently, 6e-12 apart in one run, so compare it to
-- 1e-9 like covar_samp below (4e-13 of the terms' size), not to 1e-12 of itself
SELECT ok(pg_temp.pgg_parallel($$SELECT pg_temp.near(comoments_covariance(p.c), comoments_covariance(s.c), 1e-9)
                  AND pg_temp.near(moments_variance(comoments_x(p.c)), moments_variance(comoments_x(s.c)))
           FROM (SELECT comoments(x, u) c FROM lm_t) p, lm_serial_c s$$)::boolean,
          'comoments: parallel equals serial within rounding');
SELECT ok(pg_temp.pgg_plan_has('SELECT experiment_summary(k::text, x) FROM lm_t', 'Partial Aggregate'),
          'experiment_summary: Partial Aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT count(*) FROM experiment_arms((SELECT experiment_summary(k::text, x) FROM lm_t)) p
           JOIN experiment_arms((SELECT s FROM lm_serial_e)) s USING (variant)
           WHERE p.n = s.n AND pg_temp.near(p.mean, s.mean) AND pg_temp.near(p.variance, s.variance)$$),
          '5', 'experiment_summary: parallel equals serial in all 5 arms');
\ir helpers/serial.psql

-- ---- comoments against covar_samp / avg / var_samp -----------------------------
-- covariance near 0 of independent columns while sd(x) sd(u) is about 2500: absolute tolerance 1e-9
SELECT ok((SELECT pg_temp.near(comoments_covariance(comoments(x, u)), covar_samp(x, u), 1e-9) FROM lm_t),
          'comoments_covariance equals covar_samp');
SELECT ok((SELECT moments_n(comoments_y(c)) = (SELECT count(*) FROM lm_t WHERE x IS NOT NULL AND u IS NOT NULL)
                  AND pg_temp.near(moments_mean(comoments_y(c)), (SELECT avg(x) FROM lm_t))
                  AND pg_temp.near(moments_variance(comoments_x(c)), (SELECT var_samp(u) FROM lm_t WHERE x IS NOT NULL))
           FROM (SELECT comoments(x, u) c FROM lm_t) s),
          'comoments margins equal avg / var_samp over the complete pairs');
SELECT ok((SELECT pg_temp.near(comoments_covariance(comoments_combine(
               (SELECT comoments(x, u) FROM lm_t WHERE g % 3 = 0), (SELECT comoments(x, u) FROM lm_t WHERE g % 3 <> 0))),
           (SELECT covar_samp(x, u) FROM lm_t), 1e-9)),
          'comoments_combine of a split equals covar_samp of all');

-- ---- Welch test fed by states: scipy test_ttest_ind_with_uneq_var ---------------
-- scipy ttest_ind(a, b) tests a - b, so a is the second (treatment) state here.
-- a = (1,2,3), b = (1.1,2.9,4.2): t = -0.686495127355726265, p = 0.53619490753126686
SELECT ok((SELECT pg_temp.near(w.t, -0.686495127355726265, 1e-9) AND pg_temp.near(w.p_value, 0.53619490753126686, 1e-9)
           FROM welch_ttest((SELECT moments(v) FROM unnest('{1.1,2.9,4.2}'::float8[]) v),
                            (SELECT moments(v) FROM unnest('{1,2,3}'::float8[]) v)) w),
          'scipy Welch vector 1 from moments() states: t and p');
-- a = (1,2,3,4): t = -0.210866331595072315, p = 0.84354139131608252
SELECT ok((SELECT pg_temp.near(w.t, -0.210866331595072315, 1e-9) AND pg_temp.near(w.p_value, 0.84354139131608252, 1e-9)
           FROM welch_ttest((SELECT moments(v) FROM unnest('{1.1,2.9,4.2}'::float8[]) v),
                            (SELECT moments(v) FROM unnest('{1,2,3,4}'::float8[]) v)) w),
          'scipy Welch vector 2 from moments() states: t and p');
SELECT ok((SELECT pg_temp.near(s.t, d.t) AND pg_temp.near(s.p_value, d.p_value) AND pg_temp.near(s.df, d.df)
           FROM (SELECT moments(x) FILTER (WHERE k = 0) a, moments(x) FILTER (WHERE k = 1) b,
                        count(x) FILTER (WHERE k = 0) na, avg(x) FILTER (WHERE k = 0) ma, var_samp(x) FILTER (WHERE k = 0) va,
                        count(x) FILTER (WHERE k = 1) nb, avg(x) FILTER (WHERE k = 1) mb, var_samp(x) FILTER (WHERE k = 1) vb
                 FROM lm_t) q,
                welch_ttest(q.a, q.b) s, welch_ttest(q.na, q.ma, q.va, q.nb, q.mb, q.vb) d),
          'welch_ttest(state, state) equals welch_ttest on count/avg/var_samp');

-- ---- experiment_summary / experiment_arms ---------------------------------------
SELECT is((SELECT count(*) FROM experiment_arms((SELECT experiment_summary(k::text, x) FROM lm_t), nulls => 'ignore') e
           JOIN (SELECT k::text AS variant, count(x) n, avg(x) m, var_samp(x) v FROM lm_t GROUP BY k) o USING (variant)
           WHERE e.n = o.n AND pg_temp.near(e.mean, o.m) AND pg_temp.near(e.variance, o.v) AND NOT e.is_binary),
          5::bigint, 'experiment_arms(nulls => ignore) equals GROUP BY count/avg/var_samp per arm');
SELECT results_eq($$SELECT variant, successes, is_binary FROM experiment_arms(
                      (SELECT experiment_summary(k::text, (u < 0.3)::int) FROM lm_t))$$,
                  $$SELECT k::text, count(*) FILTER (WHERE u < 0.3), true FROM lm_t GROUP BY k ORDER BY k::text$$,
                  '0/1 metric: arms are binary and successes equal the count of ones');
SELECT ok((SELECT experiment_summary_merge(s) FROM (SELECT experiment_summary(k::text, x) s FROM lm_t GROUP BY g % 4) q)
          IS NOT NULL AND
          (SELECT bool_and(m.n = o.n AND pg_temp.near(m.variance, o.variance))
           FROM experiment_arms((SELECT experiment_summary_merge(s) FROM (SELECT experiment_summary(k::text, x) s FROM lm_t GROUP BY g % 4) q)) m
           JOIN experiment_arms((SELECT s FROM lm_serial_e)) o USING (variant)),
          'experiment_summary_merge of four partial states equals one pass');

SELECT is((SELECT count(*)
           FROM (SELECT k, experiment_summary_merge(s) OVER (ORDER BY k) AS c
                 FROM (SELECT k, experiment_summary((g % 2)::text, x) s FROM lm_t GROUP BY k) q) w,
                LATERAL experiment_arms(w.c) a,
                LATERAL experiment_arms((SELECT experiment_summary((g % 2)::text, x) FROM lm_t t WHERE t.k <= w.k)) b
           WHERE a.variant = b.variant AND a.n = b.n AND pg_temp.near(a.mean, b.mean)
             AND pg_temp.near(a.variance, b.variance)),
          10::bigint, 'experiment_summary_merge as a running window equals aggregating each prefix (5 prefixes x 2 arms)');

-- ---- compare_arms against the fixed tests -------------------------------------------
CREATE TEMP TABLE lm_conv AS
SELECT g, CASE g % 3 WHEN 0 THEN 'A' WHEN 1 THEN 'B' ELSE 'C' END AS variant,
       (random() < CASE g % 3 WHEN 0 THEN 0.10 WHEN 1 THEN 0.12 ELSE 0.105 END)::int AS conv,
       CASE WHEN random() < 0.3 THEN 20 * random() + (g % 3) ELSE 0 END AS rev
FROM generate_series(1, 9000) g;
CREATE TEMP TABLE lm_cmp AS
SELECT c.* FROM (SELECT experiment_summary(variant, conv) s FROM lm_conv) q, compare_arms(q.s, 'A') c;
SELECT results_eq($$SELECT variant, is_control, n, test FROM lm_cmp$$,
                  $$VALUES ('A', true, 3000::bigint, NULL::text), ('B', false, 3000::bigint, 'proportion_z'),
                           ('C', false, 3000::bigint, 'proportion_z')$$,
                  'compare_arms: control first, then each arm, with the proportion test for a 0/1 metric');
SELECT ok((SELECT pg_temp.near(c.p_value, z.p_value) AND pg_temp.near(c.statistic, z.z)
                  AND pg_temp.near(c.rel_lift_low, z.rel_lift_low) AND pg_temp.near(c.abs_lift_high, z.abs_lift_high)
           FROM lm_cmp c, proportion_ztest((SELECT sum(conv) FROM lm_conv WHERE variant = 'A'), 3000,
                                           (SELECT sum(conv) FROM lm_conv WHERE variant = 'B'), 3000) z
           WHERE c.variant = 'B'),
          'compare_arms B row equals proportion_ztest on the counts');
SELECT ok((SELECT pg_temp.near(c.prob_beat_control, prob_beat_control(
                 (SELECT sum(conv) FROM lm_conv WHERE variant = 'A'), 3000,
                 (SELECT sum(conv) FROM lm_conv WHERE variant = 'C'), 3000))
           FROM lm_cmp c WHERE c.variant = 'C'),
          'compare_arms C row: exact Beta-Binomial chance equals prob_beat_control');
SELECT ok((SELECT bool_and(pg_temp.near(c.srm_p_value, srm_test('{3000,3000,3000}', '{1,1,1}'))) FROM lm_cmp c),
          'compare_arms: SRM p-value of the whole experiment on every row');
SELECT ok((SELECT pg_temp.near(max(c.p_adjusted) FILTER (WHERE variant = 'B'), (p_adjust(array_agg(c.p_value ORDER BY variant) FILTER (WHERE NOT is_control), 'holm'))[1])
              AND pg_temp.near(max(c.p_adjusted) FILTER (WHERE variant = 'C'), (p_adjust(array_agg(c.p_value ORDER BY variant) FILTER (WHERE NOT is_control), 'holm'))[2])
           FROM lm_cmp c),
          'compare_arms: p_adjusted is p_adjust(holm) over the treatment arms');
SELECT ok((SELECT bool_and((c.seq_p_value <= 0.05) = (c.seq_abs_lift_low > 0 OR c.seq_abs_lift_high < 0))
                  AND bool_and(c.seq_abs_lift_low < c.abs_lift_low AND c.seq_abs_lift_high > c.abs_lift_high)
           FROM lm_cmp c WHERE NOT is_control),
          'compare_arms: sequential interval is wider than the fixed one and agrees with its p-value');
CREATE TEMP TABLE lm_cmp_rev AS
SELECT c.* FROM (SELECT experiment_summary(variant, rev) s FROM lm_conv) q,
               compare_arms(q.s, 'B', correction => 'bh') c;
SELECT ok((SELECT c.test = 'welch_t' AND pg_temp.near(c.p_value, w.p_value) AND pg_temp.near(c.df, w.df)
                  AND pg_temp.near(c.rel_lift_high, w.rel_lift_high)
           FROM lm_cmp_rev c,
                LATERAL (SELECT moments(rev) FILTER (WHERE variant = 'B') b, moments(rev) FILTER (WHERE variant = 'C') cc FROM lm_conv) m,
                welch_ttest(m.b, m.cc) w
           WHERE c.variant = 'C'),
          'compare_arms on revenue (control B): the C row equals the Welch test of the two states');
SELECT ok((SELECT pg_temp.near(c.chance_to_win, b.chance_to_win) AND pg_temp.near(c.risk_treatment, b.risk_treatment)
           FROM lm_cmp_rev c,
                LATERAL (SELECT count(*) FILTER (WHERE variant = 'B') nb, avg(rev) FILTER (WHERE variant = 'B') mb,
                                var_samp(rev) FILTER (WHERE variant = 'B') vb,
                                count(*) FILTER (WHERE variant = 'A') na, avg(rev) FILTER (WHERE variant = 'A') ma,
                                var_samp(rev) FILTER (WHERE variant = 'A') va FROM lm_conv) o,
                bayes_effect(o.nb, o.mb, o.vb, o.na, o.ma, o.va, false) b
           WHERE c.variant = 'A'),
          'compare_arms: chance to win and risk equal bayes_effect (absolute, flat prior)');

-- ---- ratio metrics and CUPED against plain-SQL oracles ----------------------------------
CREATE TEMP TABLE lm_r AS
SELECT g, g % 2 AS arm, 1 + (random() * 5)::int AS sessions, random() AS pre FROM generate_series(1, 4000) g;
ALTER TABLE lm_r ADD COLUMN clicks float8;
UPDATE lm_r SET clicks = sessions * (0.3 + 0.05 * arm) + 2 * pre + random();
-- delta method per arm: var_R = (s_y^2 + R^2 s_x^2 - 2 R cov)/mx^2, Var(R) = var_R / n
SELECT ok((SELECT pg_temp.near(t.diff, o.rb - o.ra, 1e-10)
                  AND pg_temp.near(t.diff_high - t.diff, t_ppf(0.975, t.df) * sqrt(o.vra / o.na + o.vrb / o.nb), 1e-9)
           FROM (SELECT comoments(clicks, sessions) FILTER (WHERE arm = 0) a, comoments(clicks, sessions) FILTER (WHERE arm = 1) b FROM lm_r) s,
                ratio_ttest(s.a, s.b) t,
                (SELECT max(r) FILTER (WHERE arm = 0) ra, max(r) FILTER (WHERE arm = 1) rb,
                        max(vr) FILTER (WHERE arm = 0) vra, max(vr) FILTER (WHERE arm = 1) vrb,
                        max(n) FILTER (WHERE arm = 0) na, max(n) FILTER (WHERE arm = 1) nb
                 FROM (SELECT arm, count(*) n, sum(clicks) / sum(sessions) r,
                              (var_samp(clicks) + (sum(clicks) / sum(sessions))^2 * var_samp(sessions)
                               - 2 * (sum(clicks) / sum(sessions)) * covar_samp(clicks, sessions)) / avg(sessions)^2 vr
                       FROM lm_r GROUP BY arm) q) o),
          'ratio_ttest: ratio difference and delta-method interval equal the plain-SQL oracle');
SELECT ok((SELECT pg_temp.near(t.theta, (SELECT regr_slope(clicks, pre) FROM lm_r), 1e-10)
                  AND pg_temp.near(t.diff, o.d, 1e-10) AND t.variance_reduction > 0.2
           FROM (SELECT comoments(clicks, pre) FILTER (WHERE arm = 0) a, comoments(clicks, pre) FILTER (WHERE arm = 1) b FROM lm_r) s,
                cuped_ttest(s.a, s.b) t,
                (SELECT avg(clicks - th * pre) FILTER (WHERE arm = 1) - avg(clicks - th * pre) FILTER (WHERE arm = 0) d
                 FROM lm_r, (SELECT regr_slope(clicks, pre) th FROM lm_r) x) o),
          'cuped_ttest: theta equals pooled regr_slope, difference equals the adjusted means, variance reduced');
SELECT ok((SELECT pg_temp.near(t.diff_high - t.diff, t_ppf(0.975, t.df) * sqrt(o.va / o.na + o.vb / o.nb), 1e-9)
           FROM (SELECT comoments(clicks, pre) FILTER (WHERE arm = 0) a, comoments(clicks, pre) FILTER (WHERE arm = 1) b FROM lm_r) s,
                cuped_ttest(s.a, s.b) t,
                (SELECT count(*) FILTER (WHERE arm = 0) na, count(*) FILTER (WHERE arm = 1) nb,
                        var_samp(clicks - th * pre) FILTER (WHERE arm = 0) va, var_samp(clicks - th * pre) FILTER (WHERE arm = 1) vb
                 FROM lm_r, (SELECT regr_slope(clicks, pre) th FROM lm_r) x) o),
          'cuped_ttest: interval half-width from var_samp of the adjusted values');

SELECT setseed(0.31);
CREATE TABLE ax AS
SELECT g % 4 AS grp, CASE WHEN g % 3 = 0 THEN 'B' ELSE 'A' END AS variant,
       10 + 3 * random() + (g % 7) AS y, 1 + random() * 5 AS x
FROM generate_series(1, 3000) g;

-- comoments: merge and combine equal one pass; covariance equals covar_samp
SELECT ok(abs(comoments_covariance((SELECT comoments_merge(s) FROM (SELECT comoments(y, x) AS s FROM ax GROUP BY grp) q))
              - (SELECT covar_samp(y, x) FROM ax)) < 1e-9,
          'comoments_merge of per-group states: covariance equals covar_samp');
SELECT ok(abs(comoments_covariance(comoments_combine((SELECT comoments(y, x) FROM ax WHERE grp < 2),
                                                     (SELECT comoments(y, x) FROM ax WHERE grp >= 2)))
              - (SELECT covar_samp(y, x) FROM ax)) < 1e-9,
          'comoments_combine of two halves: covariance equals covar_samp');
SELECT ok(abs(moments_variance(comoments_x((SELECT comoments(y, x) FROM ax))) - (SELECT var_samp(x) FROM ax)) < 1e-9
          AND abs(moments_mean(comoments_y((SELECT comoments(y, x) FROM ax))) - (SELECT avg(y) FROM ax)) < 1e-9,
          'comoments_x / comoments_y give the margins');

-- CUPED: theta is the regression slope; the adjusted state is the moments of y - theta (x - c)
SELECT ok(abs(cuped_theta((SELECT comoments(y, x) FROM ax)) - (SELECT regr_slope(y, x) FROM ax)) < 1e-9,
          'cuped_theta equals regr_slope(y, x)');
SELECT ok(abs(moments_mean(cuped_moments((SELECT comoments(y, x) FROM ax), 0.7, 3.0))
              - (SELECT avg(y - 0.7 * (x - 3.0)) FROM ax)) < 1e-9
          AND abs(moments_variance(cuped_moments((SELECT comoments(y, x) FROM ax), 0.7, 3.0))
              - (SELECT var_samp(y - 0.7 * (x - 3.0)) FROM ax)) < 1e-9,
          'cuped_moments: mean and variance of y - theta (x - center)');

-- ratio metric: R = sum(y) / sum(x), delta-method variance (var_y - 2 R cov + R^2 var_x) / mean_x^2
SELECT ok(abs(moments_mean(ratio_moments((SELECT comoments(y, x) FROM ax))) - (SELECT sum(y) / sum(x) FROM ax)) < 1e-12,
          'ratio_moments: the ratio of sums');
SELECT ok(abs(moments_variance(ratio_moments((SELECT comoments(y, x) FROM ax)))
              - (SELECT (vy - 2 * r * cxy + r * r * vx) / mx ^ 2
                 FROM (SELECT var_samp(y) AS vy, var_samp(x) AS vx, covar_samp(y, x) AS cxy, avg(x) AS mx,
                              sum(y) / sum(x) AS r FROM ax) q)) < 1e-9,
          'ratio_moments: delta-method variance');

-- experiment_summary: merge and combine equal one pass (per-arm n, mean, variance)
CREATE TEMP TABLE ax_arms AS SELECT * FROM experiment_arms((SELECT experiment_summary(variant, y) FROM ax));
SELECT results_eq(
    $$SELECT variant, n, round(mean::numeric, 9), round(variance::numeric, 9)
      FROM experiment_arms((SELECT experiment_summary_merge(s) FROM (SELECT experiment_summary(variant, y) AS s FROM ax GROUP BY grp) q))
      ORDER BY 1$$,
    $$SELECT variant, n, round(mean::numeric, 9), round(variance::numeric, 9) FROM ax_arms ORDER BY 1$$,
    'experiment_summary_merge of per-group states equals one pass');
SELECT results_eq(
    $$SELECT variant, n, round(mean::numeric, 9), round(variance::numeric, 9)
      FROM experiment_arms(experiment_summary_combine((SELECT experiment_summary(variant, y) FROM ax WHERE grp = 0),
                                                      (SELECT experiment_summary(variant, y) FROM ax WHERE grp <> 0)))
      ORDER BY 1$$,
    $$SELECT variant, n, round(mean::numeric, 9), round(variance::numeric, 9) FROM ax_arms ORDER BY 1$$,
    'experiment_summary_combine of two parts equals one pass');
SELECT results_eq(
    $$SELECT variant, n, round(mean::numeric, 9), round(variance::numeric, 9) FROM ax_arms ORDER BY 1$$,
    $$SELECT variant, count(*), round(avg(y)::numeric, 9), round(var_samp(y)::numeric, 9) FROM ax GROUP BY 1 ORDER BY 1$$,
    'experiment_arms equals count / avg / var_samp per variant');

SELECT * FROM finish();
ROLLBACK;
