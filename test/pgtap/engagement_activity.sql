-- pgTAP: stored activity.  activity(ts, tz) per actor, activity_merge(),
-- activity_union(), activity_days(), and the summaries over a table of
-- activities compared with the raw-event forms on random data: bigint, text
-- and uuid actors, NULL actors and timestamps, two zones with a DST change
-- inside the data (America/New_York 2024-03-10, Europe/Berlin 2024-03-31),
-- the session's TimeZone changed; the retention matrix (day, week, month;
-- on, on_or_after, brackets, max_period, as_of) byte for byte, DAU/WAU/MAU,
-- lifecycle and streaks; incremental refresh (per-day activities merged, and
-- INSERT ... ON CONFLICT day by day) equal to one build; errors (zones that
-- mix, NULL and unknown zones, crafted text, long spans, unsupported
-- options); the size of a sparse value; forced parallel plans.
\ir helpers/setup.psql
SELECT plan(57);
SET TimeZone = 'Asia/Tokyo';

SELECT setseed(0.27);
CREATE TABLE ev AS
SELECT CASE WHEN random() < 0.03 THEN NULL ELSE (random() * 200)::bigint END AS uid,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE timestamptz '2024-01-20 00:00+00' + random() * interval '120 days' END AS ts
FROM generate_series(1, 8000);
-- bursts around both DST changes
INSERT INTO ev
SELECT (random() * 200)::bigint, timestamptz '2024-03-10 03:00+00' + random() * interval '8 hours'
FROM generate_series(1, 300);
INSERT INTO ev
SELECT (random() * 200)::bigint, timestamptz '2024-03-30 20:00+00' + random() * interval '8 hours'
FROM generate_series(1, 300);
-- an actor with NULL timestamps only, one with a single event
INSERT INTO ev VALUES (5001, NULL), (5001, NULL), (5002, '2024-02-29 23:30+00');
ANALYZE ev;

CREATE TABLE zones(z text);
INSERT INTO zones VALUES ('America/New_York'), ('Europe/Berlin');

-- one activity table per zone (and a NULL row: an actor without activity)
CREATE TABLE act AS
SELECT z, uid, activity(ts, z) AS act FROM ev, zones WHERE uid IS NOT NULL GROUP BY z, uid;
INSERT INTO act VALUES ('America/New_York', 6000, NULL), ('Europe/Berlin', 6000, NULL);
ANALYZE act;

SELECT is((SELECT count(*)::int FROM act WHERE uid = 5001 AND act IS NULL), 2,
    'activity(): NULL for an actor whose timestamps are all NULL');

-- ---- the retention matrix, byte for byte -----------------------------------
CREATE FUNCTION pg_temp.same_matrix(z text, opts text, actopts text) RETURNS boolean
LANGUAGE sql AS $$
    SELECT (SELECT retention_matrix(uid, ts, opts) FROM ev)
           IS NOT DISTINCT FROM
           (SELECT retention_matrix(act, actopts) FROM act WHERE act.z = $1)
$$;
SELECT ok(pg_temp.same_matrix('America/New_York', 'period=week,tz=America/New_York', 'period=week'),
    'retention_matrix(act): weekly On, the same value as over the events (tz taken from the activities)');
SELECT ok(pg_temp.same_matrix('America/New_York', 'period=week,count=on_or_after,tz=America/New_York',
                              'period=week,count=on_or_after,tz=America/New_York'),
    'weekly On or After, tz= given');
SELECT ok(pg_temp.same_matrix('Europe/Berlin', 'period=day,tz=Europe/Berlin', 'period=day'),
    'daily On, Europe/Berlin');
SELECT ok(pg_temp.same_matrix('Europe/Berlin', 'period=day,count=on_or_after,max_period=20,tz=Europe/Berlin',
                              'period=day,count=on_or_after,max_period=20'),
    'daily On or After with max_period');
SELECT ok(pg_temp.same_matrix('America/New_York', 'period=month,tz=America/New_York', 'period=month'),
    'monthly On');
SELECT ok(pg_temp.same_matrix('Europe/Berlin', 'period=month,count=on_or_after,tz=Europe/Berlin', 'period=month,count=on_or_after'),
    'monthly On or After');
SELECT ok(pg_temp.same_matrix('Europe/Berlin', 'period=week,week_start=sunday,tz=Europe/Berlin', 'period=week,week_start=sunday'),
    'weeks starting on Sunday');
