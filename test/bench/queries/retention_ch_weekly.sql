-- ClickHouse-style retention(): share of users active in the week after their first week
-- compare: count_star, group_by_user
SELECT sum(r[1]) AS w0, sum(r[2]) AS w1
FROM (SELECT retention(event_time < timestamptz '2026-01-12', event_time >= timestamptz '2026-01-12'
                       AND event_time < timestamptz '2026-01-19') AS r
      FROM events GROUP BY user_id) s;
