-- the analyst's weekly lifecycle: distinct user-weeks, LAG/LEAD per user, contributions summed per week
-- timeout: 600
WITH w AS (
    SELECT DISTINCT user_id, date_trunc('week', event_time AT TIME ZONE 'UTC')::date AS week FROM events
), s AS (
    SELECT week, lag(week) OVER u AS prev, lead(week) OVER u AS next
    FROM w WINDOW u AS (PARTITION BY user_id ORDER BY week)
), c AS (
    SELECT week, (prev IS NULL)::int AS n, (prev = week - 7)::int AS r, (prev < week - 7)::int AS z, 0 AS d FROM s
    UNION ALL
    SELECT week + 7, 0, 0, 0, 1 FROM s WHERE next IS NULL OR next > week + 7
), weeks AS (
    SELECT g::date AS week FROM (SELECT min(week) AS lo, max(week) AS hi FROM w) r,
           generate_series(r.lo, r.hi + 7, interval '7 days') g
)
SELECT weeks.week, coalesce(sum(c.n), 0)::bigint AS new, coalesce(sum(c.r), 0)::bigint AS "returning",
       coalesce(sum(c.z), 0)::bigint AS resurrecting, coalesce(sum(c.d), 0)::bigint AS dormant
FROM weeks LEFT JOIN c USING (week)
GROUP BY weeks.week
ORDER BY weeks.week;
