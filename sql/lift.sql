-- lift beyond the fixed tests: error messages, NULL handling and edge cases
-- of the accumulators, compare_arms, sequential, Bayesian and power functions
-- (doc/lift_advanced.md).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET extra_float_digits = 0;
\pset null '(null)'

-- ---- moments --------------------------------------------------------------------
SELECT moments(x) FROM (VALUES (1.0::float8), (2), (NULL), (4)) v(x);
SELECT moments(x) FROM (VALUES (NULL::float8)) v(x);
SELECT moments_n(m), moments_mean(m), moments_variance(m), moments_stddev(m)
FROM (SELECT moments(x) m FROM (VALUES (5.0::float8)) v(x)) s;
SELECT moments(x) FROM (VALUES (1.0::float8), ('infinity')) v(x);
SELECT moments(x) FROM (VALUES (1.0::float8), ('nan')) v(x);
SELECT moments(x) FROM (VALUES (1e300::float8), (-1e300)) v(x);
-- crafted states are validated
SELECT moments_mean('{1,2}');
SELECT moments_mean('{1.5,2,0}');
SELECT moments_mean('{-1,2,0}');
SELECT moments_mean('{3,2,-1}');
SELECT moments_mean('{0,2,0}');
SELECT moments_mean('{3,NULL,0}');
SELECT moments_mean('{{3,1,0}}');
SELECT moments_mean('{3,1,nan}');
SELECT moments_combine('{2,1,0.5}', '{2,3,0.5}');
SELECT moments_combine('{2,1,0.5}', '{2,3}');
SELECT moments_merge(s) FROM (VALUES ('{2,1,0.5}'::float8[]), (NULL), ('{0,0,0}')) v(s);

-- as a window function: running and sliding states
SELECT x, moments(x::float8) OVER (ORDER BY x) AS running,
       moments(x::float8) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS sliding
FROM generate_series(1, 4) x;

-- ---- comoments ----------------------------------------------------------------------
SELECT comoments(y, x) FROM (VALUES (1.0::float8, 2.0::float8), (3, 5), (NULL, 1), (2, NULL)) v(y, x);
SELECT comoments_covariance('{1,1,1,0,0,0}'), comoments_y('{2,2,3,2,8,4}'), comoments_x('{2,2,3,2,8,4}');
SELECT comoments_covariance('{2,2,3,1,1,5}');
SELECT comoments(y, x) FROM (VALUES (1.0::float8, 'infinity'::float8)) v(y, x);
SELECT ratio_moments('{3,1,0,2,0,0}');
SELECT ratio_moments('{1,1,1,0,0,0}');
SELECT cuped_theta('{3,1,1,2,0,0}');
SELECT * FROM ratio_ttest('{1,1,1,0,0,0}', '{5,1,1,2,2,1}');

-- ---- experiment_summary / experiment_arms -------------------------------------------------
SELECT experiment_summary(v, x) FROM (VALUES ('B', 1.0::float8), ('A', 0), ('B', 0), (NULL, 1), ('A', NULL)) t(v, x);
SELECT * FROM experiment_arms((SELECT experiment_summary(v, x) FROM
    (VALUES ('B', 1.0::float8), ('A', 0), ('B', 0), ('A', 2.5)) t(v, x)));
SELECT experiment_summary(v, x) FROM (VALUES ('A', 1.0::float8)) t(v, x) WHERE false;
SELECT experiment_summary(v, x) FROM (VALUES ('A', 'nan'::float8)) t(v, x);
SELECT experiment_summary(g::text, 1) FROM generate_series(1, 101) g;
SELECT * FROM experiment_arms(ROW('{B,A}', '{{1,0,0,0,0},{1,0,0,0,0}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A,B}', '{{1,0,0,0,0}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{0,0,0,0,0}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{2,0,0,3,0}}')::experiment_state);
SELECT * FROM experiment_arms(ROW(NULL, '{{2,0,0,3,0}}')::experiment_state);
SELECT * FROM experiment_arms(ROW('{A}', '{{2,0.5,0.5,1,0}}')::experiment_state);

