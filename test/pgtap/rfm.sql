-- pgTAP: RFM scores (rfm_bin, rfm_breaks/rfm_score, rfm()) and the segment maps
\ir helpers/setup.psql
SELECT plan(27);
SET LOCAL TimeZone = 'UTC';
SELECT setseed(0.6);

-- ---- the ten-segment map, all 25 (R, F) cells, written out from the issue --------
CREATE TEMP TABLE seg_expected (r int, f int, segment text);
INSERT INTO seg_expected VALUES
    (5, 5, 'champions'), (5, 4, 'champions'),
    (4, 5, 'loyal_customers'), (4, 4, 'loyal_customers'), (3, 5, 'loyal_customers'), (3, 4, 'loyal_customers'),
    (5, 3, 'potential_loyalists'), (5, 2, 'potential_loyalists'), (4, 3, 'potential_loyalists'), (4, 2, 'potential_loyalists'),
    (5, 1, 'new_customers'),
    (4, 1, 'promising'),
    (3, 3, 'need_attention'),
    (3, 2, 'about_to_sleep'), (3, 1, 'about_to_sleep'),
    (2, 4, 'at_risk'), (2, 3, 'at_risk'), (1, 4, 'at_risk'), (1, 3, 'at_risk'),
    (2, 5, 'cannot_lose_them'), (1, 5, 'cannot_lose_them'),
    (2, 2, 'hibernating'), (2, 1, 'hibernating'), (1, 2, 'hibernating'), (1, 1, 'hibernating');
SELECT is((SELECT count(DISTINCT (r, f))::int FROM seg_expected), 25, 'the expected map covers 25 distinct cells');
SELECT results_eq(
    $$SELECT r, f, rfm_segment(r, f, 3) FROM generate_series(1, 5) r, generate_series(1, 5) f ORDER BY r, f$$,
    $$SELECT r, f, segment FROM seg_expected ORDER BY r, f$$,
    'rfm_segment: all 25 (R, F) cells');
SELECT is((SELECT count(*)::int FROM generate_series(1, 5) r, generate_series(1, 5) f, generate_series(1, 5) m
           WHERE rfm_segment(r, f, m) IS DISTINCT FROM rfm_segment(r, f, 1)), 0,
          'rfm_segment: M does not change the segment (125 cells)');
SELECT is((SELECT count(DISTINCT rfm_segment(r, f, 1))::int FROM generate_series(1, 5) r, generate_series(1, 5) f), 10,
          'rfm_segment: ten segments');

-- ---- custom rules against a regular-expression oracle ---------------------------------
-- 60 random rule lists of 1..6 rules; a pattern position is a digit, a class such as
-- [24] or [2-4], or '.', which are also regular expressions: the oracle takes the first
-- rule whose pattern matches the digits "RF" (two positions) or "RFM" (three).
CREATE TEMP TABLE rule_pos AS
SELECT l, k, p, CASE WHEN u < 0.35 THEN (1 + floor(v * 5))::text
                     WHEN u < 0.55 THEN '[' || (1 + floor(v * 3))::text || '-' || (3 + floor(w * 3))::text || ']'
                     WHEN u < 0.8 THEN '[' || (1 + floor(v * 5))::text || (1 + floor(w * 5))::text || ']'
                     ELSE '.' END AS tok
FROM (SELECT l, k, p, random() AS u, random() AS v, random() AS w
      FROM generate_series(1, 60) l, generate_series(1, 6) k, generate_series(1, 3) p) x;