SELECT ok(pg_temp.same_matrix('America/New_York', 'period=day,brackets=[1-3,4-7,8-30],tz=America/New_York',
                              'period=day,brackets=[1-3,4-7,8-30]'),
    'brackets');
SELECT ok(pg_temp.same_matrix('Europe/Berlin', 'period=week,tz=Europe/Berlin,as_of=2024-03-31',
                              'period=week,as_of=2024-03-31'),
    'as_of at a local midnight (the DST day): rows from then on unseen, the same value');
SELECT ok((SELECT retention_matrix(uid, ts, 'period=week,tz=America/New_York') FROM ev)
          IS DISTINCT FROM (SELECT retention_matrix(uid, ts, 'period=week,tz=Europe/Berlin') FROM ev),
    'the two zones give different matrices (the data tests the zone)');
SELECT results_eq(
    $$SELECT * FROM retention_rows((SELECT retention_matrix(act, 'period=week') FROM act WHERE z = 'Europe/Berlin'))$$,
    $$SELECT * FROM retention_rows((SELECT retention_matrix(uid, ts, 'period=week,tz=Europe/Berlin') FROM ev))$$,
    'retention_rows reads the matrix over activities as the one over events');
SELECT is((SELECT (retention_definition(retention_matrix(act, 'period=day'))).observed_until FROM act WHERE z = 'America/New_York'),
          (SELECT max(ts) FROM ev WHERE uid IS NOT NULL),
    'the observation end is the latest event, kept by the activities');
SELECT is((SELECT retention_matrix(act, 'period=day') FROM act WHERE act IS NULL), NULL,
    'retention_matrix over NULL activities only: NULL, as over no events');

-- ---- active users and lifecycle -------------------------------------------
SELECT is((SELECT active_users(act) FROM act WHERE z = 'America/New_York'),
          (SELECT active_users(uid, ts, 'America/New_York') FROM ev),
    'active_users(act): the same value as active_users(actor, ts, tz), New York');
SELECT is((SELECT active_users(act) FROM act WHERE z = 'Europe/Berlin'),
          (SELECT active_users(uid::int, ts, 'Europe/Berlin') FROM ev),
    'active_users(act): Berlin, integer actors');
SELECT is((SELECT active_users(a) FROM (SELECT activity(ts, 'Europe/Berlin') a FROM ev WHERE uid IS NOT NULL GROUP BY 'u' || uid) q),
          (SELECT active_users('u' || uid, ts, 'Europe/Berlin') FROM ev),
    'active_users(act): text actors');
SELECT is((SELECT active_users(a) FROM (SELECT activity(ts, 'America/New_York') a FROM ev WHERE uid IS NOT NULL
                                        GROUP BY md5(uid::text)::uuid) q),
          (SELECT active_users(md5(uid::text)::uuid, ts, 'America/New_York') FROM ev),
    'active_users(act): uuid actors');
SELECT results_eq(
    $$SELECT * FROM active_users_rows((SELECT active_users(act) FROM act WHERE z = 'Europe/Berlin'), '2024-03-01', '2024-04-15')$$,
    $$SELECT * FROM active_users_rows((SELECT active_users(uid, ts, 'Europe/Berlin') FROM ev), '2024-03-01', '2024-04-15')$$,
    'active_users_rows reads the value over activities');
SELECT is((SELECT lifecycle(act, 'day') FROM act WHERE z = 'America/New_York'),
          (SELECT lifecycle(uid, ts, 'America/New_York', 'day') FROM ev),
    'lifecycle(act, day): the same value as over the events');
SELECT is((SELECT lifecycle(act, 'week') FROM act WHERE z = 'Europe/Berlin'),
          (SELECT lifecycle(uid, ts, 'Europe/Berlin', 'week') FROM ev),
    'lifecycle(act, week)');
SELECT is((SELECT lifecycle(act, 'month') FROM act WHERE z = 'America/New_York'),
          (SELECT lifecycle(uid, ts, 'America/New_York', 'month') FROM ev),
    'lifecycle(act, month)');

-- ---- streaks and the active days per actor --------------------------------
SELECT set_eq(
    $$SELECT z, uid, streaks(act, 'day')::text FROM act WHERE act IS NOT NULL$$,
    $$SELECT z, uid, streaks(ts, 'day', z)::text FROM ev, zones WHERE uid IS NOT NULL GROUP BY z, uid
      HAVING count(ts) > 0$$,
    'streaks(act, day): every actor as streaks(ts, day, tz), both zones');
