-- plain SQL RFM segment sizes, R and F windows only (the map does not use M):
-- the cheapest window-function version an analyst could write
WITH c AS (
    SELECT user_id, max(event_time) AS last_purchase, count(*) AS frequency
    FROM events WHERE event_name = 'purchase' GROUP BY user_id),
s AS (
    SELECT least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY last_purchase)))::int AS r,
           least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY frequency)))::int AS f
    FROM c)
SELECT CASE WHEN r = 5 AND f >= 4 THEN 'champions'
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
