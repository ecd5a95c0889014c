-- pgTAP: sequential (always-valid) tests, the Bayesian normal effect model,
-- power and minimum detectable effects (doc/lift_advanced.md).
-- Reference vectors (cited per test) come from GrowthBook's own test suites
--   packages/stats/tests/frequentist/test_tests.py  (sequential)
--   packages/stats/tests/bayesian/test_tests.py     (Bayesian)
--   packages/shared/test/power.test.ts              (power, MDE)
-- as listed in shared/reference/lift_stats.md sections 4.1, 4.2 and 4.8, where
-- GrowthBook rounds to 5 decimals; the tests check to 5e-6.  The Eppo
-- boundary (eppo-docs statistical-nitty-gritty.md, Howard et al. eq. 14) is an
-- independent closed form of the same confidence sequence.
\ir helpers/setup.psql
SELECT plan(37);

CREATE FUNCTION pg_temp.near(a float8, b float8, tol float8 DEFAULT 5e-6) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(abs(a - b) <= tol, false) $$;

-- GrowthBook SampleMeanStatistic(n, sum, sum_squares) -> (n, mean, sample variance)
CREATE FUNCTION pg_temp.sm(n bigint, s float8, q float8, OUT n bigint, OUT m float8, OUT v float8)
LANGUAGE sql IMMUTABLE AS $$ SELECT n, s / n, (q - s * s / n) / (n - 1) $$;

-- ---- sequential ------------------------------------------------------------------
-- test_sequential_test_runs (relative, N* = 1000): CI (-0.55844, 1.56516), p 1
SELECT ok((SELECT pg_temp.near(r.ci_low, -0.55844) AND pg_temp.near(r.ci_high, 1.56516) AND r.p_value = 1
           FROM pg_temp.sm(3000, 1396.87, 52377.9767) a, pg_temp.sm(3461, 2422.7, 134698.29) b,
                sequential_ttest(a.n, a.m, a.v, b.n, b.m, b.v, 0.05, 1000) r),
          'GrowthBook test_sequential_test_runs: CI (-0.55844, 1.56516), p 1');
SELECT ok((SELECT pg_temp.near(r.estimate, 0.5033610858562358, 1e-12) AND pg_temp.near(r.se, 0.3334122146400735, 1e-12)
           FROM pg_temp.sm(3000, 1396.87, 52377.9767) a, pg_temp.sm(3461, 2422.7, 134698.29) b,
                sequential_ttest(a.n, a.m, a.v, b.n, b.m, b.v, 0.05, 1000) r),
          'GrowthBook one-sided suite: relative estimate 0.5033610858562358 and SE 0.3334122146400735');
-- test_sequential_test_runs_prop (relative, N* = 5000): est 0.50386, SE 0.03386, CI (0.40098, 0.60675), p 0.0
SELECT ok((SELECT pg_temp.near(r.estimate, 0.50386) AND pg_temp.near(r.se, 0.03386)
                  AND pg_temp.near(r.ci_low, 0.40098) AND pg_temp.near(r.ci_high, 0.60675)
           FROM sequential_ztest(1396, 3000, 2422, 3461) r),
          'GrowthBook test_sequential_test_runs_prop: est, SE and CI');
SELECT ok((SELECT r.p_value > 0 AND pg_temp.near(r.p_value / 5.174716682839797e-44, 1, 1e-9)
           FROM sequential_ztest(1396, 3000, 2422, 3461) r),
          'prop p-value 5.1747e-44 (rounds to GrowthBook''s 0.0; value derived with Python math, lift_stats.md 4.1)');
-- Eppo's boundary sqrt((t + r)/t * ln((t + r)/(r alpha^2))), r = N/(ln ln(e/alpha^2) - 2 ln alpha)
SELECT is((SELECT count(*) FROM (VALUES (100), (1000), (5000), (100000), (7), (3000000)) t(n),
                LATERAL sequential_interval(0, 1, t.n, 0.05, 5000) s,
                LATERAL (SELECT 5000 / (ln(ln(exp(1) / 0.0025)) - 2 * ln(0.05)) AS r) e
           WHERE pg_temp.near(s.ci_high, sqrt((t.n + e.r) / t.n * ln((t.n + e.r) / (e.r * 0.0025))), 1e-12)),
          6::bigint, 'half-width / SE equals Eppo''s closed form at 6 sample sizes');
