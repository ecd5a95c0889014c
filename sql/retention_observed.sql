-- The retention matrix records its definition (time zone, period, week
-- start, window, cohort kind, counting, brackets, max_period, value column)
-- and its observation end; retention_merge refuses different definitions;
-- readers return NULL for cells not fully observed; pinned zones give the
-- same rows in every session.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET extra_float_digits = 0;

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    d text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(d, '') || ')', '');
END $$;

CREATE TABLE ob (uid bigint, ts timestamptz);
INSERT INTO ob VALUES
    (1, '2024-01-01 10:00'), (1, '2024-01-09 12:00'), (1, '2024-01-22 08:00'),
    (2, '2024-01-03 09:00'), (2, '2024-01-04 09:00'), (2, '2024-01-10 09:00'),
    (3, '2024-01-07 23:00'), (3, '2024-01-08 01:00'),
    (4, '2024-01-10 15:00'), (4, '2024-01-17 15:00'),
    (5, '2024-01-15 00:00');

-- ---- cells not observed yet ---------------------------------------------------
-- Observed until the last event (Mon 2024-01-22 08:00): the week of 01-22 has
-- not ended, so every cell of it and later is NULL, not 0; with
-- include_empty every cell of the rectangle, observed zeros as 0
SELECT cohort::date, period, cohort_size, retained, round(rate::numeric, 3) AS rate
FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob), include_empty => true);
-- without include_empty a missing row is a zero (period 2 of the first
-- cohort); cells not observed keep their row, NULL
SELECT cohort::date, period, retained FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob));
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob));
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week tz=UTC', true, true, uid) FROM ob), 'value');
-- the averages count the cohorts whose period is observed
SELECT period, cohorts, cohort_size, retained, round(rate::numeric, 3) AS rate
FROM retention_average((SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob));
-- as_of: observed until then; rows at or after it are ignored
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week tz=UTC as_of=2024-01-29') FROM ob));
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week tz=UTC as_of=2024-01-15') FROM ob));
SELECT retention_array((SELECT retention_matrix(uid, ts, 'week tz=UTC as_of="2024-01-22 08:00"') FROM ob));
SELECT period, cohorts, cohort_size, retained
FROM retention_average((SELECT retention_matrix(uid, ts, 'week tz=UTC as_of=2024-01-29') FROM ob));
-- brackets: a bracket is observed when its last period is; one holding
-- period 0 counts every member
SELECT cohort::date, period, period_end, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'day tz=UTC brackets=[0-1,2-7,8-14]') FROM ob), true);
-- rolling windows: the cohort period's end plus the windows up to the column
SELECT cohort::date, period, cohort_size, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'week rolling tz=UTC') FROM ob), true);
-- on or after: a column is observed when its period has ended
SELECT cohort::date, period, retained
FROM retention_rows((SELECT retention_matrix(uid, ts, 'week on_or_after tz=UTC') FROM ob), true);

-- ---- the definition recorded; merges ------------------------------------------
-- the header records max_period, the observation end (kind 1: the last
-- event, 2024-01-22 08:00 = 1705910400 s), whether tz was given and the zone
SELECT m[9:14] AS maxp_kind_secs_usecs_pinned_tzlen FROM (SELECT retention_matrix(uid, ts, 'week max_period=2') AS m FROM ob) s;
SELECT m[9:14] AS maxp_kind_secs_usecs_pinned_tzlen FROM (SELECT retention_matrix(uid, ts, 'week tz=Asia/Shanghai as_of="2024-02-01 12:30:00.25"') AS m FROM ob) s;
-- every difference of definition is refused (22023), naming it
CREATE FUNCTION pg_temp.merge2(a text, b text) RETURNS text LANGUAGE sql AS $$
SELECT pg_temp.err(format('SELECT retention_merge(m) FROM (SELECT retention_matrix(uid, ts, %L) AS m FROM ob
                           UNION ALL SELECT retention_matrix(uid, ts, %L) FROM ob) s', a, b)) $$;
SELECT pg_temp.merge2('week tz=UTC', 'day tz=UTC');
SELECT pg_temp.merge2('week tz=UTC', 'week week_start=sunday tz=UTC');
SELECT pg_temp.merge2('week tz=UTC', 'week rolling tz=UTC');
SELECT pg_temp.merge2('week tz=UTC', 'week recurring tz=UTC');
SELECT pg_temp.merge2('week tz=UTC', 'week on_or_after tz=UTC');
SELECT pg_temp.merge2('week brackets=[1-2] tz=UTC', 'week brackets=[1,2] tz=UTC');
SELECT pg_temp.merge2('week tz=UTC', 'week brackets=[1-2] tz=UTC');
SELECT pg_temp.merge2('week tz=UTC max_period=5', 'week tz=UTC');
SELECT pg_temp.merge2('week tz=UTC', 'week tz=Asia/Shanghai');
SELECT pg_temp.merge2('week tz=UTC', 'week tz=UTC as_of=2024-02-01');
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (SELECT retention_matrix(uid, ts, 'week tz=UTC') AS m FROM ob
                     UNION ALL SELECT retention_matrix(uid, ts, 'week tz=UTC', true, true, 1) FROM ob) s$$);