-- ---- compare_arms ------------------------------------------------------------------------
CREATE TEMP TABLE arms AS
SELECT CASE WHEN g <= 1000 THEN 'A' ELSE 'B' END AS variant,
       CASE WHEN g <= 1000 THEN (g % 10 = 0)::int ELSE (g % 8 = 0)::int END AS conv,
       (g % 13) * 1.5 AS rev
FROM generate_series(1, 2000) g;
SELECT variant, is_control, n, round(mean::numeric, 4) AS mean, test,
       round(abs_lift::numeric, 5) AS abs_lift, round(rel_lift::numeric, 5) AS rel_lift,
       round(rel_lift_low::numeric, 5) AS rel_low, round(rel_lift_high::numeric, 5) AS rel_high,
       round(p_value::numeric, 6) AS p, round(p_adjusted::numeric, 6) AS p_adj,
       round(seq_p_value::numeric, 6) AS seq_p, round(chance_to_win::numeric, 5) AS ctw,
       round(prob_beat_control::numeric, 5) AS pbc, round(srm_p_value::numeric, 6) AS srm
FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A');
SELECT variant, test, round(abs_lift::numeric, 6) AS abs_lift, round(df::numeric, 3) AS df,
       round(p_value::numeric, 6) AS p, prob_beat_control
FROM compare_arms((SELECT experiment_summary(variant, rev) FROM arms), 'A');
-- SRM against a planned 45/55 split: X2 = 100^2/900 + 100^2/1100 = 20.202, p = 6.97e-6
SELECT variant, round(srm_p_value::numeric, 10) AS srm
FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', weights => '{0.45,0.55}');
SELECT count(*) FROM compare_arms(NULL, 'A');
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'Z');
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), NULL);
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', alpha => 1);
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', correction => 'fdr');
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', weights => '{1,1,1}');
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', tuning => 0);
-- a control with no conversions: relative lift undefined (NULL), the rest still shown
SELECT variant, test, abs_lift IS NOT NULL AS has_abs, rel_lift IS NULL AS rel_undefined
FROM compare_arms((SELECT experiment_summary(v, x) FROM
    (VALUES ('A', 0.0::float8), ('A', 0), ('A', 0), ('B', 1), ('B', 0), ('B', 0)) t(v, x)), 'A');
-- a single-arm experiment: only the control row, no SRM test
SELECT variant, is_control, test, p_value, srm_p_value FROM compare_arms(
    (SELECT experiment_summary('A', x) FROM generate_series(1, 5) x), 'A');

-- degenerate metrics: no variance in either arm, so no test (NULLs, never NaN)
SELECT variant, test, abs_lift, rel_lift, statistic, p_value, p_adjusted, seq_p_value, chance_to_win
FROM compare_arms((SELECT experiment_summary(v, 0) FROM (VALUES ('A'), ('A'), ('B'), ('B')) t(v)), 'A');
SELECT variant, test, abs_lift, rel_lift, statistic, p_value, p_adjusted, seq_p_value, chance_to_win
FROM compare_arms((SELECT experiment_summary(v, 5) FROM (VALUES ('A'), ('A'), ('B'), ('B')) t(v)), 'A');

-- ---- sequential --------------------------------------------------------------------------
SELECT round(ci_low::numeric, 6), round(ci_high::numeric, 6), round(p_value::numeric, 6)
FROM sequential_interval(0.1, 0.03, 20000);
SELECT * FROM sequential_interval(0.1, 0, 100);
SELECT * FROM sequential_interval(0.1, 0.03, 0);
SELECT * FROM sequential_interval(0.1, 0.03, 100, 0);
SELECT * FROM sequential_interval(0.1, 0.03, 100, 0.05, -1);
SELECT * FROM sequential_interval('nan', 0.03, 100);
SELECT * FROM sequential_ttest(100, 0, 1, 100, 1, 1);
SELECT * FROM sequential_ttest(100, 1, 0, 100, 1, 0);
SELECT * FROM sequential_ttest(100, 1, -1, 100, 1, 1);
SELECT * FROM sequential_ztest(5, 4, 1, 10);
SELECT * FROM sequential_ztest(-1, 4, 1, 10);
SELECT * FROM sequential_ztest(1, 0, 1, 10);
SELECT * FROM sequential_ztest(NULL, 10, 1, 10);

