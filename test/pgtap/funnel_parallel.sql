-- pgTAP: funnel aggregates under forced parallel plans (Partial Aggregate,
-- serialize/deserialize/combine) give the serial answers.
\ir helpers/setup.psql
SELECT plan(24);

SELECT setseed(0.77);
CREATE TABLE fp AS
SELECT (random() * 500)::int AS uid,
       timestamptz '2026-01-01' + (random() * 86400 * 40) * interval '1 second' AS ts,
       (ARRAY['view', 'cart', 'checkout', 'buy', 'noise'])[1 + floor(random() * 5)::int] AS ev,
       (ARRAY['web', 'ios', 'android'])[1 + floor(random() * 3)::int] AS channel
FROM generate_series(1, 60000);
ANALYZE fp;
-- the same rows in time order (an append-only log): the workers' states compute
-- their level online, ship it, and drop their events once it reaches the last step
CREATE TABLE fpo AS SELECT * FROM fp ORDER BY ts;
ANALYZE fpo;

\ir helpers/serial.psql
CREATE TEMP TABLE s_levels AS
SELECT uid, window_funnel('6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS d,
       window_funnel('6 hours', 'strict_increase, strict_deduplication', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS s,
       window_funnel_times('6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS t,
       window_funnel_value('6 hours', '', ts, 1, channel, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS v
FROM fp GROUP BY uid;
CREATE TEMP TABLE s_counts AS
SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS c,
       funnel_counts(uid::text, '6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS ct,
       window_funnel('2 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS one
FROM fp;
CREATE TEMP TABLE s_counts_g AS
SELECT channel, funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS c
FROM fp GROUP BY channel;
SELECT ok((SELECT count(*) FROM s_levels WHERE d >= 2) > 0 AND (SELECT count(DISTINCT d) FROM s_levels) >= 3,
          'the data reach several levels (the comparison is not vacuous)');

\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT uid, window_funnel('6 hours', ts, ev = 'view', ev = 'cart') FROM fp GROUP BY uid$$,
                               'Partial'), 'window_funnel per user: EXPLAIN shows a partial aggregate');
SELECT set_eq($$SELECT uid, window_funnel('6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp GROUP BY uid$$,
              $$SELECT uid, d FROM s_levels$$, 'window_funnel: parallel equals serial');
SELECT set_eq($$SELECT uid, window_funnel('6 hours', 'strict_increase, strict_deduplication', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy')
                FROM fp GROUP BY uid$$,
              $$SELECT uid, s FROM s_levels$$, 'window_funnel with modes: parallel equals serial');
SELECT set_eq($$SELECT uid, window_funnel_times('6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp GROUP BY uid$$,
              $$SELECT uid, t FROM s_levels$$, 'window_funnel_times: parallel equals serial');
SELECT ok(pg_temp.pgg_plan_has($$SELECT uid, window_funnel('6 hours', ts, ev = 'view', ev = 'cart') FROM fpo GROUP BY uid$$,
                               'Partial'), 'time-ordered rows: EXPLAIN shows a partial aggregate');
SELECT set_eq($$SELECT uid, window_funnel('6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fpo GROUP BY uid$$,
              $$SELECT uid, d FROM s_levels$$, 'window_funnel over time-ordered rows (levels carried by the parts): parallel equals serial');
SELECT set_eq($$SELECT uid, window_funnel_times('6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fpo GROUP BY uid$$,
              $$SELECT uid, t FROM s_levels$$, 'window_funnel_times over time-ordered rows: parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT window_funnel('2 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fpo$$),
          (SELECT one::text FROM s_counts), 'one group over time-ordered rows: combined levels equal the serial state');
SELECT ok(pg_temp.pgg_plan_has($$SELECT uid, window_funnel_value('6 hours', '', ts, 1, channel, ev = 'view', ev = 'cart') FROM fp GROUP BY uid$$,
                               'Partial'), 'window_funnel_value: EXPLAIN shows a partial aggregate');
SELECT set_eq($$SELECT uid, window_funnel_value('6 hours', '', ts, 1, channel, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp GROUP BY uid$$,
              $$SELECT uid, v FROM s_levels$$, 'window_funnel_value (text values through send/recv): parallel equals serial');
SELECT ok(pg_temp.pgg_plan_has($$SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart') FROM fp$$, 'Partial Aggregate'),
          'funnel_counts: EXPLAIN shows a Partial Aggregate');
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          (SELECT c::text FROM s_counts), 'funnel_counts (bigint actors): parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(uid::text, '6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          (SELECT ct::text FROM s_counts), 'funnel_counts (text actors, strict_order): parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT window_funnel('2 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          (SELECT one::text FROM s_counts), 'one group over the whole table: combined states equal the serial state');
SELECT set_eq($$SELECT channel, funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp GROUP BY channel$$,
              $$SELECT channel, c FROM s_counts_g$$, 'funnel_counts under GROUP BY channel: parallel equals serial');
SELECT is((SELECT c FROM s_counts),
          (SELECT ARRAY[count(*) FILTER (WHERE d >= 1), count(*) FILTER (WHERE d >= 2), count(*) FILTER (WHERE d >= 3),
                        count(*) FILTER (WHERE d >= 4)] FROM s_levels),
          'funnel_counts equals counting per-user levels');
SELECT is((SELECT ct FROM s_counts),
          (SELECT ARRAY[count(*) FILTER (WHERE l >= 1), count(*) FILTER (WHERE l >= 2), count(*) FILTER (WHERE l >= 3),
                        count(*) FILTER (WHERE l >= 4)]
           FROM (SELECT window_funnel('6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') l
                 FROM fp GROUP BY uid) q),
          'funnel_counts strict_order equals counting per-user levels');

-- integer actor types other than bigint take the partitioned path too
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(uid::int, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          (SELECT c::text FROM s_counts), 'funnel_counts (integer actors): parallel equals serial bigint');
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(uid::smallint, '6 hours', 'strict_increase', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          pg_temp.pgg_parallel($$SELECT funnel_counts(uid::text, '6 hours', 'strict_increase', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          'funnel_counts (smallint actors, strict_increase) equals the text-actor path (both parallel)');

-- with little memory the buffered rows are compacted into runs many times over
SET work_mem = '64kB';
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp$$),
          (SELECT c::text FROM s_counts), 'funnel_counts compacting its buffer (parallel) equals serial');
SET max_parallel_workers_per_gather = 0;
SELECT is((SELECT funnel_counts(uid, '6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fp),
          (SELECT ct FROM s_counts), 'funnel_counts compacting its buffer (serial, strict_order) equals the text-actor path');
RESET work_mem;
SET max_parallel_workers_per_gather = 2;

-- partitionwise aggregation combines partial states without serializing them
CREATE TABLE fpp (uid int, ts timestamptz, ev text, channel text) PARTITION BY LIST (channel);
CREATE TABLE fpp_web PARTITION OF fpp FOR VALUES IN ('web');
CREATE TABLE fpp_ios PARTITION OF fpp FOR VALUES IN ('ios');
CREATE TABLE fpp_android PARTITION OF fpp FOR VALUES IN ('android');
INSERT INTO fpp SELECT uid, ts, ev, channel FROM fp;
ANALYZE fpp;
SET max_parallel_workers_per_gather = 0;
SELECT ok(pg_temp.pgg_plan_has($$SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart') FROM fpp$$, 'Partial Aggregate'),
          'funnel_counts over a partitioned table: EXPLAIN shows Partial Aggregates');
SELECT is((SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fpp),
          (SELECT c FROM s_counts), 'funnel_counts combined without serialization equals serial');

SELECT * FROM finish();
ROLLBACK;
