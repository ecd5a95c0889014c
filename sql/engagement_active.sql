-- active_users(), lifecycle() and their readers: edge cases and errors
SET TimeZone = 'UTC';
CREATE TABLE au (uid bigint, ts timestamptz, kind text);
INSERT INTO au VALUES
    (1, '2024-03-10 04:30+00', 'view'),      -- 2024-03-09 23:30 EST
    (1, '2024-03-10 06:30+00', 'view'),      -- 2024-03-10 01:30 EST
    (2, '2024-03-10 07:30+00', 'purchase'),  -- 2024-03-10 03:30 EDT (after the change)
    (2, '2024-03-11 03:59+00', 'view'),      -- 2024-03-10 23:59 EDT
    (3, '2024-03-11 04:00+00', NULL),        -- 2024-03-11 00:00 EDT
    (NULL, '2024-03-12 12:00+00', 'view'),   -- NULL actor: skipped
    (4, NULL, 'view'),                       -- NULL time: skipped
    (5, 'infinity', 'view'),                 -- infinite time: skipped
    (6, '-infinity', 'view');
-- local days of America/New_York across the DST change
SELECT * FROM active_users_rows((SELECT active_users(uid, ts, 'America/New_York') FROM au));
-- the same rows in UTC: other days
SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM au));
-- a condition: NULL counts as false
SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'America/New_York', kind = 'view') FROM au));
-- no row, or no row counted: NULL, and no rows from the reader
SELECT active_users(uid, ts, 'UTC') IS NULL AS empty FROM au WHERE false;
SELECT active_users(uid, ts, 'UTC', false) IS NULL AS none_counted FROM au;
SELECT count(*) FROM active_users_rows(NULL);
SELECT count(*) FROM lifecycle_rows(NULL);
-- days before 1970 and negative ids
SELECT * FROM lifecycle_rows((SELECT lifecycle(-uid, ts - interval '54 years 3 months', 'UTC', 'week') FROM au));
-- months around a year end in Europe/Berlin (23:30 UTC is 00:30 there)
SELECT * FROM lifecycle_rows((SELECT lifecycle(u, t, 'Europe/Berlin', 'month')
                              FROM (VALUES (1, timestamptz '2023-11-30 23:30+00'), (1, '2024-01-01 00:30+01'),
                                           (2, '2023-12-31 23:30+00')) v(u, t)));
-- the value layout: header (magic, format, kind, unit, first, last, rows) then cells
SELECT (active_users(uid, ts, 'UTC'))[1:7] FROM au;
-- errors: time zone
SELECT active_users(uid, ts, 'Mars/Olympus') FROM au;
SELECT active_users(uid, ts, NULL) FROM au;
SELECT active_users(uid, ts, CASE WHEN uid = 2 THEN 'UTC' ELSE 'Europe/Berlin' END) FROM au;
-- errors: period
SELECT lifecycle(uid, ts, 'UTC', 'fortnight') FROM au;
SELECT lifecycle(uid, ts, 'UTC', NULL) FROM au;
SELECT lifecycle(uid, ts, 'UTC', CASE WHEN uid = 2 THEN 'week' ELSE 'day' END) FROM au;
-- errors: more than 100,000 days (a stray timestamp)
SELECT active_users(u, t, 'UTC') FROM (VALUES (1, timestamptz '1800-01-01'), (2, '2200-01-01')) v(u, t);
SELECT lifecycle(u, t, 'UTC', 'day') FROM (VALUES (1, timestamptz '1800-01-01'), (2, '2200-01-01')) v(u, t);
-- months are fine
SELECT count(*) FROM lifecycle_rows((SELECT lifecycle(u, t, 'UTC', 'month') FROM (VALUES (1, timestamptz '1800-01-01'), (2, '2200-01-01')) v(u, t)));
-- the last month a timestamptz can reach (294277-01-01 in Pacific/Kiritimati) and the one after
SELECT period, new, dormant FROM lifecycle_rows((SELECT lifecycle(1, timestamptz '294276-12-31 23:00+00', 'Pacific/Kiritimati', 'month')));
-- errors: reader ranges
SELECT * FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM au), '2024-03-12', '2024-03-01');
SELECT * FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM au), '1700-01-01', '2200-01-01');
SELECT * FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM au), '-infinity', NULL);
-- errors: values that are not results of the aggregate
SELECT * FROM active_users_rows('{1,2,3}');
SELECT * FROM active_users_rows((SELECT lifecycle(uid, ts, 'UTC', 'day') FROM au));
SELECT * FROM lifecycle_rows((SELECT active_users(uid, ts, 'UTC') FROM au));
SELECT * FROM active_users_rows('{1885823317,1,1,2,19792,19792,1,1,1,1}');  -- valid: one day
SELECT * FROM active_users_rows('{1885823317,1,1,2,19792,19792,1,-1,0,0}');
SELECT * FROM active_users_rows('{1885823317,1,1,2,19792,19792,1,2,1,1}');
SELECT * FROM active_users_rows('{1885823317,2,1,2,19792,19792,1,1,1,1}');
SELECT * FROM active_users_rows('{1885823317,1,1,2,19792,19793,1,1,1,1}');
SELECT * FROM active_users_rows((SELECT (active_users(uid, ts, 'UTC'))[1:10] FROM au));
SELECT * FROM active_users_rows((SELECT array_append(active_users(uid, ts, 'UTC'), NULL) FROM au));
SELECT * FROM active_users_rows('{{1,2},{3,4}}');
SELECT * FROM lifecycle_rows('{1885823317,1,2,3,0,5,2,1,0,0,0,0,0,0,1}');
SELECT * FROM lifecycle_rows('{1885823317,1,2,4,3507700,3507700,2,1,0,0,0,0,0,0,1}');