CREATE TEMP TABLE rule_list AS
SELECT l, k, string_agg(tok, '' ORDER BY p) AS pattern, 'seg_' || l || '_' || k AS segment
FROM rule_pos r
WHERE p <= 2 OR (l + k) % 2 = 0                      -- about half the rules use M
GROUP BY l, k
HAVING k <= 1 + (l % 6);
CREATE TEMP TABLE rule_arr AS
SELECT l, array_agg(ARRAY[pattern, segment] ORDER BY k) AS rules FROM rule_list GROUP BY l;
SELECT is((SELECT count(*) FROM rule_arr a, generate_series(1, 5) r, generate_series(1, 5) f, generate_series(1, 5) m
           WHERE rfm_segment(r, f, m, a.rules) IS DISTINCT FROM (
               SELECT segment FROM rule_list x
               WHERE x.l = a.l
                 AND CASE WHEN regexp_count(x.pattern, '\[[^]]*\]|.') = 2 THEN r::text || f::text
                          ELSE r::text || f::text || m::text END ~ ('^' || x.pattern || '$')
               ORDER BY x.k LIMIT 1)), 0::bigint,
          'custom rules: first match equals the regular-expression oracle (60 random rule lists x 125 cells)');

-- ---- random data: scores against plain-SQL percent_rank() oracles -----------------
-- x_cont: continuous; x_tie: heavy ties (4 values, skewed); x_num: 2-decimal amounts
-- with ties; x_ts: timestamps on a coarse grid (ties); x_big: counts, mostly 1.
CREATE TEMP TABLE rfm_rand AS
SELECT i AS id,
       random() * 1000 - 500 AS x_cont,
       floor(random() * random() * 4)::float8 AS x_tie,
       round((random() * 50)::numeric, 0) / 4 AS x_num,
       timestamptz '2026-01-01' + floor(random() * 40) * interval '6 hours' AS x_ts,
       (1 + floor(-ln(1 - random()) * 0.7))::bigint AS x_big,
       CASE WHEN i % 50 = 0 THEN '-0'::float8 WHEN i % 50 = 1 THEN 0
            ELSE (random() - 0.5) * 10 ^ (floor(random() * 40) - 20) END AS x_mag
FROM generate_series(1, 3000) i;

CREATE FUNCTION pg_temp.rfm_mismatches(col text, nb int) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format($q$
        SELECT count(*) FROM (
            SELECT id, %1$I AS x,
                   least(%2$s, 1 + floor(%2$s * percent_rank() OVER (ORDER BY %1$I)))::int AS oracle
            FROM rfm_rand) w,
            (SELECT rfm_breaks(%1$I, %2$s) AS b FROM rfm_rand) s
        WHERE rfm_score(w.x, s.b) <> w.oracle$q$, col, nb) INTO n;
    RETURN n;
END $$;

SELECT is(pg_temp.rfm_mismatches('x_cont', 5), 0::bigint, 'continuous float8, 5 bins: rfm_score = percent_rank oracle');
SELECT is(pg_temp.rfm_mismatches('x_tie', 5), 0::bigint, 'heavy ties (4 values), 5 bins: = oracle');
SELECT is(pg_temp.rfm_mismatches('x_num', 5), 0::bigint, 'numeric amounts with ties, 5 bins: = oracle');
SELECT is(pg_temp.rfm_mismatches('x_ts', 5), 0::bigint, 'timestamps with ties, 5 bins: = oracle');
SELECT is(pg_temp.rfm_mismatches('x_big', 5), 0::bigint, 'purchase counts (mostly 1), 5 bins: = oracle');
SELECT is(pg_temp.rfm_mismatches('x_mag', 5), 0::bigint, 'signs, magnitudes 1e-20..1e20, -0 = +0 ties, 5 bins: = oracle');
SELECT is((SELECT sum(pg_temp.rfm_mismatches(c, nb)) FROM unnest(ARRAY['x_cont', 'x_tie', 'x_num', 'x_ts', 'x_big', 'x_mag']) c,
           unnest(ARRAY[1, 2, 3, 4, 7, 10, 100, 1000]) nb), 0::numeric,
          'all columns, 1 to 1000 bins: = oracle');
-- the heavy-tie column really is tied: its scores skip values
SELECT ok((SELECT count(DISTINCT rfm_score(x_tie, b)) < 5 FROM rfm_rand, (SELECT rfm_breaks(x_tie) b FROM rfm_rand) s),
          'heavy ties: fewer than 5 distinct scores (ties are never split)');
