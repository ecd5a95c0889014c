-- the nightly refresh: one day's events (2026-03-16 UTC) merged into activity_by_user with activity_union (rolled back, so every run merges the same day)
-- setup: activity_build
-- compare: activity_day_scan
BEGIN;
INSERT INTO activity_by_user
SELECT user_id, activity(event_time, 'UTC') FROM events
WHERE event_time >= timestamptz '2026-03-16 00:00+00' AND event_time < timestamptz '2026-03-17 00:00+00'
GROUP BY user_id
ON CONFLICT (user_id) DO UPDATE SET act = activity_union(activity_by_user.act, EXCLUDED.act);
ROLLBACK;