-- the session's zone is recorded when tz is not given: a matrix built in a
-- UTC session and one built in a Shanghai session do not merge
CREATE TEMP TABLE m_utc AS SELECT retention_matrix(uid, ts, 'week') AS m FROM ob;
SET TimeZone = 'Asia/Shanghai';
CREATE TEMP TABLE m_sh AS SELECT retention_matrix(uid, ts, 'week') AS m FROM ob;
SET TimeZone = 'UTC';
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (SELECT m FROM m_utc UNION ALL SELECT m FROM m_sh) s$$);
-- the same zone pinned or from the session merges (the result is pinned only
-- when both were)
SELECT m[13] AS pinned FROM (SELECT retention_merge(m) AS m FROM (SELECT m FROM m_utc UNION ALL
    SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob) s) x;
-- observation ends: the later last event; the earlier as_of (a cell is
-- complete only when it is in every part)
SELECT retention_array(retention_merge(m)) FROM (
    SELECT retention_matrix(uid, ts, 'week tz=UTC') AS m FROM ob WHERE uid IN (1, 2)
    UNION ALL SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob WHERE uid IN (3, 4, 5)) s;
SELECT retention_array(retention_merge(m)) FROM (
    SELECT retention_matrix(uid, ts, 'week tz=UTC as_of=2024-02-05') AS m FROM ob WHERE uid IN (1, 2)
    UNION ALL SELECT retention_matrix(uid, ts, 'week tz=UTC as_of=2024-01-29') FROM ob WHERE uid IN (3, 4, 5)) s;
-- the two-stage form records the same observation end as one aggregate
SELECT retention_merge(m) = (SELECT retention_matrix(uid, ts, 'week tz=UTC') FROM ob) AS same
FROM (SELECT retention_actor(ts, 'week tz=UTC') AS m FROM ob GROUP BY uid) s;
-- a matrix stored by 0.2 (format 1) is still read, every cell observed, but
-- merges only with matrices of its format
CREATE TEMP TABLE old AS SELECT '{7341,1,3,0,4,0,3,0,2818,1704067200,3,3,3,0,1,2819,1704672000,1,1,1,0,0,2820,1705276800,1,1,0,0,0}'::float8[] AS m;
SELECT retention_array(m) FROM old;
SELECT period, cohorts, retained FROM old, retention_average(m);
SELECT retention_array(retention_merge(m)) FROM (SELECT m FROM old UNION ALL SELECT m FROM old) s;
SELECT pg_temp.err($$SELECT retention_merge(m) FROM (SELECT m FROM old UNION ALL SELECT m FROM m_utc) s$$);

-- ---- time zones pinned ----------------------------------------------------------
-- the same pinned query under two session zones: identical rows (values)
CREATE TABLE obz AS
SELECT (n * 7919) % 400 AS uid, timestamptz '2024-02-20' + (n * 104729 % 9000) * interval '1 hour' AS ts
FROM generate_series(1, 3000) n;
CREATE TEMP TABLE rows_utc AS
SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=Europe/Berlin as_of=2025-03-01') FROM obz), true);
SET TimeZone = 'Asia/Shanghai';
CREATE TEMP TABLE rows_sh AS
SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'week tz=Europe/Berlin as_of=2025-03-01') FROM obz), true);
SELECT (SELECT count(*) FROM rows_utc) AS n,
       (SELECT count(*) FROM (SELECT * FROM rows_utc EXCEPT ALL SELECT * FROM rows_sh) d) AS differ,
       (SELECT count(*) FROM rows_utc WHERE retained IS NULL) AS unobserved;
