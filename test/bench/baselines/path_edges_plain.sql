-- the analyst's path edges: first page_view per user, row_number() and lead() over a window sort of the rows from it (time, then event name in byte order)
WITH f AS (
    SELECT user_id, min(event_time) AS t0 FROM events WHERE event_name = 'page_view' GROUP BY user_id
), r AS (
    SELECT e.user_id, e.event_name,
           row_number() OVER w AS k,
           lead(e.event_name) OVER w AS next_event
    FROM events e JOIN f USING (user_id)
    WHERE e.event_time > f.t0 OR (e.event_time = f.t0 AND e.event_name COLLATE "C" >= 'page_view')
    WINDOW w AS (PARTITION BY e.user_id ORDER BY e.event_time, e.event_name COLLATE "C")
)
SELECT k::integer AS step, event_name AS from_event, next_event AS to_event, count(*) AS actors
FROM r WHERE k < 5 AND next_event IS NOT NULL
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
