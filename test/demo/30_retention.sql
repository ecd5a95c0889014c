\echo '== Retention: ClickHouse-style retention() per user, summed: users active in their first week and the weeks after'
SET TimeZone = 'UTC';
WITH per_user AS (
    SELECT retention(date_trunc('week', event_time) = date_trunc('week', f.first_seen),
                     date_trunc('week', event_time) = date_trunc('week', f.first_seen) + interval '1 week',
                     date_trunc('week', event_time) = date_trunc('week', f.first_seen) + interval '2 weeks',
                     date_trunc('week', event_time) = date_trunc('week', f.first_seen) + interval '3 weeks') AS r
    FROM events e
    JOIN (SELECT user_id, min(event_time) AS first_seen FROM events GROUP BY user_id) f USING (user_id)
    GROUP BY user_id
)
SELECT sum(r[1]) AS week_0, sum(r[2]) AS week_1, sum(r[3]) AS week_2, sum(r[4]) AS week_3,
       round(100.0 * sum(r[2]) / sum(r[1]), 1) AS "week_1 %"
FROM per_user;