SELECT set_eq(
    $$SELECT z, uid, streaks(act, 'week', d)::text FROM act, (VALUES (date '2024-03-10'), ('2024-04-01'), ('2024-07-01')) v(d)
      WHERE act IS NOT NULL$$,
    $$SELECT z, uid, streaks(ts, 'week', z, d)::text FROM ev, zones, (VALUES (date '2024-03-10'), ('2024-04-01'), ('2024-07-01')) v(d)
      WHERE uid IS NOT NULL GROUP BY z, uid, d HAVING count(ts) > 0$$,
    'streaks(act, week, as_of): every actor, three dates');
SELECT set_eq(
    $$SELECT z, uid, activity_days(act) FROM act WHERE act IS NOT NULL$$,
    $$SELECT z, uid, array_agg(DISTINCT (ts AT TIME ZONE z)::date ORDER BY (ts AT TIME ZONE z)::date)
      FROM ev, zones WHERE uid IS NOT NULL AND ts IS NOT NULL GROUP BY z, uid$$,
    'activity_days(): the distinct local days of the events');

-- ---- incremental refresh ---------------------------------------------------
CREATE TABLE daily AS
SELECT uid, (ts AT TIME ZONE 'Europe/Berlin')::date AS d, activity(ts, 'Europe/Berlin') AS act
FROM ev WHERE uid IS NOT NULL AND ts IS NOT NULL GROUP BY uid, 2;
SELECT set_eq(
    $$SELECT uid, activity_merge(act)::text FROM daily GROUP BY uid$$,
    $$SELECT uid, act::text FROM act WHERE z = 'Europe/Berlin' AND act IS NOT NULL$$,
    'activity_merge over per-day activities equals one build over all events');

CREATE TABLE activity_by_user (user_id bigint PRIMARY KEY, act activity);
DO $$
DECLARE
    d date;
BEGIN
    FOR d IN SELECT DISTINCT (ts AT TIME ZONE 'Europe/Berlin')::date FROM ev WHERE ts IS NOT NULL ORDER BY 1 LOOP
        INSERT INTO activity_by_user
        SELECT uid, activity(ts, 'Europe/Berlin') FROM ev
        WHERE uid IS NOT NULL AND ts >= (d::timestamp AT TIME ZONE 'Europe/Berlin')
          AND ts < ((d + 1)::timestamp AT TIME ZONE 'Europe/Berlin')
        GROUP BY uid
        ON CONFLICT (user_id) DO UPDATE SET act = activity_union(activity_by_user.act, EXCLUDED.act);
    END LOOP;
END $$;
SELECT set_eq(
    $$SELECT user_id, act::text FROM activity_by_user$$,
    $$SELECT uid, act::text FROM act WHERE z = 'Europe/Berlin' AND act IS NOT NULL$$,
    'nightly refresh (INSERT ... ON CONFLICT DO UPDATE with activity_union, day by day) equals one build');
SELECT is((SELECT activity_union(NULL, act)::text FROM act WHERE uid = 3 AND z = 'Europe/Berlin'),
          (SELECT act::text FROM act WHERE uid = 3 AND z = 'Europe/Berlin'),
    'activity_union(NULL, x) = x');
SELECT is((SELECT activity_union(act, act)::text FROM act WHERE uid = 3 AND z = 'Europe/Berlin'),
          (SELECT act::text FROM act WHERE uid = 3 AND z = 'Europe/Berlin'),
    'activity_union(x, x) = x');

-- the session's TimeZone does not matter: the zone is pinned
SET TimeZone = 'America/Los_Angeles';
SELECT set_eq(
    $$SELECT uid, activity(ts, 'Europe/Berlin')::text FROM ev WHERE uid IS NOT NULL GROUP BY uid HAVING count(ts) > 0$$,
    $$SELECT uid, act::text FROM act WHERE z = 'Europe/Berlin' AND act IS NOT NULL$$,
    'activity(): the same values under another session TimeZone (text form included)');
SELECT ok(pg_temp.same_matrix('Europe/Berlin', 'period=week,tz=Europe/Berlin', 'period=week'),
    'retention_matrix(act) under another session TimeZone');
SET TimeZone = 'Asia/Tokyo';

