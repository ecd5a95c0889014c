\echo '== Lift: did variant B beat A? Purchase conversion per user, z-test, Welch on revenue, SRM, chance to beat control'
SET extra_float_digits = 0;
-- one row per user: variant, purchased at all, revenue
CREATE TEMP TABLE demo_lift_users AS
SELECT user_id, min(variant) AS variant,
       bool_or(event_name = 'purchase') AS purchased,
       coalesce(sum(revenue) FILTER (WHERE event_name = 'purchase'), 0)::float8 AS revenue
FROM events GROUP BY user_id;
CREATE TEMP TABLE demo_lift_arms AS
SELECT variant, count(*) AS users, count(*) FILTER (WHERE purchased) AS buyers,
       avg(revenue) AS rev_mean, var_samp(revenue) AS rev_var
FROM demo_lift_users GROUP BY variant;

\echo 'per variant'
SELECT variant, users, buyers, round(100.0 * buyers / users, 2) AS "conversion %",
       round(rev_mean::numeric, 2) AS "revenue / user"
FROM demo_lift_arms ORDER BY variant;

\echo 'purchase conversion, B vs A (two-proportion z-test, 95% intervals)'
SELECT round(100 * t.abs_lift::numeric, 2) AS "lift (pts)",
       format('[%s, %s]', round(100 * t.abs_lift_low::numeric, 2), round(100 * t.abs_lift_high::numeric, 2)) AS "95% CI (pts)",
       round(100 * t.rel_lift::numeric, 1) AS "lift %",
       format('[%s, %s]', round(100 * t.rel_lift_low::numeric, 1), round(100 * t.rel_lift_high::numeric, 1)) AS "95% CI (%)",
       round(t.z::numeric, 3) AS z, round(t.p_value::numeric, 4) AS p_value,
       round(prob_beat_control(a.buyers, a.users, b.buyers, b.users)::numeric, 4) AS "P(B beats A)"
FROM demo_lift_arms a, demo_lift_arms b, proportion_ztest(a.buyers, a.users, b.buyers, b.users) t
WHERE a.variant = 'A' AND b.variant = 'B';

\echo 'revenue per user, B vs A (Welch t-test)'
SELECT round(w.diff::numeric, 2) AS diff, format('[%s, %s]', round(w.diff_low::numeric, 2), round(w.diff_high::numeric, 2)) AS "95% CI",
       round(100 * w.rel_lift::numeric, 1) AS "lift %",
       format('[%s, %s]', round(100 * w.rel_lift_low::numeric, 1), round(100 * w.rel_lift_high::numeric, 1)) AS "95% CI (%)",
       round(w.t::numeric, 3) AS t, round(w.df::numeric, 0) AS df, round(w.p_value::numeric, 4) AS p_value
FROM demo_lift_arms a, demo_lift_arms b,
     welch_ttest(a.users, a.rev_mean, a.rev_var, b.users, b.rev_mean, b.rev_var) w
WHERE a.variant = 'A' AND b.variant = 'B';

\echo 'health and planning: sample-ratio mismatch (planned 50/50) and the sample size for this lift'
SELECT round(srm_test(array_agg(users ORDER BY variant), ARRAY[0.5, 0.5])::numeric, 4) AS "SRM p-value",
       CASE WHEN srm_test(array_agg(users ORDER BY variant), ARRAY[0.5, 0.5]) < 0.001
            THEN 'mismatch: do not trust the result' ELSE 'ok' END AS "SRM check",
       sample_size_proportions((SELECT buyers::float8 / users FROM demo_lift_arms WHERE variant = 'A'), 0.05)
           AS "users/arm to detect +5%"
FROM demo_lift_arms;
