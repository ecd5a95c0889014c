\echo '== Lift report: every arm against control A (purchase conversion and revenue per user), sequential and Bayesian'
SET TimeZone = 'UTC';
CREATE TEMP TABLE lift_per_user AS
SELECT user_id, min(variant) AS variant,
       max((event_name = 'purchase')::int) AS converted,
       coalesce(sum(revenue) FILTER (WHERE event_name = 'purchase'), 0)::float8 AS revenue,
       count(*) FILTER (WHERE event_name = 'purchase') AS purchases,
       count(*) FILTER (WHERE event_name = 'page_view') AS page_views
FROM events GROUP BY user_id;

\echo '-- compare_arms: fixed-horizon test, Holm-corrected p, always-valid interval (N* = 5000), chance to win'
SELECT m.metric, c.variant, c.n, round(c.mean::numeric, 4) AS mean, c.test,
       round(100 * c.rel_lift::numeric, 2) AS "lift %",
       '[' || round(100 * c.rel_lift_low::numeric, 2) || ', ' || round(100 * c.rel_lift_high::numeric, 2) || ']' AS "lift 95% CI %",
       round(c.p_value::numeric, 4) AS p, round(c.p_adjusted::numeric, 4) AS p_holm,
       '[' || round(c.seq_abs_lift_low::numeric, 4) || ', ' || round(c.seq_abs_lift_high::numeric, 4) || ']' AS "always-valid abs CI",
       round(c.seq_p_value::numeric, 4) AS seq_p,
       round(c.chance_to_win::numeric, 4) AS chance_to_win,
       round(c.prob_beat_control::numeric, 4) AS beta_binomial,
       round(c.srm_p_value::numeric, 4) AS srm_p
FROM (VALUES ('purchase conversion'), ('revenue per user')) m(metric),
     LATERAL (SELECT experiment_summary(variant,
                     CASE m.metric WHEN 'purchase conversion' THEN converted ELSE revenue END) AS s
              FROM lift_per_user) q,
     LATERAL compare_arms(q.s, 'A') c
ORDER BY m.metric, c.is_control DESC, c.variant;

\echo '-- sequential (GrowthBook, relative lift, N* = 5000) and Bayesian normal model (flat prior) of the conversion lift'
WITH k AS (
    SELECT sum(converted) FILTER (WHERE variant = 'A') AS xa, count(*) FILTER (WHERE variant = 'A') AS na,
           sum(converted) FILTER (WHERE variant = 'B') AS xb, count(*) FILTER (WHERE variant = 'B') AS nb
    FROM lift_per_user)
SELECT round(100 * s.estimate::numeric, 2) AS "lift %",
       '[' || round(100 * s.ci_low::numeric, 2) || ', ' || round(100 * s.ci_high::numeric, 2) || ']' AS "always-valid CI %",
       round(s.p_value::numeric, 4) AS seq_p,
       round(b.chance_to_win::numeric, 4) AS chance_to_win,
       round(100 * b.risk_control::numeric, 3) AS "risk of keeping A %",
       round(100 * b.risk_treatment::numeric, 3) AS "risk of shipping B %",
       round(prob_beat_control(k.xa, k.na, k.xb, k.nb)::numeric, 4) AS exact_beta_binomial
FROM k, sequential_ztest(k.xa, k.na, k.xb, k.nb) s, bayes_proportions(k.xa, k.na, k.xb, k.nb) b;

\echo '-- peeking weekly: conversion lift of B as users enrol (weekly states merged cumulatively); the fixed p is only valid at one planned look, the always-valid p at every look'
WITH weekly AS (
    SELECT date_trunc('week', f.first_seen)::date AS week, experiment_summary(u.variant, u.converted) AS s
    FROM lift_per_user u
    JOIN (SELECT user_id, min(event_time) AS first_seen FROM events GROUP BY user_id) f USING (user_id)
    GROUP BY 1
), cumulative AS (
    SELECT week, experiment_summary_merge(s) OVER (ORDER BY week) AS s FROM weekly
)
SELECT * FROM (SELECT k.week AS "enrolled by week", sum(c.n) OVER (PARTITION BY k.week) AS users,
       round(100 * c.rel_lift::numeric, 2) AS "lift %", round(c.p_value::numeric, 4) AS fixed_p,
       '[' || round(c.seq_abs_lift_low::numeric, 4) || ', ' || round(c.seq_abs_lift_high::numeric, 4) || ']' AS "always-valid abs CI",
       round(c.seq_p_value::numeric, 4) AS seq_p, round(c.chance_to_win::numeric, 4) AS chance_to_win
FROM cumulative k, compare_arms(k.s, 'A') c
) r WHERE "lift %" IS NOT NULL ORDER BY 1;

\echo '-- power: smallest relative lift this experiment can detect (80% power), and its power for the true +5% lift'
SELECT round(100 * mde_proportions(avg(converted) FILTER (WHERE variant = 'A'),
                                   count(*) FILTER (WHERE variant = 'A'))::numeric, 2) AS "conversion MDE %",
       round(power_proportions(avg(converted) FILTER (WHERE variant = 'A'), 0.05,
                               count(*) FILTER (WHERE variant = 'A'))::numeric, 3) AS "power at +5%",
       sample_size_proportions(avg(converted) FILTER (WHERE variant = 'A'), 0.05) AS "users per arm for +5%",
       round(100 * mde_mean(avg(revenue) FILTER (WHERE variant = 'A'), var_samp(revenue) FILTER (WHERE variant = 'A'),
                            count(*) FILTER (WHERE variant = 'A'))::numeric, 2) AS "revenue MDE %"
FROM lift_per_user;

\echo '-- CUPED (covariate: page views, not affected by the variant) and a ratio metric (revenue per purchase)'
WITH s AS (
    SELECT comoments(revenue, page_views) FILTER (WHERE variant = 'A') AS ca,
           comoments(revenue, page_views) FILTER (WHERE variant = 'B') AS cb,
           comoments(revenue, purchases) FILTER (WHERE variant = 'A') AS ra,
           comoments(revenue, purchases) FILTER (WHERE variant = 'B') AS rb
    FROM lift_per_user)
SELECT 'revenue per user, CUPED' AS metric, round(c.diff::numeric, 4) AS diff,
       '[' || round(c.diff_low::numeric, 4) || ', ' || round(c.diff_high::numeric, 4) || ']' AS "95% CI",
       round(c.p_value::numeric, 4) AS p, round(100 * c.variance_reduction::numeric, 1) AS "variance reduction %"
FROM s, cuped_ttest(s.ca, s.cb) c
UNION ALL
SELECT 'revenue per user, raw', round(w.diff::numeric, 4),
       '[' || round(w.diff_low::numeric, 4) || ', ' || round(w.diff_high::numeric, 4) || ']',
       round(w.p_value::numeric, 4), NULL
FROM s, welch_ttest(comoments_y(s.ca), comoments_y(s.cb)) w
UNION ALL
SELECT 'revenue per purchase (ratio)', round(r.diff::numeric, 4),
       '[' || round(r.diff_low::numeric, 4) || ', ' || round(r.diff_high::numeric, 4) || ']',
       round(r.p_value::numeric, 4), NULL
FROM s, ratio_ttest(s.ra, s.rb) r;
DROP TABLE lift_per_user;
