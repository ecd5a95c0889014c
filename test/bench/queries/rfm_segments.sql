-- RFM segment sizes: per customer last purchase, purchase count and revenue, scored
-- 1..5 with rfm_breaks/rfm_score (one sort per dimension, no window), ten-segment map
-- compare: rfm_plain_windows, group_by_user
WITH c AS (
    SELECT user_id, max(event_time) AS last_purchase, count(*) AS frequency, sum(revenue) AS monetary
    FROM events WHERE event_name = 'purchase' GROUP BY user_id),
b AS (SELECT rfm_breaks(last_purchase) AS rb, rfm_breaks(frequency) AS fb, rfm_breaks(monetary) AS mb FROM c)
SELECT rfm_segment(rfm_score(last_purchase, rb), rfm_score(frequency, fb), rfm_score(monetary, mb)) AS segment,
       count(*) AS customers
FROM c CROSS JOIN b
GROUP BY 1 ORDER BY 1;
