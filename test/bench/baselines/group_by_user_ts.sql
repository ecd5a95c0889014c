-- floor that reads the timestamp: max(event_time) per user (a bare GROUP BY user_id never deforms event_time)
SELECT count(*), max(m) FROM (SELECT user_id, max(event_time) AS m FROM events GROUP BY user_id) s;
