-- pgTAP: the user API as \df and BI tools see it
--   * every user-facing function and aggregate has argument names and a comment;
--   * support functions carry the _pgg_ prefix and a comment starting 'internal:';
--   * every function returning one composite row is read, in its documented
--     row-expanded form, as plain typed columns (what JDBC and psycopg show).
\ir helpers/setup.psql
SELECT plan(11);

CREATE TEMP VIEW api AS
SELECT p.oid, p.proname, p.prokind, p.pronargs, p.proargnames,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
       EXISTS (SELECT 1 FROM pg_aggregate a
               WHERE p.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
                               a.aggserialfn, a.aggdeserialfn)) AS is_support
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_growth';

SELECT is_empty($$
    SELECT oid::regprocedure FROM api
    WHERE proname NOT LIKE '\_pgg\_%'
      AND pronargs > 0
      AND (proargnames IS NULL
           OR EXISTS (SELECT 1 FROM generate_series(1, pronargs) i
                      WHERE coalesce(proargnames[i], '') = ''))$$,
    'every user-facing function and aggregate names all its arguments');

SELECT is_empty($$
    SELECT oid::regprocedure FROM api WHERE comment IS NULL$$,
    'every function and aggregate has a comment');

-- the user-facing functions that double as combine functions (documented to
-- merge two states by hand) keep their names; every other support function
-- is internal
SELECT is_empty($$
    SELECT oid::regprocedure FROM api
    WHERE is_support AND proname NOT LIKE '\_pgg\_%'
      AND proname NOT IN ('moments_combine', 'comoments_combine', 'experiment_summary_combine')$$,
    'support functions carry the _pgg_ prefix');

SELECT is_empty($$
    SELECT oid::regprocedure FROM api
    WHERE proname LIKE '\_pgg\_%' AND comment NOT LIKE 'internal: %'$$,
    'internal functions are commented as internal');

-- every function returning one composite row: the list below covers them all
SELECT set_eq($$
    SELECT DISTINCT p.proname::text FROM api a JOIN pg_proc p ON p.oid = a.oid
    JOIN pg_type t ON t.oid = p.prorettype
    WHERE NOT p.proretset AND (t.typtype = 'c' OR p.prorettype = 'record'::regtype)
      AND p.proname NOT LIKE '\_pgg\_%'$$,
    ARRAY['proportion_ztest', 'welch_ttest', 'ratio_ttest', 'cuped_ttest',
          'experiment_summary', 'experiment_summary_combine', 'experiment_summary_merge',
          'sequential_interval', 'sequential_ttest', 'sequential_ztest', 'bayes_effect',
          'bayes_proportions', 'bgnbd_fit', 'gamma_gamma_fit', 'clv_summary', 'retention_definition',
          'session_stats', 'streaks'],
    'the composite-returning functions are those read as columns below');

-- a small purchase log: 200 customers, NULL amounts included
CREATE TEMP TABLE buys AS
SELECT c AS customer_id,
       timestamptz '2024-01-01 00:00+00' + (c % 7) * interval '1 day'
           + k * (1 + c % 5) * interval '9 days' AS ts,
       CASE WHEN k = 2 AND c % 11 = 0 THEN NULL ELSE 10 + (c * 37 + k * 13) % 50 END::float8 AS amount
FROM generate_series(1, 200) c, generate_series(0, (3 * c) % 6) k;

-- The row-expanded forms the docs show, each stored as a table: a BI tool
-- sees exactly these column types.
CREATE TEMP TABLE cols_summary AS
SELECT customer_id, s.*
FROM (SELECT customer_id, clv_summary(ts, coalesce(amount, 0), timestamptz '2024-06-30 00:00+00', 'days') AS c
      FROM buys GROUP BY customer_id) q,
     LATERAL (SELECT (q.c).*) s;
SET LOCAL client_min_messages = error;  -- a small sample: the fits warn
CREATE TEMP TABLE cols_fit AS
SELECT (bgnbd_fit(frequency, recency, age)).*
FROM cols_summary;
CREATE TEMP TABLE cols_gg AS
SELECT (gamma_gamma_fit(frequency, monetary)).*
FROM cols_summary WHERE frequency > 0;
CREATE TEMP TABLE cols_exp AS
SELECT (experiment_summary(CASE WHEN customer_id % 2 = 0 THEN 'A' ELSE 'B' END, amount)).*
FROM buys;
CREATE TEMP TABLE cols_exp_merge AS
SELECT (experiment_summary_merge(s)).*
FROM (SELECT experiment_summary(CASE WHEN customer_id % 2 = 0 THEN 'A' ELSE 'B' END, amount) AS s
      FROM buys GROUP BY customer_id % 3) q;
