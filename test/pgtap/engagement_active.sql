-- pgTAP: active_users() and active_users_rows() against a plain-SQL oracle
-- (distinct actor-days, then per day of the range count(DISTINCT) over the
-- trailing 1, 7 and 30 days) on random data with bigint, integer, text and
-- uuid actors, NULL actors, timestamps and conditions, two time zones (one
-- with a DST change inside the data, one with a half-hour offset), the
-- session's TimeZone changed, PostHog's restated vectors, and forced
-- parallel plans compared with serial ones.
\ir helpers/setup.psql
SELECT plan(40);
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

-- ---- integer actors: direct array and hash table ----------------------------------
-- ids outside the direct array (negative, huge, and one beyond it until
-- enough actors make the array grow over it) must count as the same ids as
-- text, whatever the row order
SET LOCAL max_parallel_workers_per_gather = 0;
CREATE TABLE wide (id bigint, ts timestamptz);
INSERT INTO wide VALUES (300000, '2024-01-01 10:00+00'), (-5, '2024-01-02 10:00+00'),
                        (9000000000000000, '2024-01-02 11:00+00'), (300000, '2024-01-03 10:00+00');
INSERT INTO wide SELECT g, timestamptz '2024-01-01 00:00+00' + (g % 90) * interval '1 day'
FROM generate_series(1, 120000) g;
INSERT INTO wide VALUES (300000, '2024-01-05 10:00+00'), (-5, '2024-03-01 10:00+00'), (300000, '2024-03-02 10:00+00'),
                        (120001, '2024-01-04 10:00+00'), (9000000000000000, '2024-01-02 12:00+00');
SELECT is((SELECT active_users(id, ts, 'UTC') FROM wide)::text,
          (SELECT active_users(id::text, ts, 'UTC') FROM wide)::text,
          'bigint actors in and out of the direct array count as the same actors as text ids');
SELECT is((SELECT lifecycle(id, ts, 'UTC', 'week') FROM wide)::text,
          (SELECT lifecycle(id::text, ts, 'UTC', 'week') FROM wide)::text,
          'lifecycle: the same for bigint and text ids');
RESET max_parallel_workers_per_gather;

