-- retention(cond1, ..., condN): ClickHouse semantics, edge cases and errors
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;

CREATE TABLE ret_ev (uid int, d date);
INSERT INTO ret_ev SELECT u, '2020-01-01' FROM generate_series(0, 4) u;
INSERT INTO ret_ev SELECT u, '2020-01-02' FROM generate_series(0, 9) u;
INSERT INTO ret_ev SELECT u, '2020-01-03' FROM generate_series(0, 14) u;

-- the ClickHouse documentation example, per user
SELECT uid, retention(d = '2020-01-01', d = '2020-01-02', d = '2020-01-03') AS r
FROM ret_ev GROUP BY uid ORDER BY uid;

-- one condition is allowed; the explicit VARIADIC array form gives the same
SELECT retention(d = '2020-01-02') AS one,
       retention(VARIADIC ARRAY[d = '2020-01-01', d = '2020-01-03']) AS arr
FROM ret_ev WHERE uid = 3;

-- a return before the start still counts (there is no ordering)
SELECT retention(x = 5, x = 1) FROM generate_series(1, 5) x;

-- cond1 never held: all zeros, whatever else held
SELECT retention(false, true, true) FROM generate_series(1, 2);

-- NULL conditions count as false
SELECT retention(NULL::boolean, true), retention(true, NULL::boolean);

-- empty input: NULL (like array_agg)
SELECT retention(true, true) FROM ret_ev WHERE false;

-- 32 conditions work, 33 are rejected
SELECT array_length(retention(true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,
                              true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true), 1);
SELECT retention(true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,
                 true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true);
SELECT retention(VARIADIC array_fill(true, ARRAY[33]));

-- errors: non-boolean conditions, NULL or empty VARIADIC arrays, arity changing between rows
SELECT retention(1, 2);
SELECT retention(true, 'x'::text);
SELECT retention(VARIADIC NULL::boolean[]);
SELECT retention(VARIADIC '{}'::boolean[]);
SELECT retention(VARIADIC CASE WHEN x = 1 THEN ARRAY[true] ELSE ARRAY[true, false] END)
FROM generate_series(1, 2) x;

-- crafted states given to the support functions
SELECT _pgg_retention_final(0);
SELECT _pgg_retention_final((3::bigint << 32) | 5);
SELECT _pgg_retention_final((3::bigint << 32) | 9);
SELECT _pgg_retention_combine((3::bigint << 32) | 1, (2::bigint << 32) | 2);
SELECT _pgg_retention_combine(NULL, (2::bigint << 32) | 3);

DROP TABLE ret_ev;
