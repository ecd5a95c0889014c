-- weekly lifecycle (UTC, ISO weeks from Monday): new, returning, resurrecting, dormant users for every week from the first to the week after the last event week
-- compare: count_star, lifecycle_weekly_plain
SELECT period AS week, new, returning_users AS "returning", resurrecting, dormant
FROM lifecycle_rows((SELECT lifecycle(user_id, event_time, 'UTC', 'week') FROM events))
ORDER BY week;
