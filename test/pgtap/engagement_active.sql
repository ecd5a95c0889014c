-- pgTAP: active_users() and active_users_rows() against a plain-SQL oracle
-- (distinct actor-days, then per day of the range count(DISTINCT) over the
-- trailing 1, 7 and 30 days) on random data with bigint, integer, text and
-- uuid actors, NULL actors, timestamps and conditions, two time zones (one
-- with a DST change inside the data, one with a half-hour offset), the
-- session's TimeZone changed, PostHog's restated vectors, and forced
-- parallel plans compared with serial ones.
\ir helpers/setup.psql
SELECT plan(18);
SET TimeZone = 'UTC';

-- ---- PostHog's vectors (trends DAU/WAU/MAU, daily) ---------------------------
-- u1 active D1, u2 D7, u3 D8: WAU(D7) = 2, WAU(D8) = 2 (D1 out), MAU(D30) = 3, MAU(D31) = 2
CREATE TABLE ph AS
SELECT * FROM (VALUES (1::bigint, timestamptz '2024-01-01 12:00+00'), (2, '2024-01-07 12:00+00'),
                      (3, '2024-01-08 12:00+00')) v(uid, ts);
SELECT is(ARRAY(SELECT day || ':' || wau || ':' || mau
                FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM ph), '2024-01-01', '2024-02-01')
                WHERE day IN ('2024-01-07', '2024-01-08', '2024-01-30', '2024-01-31') ORDER BY day),
          ARRAY['2024-01-07:2:2', '2024-01-08:2:3', '2024-01-30:0:3', '2024-01-31:0:2'],
          'PostHog: WAU(D7) = 2, WAU(D8) = 2, MAU(D30) = 3, MAU(D31) = 2');

-- ---- random data ------------------------------------------------------------
SELECT setseed(0.31);
CREATE TABLE ev AS
SELECT CASE WHEN random() < 0.03 THEN NULL ELSE (random() * 150)::bigint END AS uid,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE timestamptz '2024-02-15 00:00+00' + random() * interval '70 days' END AS ts,
       CASE WHEN random() < 0.2 THEN 'purchase' WHEN random() < 0.05 THEN NULL ELSE 'view' END AS kind
FROM generate_series(1, 6000);
-- a burst around the DST change of America/New_York (2024-03-10 02:00 local)
INSERT INTO ev
SELECT (random() * 150)::bigint, timestamptz '2024-03-10 03:00+00' + random() * interval '6 hours', 'view'
FROM generate_series(1, 300);
ANALYZE ev;

-- the oracle: rows (day, dau, wau, mau) for zone z from lo to hi (default: first and last day)
CREATE FUNCTION oracle(z text, only_purchase boolean, lo date DEFAULT NULL, hi date DEFAULT NULL)
RETURNS TABLE (day date, dau bigint, wau bigint, mau bigint) LANGUAGE sql AS $$
    WITH d AS (
        SELECT DISTINCT uid, (ts AT TIME ZONE z)::date AS day FROM ev
        WHERE uid IS NOT NULL AND ts IS NOT NULL AND (NOT only_purchase OR kind = 'purchase')
    ), days AS (
        SELECT g::date AS day
        FROM (SELECT coalesce(lo, min(d.day)) AS a, coalesce(hi, max(d.day)) AS b FROM d) r,
             generate_series(r.a, r.b, interval '1 day') g
    )
    SELECT days.day,
           count(DISTINCT d.uid) FILTER (WHERE d.day = days.day),
           count(DISTINCT d.uid) FILTER (WHERE d.day > days.day - 7),
           count(DISTINCT d.uid)
    FROM days LEFT JOIN d ON d.day > days.day - 30 AND d.day <= days.day
    GROUP BY days.day
$$;

SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'America/New_York') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('America/New_York', false) ORDER BY day$$,
    'bigint actors, America/New_York (DST inside the data): DAU, WAU, MAU equal the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'Asia/Kolkata') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('Asia/Kolkata', false) ORDER BY day$$,
    'bigint actors, Asia/Kolkata (+05:30): equal the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid::int, ts, 'America/New_York') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('America/New_York', false) ORDER BY day$$,
    'integer actors: equal the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users('u' || uid, ts, 'America/New_York') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('America/New_York', false) ORDER BY day$$,
    'text actors (NULL uid gives a NULL id): equal the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(md5(uid::text)::uuid, ts, 'Asia/Kolkata') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('Asia/Kolkata', false) ORDER BY day$$,
    'uuid actors: equal the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'America/New_York', kind = 'purchase') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('America/New_York', true) ORDER BY day$$,
    'condition kind = ''purchase'' (NULL kind counts as false): equal the oracle of purchases only');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users('u' || uid, ts, 'UTC', kind = 'purchase') FROM ev)) ORDER BY day$$,
    $$SELECT * FROM oracle('UTC', true) ORDER BY day$$,
    'text actors with a condition, UTC: equal the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM ev), '2024-02-01', '2024-05-31') ORDER BY day$$,
    $$SELECT * FROM oracle('UTC', false, '2024-02-01', '2024-05-31') ORDER BY day$$,
    'from_day before and to_day after the data: zeros before, WAU and MAU fading after, as the oracle');
SELECT results_eq(
    $$SELECT day, dau, wau, mau FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM ev), '2024-03-01', '2024-03-20') ORDER BY day$$,
    $$SELECT * FROM oracle('UTC', false, '2024-03-01', '2024-03-20') ORDER BY day$$,
    'a range inside the data: WAU and MAU still count the days before from_day');
SELECT is_empty(
    $$SELECT day FROM active_users_rows((SELECT active_users(uid, ts, 'UTC') FROM ev))
      WHERE stickiness IS DISTINCT FROM CASE WHEN mau > 0 THEN dau::float8 / mau END$$,
    'stickiness = DAU / MAU');
SELECT is(
    (SELECT count(*) FROM active_users_rows((SELECT active_users(uid, ts, 'America/New_York') FROM ev))),
    (SELECT (max((ts AT TIME ZONE 'America/New_York')::date) - min((ts AT TIME ZONE 'America/New_York')::date) + 1)::bigint
     FROM ev WHERE uid IS NOT NULL),
    'one row per day from the first to the last active day');

-- the session's TimeZone does not matter once tz is given
CREATE TABLE utc_answer AS
SELECT (SELECT active_users(uid, ts, 'America/New_York') FROM ev) AS v;
SET TimeZone = 'Asia/Tokyo';
SELECT is((SELECT active_users(uid, ts, 'America/New_York') FROM ev), (SELECT v FROM utc_answer),
          'the same value under TimeZone Asia/Tokyo as under UTC');
SET TimeZone = 'UTC';

-- ---- forced parallel plans ---------------------------------------------------
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT active_users(uid, ts, 'UTC') FROM ev$$, 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate for active_users()');
SELECT is(pg_temp.pgg_parallel($$SELECT active_users(uid, ts, 'America/New_York') FROM ev$$),
          (SELECT v::text FROM utc_answer), 'bigint actors: the parallel value equals the serial one');
SELECT is(pg_temp.pgg_parallel($$SELECT active_users('u' || uid, ts, 'America/New_York', kind <> 'view') FROM ev$$),
          (SELECT active_users('u' || uid, ts, 'America/New_York', kind <> 'view')::text FROM ev),
          'text actors with a condition: parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT active_users(md5(uid::text)::uuid, ts, 'Asia/Kolkata') FROM ev$$),
          (SELECT active_users(md5(uid::text)::uuid, ts, 'Asia/Kolkata')::text FROM ev),
          'uuid actors: parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT active_users(uid::int, ts, 'UTC') FROM ev$$),
          (SELECT active_users(uid::int, ts, 'UTC')::text FROM ev),
          'integer actors: parallel equals serial');
\ir helpers/serial.psql

SELECT * FROM finish();
ROLLBACK;
