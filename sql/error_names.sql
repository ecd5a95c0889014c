-- Every argument error names the function the user called: "<arg> of <function> must be ...".
-- One call per capability and per kind of check (core/args.c helpers and direct checks).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET extra_float_digits = 0;
\set VERBOSITY terse

-- lift: finite, not NaN, positive finite, non-negative finite, not negative, open unit,
-- unit interval, at least, successes, df, arrays; shared C entry points name their caller
SELECT * FROM sequential_interval(0.1, 'NaN', 100);
SELECT * FROM sequential_interval(0.1, 0.01, 100, tuning => -1);
SELECT norm_cdf('NaN');
SELECT * FROM sequential_ttest(100, 1, -1, 100, 1, 1);
SELECT * FROM welch_ttest(10, 1, -1, 10, 1, 1);
SELECT sample_size_proportions(1, 0.1);
SELECT t_ppf(2, 3);
SELECT * FROM sequential_ztest(1, 0, 1, 10);
SELECT * FROM proportion_ztest(11, 10, 1, 10);
SELECT * FROM bayes_proportions(11, 10, 1, 10);
SELECT t_cdf(1, 0);
SELECT t_sf(1, 0);
SELECT chi2_sf(1, 'infinity');
SELECT p_adjust('{0.1,NULL}', 'holm');
SELECT srm_test('{1,2}', '{1,0}');
SELECT power_mean(0.1, 1, -1, 100);
SELECT mde_proportions(0.1, 100, 0.05, 0.01);
-- clv: scalar functions and aggregates (the aggregate's name, not its support function's)
SELECT clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44), 2, 30, 38, 20, periods => -1);
SELECT bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, 2.4259), 1, 5, 4);
SELECT bgnbd_expected_purchases(row(0.2426, -1, 0.7929, 2.4259), 1, 1, 2, 4);
SELECT bgnbd_fit(x, 0, 4) FROM (VALUES (1), ('NaN'::float8)) v(x);
SELECT gamma_gamma_fit(2, m) FROM (VALUES (10), (-5)) v(m);
SELECT clv_summary(now(), 'infinity'::float8, now(), 'days');
-- an aggregate used as a window function names itself too
SELECT gamma_gamma_fit(2, m) OVER () FROM (VALUES (10), (-5)) v(m);
SELECT clv_summary(now(), a, now(), 'days') OVER (ORDER BY a) FROM (VALUES (1::float8), ('NaN')) v(a);
-- rfm
SELECT rfm_bin(1.5, 5);
SELECT rfm_bin(0.5, 0);
SELECT rfm_breaks(x, 0) FROM generate_series(1, 3) x;
SELECT rfm_segment(1, 6, 1);
SELECT rfm_score('NaN'::float8, '{1,2}');
SELECT rfm_score(1, '{2,1}');
-- funnel
SELECT window_funnel('-1 day', now(), true);
SELECT funnel_counts(1, '0 seconds', now(), true);
-- PL/pgSQL: compare_arms
SELECT * FROM compare_arms((SELECT experiment_summary(v, x) FROM (VALUES ('A', 1.0), ('B', 2.0)) s(v, x)), NULL);
SELECT * FROM compare_arms((SELECT experiment_summary(v, x) FROM (VALUES ('A', 1.0), ('B', 2.0)) s(v, x)), 'A', tuning => 0);
-- retention: the options text
SELECT retention_matrix(1, now(), 'period=fortnight');
SELECT retention_matrix(1, now(), 'count=brackets brackets=[3-1]');