-- ---- I/O ---------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM act WHERE act IS NOT NULL AND act::text::activity::text <> act::text), 0,
    'text output reads back to the same value, every actor');
SELECT is('{tz="UTC",unit=day,last_event="2024-02-10 09:30:00.5+00",days=[2024-01-01..2024-01-03,2024-02-10]}'::activity::text,
          '{tz="UTC",unit=day,last_event="2024-02-10 09:30:00.5+00",days=[2024-01-01..2024-01-03,2024-02-10]}',
    'the text form: zone, unit, latest event (UTC), days and ranges');
SELECT is(activity(ts, 'utc')::text, '{tz="UTC",unit=day,last_event="0044-03-15 10:00:00+00 BC",days=[0044-03-15 BC]}',
    'the zone as PostgreSQL spells it; years BC')
FROM (VALUES (timestamptz '0044-03-15 10:00+00 BC')) v(ts);
SELECT cmp_ok((SELECT pg_column_size(activity(ts, 'UTC'))
               FROM (VALUES (timestamptz '2024-01-01 10:00+00'), ('2025-06-01 10:00+00'), ('2025-12-30 23:00+00')) v(ts)),
              '<=', 32,
    'three active days in two years take at most 32 bytes (zone UTC)');
SELECT cmp_ok((SELECT pg_column_size(activity(ts, 'UTC'))
               FROM generate_series(timestamptz '2024-01-01 12:00+00', '2025-12-31 12:00+00', interval '1 day') ts),
              '<=', 32,
    'every day of two years is one run: at most 32 bytes');

