-- pgTAP: result checks for the smaller API pieces (merge/combine forms, CUPED and
-- ratio states, the funnel report, the version function) against plain-SQL oracles
\ir helpers/setup.psql
SELECT plan(14);

SELECT setseed(0.31);
CREATE TABLE ax AS
SELECT g % 4 AS grp, CASE WHEN g % 3 = 0 THEN 'B' ELSE 'A' END AS variant,
       10 + 3 * random() + (g % 7) AS y, 1 + random() * 5 AS x
FROM generate_series(1, 3000) g;

-- library version
SELECT is(pg_growth_version(), (SELECT extversion FROM pg_extension WHERE extname = 'pg_growth'),
          'pg_growth_version() is the installed extension version');

-- funnel_report: conversions and drop-off from a counts array
SELECT results_eq(
    $$SELECT step, step_name, actors, conversion_from_previous, conversion_from_first, drop_off
      FROM funnel_report(ARRAY[200, 50, 20, 20]::bigint[], ARRAY['a', 'b', 'c', 'd'])$$,
    $$VALUES (1, 'a', 200::bigint, 1::float8, 1::float8, 0::bigint), (2, 'b', 50, 0.25, 0.25, 150),
             (3, 'c', 20, 0.4, 0.1, 30), (4, 'd', 20, 1, 0.1, 0)$$,
    'funnel_report: actors, conversion from previous and first step, drop-off');
SELECT is((SELECT array_agg(actors ORDER BY step) FROM funnel_report(
              (SELECT funnel_counts(u, '1 hour', t, k = 1, k = 2) FROM (VALUES (1, 1, now()), (1, 2, now()), (2, 1, now())) v(u, k, t)))),
          ARRAY[2, 1]::bigint[], 'funnel_report over funnel_counts of a tiny table');

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

-- BG/NBD log-likelihood: one customer with no repeat purchase, closed form (FHL 2005, eq. 6 with
-- x = 0: the customer cannot have dropped out, so L = (alpha / (alpha + T))^r)
SELECT ok(abs(bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, 0, 0, 10)
              - 0.5 * ln(4.0 / 14.0)) < 1e-12,
          'bgnbd_log_likelihood for x = 0 equals the closed form');

SELECT * FROM finish();
ROLLBACK;
