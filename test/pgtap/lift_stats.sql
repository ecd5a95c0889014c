-- pgTAP: the fixed A/B statistics against published reference vectors.
-- Sources (see ../shared/reference/lift_stats.md section 4 and doc/lift.md):
--   [SM]  statsmodels stats/tests/test_proportion.py, test_multi.py (checked there against R)
--   [SP]  scipy stats/tests/test_stats.py::test_ttest_ind_with_uneq_var (checked against R t.test)
--   [GB]  growthbook packages/stats/tests/frequentist/test_tests.py, test_gbstats.py (removed in
--         44baa67c), packages/shared/test/experiments.test.ts; values rounded to 5 dp there
--   [BT]  ankane/bayestest-c test/main.c (tolerance 1e-10 there)
--   [EX]  exact: Evan Miller's closed-form sum evaluated in rational arithmetic (Python
--         fractions) or with mpmath at 50 digits; sample sizes with mpmath at 50 digits
\ir helpers/setup.psql
SELECT plan(40);

CREATE FUNCTION pg_temp.close(got float8, want float8, tol float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT abs(got - want) <= tol $$;
CREATE FUNCTION pg_temp.rclose(got float8, want float8, tol float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT abs(got - want) <= tol * abs(want) $$;

-- ---- proportion_ztest --------------------------------------------------------
-- [SM] test_default_values (GH 2969): counts (5, 12), nobs (83, 99): z = -1.4078304151258787 for
-- count1 - count2; here B - A, so the sign flips.  p = 0.15918129181156992.
SELECT ok(pg_temp.rclose(z, 1.4078304151258787, 1e-13) AND pg_temp.rclose(p_value, 0.15918129181156992, 1e-13),
          'proportion_ztest: statsmodels pooled z and p (5/83 vs 12/99)')
FROM proportion_ztest(5, 83, 12, 99);
-- [SM] test_confint_2indep_propcis (vs R PropCIs): Wald difference interval 7/34 vs 1/34
SELECT ok(pg_temp.close(abs_lift_low, 0.02916942, 1e-8) AND pg_temp.close(abs_lift_high, 0.32377176, 1e-8),
          'proportion_ztest: statsmodels/R Wald interval (0.02916942, 0.32377176)')
FROM proportion_ztest(1, 34, 7, 34);
SELECT ok(rate_a = 1 / 34.0 AND rate_b = 7 / 34.0 AND pg_temp.rclose(abs_lift, 6 / 34.0, 1e-15)
          AND pg_temp.rclose(rel_lift, 6, 1e-14), 'proportion_ztest: rates and lifts')
FROM proportion_ztest(1, 34, 7, 34);
-- delta-method relative interval: half width z * sqrt(vb/ra^2 + rb^2 va/ra^4) (checked by hand)
SELECT ok(pg_temp.rclose((rel_lift_high - rel_lift_low) / 2,
                         norm_ppf(0.975) * sqrt((7 / 34.0) * (27 / 34.0) / 34 / (1 / 34.0) ^ 2
                                                + (7 / 34.0) ^ 2 * (1 / 34.0) * (33 / 34.0) / 34 / (1 / 34.0) ^ 4), 1e-13),
          'proportion_ztest: delta-method relative interval')
FROM proportion_ztest(1, 34, 7, 34);
SELECT ok(a.p_value = b.p_value AND a.z = -b.z, 'proportion_ztest: swapping the arms flips z, keeps p')
FROM proportion_ztest(120, 1000, 150, 1000) a, proportion_ztest(150, 1000, 120, 1000) b;
SELECT ok(pg_temp.rclose(abs_lift_high - abs_lift, norm_ppf(0.995) * sqrt(0.12 * 0.88 / 1000 + 0.15 * 0.85 / 1000), 1e-13),
          'proportion_ztest: alpha sets the interval level (99%)')
FROM proportion_ztest(120, 1000, 150, 1000, 0.01);

-- ---- welch_ttest ---------------------------------------------------------------
-- [GB] test_two_sided_ttest(_absolute): A n=3407, S=1396.87, Q=52377.9767; B n=3461, S=2422.7, Q=134698.29
CREATE TEMP VIEW gb AS
SELECT * FROM welch_ttest(3407, 1396.87 / 3407, (52377.9767 - 1396.87 ^ 2 / 3407) / 3406,
                          3461, 2422.7 / 3461, (134698.29 - 2422.7 ^ 2 / 3461) / 3460);
SELECT ok(round(diff::numeric, 5) = 0.29 AND round(diff_low::numeric, 5) = 0.04538
          AND round(diff_high::numeric, 5) = 0.53462 AND round(p_value::numeric, 5) = 0.02016,
          'welch_ttest: GrowthBook absolute test (0.29, CI 0.04538..0.53462, p 0.02016)') FROM gb;
SELECT ok(round(rel_lift::numeric, 5) = 0.70732 AND round(rel_lift_low::numeric, 5) = -0.03526
          AND round(rel_lift_high::numeric, 5) = 1.44989,
          'welch_ttest: GrowthBook relative delta-method CI (0.70732, -0.03526..1.44989)') FROM gb;
SELECT ok(round(df::numeric, 2) = 5841.74, 'welch_ttest: Welch-Satterthwaite df 5841.74') FROM gb;
-- [GB] test_two_sided_ttest_binom: Prop n=28, S=14 vs n=30, S=16 (variance p(1-p)), relative CI
SELECT ok(round(rel_lift::numeric, 5) = 0.06667 AND round(rel_lift_low::numeric, 5) = -0.47767
          AND round(rel_lift_high::numeric, 5) = 0.61101 AND round(df::numeric, 2) = 55.71,
          'welch_ttest: GrowthBook binomial relative CI (-0.47767..0.61101, df 55.71)')
FROM welch_ttest(28, 0.5, 0.25, 30, 16 / 30.0, (16 / 30.0) * (14 / 30.0));
-- [SP] a = (1,2,3), b = (1.1,2.9,4.2): t = -0.686495127355726265 (a - b), p = 0.53619490753126686
SELECT ok(pg_temp.rclose(t, 0.686495127355726265, 1e-13) AND pg_temp.rclose(p_value, 0.53619490753126686, 1e-12),
          'welch_ttest: scipy/R case 1 (t 0.6864951273557, p 0.5361949075313)')
FROM welch_ttest(3, 2, 1, 3, 8.2 / 3, (27.26 - 8.2 ^ 2 / 3) / 2);
-- [SP] a = (1,2,3,4): t = -0.210866331595072315, p = 0.84354139131608252
SELECT ok(pg_temp.rclose(t, 0.210866331595072315, 1e-12) AND pg_temp.rclose(p_value, 0.84354139131608252, 1e-12),
          'welch_ttest: scipy/R case 2 (t 0.2108663315951, p 0.8435413913161)')
FROM welch_ttest(4, 2.5, 5 / 3.0, 3, 8.2 / 3, (27.26 - 8.2 ^ 2 / 3) / 2);
-- [SP] regression rows: linspace(5,105,100) vs linspace(1,100,100) and vs linspace(1,100,25)
CREATE TEMP TABLE lin AS
SELECT 'r1' AS s, 5 + 100.0 / 99 * i AS v FROM generate_series(0, 99) i
UNION ALL SELECT 'r2', 1 + i FROM generate_series(0, 99) i
UNION ALL SELECT 'r3', 1 + 99.0 / 24 * i FROM generate_series(0, 24) i;
CREATE TEMP VIEW lin_stats AS
SELECT s, count(*) AS n, avg(v)::float8 AS m, var_samp(v)::float8 AS var FROM lin GROUP BY s;
SELECT ok(pg_temp.rclose(w.t, 1.0912746897927283, 1e-12) AND pg_temp.rclose(w.p_value, 0.27647831993021388, 1e-12),
          'welch_ttest: scipy regression rvs1 vs rvs2 (t 1.09127468979273, p 0.27647831993021)')
FROM lin_stats a, lin_stats b, welch_ttest(a.n, a.m, a.var, b.n, b.m, b.var) w WHERE a.s = 'r2' AND b.s = 'r1';
SELECT ok(pg_temp.rclose(w.t, 0.66745638708050492, 1e-12) AND pg_temp.rclose(w.p_value, 0.50873585065616544, 1e-12),
          'welch_ttest: scipy regression rvs1 vs rvs3 (t 0.66745638708050, p 0.50873585065617)')
FROM lin_stats a, lin_stats b, welch_ttest(a.n, a.m, a.var, b.n, b.m, b.var) w WHERE a.s = 'r3' AND b.s = 'r1';
-- randomized: plain-SQL Welch statistic on generated per-actor data
SELECT setseed(0.42);
CREATE TEMP TABLE wr AS SELECT (i % 2 = 0) AS b, 10 + 3 * random() + CASE WHEN i % 2 = 0 THEN 0.2 ELSE 0 END AS y
FROM generate_series(1, 5000) i;
SELECT ok(pg_temp.rclose(w.t, (sb.m - sa.m) / sqrt(sa.v / sa.n + sb.v / sb.n), 1e-12)
          AND pg_temp.rclose(w.p_value, 2 * t_sf(abs(w.t), w.df), 1e-12)
          AND pg_temp.rclose(w.diff_high - w.diff, t_ppf(0.975, w.df) * sqrt(sa.v / sa.n + sb.v / sb.n), 1e-12),
          'welch_ttest: equals the plain SQL Welch formulas on random data')
FROM (SELECT count(*) n, avg(y) m, var_samp(y) v FROM wr WHERE NOT b) sa,
     (SELECT count(*) n, avg(y) m, var_samp(y) v FROM wr WHERE b) sb,
     welch_ttest(sa.n, sa.m, sa.v, sb.n, sb.m, sb.v) w;
SELECT ok(rel_lift = -0.5 AND rel_lift_low < rel_lift AND rel_lift_high > rel_lift,
          'welch_ttest: relative lift divides by |mean_a| (negative baseline keeps the sign, GrowthBook #6658)')
FROM welch_ttest(100, -2, 1, 100, -3, 1);

-- ---- chi-squared / SRM -----------------------------------------------------------
-- [SM] TestProportion vs R prop.test(correct=FALSE): chi2 11.11938768628861, df 3 -> p 0.011097511366581344
SELECT ok(pg_temp.rclose(chi2_sf(11.11938768628861, 3), 0.011097511366581344, 1e-12),
          'chi2_sf: R prop.test k=4 p-value 0.011097511366581344');
-- [GB] check_srm([1000, 1200], [0.5, 0.5]) = 0.000020079 (9 dp)
SELECT is(round(srm_test('{1000,1200}', '{0.5,0.5}')::numeric, 9), 0.000020079, 'srm_test: GrowthBook 0.000020079');
-- [SP] power_divergence: f_obs [4,8,12,8] uniform: chi2 = 4 (df 3); with f_exp [2,16,12,2]: chi2 = 24
SELECT ok(pg_temp.rclose(srm_test('{4,8,12,8}', '{1,1,1,1}'), chi2_sf(4, 3), 1e-15)
          AND pg_temp.rclose(srm_test('{4,8,12,8}', '{1,1,1,1}'), 0.26146412994911, 1e-12),
          'srm_test: scipy uniform case, chi2 = 4, p = 0.26146412994911');
SELECT ok(pg_temp.rclose(srm_test('{4,8,12,8}', '{2,16,12,2}'), chi2_sf(24, 3), 1e-15),
          'srm_test: scipy weighted case, chi2 = 24');
SELECT ok(srm_test('{500,500}', '{1,1}') = 1 AND srm_test('{5000,5000,10000}', '{0.25,0.25,0.5}') = 1,
          'srm_test: a perfect split gives p = 1');
SELECT ok(pg_temp.rclose(srm_test('{4000,6100}', '{0.4,0.6}'), srm_test('{4000,6100}', '{2,3}'), 1e-15),
          'srm_test: weights need not sum to one');

-- ---- p_adjust ---------------------------------------------------------------------
-- [GB] Holm on [0.01, 0.04, 0.03, 0.005, 0.55, 0.6]
SELECT is(p_adjust('{0.01,0.04,0.03,0.005,0.55,0.6}', 'holm')::numeric(10, 6)[],
          '{0.05,0.12,0.12,0.03,1,1}'::numeric(10, 6)[], 'p_adjust holm: GrowthBook vector');
-- [GB] BH on [0.898, 0.138, 0.007, 0.964, 0.538, 0.006, 0.138]
SELECT is(p_adjust('{0.898,0.138,0.007,0.964,0.538,0.006,0.138}', 'bh')::numeric(10, 6)[],
          '{0.964,0.2415,0.0245,0.964,0.7532,0.0245,0.2415}'::numeric(10, 6)[], 'p_adjust bh: GrowthBook vector');
-- [SM] res_multtest3 vs R multtest
SELECT is(p_adjust('{0.001,0.002,0.003,0.004,0.005,0.05,0.06,0.07,0.08,0.09}', 'holm')::numeric(10, 7)[],
          '{0.01,0.018,0.024,0.028,0.03,0.25,0.25,0.25,0.25,0.25}'::numeric(10, 7)[], 'p_adjust holm: statsmodels/R vector');
SELECT is(p_adjust('{0.001,0.002,0.003,0.004,0.005,0.05,0.06,0.07,0.08,0.09}', 'bh')::numeric(10, 7)[],
          '{0.01,0.01,0.01,0.01,0.01,0.0833333,0.0857143,0.0875,0.0888889,0.09}'::numeric(10, 7)[],
          'p_adjust bh: statsmodels/R vector');
SELECT is(p_adjust('{0.001,0.02,0.4}', 'bonferroni'), '{0.003,0.06,1}'::float8[], 'p_adjust bonferroni, capped at 1');
SELECT ok(p_adjust('{}', 'holm') = '{}'::float8[] AND p_adjust('{0.2}', 'bh') = '{0.2}'::float8[]
          AND p_adjust('{0.03,0.03,0.03}', 'holm') = '{0.09,0.09,0.09}'::float8[],
          'p_adjust: empty array, single value, ties');
-- ---- prob_beat_control --------------------------------------------------------------
-- [BT] bayestest_prob_b_beats_a(alpha_a, beta_a, alpha_b, beta_b); x = alpha - 1, n = alpha + beta - 2
SELECT ok(pg_temp.rclose(prob_beat_control(0, 1, 2, 5), 0.6428571428571429, 1e-14),
          'prob_beat_control: bayestest (1,2,3,4) = 0.6428571428571429 = 9/14');
SELECT ok(pg_temp.close(prob_beat_control(54, 103, 29, 58), 0.38386463776317903, 1e-10)
          AND pg_temp.rclose(prob_beat_control(54, 103, 29, 58), 0.38386463776323204825, 1e-12),
          'prob_beat_control: bayestest (55,50,30,30) within their 1e-10; exact 0.383864637763232048');
SELECT ok(pg_temp.rclose(prob_beat_control(49, 98, 34, 63), 0.6867997222295887, 1e-13),
          'prob_beat_control: bayestest (50,50,35,30) = 0.6867997222295887');
-- [BT] binary arms participants {200, 400}, conversions {100, 250}: P(arm1 best) 0.99824356868812
SELECT ok(pg_temp.close(prob_beat_control(100, 200, 250, 400), 0.99824356868812, 1e-10)
          AND pg_temp.rclose(prob_beat_control(100, 200, 250, 400), 0.99824356868842726213, 1e-12)
          AND pg_temp.rclose(prob_beat_control(250, 400, 100, 200), 0.0017564313115727378714, 1e-12),
          'prob_beat_control: bayestest 2-arm binary case; exact 0.998243568688427262 / 0.001756431311572738');
-- [EX] tiny probability, 1000/10000 vs 500/10000 (exact rational sum)
SELECT ok(pg_temp.rclose(prob_beat_control(1000, 10000, 500, 10000), 4.6634671801331620893e-42, 1e-11),
          'prob_beat_control: 4.66346718013316e-42 with full relative accuracy');
-- [EX] large counts (mpmath, 50 digits)
SELECT ok(pg_temp.rclose(prob_beat_control(30, 1000000, 45, 1000000), 0.95767990286747816234, 1e-12)
          AND pg_temp.rclose(prob_beat_control(45, 1000000, 30, 1000000), 0.042320097132521837662, 1e-11)
          AND pg_temp.rclose(prob_beat_control(3000, 200000, 3150, 200000), 0.97304259784817218494, 1e-12)
          AND pg_temp.rclose(prob_beat_control(100000, 10000000, 100900, 10000000), 0.97820996427096199614, 1e-12),
          'prob_beat_control: exact values for 1e6 and 1e7 trials');
-- symmetry P(B > A) + P(A > B) = 1 and identical arms give 1/2, over random counts
SELECT setseed(0.17);
CREATE TEMP TABLE pbc AS
SELECT na, (random() * na)::bigint AS xa, nb, (random() * nb)::bigint AS xb
FROM (SELECT (1 + random() * power(10, 1 + random() * 6))::bigint AS na,
             (1 + random() * power(10, 1 + random() * 6))::bigint AS nb FROM generate_series(1, 60)) s;
SELECT cmp_ok((SELECT max(abs(prob_beat_control(xa, na, xb, nb) + prob_beat_control(xb, nb, xa, na) - 1)) FROM pbc),
              '<=', 1e-12::float8, 'prob_beat_control: P(B>A) + P(A>B) = 1 on 60 random pairs up to 1e7 trials');
SELECT cmp_ok((SELECT max(abs(prob_beat_control(xa, na, xa, na) - 0.5)) FROM pbc),
              '<=', 1e-12::float8, 'prob_beat_control: identical arms give 1/2');
-- normal approximation agrees to its own accuracy for big counts
SELECT cmp_ok(abs(prob_beat_control(500000, 5000000, 502000, 5000000)
                  - norm_cdf((502001 / 5000002.0 - 500001 / 5000002.0)
                             / sqrt(2 * (500001 / 5000002.0) * (1 - 500001 / 5000002.0) / 5000003))),
              '<=', 1e-3::float8, 'prob_beat_control: close to the normal approximation at 5e6 trials');

-- ---- sample_size_proportions ----------------------------------------------------------
-- [EX] the issue's formula at 50 digits (mpmath): 14750.79 -> 14751; 1093.74 -> 1094;
--      12786.36 -> 12787; 156972.49 -> 156973
SELECT is(ARRAY[sample_size_proportions(0.1, 0.1), sample_size_proportions(0.2, 0.25),
                sample_size_proportions(0.05, -0.2, 0.01, 0.9), sample_size_proportions(0.5, 0.01)],
          ARRAY[14751, 1094, 12787, 156973]::bigint[], 'sample_size_proportions: reference values');
SELECT ok(sample_size_proportions(0.1, 0.05) > sample_size_proportions(0.1, 0.1)
          AND sample_size_proportions(0.1, 0.1, 0.05, 0.9) > sample_size_proportions(0.1, 0.1),
          'sample_size_proportions: smaller effects and more power need more actors');
-- the power of the design at that size is at least the requested power (normal approximation, unpooled)
SELECT ok(norm_cdf((0.11 - 0.1) / sqrt(0.1 * 0.9 / n + 0.11 * 0.89 / n) - norm_ppf(0.975)
                   * sqrt(2 * 0.105 * 0.895 / n) / sqrt(0.1 * 0.9 / n + 0.11 * 0.89 / n)) >= 0.8,
          'sample_size_proportions: the design reaches 80% power')
FROM sample_size_proportions(0.1, 0.1) n;

SELECT * FROM finish();
ROLLBACK;
