-- floor of the per-actor funnel: GROUP BY user_id with the four step conditions as count(*) FILTER
SELECT count(*) FROM (
    SELECT user_id,
           count(*) FILTER (WHERE event_name = 'page_view') AS s1,
           count(*) FILTER (WHERE event_name = 'add_to_cart') AS s2,
           count(*) FILTER (WHERE event_name = 'checkout') AS s3,
           count(*) FILTER (WHERE event_name = 'purchase') AS s4
    FROM events GROUP BY user_id) s;
