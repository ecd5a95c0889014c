-- Every-arm report: per-user conversion, experiment_summary() and compare_arms() against control A
-- compare: group_by_user, lift_plain_per_variant
SELECT c.* FROM (
    SELECT experiment_summary(variant, converted) AS s
    FROM (SELECT user_id, min(variant) AS variant, max((event_name = 'purchase')::int) AS converted
          FROM events GROUP BY user_id) u) q,
    compare_arms(q.s, 'A') c;
