-- plain SQL: the lifetimes summary (days merged, first day out of monetary) with GROUP BY and a window
WITH d AS (
    SELECT user_id, (event_time AT TIME ZONE 'UTC')::date AS day, sum(revenue) AS tot
    FROM events WHERE event_name = 'purchase' AND event_time <= timestamptz '2026-09-30'
    GROUP BY 1, 2
), r AS (
    SELECT user_id, day, tot, row_number() OVER (PARTITION BY user_id ORDER BY day) AS rn FROM d
), s AS (
    SELECT user_id, count(*) - 1 AS frequency, (max(day) - min(day)) / 7.0 AS recency,
           (date '2026-09-30' - min(day)) / 7.0 AS age,
           coalesce(avg(tot) FILTER (WHERE rn > 1), 0) AS monetary
    FROM r GROUP BY user_id
)
SELECT count(*), sum(frequency), sum(monetary) FROM s;
