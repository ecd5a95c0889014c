-- DAU, WAU (distinct users in the 7 days ending that day) and MAU (30 days) for every day from the first to the last event day (UTC)
-- compare: count_star, active_users_plain
SELECT day, dau, wau, mau
FROM active_users_rows((SELECT active_users(user_id, event_time, 'UTC') FROM events))
ORDER BY day;
