-- plain SQL RFM segment sizes: GROUP BY user, three percent_rank() windows
-- (R, F and M, like the rfm_segment() path, which checks M), CASE segment map
WITH c AS (
    SELECT user_id, max(event_time) AS last_purchase, count(*) AS frequency, sum(revenue) AS monetary
    FROM events WHERE event_name = 'purchase' GROUP BY user_id),
s AS (
    SELECT least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY last_purchase)))::int AS r,
           least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY frequency)))::int AS f,
           least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY monetary)))::int AS m
    FROM c)
SELECT CASE WHEN m NOT BETWEEN 1 AND 5 THEN NULL
            WHEN r = 5 AND f >= 4 THEN 'champions'
            WHEN r IN (3, 4) AND f >= 4 THEN 'loyal_customers'
            WHEN r >= 4 AND f IN (2, 3) THEN 'potential_loyalists'
            WHEN r = 5 AND f = 1 THEN 'new_customers'
            WHEN r = 4 AND f = 1 THEN 'promising'
            WHEN r = 3 AND f = 3 THEN 'need_attention'
            WHEN r = 3 AND f <= 2 THEN 'about_to_sleep'
            WHEN r <= 2 AND f IN (3, 4) THEN 'at_risk'
            WHEN r <= 2 AND f = 5 THEN 'cannot_lose_them'
            ELSE 'hibernating' END AS segment,
       count(*) AS customers
FROM s GROUP BY 1 ORDER BY 1;