-- unpinned, the session zone decides the weeks (and the observation end)
CREATE TEMP TABLE rows_sh_unpinned AS
SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'week') FROM obz), true);
SET TimeZone = 'UTC';
CREATE TEMP TABLE rows_utc_unpinned AS
SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'week') FROM obz), true);
SELECT (SELECT count(*) FROM (SELECT * FROM rows_utc_unpinned EXCEPT ALL SELECT * FROM rows_sh_unpinned) d) > 0 AS unpinned_differ;
-- as_of without a zone of its own is a local time of the matrix's zone
SELECT m[10:12] FROM (SELECT retention_matrix(uid, ts, 'week tz=Asia/Shanghai as_of=2024-02-01') AS m FROM ob) s;
SELECT m[10:12] FROM (SELECT retention_matrix(uid, ts, 'week tz=UTC as_of="2024-02-01 00:00+08"') AS m FROM ob) s;

-- ---- DST across week and month boundaries (Europe/Berlin) ---------------------
-- Summer time starts Sun 2024-03-31 02:00 (the month of March ends at
-- 2024-03-31 22:00 UTC); it ends Sun 2024-10-27 03:00 (the week of 10-21
-- ends Mon 10-28 00:00 CET = 10-27 23:00 UTC).  A cell is observed exactly
-- when the local period has ended.
CREATE TABLE obd (uid bigint, ts timestamptz);
INSERT INTO obd VALUES (1, '2024-02-10 12:00+01'), (1, '2024-03-15 12:00+01'),
                       (2, '2024-10-15 12:00+02'), (2, '2024-10-25 12:00+02');
SELECT o, retention_array(m) FROM (VALUES ('2024-03-31 21:59:59+00'), ('2024-03-31 22:00:00+00'), ('2024-04-01 00:00')) v(o),
    LATERAL (SELECT retention_matrix(uid, ts, format('month tz=Europe/Berlin as_of=%s', quote_ident(o))) AS m FROM obd WHERE uid = 1) s;
SELECT o, retention_array(m) FROM (VALUES ('2024-10-27 22:59:59+00'), ('2024-10-27 23:00:00+00'), ('2024-10-28 00:00')) v(o),
    LATERAL (SELECT retention_matrix(uid, ts, format('week tz=Europe/Berlin as_of=%s', quote_ident(o))) AS m FROM obd WHERE uid = 2) s;
-- the same week read in UTC ends an hour later
SELECT retention_array(m) FROM (SELECT retention_matrix(uid, ts, 'week tz=UTC as_of="2024-10-27 23:30:00+00"') AS m FROM obd WHERE uid = 2) s;
-- days of 23 and 25 hours
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(1, ts, 'day tz=Europe/Berlin as_of="2024-04-01 00:00"')
    FROM (VALUES (timestamptz '2024-03-30 12:00+01'), ('2024-03-31 23:00+02')) v(ts)), true);
SELECT cohort, period, retained FROM retention_rows((SELECT retention_matrix(1, ts, 'day tz=Europe/Berlin as_of="2024-03-31 23:59:59"')
    FROM (VALUES (timestamptz '2024-03-30 12:00+01'), ('2024-03-31 23:00+02')) v(ts)), true);

-- ---- errors -------------------------------------------------------------------
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week as_of=now') FROM ob$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week as_of=infinity') FROM ob$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week as_of=yesterday') FROM ob$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week as_of=2024-13-01') FROM ob$$);
SELECT pg_temp.err($$SELECT retention_matrix(uid, ts, 'week as_of=2024-01-01 as_of=2024-02-01') FROM ob$$);
-- crafted format 2 headers
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,0,0,3,4412501,2818,1704067200,1,1}')$$) AS ok;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,5,1705910400,0,0,3,4412501,2818,1704067200,1,1}')$$) AS obs_kind;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,1e6,0,3,4412501,2818,1704067200,1,1}')$$) AS usecs;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,0,0,4,4412501,2818,1704067200,1,1}')$$) AS tz_len;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,0,0,3,4412432,2818,1704067200,1,1}')$$) AS tz_bytes;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,0,0,0,2818,1704067200,1,1}')$$) AS tz_empty;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,2,0,1,0,0,1,1705910400,0,0,3,4412501,2818,1704067200,1,1,0}')$$) AS maxp_columns;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,100001,1,1705910400,0,0,3,4412501,2818,1704067200,1,1}')$$) AS maxp_range;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,0,0,3,5591635,2818,1704067200,1,1}')$$) AS tz_unknown;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,2,3,0,1,0,1,0,-1,1,1705910400,0,0,3}')$$) AS short;
SELECT pg_temp.err($$SELECT * FROM retention_rows('{7341,3,3,0,1,0,1,0,-1,1,1705910400,0,0,3,4412501,2818,1704067200,1,1}')$$) AS format3;
DROP TABLE ob, obz, obd;