-- ---- the state type pgg_state (what Citus ships between nodes) ------------------
CREATE AGGREGATE pg_temp.st_au(bigint, timestamptz, text) (SFUNC = _pgg_active_users_trans, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.st_au_t(text, timestamptz, text) (SFUNC = _pgg_active_users_trans, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.st_lc(bigint, timestamptz, text, text) (SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.cb(pgg_state) (SFUNC = _pgg_active_days_combine, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.st_bg(float8, float8, float8) (SFUNC = _pgg_bgnbd_fit_trans, STYPE = pgg_state);
CREATE TABLE st AS
SELECT uid % 3 AS part, pg_temp.st_au(uid, ts, 'America/New_York')::text AS au,
       pg_temp.st_lc(uid, ts, 'America/New_York', 'week')::text AS lc
FROM ev WHERE uid IS NOT NULL GROUP BY 1;
SELECT ok((SELECT bool_and(au LIKE 'active_days:%' AND lc LIKE 'active_days:%') FROM st),
          'the text form of a state is "active_days:<base64>"');
SELECT is((SELECT _pgg_active_users_final(pg_temp.cb(au::pgg_state)) FROM st)::text,
          (SELECT active_users(uid, ts, 'America/New_York') FROM ev)::text,
          'active_users: partial states through text, combined, equal the whole aggregate');
SELECT is((SELECT _pgg_lifecycle_final(pg_temp.cb(lc::pgg_state)) FROM st)::text,
          (SELECT lifecycle(uid, ts, 'America/New_York', 'week') FROM ev)::text,
          'lifecycle: partial states through text, combined, equal the whole aggregate');
SELECT is((SELECT string_agg(au::pgg_state::text, ',' ORDER BY part) FROM st),
          (SELECT string_agg(au, ',' ORDER BY part) FROM st), 'text input and output round-trip');
SELECT is((SELECT _pgg_active_users_final(pg_temp.st_au(uid, ts, 'UTC')) FROM ev)::text,
          (SELECT active_users(uid, ts, 'UTC') FROM ev)::text, 'the final function over an expanded state');
SELECT throws_ok($$SELECT 'active_days:cGdBRAE='::pgg_state$$, '22P03', NULL, 'a truncated state is 22P03');
SELECT throws_ok($$SELECT ('clv_fit:' || split_part(au, ':', 2))::pgg_state FROM st LIMIT 1$$, '22P02', NULL,
                 'a state under another family''s prefix is 22P02');
SELECT throws_ok($$SELECT (au || '!')::pgg_state FROM st LIMIT 1$$, '22P02', NULL, 'bad base64 is 22P02');
SELECT throws_ok($$SELECT _pgg_active_users_final(pg_temp.st_bg(1, 2, 3)) FROM ev$$, '42804', NULL,
                 'a state of another family is 42804');
SELECT throws_ok($$SELECT _pgg_active_users_final(lc::pgg_state) FROM st$$, '22023', NULL,
                 'a lifecycle state given to active_users is 22023');
SELECT throws_ok($$SELECT pg_temp.cb(s) FROM (SELECT pg_temp.st_au(uid, ts, 'UTC') FROM ev
                   UNION ALL SELECT pg_temp.st_au(uid, ts, 'Europe/Berlin') FROM ev) v(s)$$, '22023', NULL,
                 'combining states of two zones is 22023');
SELECT throws_ok($$SELECT pg_temp.cb(s::text::pgg_state) FROM (SELECT pg_temp.st_au(uid, ts, 'UTC') FROM ev
                   UNION ALL SELECT pg_temp.st_au_t(uid::text, ts, 'UTC') FROM ev) v(s)$$, '42804', NULL,
                 'combining bigint and text actor states is 42804');

-- ---- combining flat states: the sorted form and its fallbacks --------------------
-- A flat state lists integer actors in ascending key order; the combine
-- function then merges states linearly.  A state in another order (as 0.3's
-- first writers made, or a crafted one) is merged through the look-up tables:
-- the same answer either way.  Hand-made states (format 1, UTC, unit day):
-- actors 5 and 3 (in that order), and 3 and 7, each active on 2024-01-01
-- (local day 19723: block 308, bit 11).
CREATE TABLE hand AS
SELECT ('active_days:' || encode('\x706741440101000203555443'::bytea || keys, 'base64'))::pgg_state AS s, name
FROM (VALUES ('\x020a01e80402080601e8040208'::bytea, 'desc'), ('\x020601e80402080e01e8040208'::bytea, 'asc')) v(keys, name);
SELECT is((SELECT array_agg(day || ':' || dau ORDER BY day) FROM active_users_rows(
              (SELECT _pgg_active_users_final(pg_temp.cb(s)) FROM (SELECT s FROM hand ORDER BY name) h))),
          ARRAY['2024-01-01:3'], 'an ascending state first, then one in another order: actors 3, 5 and 7');
SELECT is((SELECT array_agg(day || ':' || dau ORDER BY day) FROM active_users_rows(
              (SELECT _pgg_active_users_final(pg_temp.cb(s)) FROM (SELECT s FROM hand ORDER BY name DESC) h))),
          ARRAY['2024-01-01:3'], 'a state in another order first, then an ascending one: actors 3, 5 and 7');
-- sorted combined state, then an expanded one (UNION ALL keeps the order)
SELECT is((SELECT _pgg_active_users_final(pg_temp.cb(s)) FROM (
              SELECT au::pgg_state FROM st WHERE part = 0
              UNION ALL SELECT pg_temp.st_au(uid, ts, 'America/New_York') FROM ev WHERE uid % 3 <> 0) v(s))::text,
          (SELECT active_users(uid, ts, 'America/New_York') FROM ev)::text,
          'a flat state, then an expanded one: equal the whole aggregate');
-- many actors: three flat partial states of 30,000 actors each, overlapping
CREATE TABLE many AS
SELECT (g * 7919) % 45000 - 500 AS id,
       timestamptz '2024-01-01 00:00+00' + ((g * 31) % 200) * interval '1 day' AS ts, g % 3 AS part
FROM generate_series(1, 90000) g;
SELECT is((SELECT _pgg_active_users_final(pg_temp.cb(s::text::pgg_state)) FROM (
              SELECT pg_temp.st_au(id, ts, 'UTC') FROM many GROUP BY part) v(s))::text,
          (SELECT active_users(id, ts, 'UTC') FROM many)::text,
          'three overlapping partial states of 30,000 actors (negative ids too): equal the whole aggregate');
SELECT is((SELECT pg_temp.cb(s::text::pgg_state) FROM (
              SELECT pg_temp.st_au(id, ts, 'UTC') FROM many GROUP BY part) v(s))::text,
          (SELECT pg_temp.st_au(id, ts, 'UTC') FROM many)::text,
          'the combined state has the same bytes as the state of all rows (ascending keys, one block per number)');
SELECT is((SELECT _pgg_active_users_final(pg_temp.cb(s)) FROM (
              SELECT pg_temp.st_au(id, ts, 'UTC')::text::pgg_state FROM many GROUP BY id % 12
              UNION ALL SELECT s FROM hand WHERE name = 'desc') v(s))::text,
          (SELECT active_users(id, ts, 'UTC') FROM (SELECT id::bigint, ts FROM many
              UNION ALL VALUES (5::bigint, timestamptz '2024-01-01 10:00+00'), (3, '2024-01-01 10:00+00')) v(id, ts))::text,
          'twelve ascending partial states (merged eight at a time), then one in another order: equal the whole aggregate');
SELECT is((SELECT _pgg_lifecycle_final(pg_temp.cb(s::text::pgg_state)) FROM (
              SELECT pg_temp.st_lc(id, ts, 'UTC', 'month') FROM many GROUP BY part) v(s))::text,
          (SELECT lifecycle(id, ts, 'UTC', 'month') FROM many)::text,
          'lifecycle: the same through three partial states');
SELECT is((SELECT lifecycle(id, ts, 'UTC', 'month') FROM many)::text,
          (SELECT lifecycle(id::text, ts, 'UTC', 'month') FROM many)::text,
          'and equal to the value over text ids');

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
