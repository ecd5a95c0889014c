-- Errors and edge cases of the smaller API pieces (merge/combine forms, CUPED and ratio
-- states, the BG/NBD likelihood, the funnel report)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;

-- bgnbd_log_likelihood: bad parameters and impossible customers
SELECT round(bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, 2, 5, 10)::numeric, 6);
SELECT bgnbd_log_likelihood(row(-0.5, 4, 0.8, 2.4)::bgnbd_params, 2, 5, 10);
SELECT bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, 2, 12, 10);
SELECT bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, -1, 0, 10);
SELECT bgnbd_log_likelihood(row(0.5, 'NaN', 0.8, 2.4)::bgnbd_params, 1, 1, 10);
SELECT bgnbd_log_likelihood(NULL, 1, 1, 10);

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

-- funnel_report: NULL elements, increasing counts, a negative count
SELECT * FROM funnel_report(ARRAY[10, NULL, 3]::bigint[]);
SELECT * FROM funnel_report(ARRAY[10, 20]::bigint[]);
SELECT * FROM funnel_report(ARRAY[-1]::bigint[]);
SELECT * FROM funnel_report(ARRAY[10, 5]::bigint[], ARRAY['only one name']);
SELECT * FROM funnel_report(ARRAY[[1, 2], [3, 4]]::bigint[]);

-- cuped_ttest and experiment_summary_merge: crafted states, NULLs, empty input
SELECT cuped_ttest('{1,2,3}', '{1,2,3,4,5,6}');
SELECT cuped_ttest(NULL, '{1,2,3,4,5,6}');
SELECT (cuped_ttest(a, a)).p_value
FROM (SELECT comoments(y, x) AS a FROM (VALUES (1.0, 1.0), (2.0, 2.0), (3.0, 3.5)) v(y, x)) s;
SELECT experiment_summary_merge(s) FROM (SELECT NULL::experiment_state AS s WHERE false) q;
SELECT experiment_summary_merge(s) FROM (VALUES (NULL::experiment_state)) v(s);
