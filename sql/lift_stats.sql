-- lift_stats (src/lift/stats.c): distributions and fixed A/B tests; edge cases, NULLs and errors
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET extra_float_digits = 0;

-- distributions: NULL in, NULL out (STRICT)
SELECT norm_cdf(NULL) IS NULL AS a, t_sf(1, NULL) IS NULL AS b, chi2_sf(NULL, 2) IS NULL AS c,
       norm_ppf(NULL) IS NULL AS d, t_ppf(0.5, NULL) IS NULL AS e;
-- infinities and the ends of [0, 1]: scipy conventions
SELECT norm_cdf('-infinity') AS cdf_neg_inf, norm_cdf('infinity') AS cdf_inf,
       norm_sf('infinity') AS sf_inf, norm_ppf(0) AS ppf0, norm_ppf(1) AS ppf1, norm_ppf(0.5) AS ppf_half;
SELECT t_cdf('-infinity', 3) AS a, t_sf('infinity', 3) AS b, t_ppf(0, 2.5) AS c, t_ppf(1, 2.5) AS d,
       t_ppf(0.5, 7) AS e;
SELECT chi2_cdf(0, 3) AS cdf0, chi2_sf(0, 3) AS sf0, chi2_cdf(-1, 3) AS cdf_neg, chi2_sf(-1, 3) AS sf_neg,
       chi2_sf('infinity', 3) AS sf_inf;
-- t with df = infinity is the normal distribution
SELECT t_cdf(1.5, 'infinity') = norm_cdf(1.5) AS same_cdf, t_ppf(0.975, 'infinity') = norm_ppf(0.975) AS same_ppf;
-- familiar values
SELECT round(norm_ppf(0.975)::numeric, 12) AS z975, round(t_ppf(0.975, 10)::numeric, 12) AS t975_10,
       round(chi2_sf(3.841458820694124, 1)::numeric, 12) AS chi2_05, round(t_sf(2, 1)::numeric, 12) AS cauchy;
-- tails far below 1 - cdf
SELECT norm_sf(30) > 0 AS sf30, t_sf(1e10, 1) > 0 AS t_tail, chi2_sf(1000, 2) > 0 AS chi2_tail,
       norm_sf(40) AS sf40_underflows;

-- domain errors
SELECT norm_cdf('NaN');
SELECT norm_ppf(1.5);
SELECT norm_ppf(-0.1);
SELECT norm_ppf('NaN');
SELECT t_cdf(1, 0);
SELECT t_sf(1, -2);
SELECT t_sf('NaN', 2);
SELECT t_ppf(0.5, 'NaN');
SELECT t_ppf(2, 3);
SELECT chi2_cdf(1, 0);
SELECT chi2_sf(1, 'infinity');
SELECT chi2_sf('NaN', 1);

-- proportion_ztest
SELECT round(rate_a::numeric, 6) AS rate_a, round(rate_b::numeric, 6) AS rate_b,
       round(abs_lift::numeric, 6) AS abs_lift, round(abs_lift_low::numeric, 6) AS low,
       round(abs_lift_high::numeric, 6) AS high, round(rel_lift::numeric, 6) AS rel,
       round(rel_lift_low::numeric, 6) AS rel_low, round(rel_lift_high::numeric, 6) AS rel_high,
       round(z::numeric, 6) AS z, round(p_value::numeric, 6) AS p
FROM proportion_ztest(120, 1000, 150, 1000);
-- control rate 0: no relative lift (NULL)
SELECT rate_a, rel_lift IS NULL AS rel_null, rel_lift_low IS NULL AS low_null, round(z::numeric, 4) AS z
FROM proportion_ztest(0, 100, 5, 100);
-- nobody (or everybody) converted: no test (NULL z and p), the lift is 0
SELECT abs_lift, abs_lift_low, abs_lift_high, z IS NULL AS z_null, p_value IS NULL AS p_null
FROM proportion_ztest(0, 100, 0, 50);
SELECT rel_lift, z IS NULL AS z_null FROM proportion_ztest(100, 100, 50, 50);
-- an extreme difference: p is tiny but not zero
SELECT p_value > 0 AND p_value < 1e-100 AS tiny_p FROM proportion_ztest(1000, 100000, 3000, 100000);
SELECT * FROM proportion_ztest(NULL, 10, 1, 10);
SELECT * FROM proportion_ztest(1, 0, 1, 10);
SELECT * FROM proportion_ztest(11, 10, 1, 10);
SELECT * FROM proportion_ztest(1, 10, -1, 10);
SELECT * FROM proportion_ztest(1, 10, 1, 10, 0);
SELECT * FROM proportion_ztest(1, 10, 1, 10, 1);
SELECT * FROM proportion_ztest(1, 10, 1, 10, 'NaN');

-- welch_ttest
SELECT round(diff::numeric, 6) AS diff, round(diff_low::numeric, 6) AS low, round(diff_high::numeric, 6) AS high,
       round(rel_lift::numeric, 6) AS rel, round(rel_lift_low::numeric, 6) AS rel_low,
       round(rel_lift_high::numeric, 6) AS rel_high, round(t::numeric, 6) AS t, round(df::numeric, 4) AS df,
       round(p_value::numeric, 6) AS p
