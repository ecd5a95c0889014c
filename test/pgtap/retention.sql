-- pgTAP: the ClickHouse-compatible retention() aggregate
\ir helpers/setup.psql
SELECT plan(9);

CREATE TABLE ret_t (uid int, d date);
INSERT INTO ret_t SELECT u, '2020-01-01' FROM generate_series(0, 4) u;
INSERT INTO ret_t SELECT u, '2020-01-02' FROM generate_series(0, 9) u;
INSERT INTO ret_t SELECT u, '2020-01-03' FROM generate_series(0, 14) u;

-- ClickHouse documentation example: sum(r[1]), sum(r[2]), sum(r[3]) = 5, 5, 5
SELECT results_eq(
    $$SELECT sum(r[1])::int, sum(r[2])::int, sum(r[3])::int FROM (
        SELECT retention(d = '2020-01-01', d = '2020-01-02', d = '2020-01-03') r
        FROM ret_t GROUP BY uid) s$$,
    $$VALUES (5, 5, 5)$$,
    'ClickHouse docs example: r1 = r2 = r3 = 5');
SELECT is((SELECT retention(d = '2020-01-02', d = '2020-01-03') FROM ret_t WHERE uid = 7),
          ARRAY[1, 1], 'user 7: active on both days');
SELECT is((SELECT retention(d = '2020-01-01', d = '2020-01-02') FROM ret_t WHERE uid = 7),
          ARRAY[0, 0], 'user 7: no start condition, all zeros');
SELECT is((SELECT retention(d = '2020-01-03', d = '2020-01-01') FROM ret_t WHERE uid = 2),
          ARRAY[1, 1], 'a return before the start still counts (no ordering)');

-- randomized oracle: plain SQL with bool_or on the same data
CREATE TABLE ret_r AS
SELECT (random() * 300)::int AS uid, (random() * 10)::int AS k
FROM generate_series(1, 20000);
SELECT results_eq(
    $$SELECT uid, retention(k = 0, k = 3, k = 7, k = 9) FROM ret_r GROUP BY uid ORDER BY uid$$,
    $$SELECT uid, ARRAY[b0, b0 AND b3, b0 AND b7, b0 AND b9]::int[]
      FROM (SELECT uid, bool_or(k = 0) b0, bool_or(k = 3) b3, bool_or(k = 7) b7, bool_or(k = 9) b9
            FROM ret_r GROUP BY uid) s ORDER BY uid$$,
    'randomized: equals the bool_or oracle per user');

-- parallel plan: Partial Aggregate, same answer as the serial plan
\ir helpers/serial.psql
CREATE TEMP TABLE ret_serial AS
SELECT retention(k = 0, k = 3, k = 7) AS r FROM ret_r;
CREATE TEMP TABLE ret_serial_g AS
SELECT k % 3 AS g, retention(k = 1, k = 2) AS r FROM ret_r GROUP BY 1;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has('SELECT retention(k = 0, k = 3, k = 7) FROM ret_r', 'Partial Aggregate'),
          'EXPLAIN shows a Partial Aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel('SELECT retention(k = 0, k = 3, k = 7) FROM ret_r'), (SELECT r::text FROM ret_serial),
          'parallel answer equals the serial one');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY g) FROM (SELECT k % 3 AS g, retention(k = 1, k = 2) AS r
                                                                    FROM ret_r GROUP BY 1) x$$),
          (SELECT array_agg(x ORDER BY g)::text FROM (SELECT g, r FROM ret_serial_g) x),
          'parallel grouped answer equals the serial one');
SELECT is(_pgg_retention_combine(_pgg_retention_trans(NULL, true, false), _pgg_retention_trans(NULL, false, true)),
          _pgg_retention_trans(_pgg_retention_trans(NULL, true, false), false, true),
          'combine equals sequential accumulation');

SELECT * FROM finish();
ROLLBACK;
