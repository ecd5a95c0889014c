-- DAU, WAU and MAU of active_users, same rows, from the stored activities (one row per user) instead of the events
-- setup: activity_build
-- compare: active_users, count_star
SELECT day, dau, wau, mau
FROM active_users_rows((SELECT active_users(act) FROM activity_by_user))
ORDER BY day;