CREATE TEMP TABLE cols_exp_combine AS
SELECT (experiment_summary_combine(experiment_summary('A', 1.0), experiment_summary('B', 2.0))).*;
CREATE TEMP TABLE cols_welch AS SELECT * FROM welch_ttest(100, 1.0, 2.0, 100, 1.5, 2.0);
CREATE TEMP TABLE cols_ztest AS SELECT * FROM proportion_ztest(10, 100, 20, 100);
CREATE TEMP TABLE cols_seqt AS SELECT * FROM sequential_ttest(100, 1.0, 2.0, 100, 1.5, 2.0);
CREATE TEMP TABLE cols_seqz AS SELECT * FROM sequential_ztest(10, 100, 20, 100);
CREATE TEMP TABLE cols_seqi AS SELECT * FROM sequential_interval(0.5, 0.1, 1000);
CREATE TEMP TABLE cols_bayesp AS SELECT * FROM bayes_proportions(10, 100, 20, 100);
CREATE TEMP TABLE cols_bayese AS SELECT * FROM bayes_effect(100, 1.0, 2.0, 100, 1.5, 2.0);
CREATE TEMP TABLE cols_retdef AS
SELECT * FROM retention_definition((SELECT retention_matrix(customer_id, ts, 'period=week tz=UTC') FROM buys));
CREATE TEMP TABLE cols_mom AS
SELECT w.*, r.*, c.*
FROM (SELECT moments(amount) FILTER (WHERE customer_id % 2 = 0) AS ma,
             moments(amount) FILTER (WHERE customer_id % 2 = 1) AS mb,
             comoments(amount, customer_id) FILTER (WHERE customer_id % 2 = 0) AS ca,
             comoments(amount, customer_id) FILTER (WHERE customer_id % 2 = 1) AS cb
      FROM buys) m,
     LATERAL welch_ttest(m.ma, m.mb) w,
     LATERAL (SELECT r.p_value AS ratio_p FROM ratio_ttest(m.ca, m.cb) r) r,
     LATERAL (SELECT c.p_value AS cuped_p, c.theta FROM cuped_ttest(m.ca, m.cb) c) c;
CREATE TEMP TABLE cols_sessions AS
SELECT customer_id, (session_stats(ts, '10 days')).*
FROM buys GROUP BY customer_id;
CREATE TEMP TABLE cols_streaks AS
SELECT customer_id, (streaks(ts, 'day', 'UTC', date '2024-03-01')).*
FROM buys GROUP BY customer_id;

CREATE TEMP VIEW col_types AS
SELECT c.relname::text COLLATE "default" AS tbl, a.attname::text COLLATE "default" AS col, format_type(a.atttypid, a.atttypmod) AS typ,
       t.typtype
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relname LIKE 'cols\_%' AND c.relpersistence = 't';

SELECT is_empty($$SELECT tbl, col, typ FROM col_types WHERE typtype <> 'b'$$,
    'row-expanded results are plain base-type columns (no composite, no record)');

SELECT results_eq($$SELECT col, typ FROM col_types WHERE tbl = 'cols_summary' ORDER BY col$$,
    $$VALUES ('age', 'double precision'), ('customer_id', 'integer'), ('frequency', 'double precision'),
             ('monetary', 'double precision'), ('recency', 'double precision')$$,
    'clv_summary expands to frequency, recency, age, monetary (float8)');

SELECT results_eq($$SELECT count(*)::int FROM col_types WHERE tbl IN ('cols_fit', 'cols_gg')
                    AND typ = 'double precision'$$,
    $$SELECT (SELECT count(*)::int FROM pg_attribute WHERE attrelid = 'bgnbd_params'::regclass AND attnum > 0)
           + (SELECT count(*)::int FROM pg_attribute WHERE attrelid = 'gamma_gamma_params'::regclass AND attnum > 0)$$,
    'bgnbd_fit and gamma_gamma_fit expand to one float8 column per parameter');

SELECT results_eq($$SELECT col, typ FROM col_types WHERE tbl = 'cols_exp' ORDER BY col$$,
    $$VALUES ('stats', 'double precision[]'), ('variants', 'text[]')$$,
    'experiment_summary expands to plain arrays');

SELECT results_eq($$SELECT col, typ FROM col_types WHERE tbl = 'cols_sessions' ORDER BY col$$,
    $$VALUES ('customer_id', 'integer'), ('events', 'bigint'), ('events_per_session', 'double precision'),
             ('longest_duration', 'interval'), ('sessions', 'bigint'), ('total_duration', 'interval')$$,
    'session_stats expands to sessions, durations (interval), events, events per session');

SELECT results_eq($$SELECT col, typ FROM col_types WHERE tbl = 'cols_streaks' ORDER BY col$$,
    $$VALUES ('active_periods', 'integer'), ('current', 'integer'), ('current_start', 'date'),
             ('customer_id', 'integer'), ('first_active', 'date'), ('last_active', 'date'),
             ('longest', 'integer'), ('longest_start', 'date')$$,
    'streaks expands to integer lengths and dates');

SELECT * FROM finish();
ROLLBACK;
