-- sessions per actor (30-minute gap): how many actors had 1, 2, ... sessions; (sessions integer, actors bigint)
-- compare: group_by_user, group_by_user_ts, sessions_plain_lag
SELECT (s).sessions::integer AS sessions, count(*) AS actors
FROM (SELECT user_id, session_stats(event_time, '30 minutes') AS s FROM events GROUP BY user_id) q
GROUP BY 1 ORDER BY 1;
