-- A/B result from per-user rows: conversion per variant, z-test, chance to beat control, SRM
-- compare: group_by_user, lift_plain_counts
WITH u AS (SELECT min(variant) AS variant, bool_or(event_name = 'purchase') AS bought
           FROM events GROUP BY user_id),
     arm AS (SELECT variant, count(*) AS n, count(*) FILTER (WHERE bought) AS x FROM u GROUP BY variant)
SELECT t.*, prob_beat_control(a.x, a.n, b.x, b.n) AS chance_to_beat,
       srm_test(ARRAY[a.n, b.n], ARRAY[0.5, 0.5]) AS srm_p
FROM arm a, arm b, proportion_ztest(a.x, a.n, b.x, b.n) t
WHERE a.variant = 'A' AND b.variant = 'B';