-- ---- Bayesian ------------------------------------------------------------------------------
SELECT * FROM bayes_effect(100, 0, 1, 100, 1, 1);
SELECT round(effect::numeric, 6), round(chance_to_win::numeric, 6)
FROM bayes_effect(100, 0, 1, 100, 1, 1, false);
SELECT * FROM bayes_effect(100, 1, 1, 100, 1, 1, true, 0, 0);
SELECT * FROM bayes_effect(100, 1, 1, 100, 1, 1, true, 0, 0.1, 1.5);
SELECT * FROM bayes_effect(100, 1, 1, 100, 1, 1, NULL);
SELECT * FROM bayes_proportions(0, 100, 0, 100);
SELECT * FROM bayes_proportions(101, 100, 0, 100);

-- ---- power and MDE ---------------------------------------------------------------------------
SELECT round(test_power(0.1, 0.05)::numeric, 6), round(power_proportions(0.1, 0.1, 10000)::numeric, 6),
       round(mde_proportions(0.1, 10000)::numeric, 6), round(mde_mean(10, 100, 10000)::numeric, 6),
       round(mde_mean(-10, 100, 10000)::numeric, 6);
SELECT test_power(0.1, 0);
SELECT test_power(0.1, 0.05, 0);
SELECT power_mean(0.1, 0, 1, 100);
SELECT power_mean(0.1, 1, -1, 100);
SELECT power_mean(0.1, 1, 1, 0);
SELECT power_mean(0.1, 1, 1, 100, 0.05, 0);
SELECT power_mean(NULL, 1, 1, 100);
SELECT mde_mean(1, 1, 100, 0.05, 0.01);
SELECT mde_mean(1, 1, 100, 0.05, 1);
SELECT power_proportions(0.6, 1, 100);
SELECT power_proportions(1, 0.1, 100);
SELECT mde_proportions(0.1, 100, 0.05, 0);

-- merge and combine forms: crafted states, NULLs, empty input
SELECT comoments_merge(s) FROM (SELECT NULL::float8[] AS s WHERE false) q;
SELECT comoments_combine(NULL, NULL);
SELECT comoments_combine('{1,2,3}', '{1,2,3,4,5,6}');
SELECT comoments_merge(s) FROM (VALUES ('{2,1,1,-1,0,0}'::float8[])) v(s);
SELECT experiment_summary_combine(NULL, NULL);

-- CUPED and ratio states
SELECT cuped_theta('{0,0,0,0,0,0}');
SELECT cuped_moments((SELECT comoments(y, x) FROM (VALUES (1.0, 2.0), (2.0, 3.0)) v(y, x)), 'Infinity', 0);
SELECT cuped_theta((SELECT comoments(y, 1.0) FROM (VALUES (1.0), (2.0), (4.0)) v(y)));
SELECT ratio_moments((SELECT comoments(y, x) FROM (VALUES (1.0, 0.0), (2.0, 0.0)) v(y, x)));
SELECT ratio_moments('{1,2}');

-- cuped_ttest and experiment_summary_merge: crafted states, NULLs, empty input
SELECT cuped_ttest('{1,2,3}', '{1,2,3,4,5,6}');
SELECT cuped_ttest(NULL, '{1,2,3,4,5,6}');
SELECT (cuped_ttest(a, a)).p_value
FROM (SELECT comoments(y, x) AS a FROM (VALUES (1.0, 1.0), (2.0, 2.0), (3.0, 3.5)) v(y, x)) s;
SELECT experiment_summary_merge(s) FROM (SELECT NULL::experiment_state AS s WHERE false) q;
SELECT experiment_summary_merge(s) FROM (VALUES (NULL::experiment_state)) v(s);

