-- the analyst's weekly cohort table: first-event CTE joined to distinct user-week pairs, count(*) per cell
-- timeout: 600
WITH first AS (
    SELECT user_id, date_trunc('week', min(event_time)) AS cohort
    FROM events GROUP BY user_id
), active AS (
    SELECT DISTINCT user_id, date_trunc('week', event_time) AS week
    FROM events
)
SELECT f.cohort, (a.week::date - f.cohort::date) / 7 AS period, count(*) AS users
FROM first f JOIN active a USING (user_id)
GROUP BY 1, 2
ORDER BY 1, 2;