-- rfm_bin as the window expression
SELECT is((SELECT count(*) FROM (
               SELECT rfm_bin(percent_rank() OVER (ORDER BY x_num), 7) AS a,
                      least(7, 1 + floor(7 * percent_rank() OVER (ORDER BY x_num)))::int AS o
               FROM rfm_rand) s WHERE a <> o), 0::bigint,
          'rfm_bin(percent_rank() OVER (...), 7) = least(7, 1 + floor(7 * percent_rank()))');
-- sizes of small sets where float rounding is delicate: every N up to 60, every n_bins up to 12
SELECT is((SELECT count(*) FROM generate_series(1, 60) nn, generate_series(1, 12) nb,
                  LATERAL (SELECT count(*) AS bad FROM (
                               SELECT x, least(nb, 1 + floor(nb * percent_rank() OVER (ORDER BY x)))::int AS o
                               FROM generate_series(1, nn) x) w,
                           (SELECT rfm_breaks(x::bigint, nb) AS b FROM generate_series(1, nn) x) s
                           WHERE rfm_score(w.x::bigint, s.b) <> w.o) t
           WHERE bad > 0), 0::bigint,
          'distinct values 1..N, N <= 60, 1..12 bins: = oracle');

-- ---- order independence ------------------------------------------------------------
SELECT is((SELECT count(DISTINCT b) FROM (
               SELECT (SELECT rfm_breaks(x_num) FROM (SELECT x_num FROM rfm_rand ORDER BY id) s) AS b
               UNION ALL SELECT (SELECT rfm_breaks(x_num) FROM (SELECT x_num FROM rfm_rand ORDER BY id DESC) s)
               UNION ALL SELECT (SELECT rfm_breaks(x_num) FROM (SELECT x_num FROM rfm_rand ORDER BY random()) s)
               UNION ALL SELECT (SELECT rfm_breaks(x_num) FROM (SELECT x_num FROM rfm_rand ORDER BY x_num DESC) s)) u),
          1::bigint, 'rfm_breaks: same breaks for four row orders');
CREATE TEMP TABLE rfm_shuffled AS SELECT * FROM rfm_rand ORDER BY random();
SELECT results_eq(
    $$SELECT id, rfm_score(x_ts, b) FROM rfm_rand, (SELECT rfm_breaks(x_ts) b FROM rfm_rand) s ORDER BY id$$,
    $$SELECT id, rfm_score(x_ts, b) FROM rfm_shuffled, (SELECT rfm_breaks(x_ts) b FROM rfm_shuffled) s ORDER BY id$$,
    'per-row scores do not depend on the physical row order');

-- ---- rfm() against the plain-SQL window query on a random event log -------------------
CREATE TEMP TABLE rfm_events AS
SELECT (1 + floor(random() * 400))::bigint AS user_id,
       CASE WHEN random() < 0.3 THEN 'purchase' ELSE 'page_view' END AS event_name,
       timestamptz '2026-01-01' + floor(random() * 90) * interval '1 day' AS event_time,
       round((5 + random() * 20)::numeric, 0) AS revenue
FROM generate_series(1, 4000);
SELECT results_eq(
    $$SELECT customer_id::bigint, last_purchase, frequency, monetary, r_score, f_score, m_score, segment
      FROM rfm('rfm_events', '2026-03-01') ORDER BY customer_id::bigint$$,
    $$WITH c AS (SELECT user_id, max(event_time) AS lp, count(*) AS f, sum(revenue) AS m
                 FROM rfm_events WHERE event_name = 'purchase' AND event_time <= '2026-03-01' GROUP BY user_id),
           s AS (SELECT user_id, lp, f, m,
                        least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY lp)))::int AS rs,
                        least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY f)))::int AS fs,
                        least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY m)))::int AS ms
                 FROM c)
      SELECT s.user_id, s.lp, s.f, s.m, s.rs, s.fs, s.ms, e.segment
      FROM s JOIN seg_expected e ON e.r = s.rs AND e.f = s.fs ORDER BY s.user_id$$,
    'rfm(): per-customer values, scores and segments equal the window-function oracle');
