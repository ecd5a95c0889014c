-- longest streak of consecutive active days (UTC) per actor: how many actors had 1, 2, ... days; (longest_streak integer, actors bigint)
-- compare: group_by_user, group_by_user_ts, streaks_plain_islands
SELECT (s).longest AS longest_streak, count(*) AS actors
FROM (SELECT user_id, streaks(event_time, 'day', 'UTC') AS s FROM events GROUP BY user_id) q
GROUP BY 1 ORDER BY 1;
