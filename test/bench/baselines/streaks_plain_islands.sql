-- the analyst's streaks: distinct UTC days per user, day - row_number() as the island key, the longest island
SELECT longest::integer AS longest_streak, count(*) AS actors
FROM (SELECT user_id, max(n) AS longest
      FROM (SELECT user_id, grp, count(*) AS n
            FROM (SELECT user_id, d - row_number() OVER (PARTITION BY user_id ORDER BY d)::integer AS grp
                  FROM (SELECT DISTINCT user_id, (event_time AT TIME ZONE 'UTC')::date AS d
                        FROM events WHERE event_time IS NOT NULL) days) r
            GROUP BY user_id, grp) islands
      GROUP BY user_id) l
GROUP BY 1 ORDER BY 1;
