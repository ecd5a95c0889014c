-- daily cohort matrix: cohort = date of the user's first event, period = days since (0 to 30), users = distinct users active that day
-- compare: count_star, retention_daily_plain
SELECT cohort, period, retained AS users
FROM retention_rows((SELECT retention_matrix(user_id, event_time, 'period=day max_period=30') FROM events))
ORDER BY cohort, period;