SELECT ok((SELECT pg_temp.near(a.ci_high, 6.6944, 1e-4) AND pg_temp.near(b.ci_high, 3.3639, 1e-4)
                  AND pg_temp.near(c.ci_high, 3.0352, 1e-4) AND pg_temp.near(d.ci_high, 3.3369, 1e-4)
           FROM sequential_interval(0, 1, 100) a, sequential_interval(0, 1, 1000) b,
                sequential_interval(0, 1, 5000) c, sequential_interval(0, 1, 100000) d),
          'half-width / SE 6.6944, 3.3639, 3.0352, 3.3369 at n = 100, 1000, 5000, 100000 (lift_stats.md 2.5)');
SELECT is((SELECT count(*) FROM generate_series(1, 400) i,
                LATERAL sequential_interval(i / 100.0, 1, (i * 37)::bigint, 0.05, 5000) s
           WHERE (s.p_value <= 0.05) <> (s.ci_low > 0)), 0::bigint,
          'duality: p <= alpha exactly when the interval excludes 0 (400 cases)');
SELECT ok((SELECT w.ci_high > s.ci_high FROM sequential_interval(2, 1, 10000) s, sequential_interval(2, 1, 10000, 0.05, 1e9) w),
          'a far-off tuning point widens the interval at n = 10000');
SELECT ok((SELECT bool_and(s.ci_high - s.ci_low > 2 * 1.959963984540054) FROM generate_series(1, 7) e,
                LATERAL sequential_interval(0, 1, (10 ^ e)::bigint) s),
          'the always-valid interval is wider than the fixed-horizon z interval at every n');
SELECT ok((SELECT r.ci_low < 0 AND a.ci_low > r.ci_low
           FROM pg_temp.sm(3000, 1396.87, 52377.9767) x, pg_temp.sm(3461, 2422.7, 134698.29) y,
                sequential_ttest(x.n, x.m, x.v, y.n, y.m, y.v, 0.05, 1000, false) a,
                sequential_ttest(x.n, x.m, x.v, y.n, y.m, y.v, 0.05, 1000, true) r),
          'absolute variant runs on the same data');
SELECT ok((SELECT pg_temp.near(r.estimate, 0.29, 1e-12) FROM pg_temp.sm(3407, 1396.87, 52377.9767) a,
                pg_temp.sm(3461, 2422.7, 134698.29) b, sequential_ttest(a.n, a.m, a.v, b.n, b.m, b.v, relative => false) r),
          'absolute estimate 0.29 (GrowthBook test_two_sided_ttest_absolute)');

-- simulation under H0 (deterministic seed): 200 A/A experiments of 1000 actors per arm, looked at
-- 20 times (every 50 actors).  Stopping at the first fixed-horizon p < 0.05 rejects in about a
-- quarter of them (Johari et al. 2017); the always-valid p keeps the any-look rate below alpha.
SELECT setseed(0.17);
CREATE TEMP TABLE sim AS
SELECT e, arm, i, sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS y
FROM generate_series(1, 200) e, generate_series(0, 1) arm, generate_series(1, 1000) i;
CREATE TEMP TABLE sim_looks AS
SELECT e, i, max(m) FILTER (WHERE arm = 0) AS ma, max(m) FILTER (WHERE arm = 1) AS mb
FROM (SELECT e, arm, i, moments(y) OVER (PARTITION BY e, arm ORDER BY i) AS m FROM sim) s
WHERE i % 50 = 0 GROUP BY e, i;
CREATE TEMP TABLE sim_res AS
SELECT avg(fixed::int) AS fixed_peeking, avg(seq::int) AS sequential
FROM (SELECT e, bool_or(w.p_value < 0.05) AS fixed, bool_or(s.p_value < 0.05) AS seq
      FROM sim_looks, welch_ttest(ma, mb) w,
           sequential_ttest(moments_n(ma), moments_mean(ma), moments_variance(ma),
                            moments_n(mb), moments_mean(mb), moments_variance(mb), relative => false) s
      GROUP BY e) q;
SELECT ok((SELECT fixed_peeking > 0.10 FROM sim_res),
          'A/A simulation: peeking at the fixed-horizon p 20 times rejects in more than 10% of experiments');
SELECT ok((SELECT sequential <= 0.05 FROM sim_res),
          'A/A simulation: the always-valid p rejects at any of the 20 looks in at most 5% of experiments');