FROM welch_ttest(50, 10, 4, 60, 11, 9);
-- mean_a = 0: no relative lift; both variances 0: no test, point estimates only
SELECT rel_lift IS NULL AS rel_null, t IS NOT NULL AS has_t FROM welch_ttest(50, 0, 4, 60, 1, 9);
SELECT diff, rel_lift, diff_low IS NULL AS low_null, t IS NULL AS t_null, df IS NULL AS df_null,
       p_value IS NULL AS p_null FROM welch_ttest(5, 2, 0, 5, 3, 0);
-- one variance 0 still gives a test with df = n - 1 of the other arm
SELECT round(df::numeric, 6) AS df FROM welch_ttest(10, 1, 0, 20, 2, 4);
SELECT * FROM welch_ttest(1, 1, 1, 10, 1, 1);
SELECT * FROM welch_ttest(10, 1, -1, 10, 1, 1);
SELECT * FROM welch_ttest(10, 'NaN', 1, 10, 1, 1);
SELECT * FROM welch_ttest(10, 1, 1, 10, 'infinity', 1);
SELECT * FROM welch_ttest(10, 1, 1, 10, 1, 1, 1.5);
SELECT * FROM welch_ttest(10, 1e308, 1, 10, -1e308, 1);

-- srm_test
SELECT round(srm_test('{1000,1200}', '{0.5,0.5}')::numeric, 9) AS srm_2,
       round(srm_test('{3300,3350,3400}', '{1,1,1}')::numeric, 6) AS srm_3,
       srm_test('{0,0}', '{1,1}') IS NULL AS no_actors;
SELECT srm_test(NULL, '{1,1}') IS NULL AS null_arg;
SELECT srm_test('{1,2,3}', '{1,1}');
SELECT srm_test('{1}', '{1}');
SELECT srm_test('{1,NULL}', '{1,1}');
SELECT srm_test('{1,2}', '{1,NULL}');
SELECT srm_test('{1,2}', '{1,0}');
SELECT srm_test('{1,2}', '{1,-1}');
SELECT srm_test('{1,-2}', '{1,1}');
SELECT srm_test('{{1,2},{3,4}}', '{1,1,1,1}');

-- p_adjust
SELECT p_adjust('{0.01,0.04,0.03,0.005}', 'bonferroni') AS bonf, p_adjust('{0.01,0.04,0.03,0.005}', 'Holm') AS holm,
       p_adjust('{0.01,0.04,0.03,0.005}', 'BH') AS bh, p_adjust('{}', 'bh') AS empty;
SELECT p_adjust('{0.1,0.2}', 'sidak');
SELECT p_adjust('{0.1,NULL}', 'holm');
SELECT p_adjust('{0.1,1.2}', 'holm');
SELECT p_adjust('{0.1,NaN}', 'holm');

-- prob_beat_control
SELECT round(prob_beat_control(0, 1, 2, 5)::numeric, 12) AS bt1, round(prob_beat_control(100, 200, 250, 400)::numeric, 12) AS bt2,
       prob_beat_control(10, 100, 10, 100) AS same,
       round(prob_beat_control(0, 1000000, 1000000, 1000000)::numeric, 12) AS certain;
SELECT prob_beat_control(1, 0, 1, 1);
SELECT prob_beat_control(2, 1, 1, 1);
SELECT prob_beat_control(1, 1, -1, 1);

-- sample_size_proportions
SELECT sample_size_proportions(0.1, 0.1) AS n1, sample_size_proportions(0.1, -0.1) AS n2,
       sample_size_proportions(0.02, 0.05, 0.05, 0.9) AS n3;
SELECT sample_size_proportions(0, 0.1);
SELECT sample_size_proportions(1, 0.1);
SELECT sample_size_proportions(0.6, 1);
SELECT sample_size_proportions(0.1, 0);
SELECT sample_size_proportions(0.1, 0.1, 0.05, 1);
SELECT sample_size_proportions(0.1, 'NaN');
SELECT sample_size_proportions(0.5, 1e-9);

-- arguments, one vocabulary (issue #13 item 4): alpha in (0, 0.5], power in (0, 1),
-- the corrections in any letter case
SELECT * FROM proportion_ztest(1, 10, 1, 10, 0.95);
SELECT * FROM proportion_ztest(1, 10, 1, 10, 0.50000001);
SELECT round(z::numeric, 6) AS z, round(abs_lift_low::numeric, 6) AS low
FROM proportion_ztest(10, 100, 15, 100, 0.5);
SELECT * FROM welch_ttest(10, 1, 1, 10, 1, 1, 0.95);
SELECT sample_size_proportions(0.1, 0.1, 0.95);
SELECT sample_size_proportions(0.1, 0.1, 0.5) AS n_at_half;
SELECT sample_size_proportions(0.1, 0.1, 0.05, 0);
SELECT sample_size_proportions(0.1, 0.1, 0.05, 1.5);
SELECT p_adjust('{0.01,0.04,0.03,0.005}', 'BH') = p_adjust('{0.01,0.04,0.03,0.005}', 'bh') AS bh_case,
       p_adjust('{0.01,0.04,0.03,0.005}', 'FDR_BH') = p_adjust('{0.01,0.04,0.03,0.005}', 'bh') AS fdr_bh,
       p_adjust('{0.01,0.04,0.03,0.005}', 'Holm') = p_adjust('{0.01,0.04,0.03,0.005}', 'holm') AS holm_case,
       p_adjust('{0.01,0.04,0.03,0.005}', 'None') AS none;
SELECT p_adjust('{0.1,0.2}', 'fdr');
SELECT p_adjust('{0.1,0.2}', NULL) IS NULL AS strict;
