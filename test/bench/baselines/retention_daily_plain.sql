-- the analyst's daily cohort table (periods 0 to 30): first-event CTE joined to distinct user-day pairs, count(*) per cell
-- timeout: 600
WITH first AS (
    SELECT user_id, min(event_time)::date AS cohort
    FROM events GROUP BY user_id
), active AS (
    SELECT DISTINCT user_id, event_time::date AS day
    FROM events
)
SELECT f.cohort, a.day - f.cohort AS period, count(*) AS users
FROM first f JOIN active a USING (user_id)
WHERE a.day - f.cohort BETWEEN 0 AND 30
GROUP BY 1, 2
ORDER BY 1, 2;
