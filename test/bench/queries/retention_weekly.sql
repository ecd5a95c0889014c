-- weekly cohort matrix: cohort = Monday of the week of the user's first event, period = whole weeks since, users = distinct users active that week
-- compare: count_star, retention_weekly_plain
SELECT cohort, period, retained AS users
FROM retention_rows((SELECT retention_matrix(user_id, event_time, 'period=week') FROM events))
ORDER BY cohort, period;
