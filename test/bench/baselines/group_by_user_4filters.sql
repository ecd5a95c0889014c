-- floor of the per-actor funnel: GROUP BY user_id with the four step conditions as
-- count(*) FILTER, then users per number of steps seen (the same outer GROUP BY as
-- funnel_peruser).  The filter columns must be used by the outer query: PostgreSQL
-- replaces unused subquery outputs with NULL, and until 2026-11-26 this floor computed
-- no filter at all (it was a bare GROUP BY user_id).
SELECT (s1 > 0)::int + (s2 > 0)::int + (s3 > 0)::int + (s4 > 0)::int AS steps, count(*)
FROM (
    SELECT user_id,
           count(*) FILTER (WHERE event_name = 'page_view') AS s1,
           count(*) FILTER (WHERE event_name = 'add_to_cart') AS s2,
           count(*) FILTER (WHERE event_name = 'checkout') AS s3,
           count(*) FILTER (WHERE event_name = 'purchase') AS s4
    FROM events GROUP BY user_id) s
GROUP BY 1;
