-- the weekly cohort matrix of retention_weekly, same rows, from the stored activities (one row per user) instead of the events
-- setup: activity_build
-- compare: retention_weekly, count_star
SELECT cohort, period, retained AS users
FROM retention_rows((SELECT retention_matrix(act, 'period=week') FROM activity_by_user))
ORDER BY cohort, period;
