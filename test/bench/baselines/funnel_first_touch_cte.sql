-- the CTE chain an analyst writes: first page_view per user, then the first
-- next step after the previous one within 1 day of the first step (first-touch
-- anchor: it misses users whose later visits convert)
WITH s1 AS (
    SELECT user_id, min(event_time) AS t1 FROM events WHERE event_name = 'page_view' GROUP BY user_id
), s2 AS (
    SELECT s1.user_id, s1.t1, min(e.event_time) AS t2
    FROM s1 JOIN events e ON e.user_id = s1.user_id AND e.event_name = 'add_to_cart'
     AND e.event_time >= s1.t1 AND e.event_time <= s1.t1 + interval '1 day'
    GROUP BY 1, 2
), s3 AS (
    SELECT s2.user_id, s2.t1, min(e.event_time) AS t3
    FROM s2 JOIN events e ON e.user_id = s2.user_id AND e.event_name = 'checkout'
     AND e.event_time >= s2.t2 AND e.event_time <= s2.t1 + interval '1 day'
    GROUP BY 1, 2
), s4 AS (
    SELECT s3.user_id
    FROM s3 JOIN events e ON e.user_id = s3.user_id AND e.event_name = 'purchase'
     AND e.event_time >= s3.t3 AND e.event_time <= s3.t1 + interval '1 day'
    GROUP BY 1
)
SELECT (SELECT count(*) FROM s1), (SELECT count(*) FROM s2), (SELECT count(*) FROM s3), (SELECT count(*) FROM s4);
