-- the analyst's sessions: lag() over a window sort of every row, a new session where the gap exceeds 30 minutes
SELECT sessions::integer AS sessions, count(*) AS actors
FROM (SELECT user_id, count(*) FILTER (WHERE prev IS NULL OR event_time - prev > interval '30 minutes') AS sessions
      FROM (SELECT user_id, event_time, lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time) AS prev
            FROM events WHERE event_time IS NOT NULL) r
      GROUP BY user_id) s
GROUP BY 1 ORDER BY 1;