-- ---- Bayesian normal effect model ---------------------------------------------------------
-- test_bayesian_binomial_ab_test: A 49/100, B 51/100, flat prior
SELECT ok((SELECT pg_temp.near(r.effect, 0.04082) AND pg_temp.near(r.effect_sd, 0.14725)
                  AND pg_temp.near(r.ci_low, -0.24779) AND pg_temp.near(r.ci_high, 0.32943)
                  AND pg_temp.near(r.chance_to_win, 0.60918)
           FROM bayes_proportions(49, 100, 51, 100) r),
          'GrowthBook test_bayesian_binomial_ab_test: mean, sd, CI, chance to win');
SELECT ok((SELECT pg_temp.near(r.risk_control, 0.0814, 5e-5) AND pg_temp.near(r.risk_treatment, 0.04058)
           FROM bayes_proportions(49, 100, 51, 100) r),
          'GrowthBook test_bayesian_binomial_ab_test: risk [0.0814, 0.04058]');
-- test_bayesian_gaussian_ab_test: A n=10, S=100, Q=1002.25; B n=10, S=105, Q=1111.5
SELECT ok((SELECT pg_temp.near(r.effect, 0.05) AND pg_temp.near(r.effect_sd, 0.03572)
                  AND pg_temp.near(r.ci_low, -0.02) AND pg_temp.near(r.ci_high, 0.12)
                  AND pg_temp.near(r.chance_to_win, 0.91923)
                  AND pg_temp.near(r.risk_control, 0.05131) AND pg_temp.near(r.risk_treatment, 0.00131)
           FROM pg_temp.sm(10, 100, 1002.25) a, pg_temp.sm(10, 105, 1111.5) b,
                bayes_effect(a.n, a.m, a.v, b.n, b.m, b.v) r),
          'GrowthBook test_bayesian_gaussian_ab_test: mean, sd, CI, chance to win, risk');
-- test_bayesian_gaussian_ab_test_informative: prior N(0.1, variance 0.1)
SELECT ok((SELECT pg_temp.near(r.effect, 0.05063) AND pg_temp.near(r.effect_sd, 0.03549)
                  AND pg_temp.near(r.ci_low, -0.01893) AND pg_temp.near(r.ci_high, 0.12019)
                  AND pg_temp.near(r.chance_to_win, 0.92315)
           FROM pg_temp.sm(10, 100, 1002.25) a, pg_temp.sm(10, 105, 1111.5) b,
                bayes_effect(a.n, a.m, a.v, b.n, b.m, b.v, true, 0.1, sqrt(0.1)) r),
          'GrowthBook test_bayesian_gaussian_ab_test_informative: posterior mean, sd, CI, chance to win');
SELECT is((SELECT count(*) FROM generate_series(-30, 30) i,
                LATERAL bayes_effect(1000, 10, 4, 1000, 10 + i / 100.0, 5, false) r
           WHERE NOT pg_temp.near(r.risk_control - r.risk_treatment, r.effect, 1e-12)), 0::bigint,
          'identity: risk_control - risk_treatment = posterior mean (61 cases)');
SELECT is((SELECT count(*) FROM generate_series(-30, 30) i,
                LATERAL bayes_effect(1000, 10, 4, 1000, 10 + i / 100.0, 5, false) r
           WHERE NOT pg_temp.near(r.chance_to_win, norm_cdf(r.effect / r.effect_sd), 1e-14)), 0::bigint,
          'identity: chance to win = norm_cdf(mean/sd) under the flat prior');
SELECT ok((SELECT pg_temp.near(r.chance_to_win, 1 - w.p_value / 2, 1e-3)
           FROM bayes_effect(5000, 10, 4, 5000, 10.05, 4.2, false) r, welch_ttest(5000, 10, 4, 5000, 10.05, 4.2) w),
          'flat prior: chance to win is close to 1 - p/2 of the Welch test');
SELECT ok((SELECT a.effect_sd < f.effect_sd AND abs(a.effect - 0.0) < abs(f.effect - 0.0)
           FROM bayes_proportions(49, 100, 51, 100) f, bayes_proportions(49, 100, 51, 100, true, 0, 0.05) a),
          'a proper prior N(0, 0.05^2) (Eppo''s default) shrinks the lift toward 0');
SELECT ok((SELECT pg_temp.near(r.effect, 0.02, 1e-12) FROM bayes_proportions(49, 100, 51, 100, false) r),
          'absolute effect of 49% -> 51% is 0.02');
