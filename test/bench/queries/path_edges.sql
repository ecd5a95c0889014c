-- path diagram: each actor's first 5 events from its first page_view (by time, then event name), edges counted per (step, from, to); (step integer, from_event text, to_event text, actors bigint)
-- compare: group_by_user, group_by_user_ts, path_edges_plain
SELECT s.step, s.from_event, s.to_event, count(*) AS actors
FROM (SELECT user_id, user_path(event_time, event_name, 'page_view', 5) AS p FROM events GROUP BY user_id) q,
     path_steps(q.p) s
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
