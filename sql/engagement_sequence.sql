-- sequence_match and its siblings: pattern errors with their positions, limits,
-- NULLs, inconsistent groups, hostile states
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';
\set VERBOSITY default

CREATE TABLE sq (uid int, ts timestamptz, ev text);
INSERT INTO sq VALUES
  (1, '2026-01-01 10:00', 'a'), (1, '2026-01-01 10:00:30', 'x'), (1, '2026-01-01 10:01', 'b'),
  (2, '2026-01-01 10:00', 'b'), (2, '2026-01-01 10:05', 'a'),
  (3, NULL, 'a'), (3, '2026-01-01 11:00', 'b'),
  (4, 'infinity', 'a'), (4, '2026-01-01 11:00', 'b'),
  (5, '2026-01-01 10:00', 'x');

-- per user; x is no condition, so user 1's a and b are neighbours
SELECT uid,
       sequence_match('(?1)(?2)', ts, ev = 'a', ev = 'b') AS ab,
       sequence_match('(?1).(?2)', ts, ev = 'a', ev = 'b') AS a_any_b,
       sequence_match('(?1)(?t<=60)(?2)', ts, ev = 'a', ev = 'b') AS within_60s,
       sequence_match('(?1)(?t<60)(?2)', ts, ev = 'a', ev = 'b') AS under_60s,
       sequence_match('(?1)(?t==60)(?2)', ts, ev = 'a', ev = 'b') AS exactly_60s,
       sequence_match('', ts, ev = 'a', ev = 'b') AS empty,
       sequence_match('.', ts, ev = 'a', ev = 'b') AS one
FROM sq GROUP BY uid ORDER BY uid;

-- sequence_count: non-overlapping matches; '' and '.*' count every event
SELECT uid,
       sequence_count('(?1)', ts, ev = 'a', ev = 'b', ev = 'x') AS a,
       sequence_count('.', ts, ev = 'a', ev = 'b', ev = 'x') AS any_one,
       sequence_count('', ts, ev = 'a', ev = 'b', ev = 'x') AS empty,
       sequence_count('.*', ts, ev = 'a', ev = 'b', ev = 'x') AS star,
       sequence_count('(?1).*(?2)', ts, ev = 'a', ev = 'b') AS a_then_b
FROM sq GROUP BY uid ORDER BY uid;
SELECT sequence_count('(?1)(?1)', ts, true) AS pairs_of_5,
       sequence_count('(?1)(?t>=2)(?1)', ts, true) AS two_apart,
       sequence_count('(?1)(?t>=2)', ts, true) AS gate_at_end
FROM generate_series(1, 5) t, LATERAL (SELECT timestamptz '2026-01-01' + t * interval '1 second' AS ts) s;

-- sequence_match_events: the (?N) events of the first match, '{}' without one
SELECT uid,
       sequence_match_events('(?1)(?2)', ts, ev = 'a', ev = 'b') AS ab,
       sequence_match_events('(?1).*(?2)', ts, ev = 'a', ev = 'b', ev = 'x') AS a_then_b,
       sequence_match_events('(?1)..', ts, ev = 'a', ev = 'b', ev = 'x') AS a_and_two,
       sequence_match_events('.*', ts, ev = 'a', ev = 'b') AS star
FROM sq GROUP BY uid ORDER BY uid;
SELECT sequence_match_events('(?2)(?t>=3600)(?1)', ts, ev = 'a', ev = 'b') AS ts_plain,
       pg_typeof(sequence_match_events('(?2)', ts, ev = 'a', ev = 'b')) AS type
FROM (VALUES (timestamp '2026-03-29 00:30', 'b'), ('2026-03-29 01:30', 'a')) v(ts, ev);

-- over no rows at all: false, 0, {}
SELECT sequence_match('', ts, ev = 'a') AS no_rows, sequence_count('', ts, ev = 'a') AS no_rows_count,
       sequence_match_events('(?1)', ts, ev = 'a') AS no_rows_events
FROM sq WHERE false;

-- NULL conditions are false; a row matching several conditions is one event
SELECT sequence_match('(?1)(?2)', ts, NULL::boolean, true) AS null_cond,
       sequence_match('(?1)', ts, NULL::boolean, true) AS null_only,
       sequence_match('(?1)(?2)', ts, true, true) AS one_event_two_conds,
       sequence_match('(?1)', ts, true, true) AS one_event
FROM (VALUES (timestamptz '2026-01-01')) v(ts);

-- ties: at one instant, the event of the smaller condition mask comes first,
-- whatever the order of the rows
SELECT sequence_match('(?1)(?2)', ts, ev = 'a', ev = 'b') AS a_then_b,
       sequence_match('(?2)(?1)', ts, ev = 'a', ev = 'b') AS b_then_a