SELECT ok((SELECT r.chance_to_win > 0.999 AND r.risk_treatment < 1e-6 FROM bayes_proportions(1000, 10000, 1300, 10000) r),
          'a clear winner: chance to win near 1 and near-zero risk of shipping it');

-- ---- power and MDE (GrowthBook power.test.ts) -------------------------------------------
-- mean 10, variance 3909.9997749994377, relative effect 0.05, N = 400 000 over 3 variations
SELECT ok(pg_temp.near(power_mean(0.05, 10, 3909.9997749994377, 400000 / 3.0), 0.52144),
          'GrowthBook power.test.ts: power 0.52144');
SELECT ok(pg_temp.near(mde_mean(10, 3909.9997749994377, 400000 / 3.0), 0.07027),
          'GrowthBook power.test.ts: MDE 0.07027 at 80% power');
SELECT ok(pg_temp.near(power_mean(0.05, 10, 3909.9997749994377, 400000 / 3.0, 0.05, 5000), 0.20596),
          'GrowthBook power.test.ts: sequential (N* = 5000) power 0.20596');
SELECT ok(pg_temp.near(mde_mean(10, 3909.9997749994377, 400000 / 3.0, 0.05, 0.8, 5000), 0.12821),
          'GrowthBook power.test.ts: sequential MDE 0.12821');
SELECT is((SELECT count(*) FROM generate_series(1, 20) i,
                LATERAL (SELECT mde_mean(5, 30, 1000 * i, 0.05, 0.5 + i / 50.0) AS d) m
           WHERE NOT pg_temp.near(power_mean(m.d, 5, 30, 1000 * i, 0.05), 0.5 + i / 50.0, 1e-4)), 0::bigint,
          'round trip: power_mean(mde_mean(power)) = power (20 cases; the MDE ignores the far tail)');
SELECT ok(mde_mean(10, 3909.9997749994377, 10) IS NULL, 'MDE is NULL when nothing is detectable with 10 actors per arm');
SELECT ok(pg_temp.near(test_power(0, 1), 0.05, 1e-15), 'power at effect 0 is alpha');
SELECT ok(pg_temp.near(test_power(1.959963984540054 + 0.8416212335729143, 1), 0.8 + norm_cdf(-2 * 1.959963984540054 - 0.8416212335729143), 1e-12),
          'power at effect (z_0.975 + z_0.8) SE is 0.8 plus the far tail');
SELECT ok(pg_temp.near(test_power(-2, 0.5), test_power(2, 0.5), 1e-15), 'two-sided power is symmetric in the effect');
SELECT is((SELECT count(*) FROM (VALUES (0.05, 0.1), (0.1, 0.05), (0.3, 0.02), (0.5, 0.1), (0.01, 0.2)) v(p, e),
                LATERAL (SELECT sample_size_proportions(v.p, v.e) AS n) s
           WHERE NOT (power_proportions(v.p, v.e, s.n) >= 0.8 AND power_proportions(v.p, v.e, s.n - 1) < 0.8 + 1e-4)),
          0::bigint, 'sample_size_proportions(rate, mde) actors per arm give power 0.8 (5 cases)');
SELECT is((SELECT count(*) FROM (VALUES (0.05, 0.1), (0.1, 0.05), (0.3, 0.02), (0.5, 0.1), (0.01, 0.2)) v(p, e),
                LATERAL (SELECT sample_size_proportions(v.p, v.e) AS n) s
           WHERE NOT (mde_proportions(v.p, s.n) <= v.e AND mde_proportions(v.p, s.n - 1) > v.e * 0.999)),
          0::bigint, 'mde_proportions inverts sample_size_proportions (5 cases)');
SELECT ok(pg_temp.near(power_proportions(0.1, 0.2, 5000), norm_cdf((0.02 * sqrt(5000) - 1.959963984540054 * sqrt(2 * 0.11 * 0.89)) / sqrt(0.09 + 0.12 * 0.88)), 1e-6),
          'power_proportions equals the textbook one-tail formula (the far tail is negligible)');
SELECT ok(mde_proportions(0.5, 10) IS NULL, 'mde_proportions is NULL when even a rate of 1 is not detectable');
SELECT ok(power_proportions(0.1, 0.1, 1e6) > 0.999 AND power_proportions(0.1, 0.1, 100) < 0.1,
          'power grows with the sample size');
SELECT * FROM finish();
ROLLBACK;