SELECT is((SELECT count(*) FROM rfm('rfm_events', '2026-03-01')
           WHERE recency_days <> extract(epoch FROM timestamptz '2026-03-01' - last_purchase)::float8 / 86400),
          0::bigint, 'rfm(): recency_days is as_of - last_purchase in days');
SELECT results_eq(
    $$SELECT segment, count(*) FROM rfm('rfm_events') GROUP BY 1 ORDER BY 1$$,
    $$WITH c AS (SELECT user_id, max(event_time) AS lp, count(*) AS f, sum(revenue) AS m
                 FROM rfm_events WHERE event_name = 'purchase' GROUP BY user_id),
           b AS (SELECT rfm_breaks(lp) rb, rfm_breaks(f) fb, rfm_breaks(m) mb FROM c)
      SELECT rfm_segment(rfm_score(lp, rb), rfm_score(f, fb), rfm_score(m, mb)), count(*) FROM c, b GROUP BY 1 ORDER BY 1$$,
    'rfm() segment sizes = the documented rfm_breaks/rfm_score query shape');

-- ---- rfm_breaks as a window aggregate -----------------------------------------------
SELECT is((SELECT count(*) FROM (
               SELECT x_big, rfm_score(x_big, rfm_breaks(x_big) OVER ()) AS a,
                      least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x_big)))::int AS o
               FROM rfm_rand) s WHERE a <> o), 0::bigint,
          'rfm_breaks(x) OVER () works as a window aggregate');

-- ---- parallel plans: Partial Aggregate and the serial answer --------------------------
CREATE TABLE rfm_big AS
SELECT i % 97 AS g, (random() * 100000)::bigint AS v, round((random() * 500)::numeric, 1) AS amt
FROM generate_series(1, 200000) i;
ANALYZE rfm_big;
\ir helpers/serial.psql
CREATE TEMP TABLE rfm_ser AS SELECT rfm_breaks(v) AS bv, rfm_breaks(amt, 7) AS ba FROM rfm_big;
CREATE TEMP TABLE rfm_ser_g AS SELECT g, rfm_breaks(v, 3) AS b FROM rfm_big GROUP BY g;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has('SELECT rfm_breaks(v), rfm_breaks(amt, 7) FROM rfm_big', 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel('SELECT rfm_breaks(v) FROM rfm_big'), (SELECT bv::text FROM rfm_ser), 'parallel breaks (bigint) = serial');
SELECT is(pg_temp.pgg_parallel('SELECT rfm_breaks(amt, 7) FROM rfm_big'), (SELECT ba::text FROM rfm_ser),
          'parallel breaks (numeric, 7 bins) = serial');
SELECT ok(pg_temp.pgg_plan_has('SELECT g, rfm_breaks(v, 3) FROM rfm_big GROUP BY g', 'Partial'),
          'grouped query: partial aggregation under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY g) FROM (SELECT g, rfm_breaks(v, 3) AS b FROM rfm_big GROUP BY g) x$$),
          (SELECT array_agg(x ORDER BY g)::text FROM (SELECT g, b FROM rfm_ser_g) x),
          'parallel grouped breaks = serial');
\ir helpers/serial.psql
-- the serial breaks themselves match the oracle
SELECT is((SELECT count(*) FROM (
               SELECT v, least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY v)))::int AS o FROM rfm_big) w, rfm_ser
           WHERE rfm_score(w.v, rfm_ser.bv) <> w.o), 0::bigint,
          '200000 rows: breaks reproduce the percent_rank oracle');

SELECT * FROM finish();
ROLLBACK;
