-- the analyst's DAU/WAU/MAU: distinct user-days, then per day of the range count(DISTINCT) over the trailing 1, 7 and 30 days
-- timeout: 600
WITH d AS (
    SELECT DISTINCT user_id, (event_time AT TIME ZONE 'UTC')::date AS day FROM events
), days AS (
    SELECT g::date AS day FROM (SELECT min(day) AS lo, max(day) AS hi FROM d) r,
           generate_series(r.lo, r.hi, interval '1 day') g
)
SELECT days.day,
       count(DISTINCT d.user_id) FILTER (WHERE d.day = days.day) AS dau,
       count(DISTINCT d.user_id) FILTER (WHERE d.day > days.day - 7) AS wau,
       count(DISTINCT d.user_id) AS mau
FROM days JOIN d ON d.day > days.day - 30 AND d.day <= days.day
GROUP BY days.day
ORDER BY days.day;
