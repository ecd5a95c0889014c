-- timeout: 60
-- plain SQL with window_funnel's any-start semantics: every page_view may start
-- a chain, each next step is the first one at or after the previous step and
-- within 1 day of the start; a user counts at the deepest level of any chain
-- (no index, as on a raw events table: cancelled after 60 s)
WITH c AS (
    SELECT a.user_id, a.event_time AS t1, x2.t2, x3.t3, x4.t4
    FROM events a
    LEFT JOIN LATERAL (SELECT min(b.event_time) AS t2 FROM events b
                       WHERE b.user_id = a.user_id AND b.event_name = 'add_to_cart'
                         AND b.event_time >= a.event_time AND b.event_time <= a.event_time + interval '1 day') x2 ON true
    LEFT JOIN LATERAL (SELECT min(b.event_time) AS t3 FROM events b
                       WHERE b.user_id = a.user_id AND b.event_name = 'checkout'
                         AND b.event_time >= x2.t2 AND b.event_time <= a.event_time + interval '1 day') x3 ON true
    LEFT JOIN LATERAL (SELECT min(b.event_time) AS t4 FROM events b
                       WHERE b.user_id = a.user_id AND b.event_name = 'purchase'
                         AND b.event_time >= x3.t3 AND b.event_time <= a.event_time + interval '1 day') x4 ON true
    WHERE a.event_name = 'page_view'
)
SELECT lvl, count(*) FROM (
    SELECT user_id, max(CASE WHEN t4 IS NOT NULL THEN 4 WHEN t3 IS NOT NULL THEN 3 WHEN t2 IS NOT NULL THEN 2 ELSE 1 END) AS lvl
    FROM c GROUP BY user_id) s
GROUP BY lvl;