-- crafted text: 22P02, never a crash
CREATE FUNCTION pg_temp.state_of(v text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM v::activity;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
SELECT is(ARRAY(SELECT pg_temp.state_of(v) FROM unnest(ARRAY[
    '',
    '{}',
    '{tz="UTC",unit=day,last_event="2024-01-01 00:00:00+00",days=[]}',
    '{tz="utc",unit=day,last_event="2024-01-01 00:00:00+00",days=[2024-01-01]}',
    '{tz="Nowhere/City",unit=day,last_event="2024-01-01 00:00:00+00",days=[2024-01-01]}',
    '{tz="UTC",unit=week,last_event="2024-01-01 00:00:00+00",days=[2024-01-01]}',
    '{tz="UTC",unit=day,last_event="2024-01-01 00:00:00",days=[2024-01-01]}',
    '{tz="UTC",unit=day,last_event="infinity",days=[2024-01-01]}',
    '{tz="UTC",unit=day,last_event="2024-01-02 00:00:00+00",days=[2024-01-01]}',
    '{tz="UTC",unit=day,last_event="2024-01-03 00:00:00+00",days=[2024-01-03,2024-01-01]}',
    '{tz="UTC",unit=day,last_event="2024-01-03 00:00:00+00",days=[2024-01-01..2024-01-02,2024-01-03]}',
    '{tz="UTC",unit=day,last_event="2024-01-03 00:00:00+00",days=[2024-01-03..2024-01-03]}',
    '{tz="UTC",unit=day,last_event="2024-02-30 00:00:00+00",days=[2024-02-30]}',
    '{tz="UTC",unit=day,last_event="2024-01-01 00:00:00+00",days=[2024-01-01]} ',
    '{tz="UTC",unit=day,last_event="2024-01-01 00:00:00+00",days=[24-01-01]}',
    '{tz="UTC",unit=day,last_event="2024-01-01 00:00:00+00",days=[2024-01-01,]}',
    '{tz="UTC",unit=day,last_event="2024-01-01 00:00:00+00",days=[2024-1-01]}'
    ]) v), array_fill('22P02'::text, ARRAY[17]),
    'crafted text values: 22P02 (empty, bad zone or spelling, unit, offset, order, overlap, dates, trailing bytes)');
SELECT throws_ok($$SELECT '{tz="UTC",unit=day,last_event="2300-01-01 00:00:00+00",days=[2000-01-01,2300-01-01]}'::activity$$,
    '54000', NULL, 'a value spanning more than 100000 days is refused');

-- ---- errors --------------------------------------------------------------------
SELECT throws_ok($$SELECT activity(ts, NULL) FROM ev$$, '22004', NULL, 'activity(): NULL tz refused');
SELECT throws_ok($$SELECT activity(ts, 'Mars/Olympus') FROM ev$$, '22023', NULL, 'activity(): unknown zone refused');
SELECT throws_ok($$SELECT activity(ts, CASE WHEN random() < 0.5 THEN 'UTC' ELSE 'Europe/Berlin' END) FROM ev$$,
    '22023', NULL, 'activity(): zones must not change within an actor');
SELECT throws_ok($$SELECT activity(ts, 'UTC') FROM (VALUES (timestamptz '1900-01-01 00:00+00'), ('2200-01-01 00:00+00')) v(ts)$$,
    '54000', 'activity: an activity would span 109574 days, more than 100000',
    'activity(): a span over 100000 days is refused with a hint');
SELECT throws_ok($$SELECT active_users(a) FROM (SELECT activity(ts, 'UTC') a
                     FROM (VALUES (1, timestamptz '1900-01-01 00:00+00'), (2, '2200-01-01 00:00+00')) v(u, ts) GROUP BY u) q$$,
    '54000', 'active_users spans 109574 days, more than 100000',
    'active_users(act): two activities 300 years apart: refused as over the events');
SELECT throws_ok($$SELECT active_users(u, ts, 'UTC')
                   FROM (VALUES (1, timestamptz '1900-01-01 00:00+00'), (2, '2200-01-01 00:00+00')) v(u, ts)$$,
    '54000', 'active_users spans 109574 days, more than 100000',
    'the same error over the events');
SELECT throws_ok($$SELECT activity_union(a.act, b.act) FROM act a, act b
                   WHERE a.uid = 3 AND b.uid = 3 AND a.z <> b.z$$,
    '22023', NULL, 'activity_union(): two zones do not mix');
SELECT throws_ok($$SELECT activity_merge(act) FROM act$$, '22023', NULL, 'activity_merge(): two zones do not mix');
SELECT throws_ok($$SELECT retention_matrix(act, 'period=week') FROM act$$, '22023', NULL,
    'retention_matrix(act): two zones do not mix');
SELECT throws_ok($$SELECT retention_matrix(act, 'period=week,tz=UTC') FROM act WHERE z = 'Europe/Berlin'$$, '22023', NULL,
    'retention_matrix(act): a tz= other than the activities'' is refused');
SELECT throws_ok($$SELECT active_users(act) FROM act$$, '22023', NULL, 'active_users(act): two zones do not mix');
SELECT throws_ok($$SELECT retention_matrix(act, 'period=hour') FROM act WHERE z = 'Europe/Berlin'$$, '0A000', NULL,
    'retention_matrix(act): hours need the events');
SELECT throws_ok($$SELECT retention_matrix(act, 'period=day,as_of=2024-03-01T12:00') FROM act WHERE z = 'Europe/Berlin'$$,
    '0A000', NULL, 'retention_matrix(act): as_of inside a day needs the events');

-- ---- forced parallel plans ---------------------------------------------------------
CREATE TABLE big AS SELECT * FROM act WHERE z = 'Europe/Berlin';
INSERT INTO big SELECT z, uid + 1000 * k, act FROM act, generate_series(1, 20) k WHERE z = 'Europe/Berlin';
ANALYZE big;
CREATE TABLE serial_answers AS
SELECT (SELECT retention_matrix(act, 'period=week')::text FROM big) AS m,
       (SELECT active_users(act)::text FROM big) AS au,
       (SELECT lifecycle(act, 'week')::text FROM big) AS lc,
       (SELECT activity_merge(act)::text FROM big) AS am,
       (SELECT activity(ts, 'Europe/Berlin')::text FROM ev) AS ac;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention_matrix(act, 'period=week') FROM big$$, 'Partial Aggregate'),
    'EXPLAIN shows a Partial Aggregate for retention_matrix(act)');
SELECT is(pg_temp.pgg_parallel($$SELECT retention_matrix(act, 'period=week') FROM big$$), (SELECT m FROM serial_answers),
    'retention_matrix(act): parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT active_users(act) FROM big$$), (SELECT au FROM serial_answers),
    'active_users(act): parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT lifecycle(act, 'week') FROM big$$), (SELECT lc FROM serial_answers),
    'lifecycle(act): parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT activity_merge(act) FROM big$$), (SELECT am FROM serial_answers),
    'activity_merge(): parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT activity(ts, 'Europe/Berlin') FROM ev$$), (SELECT ac FROM serial_answers),
    'activity(): parallel equals serial');
\ir helpers/serial.psql

SELECT * FROM finish();
ROLLBACK;