-- sequential_ztest and bayes_proportions are C functions since 0.3.0; an undefined result is
-- still a row of NULLs, as from the SQL wrappers of 0.2.1
SELECT sequential_ztest(0, 10, 0, 10) IS NULL AS is_null, sequential_ztest(0, 10, 0, 10);
SELECT bayes_proportions(NULL, 10, 1, 10) IS NULL AS is_null, bayes_proportions(NULL, 10, 1, 10);
SELECT bayes_proportions(0, 10, 0, 10);
SELECT sequential_ztest(NULL, 10, 1, 10) IS NULL AS strict_null;

-- ---- arguments, one vocabulary (issue #13 item 4) -------------------------------------------
-- alpha in (0, 0.5] everywhere: 0.95 is a confidence level, 0.5 the largest alpha
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', alpha => 0.95);
SELECT count(*) FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', alpha => 0.5);
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', alpha => 0.50000001);
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', alpha => NULL);
-- checked even when no arm is tested (a control alone)
SELECT * FROM compare_arms((SELECT experiment_summary('A', x) FROM generate_series(1, 5) x), 'A', alpha => 0.95);
-- and by the moments forms of the t-tests, even for empty states
SELECT * FROM welch_ttest('{0,0,0}'::float8[], '{0,0,0}'::float8[], 0.95);
SELECT * FROM ratio_ttest('{0,0,0,0,0,0}'::float8[], '{0,0,0,0,0,0}'::float8[], 0.95);
SELECT * FROM cuped_ttest('{0,0,0,0,0,0}'::float8[], '{0,0,0,0,0,0}'::float8[], 0.95);
SELECT * FROM sequential_interval(0.1, 0.03, 100, 0.95);
SELECT * FROM sequential_ttest(100, 1, 1, 100, 1.1, 1, 0.95);
SELECT * FROM sequential_ztest(10, 100, 12, 100, 0.50000001);
SELECT * FROM bayes_effect(100, 1, 1, 100, 1.1, 1, alpha => 0.95);
SELECT * FROM bayes_proportions(10, 100, 12, 100, alpha => 0.95);
SELECT test_power(0.1, 0.05, 0.95);
SELECT power_mean(0.1, 1, 1, 100, 0.95);
SELECT mde_mean(1, 1, 100, 0.95);
SELECT power_proportions(0.1, 0.1, 100, 0.95);
SELECT mde_proportions(0.1, 100, 0.95);
SELECT round(test_power(0.1, 0.05, 0.5)::numeric, 6) AS power_at_half,
       (sequential_interval(0.1, 0.03, 100, 0.5)).p_value IS NOT NULL AS seq_ok,
       round(mde_proportions(0.1, 10000, 0.5, 0.8)::numeric, 6) AS mde_at_half;
-- power in (0, 1)
SELECT mde_mean(1, 1, 100, 0.05, 0);
SELECT mde_mean(1, 1, 100, 0.05, 80);
SELECT mde_proportions(0.1, 100, 0.05, 1);
SELECT mde_proportions(0.1, 100, 0.05, 'NaN');
SELECT round(mde_mean(1, 1, 100, 0.05, 0.999)::numeric, 6) AS mde_999;
-- the corrections of p_adjust, any letter case; none leaves the p-values as they are
SELECT c, array_agg(round(p_adjusted::numeric, 6) ORDER BY variant) AS p_adjusted
FROM unnest(ARRAY['BH', 'bh', 'Holm', 'FDR_BH', 'Bonferroni', 'NONE']) c,
     LATERAL compare_arms((SELECT experiment_summary(v, x) FROM
         (SELECT (ARRAY['A', 'B', 'C'])[1 + g % 3] AS v, (g % (7 + g % 3) = 0)::int AS x
          FROM generate_series(1, 3000) g) s), 'A', correction => c)
WHERE NOT is_control
GROUP BY c ORDER BY c;
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', correction => 'sidak');
SELECT * FROM compare_arms((SELECT experiment_summary(variant, conv) FROM arms), 'A', correction => NULL);
