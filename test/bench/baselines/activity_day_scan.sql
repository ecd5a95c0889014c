-- floor of one day's increment: scanning that day's events (2026-03-16 UTC) and its users
SELECT count(*), count(DISTINCT user_id) FROM events
WHERE event_time >= timestamptz '2026-03-16 00:00+00' AND event_time < timestamptz '2026-03-17 00:00+00';
