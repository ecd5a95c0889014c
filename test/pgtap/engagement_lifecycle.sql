-- pgTAP: lifecycle() and lifecycle_rows() against a plain-SQL oracle (distinct
-- actor-periods, LAG and LEAD per actor, contributions summed per period) on
-- random data with bigint, integer, text and uuid actors, NULL actors,
-- timestamps and conditions, days, ISO weeks and months in two time zones
-- (one with a DST change inside the data), PostHog's restated vectors, the
-- churn and win-back rates from per-actor period sets, and forced parallel
-- plans compared with serial ones.
\ir helpers/setup.psql
SELECT plan(16);
SET TimeZone = 'UTC';

-- ---- PostHog's lifecycle vectors (interval day) --------------------------------
-- active D1, D2, D4: D1 new, D2 returning, D3 dormant, D4 resurrecting, D5 dormant
-- (PostHog counts dormant negative; lifecycle_rows reports the positive count)
CREATE TABLE ph AS
SELECT 1::bigint AS uid, d AS ts FROM unnest(ARRAY[timestamptz '2024-01-01 10:00+00', '2024-01-02 10:00+00',
                                                 '2024-01-04 10:00+00']) d;
SELECT is(ARRAY(SELECT period || ':' || new || returning_users || resurrecting || dormant
                FROM lifecycle_rows((SELECT lifecycle(uid, ts, 'UTC', 'day') FROM ph)) ORDER BY period),
          ARRAY['2024-01-01:1000', '2024-01-02:0100', '2024-01-03:0001', '2024-01-04:0010', '2024-01-05:0001'],
          'PostHog: new, returning, dormant, resurrecting, dormant');
-- two actors both new on D1 and inactive on D2: D1 new = 2, D2 dormant = 2
SELECT is(ARRAY(SELECT period || ':' || new || ':' || dormant || ':' || coalesce(churn_rate::text, '-')
                FROM lifecycle_rows((SELECT lifecycle(u, timestamptz '2024-01-01 09:00+00', 'UTC', 'day')
                                     FROM generate_series(1, 2) u)) ORDER BY period),
          ARRAY['2024-01-01:2:0:-', '2024-01-02:0:2:1'],
          'PostHog: two new actors go dormant together; churn rate 1');

-- ---- random data ------------------------------------------------------------
SELECT setseed(0.57);
CREATE TABLE ev AS
SELECT CASE WHEN random() < 0.03 THEN NULL ELSE (random() * 120)::bigint END AS uid,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE timestamptz '2024-01-20 00:00+00' + random() * interval '120 days' * random() END AS ts,
       CASE WHEN random() < 0.25 THEN 'purchase' WHEN random() < 0.05 THEN NULL ELSE 'view' END AS kind
FROM generate_series(1, 5000);
INSERT INTO ev
SELECT (random() * 120)::bigint, timestamptz '2024-03-10 03:00+00' + random() * interval '6 hours', 'view'
FROM generate_series(1, 200);
ANALYZE ev;

-- the oracle: (period, new, returning, resurrecting, dormant, active, churn_rate, winback_rate)
CREATE FUNCTION oracle(z text, unit text, only_purchase boolean)
RETURNS TABLE (period date, new bigint, ret bigint, res bigint, dor bigint, active bigint,
               churn float8, winback float8) LANGUAGE sql AS $$
    WITH w AS (
        SELECT DISTINCT uid, date_trunc(unit, ts AT TIME ZONE z)::date AS p FROM ev
        WHERE uid IS NOT NULL AND ts IS NOT NULL AND (NOT only_purchase OR kind = 'purchase')
    ), step AS (
        SELECT ('1 ' || unit)::interval AS i
    ), s AS (
        SELECT p, lag(p) OVER u AS prev, lead(p) OVER u AS next FROM w WINDOW u AS (PARTITION BY uid ORDER BY p)
    ), c AS (
        SELECT p, (prev IS NULL)::int AS n, (prev = (p - i)::date)::int AS r, (prev < (p - i)::date)::int AS z,
               0 AS d
        FROM s, step
        UNION ALL
        SELECT (p + i)::date, 0, 0, 0, 1 FROM s, step WHERE next IS NULL OR next > (p + i)::date
    ), periods AS (
        SELECT g::date AS p FROM (SELECT min(p) AS lo, max(p) AS hi FROM w) r, step,
               generate_series(r.lo, r.hi + step.i, step.i) g
    ), counts AS (
        SELECT periods.p, coalesce(sum(c.n), 0)::bigint AS n, coalesce(sum(c.r), 0)::bigint AS r,
               coalesce(sum(c.z), 0)::bigint AS z, coalesce(sum(c.d), 0)::bigint AS d
        FROM periods LEFT JOIN c USING (p) GROUP BY periods.p
    ), firsts AS (
        SELECT uid, min(p) AS f FROM w GROUP BY uid
    ), lapsed AS (
        -- actors first active at or before q but not active in q
        SELECT periods.p AS q,
               (SELECT count(*) FROM firsts f WHERE f.f <= periods.p
                  AND NOT EXISTS (SELECT FROM w WHERE w.uid = f.uid AND w.p = periods.p)) AS l,
               (SELECT count(*) FROM w WHERE w.p = periods.p) AS a
        FROM periods
    )
    SELECT c.p, c.n, c.r, c.z, c.d, c.n + c.r + c.z,
           c.d::float8 / NULLIF(prev.a, 0), c.z::float8 / NULLIF(prev.l, 0)
    FROM counts c LEFT JOIN lapsed prev ON prev.q = (SELECT max(q) FROM lapsed WHERE q < c.p)