FROM (VALUES (timestamptz '2026-01-01', 'b'), ('2026-01-01', 'a')) v(ts, ev);

-- timestamp without time zone
SELECT sequence_match('(?1)(?t>=3600)(?2)', ts, ev = 'a', ev = 'b') AS ts_plain
FROM (VALUES (timestamp '2026-03-29 00:30', 'a'), ('2026-03-29 01:30', 'b')) v(ts, ev);

-- an explicit VARIADIC array
SELECT sequence_match('(?1)(?2)', ts, VARIADIC ARRAY[ev = 'a', ev = 'b']) AS variadic_array
FROM sq WHERE uid = 1;

-- pattern syntax errors: 42601 with the 1-based character position
\set ON_ERROR_STOP 0
SELECT sequence_match('(?1) (?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?2', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('((?1)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t!=5)(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t=5)(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t<=)(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t<=5', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t<=-5)(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t<=99999999999999999999)(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?t<=5)(?1)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)(?t<=5)(?t>1)(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?x)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)|(?2)', ts, ev = 'a', ev = 'b') FROM sq;
SELECT sequence_match('(?1)+', ts, ev = 'a', ev = 'b') FROM sq;
-- positions count characters, not bytes
SELECT sequence_match('(?1)é(?2)', ts, ev = 'a', ev = 'b') FROM sq;
-- condition numbers: 22023 naming the number and its position
SELECT sequence_match('(?1)(?7)', ts, ev = 'a', ev = 'b', ev = 'x') FROM sq;
SELECT sequence_match('(?2)', ts, ev = 'a') FROM sq;
SELECT sequence_match('(?0)', ts, ev = 'a') FROM sq;
SELECT sequence_count('(?1)(?2)', ts, ev = 'a') FROM sq;
SELECT sequence_match_events('(?1)(?t<5', ts, ev = 'a') FROM sq;
SELECT sequence_match('(?99999999999999999999999)', ts, ev = 'a') FROM sq;
-- limits: 32 conditions, 1000 atoms
SELECT sequence_match('(?1)', ts, true, true, true, true, true, true, true, true, true, true,
       true, true, true, true, true, true, true, true, true, true, true, true, true, true,
       true, true, true, true, true, true, true, true, true) FROM sq;
SELECT sequence_match('(?32)', ts, false, false, false, false, false, false, false, false,
       false, false, false, false, false, false, false, false, false, false, false, false,
       false, false, false, false, false, false, false, false, false, false, false, true) AS cond_32
FROM sq WHERE uid = 1;
SELECT sequence_match(repeat('.', 1001), ts, ev = 'a') FROM sq;
SELECT sequence_match(repeat('.*', 1000), ts, ev = 'a') AS atoms_1000 FROM sq WHERE uid = 1;
-- no condition, wrong types, NULL pattern
SELECT sequence_match('(?1)', ts) FROM sq;
SELECT sequence_match('(?1)', ts, 1) FROM sq;
SELECT sequence_match(NULL, ts, ev = 'a') FROM sq;
SELECT sequence_match('(?1)', ts, VARIADIC NULL::boolean[]) FROM sq;
SELECT sequence_match('(?1)', ts, VARIADIC '{}'::boolean[]) FROM sq;
-- the pattern and the number of conditions are the same on every row of a group
SELECT sequence_match(CASE WHEN ev = 'a' THEN '(?1)' ELSE '(?1).' END, ts, ev = 'a') FROM sq;
SELECT sequence_match('(?1)', ts, VARIADIC CASE WHEN ev = 'a' THEN ARRAY[true] ELSE ARRAY[true, false] END)
FROM sq;
-- a pattern that differs between groups is fine
SELECT uid, sequence_match(CASE WHEN uid = 1 THEN '(?1)(?2)' ELSE '(?2)(?1)' END, ts, ev = 'a', ev = 'b')
FROM sq WHERE uid IN (1, 2) GROUP BY uid ORDER BY uid;

-- a state of another aggregate is refused
CREATE AGGREGATE seq_foreign(anynonarray) (SFUNC = array_agg_transfn, STYPE = internal,
    FINALFUNC = _pgg_sequence_match_final);
SELECT seq_foreign(1);
DROP AGGREGATE seq_foreign(anynonarray);
\set ON_ERROR_STOP 1

-- as a running window aggregate (the final function runs after every row and
-- the transitions go on): each row sees the events up to its peers
SELECT uid, ts, ev,
       sequence_match('(?1)(?2)', ts, ev = 'a', ev = 'b') OVER (PARTITION BY uid ORDER BY ts) AS so_far,
       sequence_match('(?2)', ts, ev = 'a', ev = 'b') OVER (PARTITION BY uid ORDER BY ts DESC) AS b_later
FROM sq WHERE uid IN (1, 2) ORDER BY uid, ts;

DROP TABLE sq;