$$;

SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle(uid, ts, 'America/New_York', 'week') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('America/New_York', 'week', false) ORDER BY period$$,
    'bigint actors, ISO weeks in America/New_York (DST inside the data): equal the oracle');
SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle(uid, ts, 'America/New_York', 'day') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('America/New_York', 'day', false) ORDER BY period$$,
    'bigint actors, days: equal the oracle');
SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle(uid, ts, 'Asia/Kolkata', 'month') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('Asia/Kolkata', 'month', false) ORDER BY period$$,
    'bigint actors, months in Asia/Kolkata: equal the oracle');
SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle(uid::int, ts, 'Asia/Kolkata', 'week') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('Asia/Kolkata', 'week', false) ORDER BY period$$,
    'integer actors, weeks: equal the oracle');
SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle('u' || uid, ts, 'America/New_York', 'day') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('America/New_York', 'day', false) ORDER BY period$$,
    'text actors, days: equal the oracle');
SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle(md5(uid::text)::uuid, ts, 'UTC', 'month') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('UTC', 'month', false) ORDER BY period$$,
    'uuid actors, months: equal the oracle');
SELECT results_eq(
    $$SELECT period, new, returning_users, resurrecting, dormant FROM lifecycle_rows((SELECT lifecycle(uid, ts, 'America/New_York', 'week', kind = 'purchase') FROM ev)) ORDER BY period$$,
    $$SELECT period, new, ret, res, dor FROM oracle('America/New_York', 'week', true) ORDER BY period$$,
    'condition kind = ''purchase'' (NULL counts as false): equal the oracle of purchases');
SELECT results_eq(
    $$SELECT period, active, churn_rate, winback_rate FROM lifecycle_rows((SELECT lifecycle(uid, ts, 'America/New_York', 'week') FROM ev)) ORDER BY period$$,
    $$SELECT period, active, churn, winback FROM oracle('America/New_York', 'week', false) ORDER BY period$$,
    'active, churn rate (dormant / active before) and win-back rate (resurrecting / lapsed before) equal the oracle');
SELECT results_eq(
    $$SELECT period, active, churn_rate, winback_rate FROM lifecycle_rows((SELECT lifecycle('u' || uid, ts, 'UTC', 'day') FROM ev)) ORDER BY period$$,
    $$SELECT period, active, churn, winback FROM oracle('UTC', 'day', false) ORDER BY period$$,
    'rates by day: equal the oracle');

-- the session's TimeZone does not matter once tz is given
CREATE TABLE utc_answer AS SELECT (SELECT lifecycle(uid, ts, 'America/New_York', 'week') FROM ev) AS v;
SET TimeZone = 'Pacific/Auckland';
SELECT is((SELECT lifecycle(uid, ts, 'America/New_York', 'week') FROM ev), (SELECT v FROM utc_answer),
          'the same value under TimeZone Pacific/Auckland as under UTC');
SET TimeZone = 'UTC';

-- ---- forced parallel plans ---------------------------------------------------
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT lifecycle(uid, ts, 'UTC', 'week') FROM ev$$, 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate for lifecycle()');
SELECT is(pg_temp.pgg_parallel($$SELECT lifecycle(uid, ts, 'America/New_York', 'week') FROM ev$$),
          (SELECT v::text FROM utc_answer), 'bigint actors: the parallel value equals the serial one');
SELECT is(pg_temp.pgg_parallel($$SELECT lifecycle('u' || uid, ts, 'UTC', 'day', kind = 'purchase') FROM ev$$),
          (SELECT lifecycle('u' || uid, ts, 'UTC', 'day', kind = 'purchase')::text FROM ev),
          'text actors with a condition: parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT lifecycle(md5(uid::text)::uuid, ts, 'Asia/Kolkata', 'month') FROM ev$$),
          (SELECT lifecycle(md5(uid::text)::uuid, ts, 'Asia/Kolkata', 'month')::text FROM ev),
          'uuid actors: parallel equals serial');
\ir helpers/serial.psql

SELECT * FROM finish();
ROLLBACK;
