-- pgTAP: window_funnel on the ClickHouse acceptance cases
-- (ClickHouse/ClickHouse:tests/queries/0_stateless/00632_aggregation_window_funnel.reference@0882b32b,
--  01646_fix_window_funnel_inconistency, and the current allow_reentry block quoted in
--  doc/funnel.md), plus the documented deliberate differences.
\ir helpers/setup.psql
SELECT plan(50);

-- funnel_test: one event per second, 0..8, events 1000..1008 (UInt32 timestamps)
CREATE TABLE funnel_test (ts int, event int);
INSERT INTO funnel_test VALUES (0,1000),(1,1001),(2,1002),(3,1003),(4,1004),(5,1005),(6,1006),(7,1007),(8,1008);
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1000), 1, 'funnel_test: 1 condition') FROM funnel_test;
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1000, event = 1001), 2, 'funnel_test: 2 conditions') FROM funnel_test;
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1000, event = 1001, event = 1002), 3, 'funnel_test: 3 conditions') FROM funnel_test;
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1000, event = 1001, event = 1002, event = 1008), 4, 'funnel_test: 4 conditions') FROM funnel_test;
SELECT is(window_funnel('1 s', to_timestamp(ts), event = 1000), 1, 'funnel_test: window 1, 1 condition') FROM funnel_test;
SELECT is(window_funnel('2 s', to_timestamp(ts), event = 1003, event = 1004, event = 1005, event = 1006, event = 1007), 3, 'window 2 -> 3') FROM funnel_test;
SELECT is(window_funnel('3 s', to_timestamp(ts), event = 1003, event = 1004, event = 1005, event = 1006, event = 1007), 4, 'window 3 -> 4') FROM funnel_test;
SELECT is(window_funnel('4 s', to_timestamp(ts), event = 1003, event = 1004, event = 1005, event = 1006, event = 1007), 5, 'window 4 -> 5 (inclusive window)') FROM funnel_test;

-- funnel_test2 (DateTime): timestamp without time zone
CREATE TABLE funnel_test2 (ts timestamp, event int);
INSERT INTO funnel_test2 VALUES ('2018-01-01 01:01:01',1001),('2018-01-01 01:01:02',1002),('2018-01-01 01:01:03',1003),
  ('2018-01-01 01:01:04',1004),('2018-01-01 01:01:05',1005),('2018-01-01 01:01:06',1006),('2018-01-01 01:01:07',1007),('2018-01-01 01:01:08',1008);
SELECT is(window_funnel('4 s', ts, event = 1003, event = 1004, event = 1005, event = 1006, event = 1007), 5, 'funnel_test2: window 4 -> 5') FROM funnel_test2;
SELECT is(window_funnel('10000 s', ts, event = 1001, event = 1008), 2, 'funnel_test2: 1001 then 1008') FROM funnel_test2;
SELECT is(window_funnel('10000 s', ts, event = 1008, event = 1001), 1, 'funnel_test2: order matters') FROM funnel_test2;
SELECT is(window_funnel('4 s', ts, event <= 1007, event >= 1002, event <= 1006, event >= 1004), 4, 'funnel_test2: overlapping conditions') FROM funnel_test2;
-- funnel_test_u64: timestamps 1e14 + k microseconds-scale values keep working
SELECT is(window_funnel('4 s', to_timestamp(1e8 + extract(epoch FROM ts) - extract(epoch FROM timestamp '2018-01-01 01:01:00')),
                        event = 1003, event = 1004, event = 1005, event = 1006, event = 1007), 5,
          'large timestamps: window 4 -> 5') FROM funnel_test2;

-- funnel_test_strict: 1005 repeats at 50 and 51
CREATE TABLE funnel_test_strict (ts int, event int);
INSERT INTO funnel_test_strict VALUES (00,1000),(10,1001),(20,1002),(30,1003),(40,1004),(50,1005),(51,1005),(60,1006),(70,1007),(80,1008);
SELECT is(window_funnel('10000 s', 'strict_deduplication', to_timestamp(ts), event = 1000, event = 1001, event = 1002, event = 1003,
                        event = 1004, event = 1005, event = 1006), 6, 'strict_deduplication stops at the repeated 1005') FROM funnel_test_strict;
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1000, event = 1001, event = 1002, event = 1003,
                        event = 1004, event = 1005, event = 1006), 7, 'default ignores the repeat') FROM funnel_test_strict;

-- funnel_test_strict_order: users 1..7
CREATE TABLE fso (dt int, usr int, event text);
INSERT INTO fso VALUES (1,1,'a'),(2,1,'b'),(3,1,'c'),
  (1,2,'a'),(2,2,'d'),(3,2,'b'),(4,2,'c'),
  (1,3,'a'),(2,3,'a'),(3,3,'b'),(4,3,'b'),(5,3,'c'),(6,3,'c'),
  (1,4,'a'),(2,4,'a'),(3,4,'a'),(4,4,'a'),(5,4,'b'),(6,4,'b'),(7,4,'c'),(8,4,'c'),
  (1,5,'a'),(2,5,'a'),(3,5,'b'),(4,5,'b'),(5,5,'d'),(6,5,'c'),(7,5,'c'),
  (1,6,'c'),(2,6,'c'),(3,6,'b'),(4,6,'b'),(5,6,'a'),(6,6,'a');
SELECT is(array_agg(s ORDER BY usr), ARRAY[3,3,3,3,3,1], 'strict_order table: default')
FROM (SELECT usr, window_funnel('86400 s', to_timestamp(dt), event = 'a', event = 'b', event = 'c') s FROM fso GROUP BY usr) q;
SELECT is(array_agg(s ORDER BY usr), ARRAY[3,1,3,3,2,1], 'strict_order table: strict_order')
FROM (SELECT usr, window_funnel('86400 s', 'strict_order', to_timestamp(dt), event = 'a', event = 'b', event = 'c') s FROM fso GROUP BY usr) q;
SELECT is(array_agg(s ORDER BY usr), ARRAY[3,1,2,2,2,1], 'strict_order table: strict_deduplication, strict_order')
FROM (SELECT usr, window_funnel('86400 s', 'strict_deduplication, strict_order', to_timestamp(dt), event = 'a', event = 'b', event = 'c') s
      FROM fso GROUP BY usr) q;
INSERT INTO fso VALUES (1,7,'a'),(2,7,'c'),(3,7,'b');
SELECT is(window_funnel('10 s', 'strict_order', to_timestamp(dt), event = 'a', event = 'b', event = 'c'), 1, 'user 7: a, c, b under strict_order')
FROM fso WHERE usr = 7;

-- strict_BiteTheDDDD (#27469)
SELECT is(window_funnel('86400 s', 'strict_deduplication', to_timestamp(ts), e = 'a', e = 'b', e = 'c', e = 'd'), 3,
          'a b c b d under strict_deduplication -> 3 (#27469)')
FROM (VALUES (1,'a'),(2,'b'),(3,'c'),(4,'b'),(5,'d')) v(ts, e);

-- funnel_test_non_null
CREATE TABLE fnn (dt int, u int, a text, b text);
INSERT INTO fnn VALUES (1,1,'a1','b1'),(2,1,'a2','b2'),(1,2,'a1',NULL),(2,2,'a2',NULL),(1,3,NULL,NULL),(1,4,NULL,'b1'),(2,4,'a2',NULL),(3,4,NULL,'b3');
SELECT is(array_agg(s ORDER BY u), ARRAY[2,2,0,0], 'non_null: a1, a2')
FROM (SELECT u, window_funnel('86400 s', to_timestamp(dt), coalesce(a, '') = 'a1', coalesce(a, '') = 'a2') s FROM fnn GROUP BY u) q;
SELECT is(array_agg(s ORDER BY u), ARRAY[2,1,0,0], 'non_null: a1, b2')
FROM (SELECT u, window_funnel('86400 s', to_timestamp(dt), coalesce(a, '') = 'a1', coalesce(b, '') = 'b2') s FROM fnn GROUP BY u) q;
SELECT is(array_agg(s ORDER BY u), ARRAY[0,0,1,0], 'non_null: a and b null')
FROM (SELECT u, window_funnel('86400 s', to_timestamp(dt), a IS NULL AND b IS NULL) s FROM fnn GROUP BY u) q;
SELECT is(array_agg(s ORDER BY u), ARRAY[0,0,1,2], 'non_null: a null, then b3')
FROM (SELECT u, window_funnel('86400 s', to_timestamp(dt), a IS NULL, coalesce(b, '') = 'b3') s FROM fnn GROUP BY u) q;
SELECT is(array_agg(s ORDER BY u), ARRAY[0,0,1,1], 'non_null: strict_order, a row matching nothing breaks the chain')
FROM (SELECT u, window_funnel('86400 s', 'strict_order', to_timestamp(dt), a IS NULL, coalesce(b, '') = 'b3') s FROM fnn GROUP BY u) q;
-- without COALESCE: NULL conditions count as false (ClickHouse would skip the row)
SELECT is(array_agg(s ORDER BY u), ARRAY[2,1,0,0], 'NULL conditions count as false')
FROM (SELECT u, window_funnel('86400 s', to_timestamp(dt), a = 'a1', b = 'b2') s FROM fnn GROUP BY u) q;

-- funnel_test_strict_increase
CREATE TABLE fsi (ts int, event int);
INSERT INTO fsi VALUES (0,1000),(1,1001),(1,1002),(1,1003),(2,1004);
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1000, event = 1001, event = 1002, event = 1003, event = 1004), 5,
          'ties advance several steps by default') FROM fsi;
SELECT is(window_funnel('10000 s', 'strict_increase', to_timestamp(ts), event = 1000, event = 1001, event = 1002, event = 1003, event = 1004), 2,
          'strict_increase: ties do not advance') FROM fsi;
SELECT is(window_funnel('10000 s', to_timestamp(ts), event = 1004, event = 1004, event = 1004), 3, 'one row fills three steps by default') FROM fsi;
SELECT is(window_funnel('10000 s', 'strict_once', to_timestamp(ts), event = 1004, event = 1004, event = 1004), 1, 'strict_once: one row, one step') FROM fsi;
SELECT is(window_funnel('10000 s', 'strict_increase', to_timestamp(ts), event = 1004, event = 1004, event = 1004), 1, 'strict_increase: one row, one step') FROM fsi;

-- failure, failure, success with window 200
CREATE TABLE ffs (event_ts int, result text, uid int);
INSERT INTO ffs VALUES (100,'failure',234),(200,'success',345),(210,'failure',345),(230,'success',345),(250,'failure',234),
  (180,'failure',123),(220,'failure',123),(250,'success',123);
SELECT is(array_agg(s ORDER BY uid), ARRAY[3,2,1], 'strict_once, strict_increase')
FROM (SELECT uid, window_funnel('200 s', 'strict_once, strict_increase', to_timestamp(event_ts), result = 'failure', result = 'failure', result = 'success') s
      FROM ffs GROUP BY uid) q;
SELECT is(array_agg(s ORDER BY uid), ARRAY[3,2,1], 'strict_once')
FROM (SELECT uid, window_funnel('200 s', 'strict_once', to_timestamp(event_ts), result = 'failure', result = 'failure', result = 'success') s
      FROM ffs GROUP BY uid) q;
SELECT is(array_agg(s ORDER BY uid), ARRAY[3,2,1], 'strict_once, strict_deduplication')
FROM (SELECT uid, window_funnel('200 s', 'strict_once, strict_deduplication', to_timestamp(event_ts), result = 'failure', result = 'failure', result = 'success') s
      FROM ffs GROUP BY uid) q;

-- allow_reentry (current ClickHouse block): uid1 a a b a c, uid2 a c b c, uid3 a c
CREATE TABLE fre (ts int, uid int, e text);
INSERT INTO fre VALUES (10,1,'a'),(20,1,'a'),(30,1,'b'),(40,1,'a'),(50,1,'c'),(10,2,'a'),(20,2,'c'),(30,2,'b'),(40,2,'c'),(10,3,'a'),(20,3,'c');
SELECT is(window_funnel('100 s', 'strict_order', to_timestamp(ts), e = 'a', e = 'b', e = 'a', e = 'c'), 1, 'reentry uid1: strict_order (a,b,a,c) -> 1') FROM fre WHERE uid = 1;
SELECT is(window_funnel('100 s', 'strict_order, allow_reentry', to_timestamp(ts), e = 'a', e = 'b', e = 'a', e = 'c'), 4, 'reentry uid1: allow_reentry -> 4') FROM fre WHERE uid = 1;
SELECT is(window_funnel('100 s', 'strict_order', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 1, 'reentry uid2: strict_order -> 1') FROM fre WHERE uid = 2;
SELECT is(window_funnel('100 s', 'strict_order, allow_reentry', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 3, 'reentry uid2: allow_reentry -> 3') FROM fre WHERE uid = 2;
SELECT is(window_funnel('100 s', 'strict_order, allow_reentry', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 1, 'reentry uid3: allow_reentry -> 1') FROM fre WHERE uid = 3;

-- 01646: two rows with identical timestamps in opposite orders give the same level
SELECT is(window_funnel('86400 s', to_timestamp(ts), e = 'a', e = 'b'), 2, '01646: a, b inserted in order')
FROM (VALUES (1, 'a'), (1, 'b')) v(ts, e);
SELECT is(window_funnel('86400 s', to_timestamp(ts), e = 'a', e = 'b'), 2, '01646: b, a inserted in reverse')
FROM (VALUES (1, 'b'), (1, 'a')) v(ts, e);

-- deliberate differences (doc/funnel.md): exact answers over all chains
SELECT is(window_funnel('10 s', 'strict_increase', to_timestamp(ts), e = 'c1', e = 'c2'), 2,
          'strict_increase keeps c1@0 -> c2@1 (ClickHouse #93789 returns 1)')
FROM (VALUES (0, 'c1'), (1, 'c1'), (1, 'c2')) v(ts, e);
-- strict_deduplication and strict_order stop the whole scan, as in ClickHouse (after PR #99003)
SELECT is(window_funnel('100 s', 'strict_deduplication', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 2,
          'strict_deduplication: the repeated b stops the scan (a b a b c -> 2, as ClickHouse after #99003)')
FROM (VALUES (0, 'a'), (1, 'b'), (2, 'a'), (3, 'b'), (4, 'c')) v(ts, e);
SELECT is(window_funnel('100 s', 'strict_order', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 2,
          'strict_order: the other event stops the scan (a b x a b c -> 2, as ClickHouse)')
FROM (VALUES (0, 'a'), (1, 'b'), (2, 'x'), (3, 'a'), (4, 'b'), (5, 'c')) v(ts, e);
SELECT is(window_funnel('100 s', 'strict_once', to_timestamp(ts), e IN ('a', 'b'), e = 'b'), 2,
          'strict_once: two rows at one instant fill two steps whatever their order')
FROM (VALUES (5, 'b'), (5, 'a')) v(ts, e);

-- any_order and exclusions
SELECT is(window_funnel('10 s', 'any_order', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 3, 'any_order: c b a -> 3')
FROM (VALUES (0, 'c'), (1, 'b'), (2, 'a')) v(ts, e);
SELECT is(window_funnel('10 s', 'any_order', to_timestamp(ts), e = 'a', e = 'b', e = 'c'), 1, 'any_order: steps outside one window')
FROM (VALUES (0, 'c'), (20, 'b'), (40, 'a')) v(ts, e);
SELECT is(window_funnel('10 s', 'exclude=1:3', to_timestamp(ts), e = 'a', e = 'b', e = 'c', e = 'x'), 0,
          'exclusion between steps 1 and 3 voids the only chain')
FROM (VALUES (0, 'a'), (1, 'b'), (2, 'x'), (3, 'c')) v(ts, e);
SELECT is(window_funnel('10 s', 'exclude=1:3', to_timestamp(ts), e = 'a', e = 'b', e = 'c', e = 'x'), 3,
          'a later chain after the exclusion converts')
FROM (VALUES (0, 'a'), (1, 'b'), (2, 'x'), (3, 'a'), (4, 'b'), (5, 'c')) v(ts, e);

-- window_funnel_value and window_funnel_times as window functions: their finals leave the state
-- untouched (READ_ONLY), so a running frame over shuffled rows equals the aggregate over each prefix
CREATE TEMP TABLE fw AS
SELECT g AS k, timestamptz '2024-01-01' + ((g * 37) % 60) * interval '1 minute' AS t, (g * 7) % 3 AS e
FROM generate_series(1, 60) g;
SELECT is((SELECT count(*) FROM (
              SELECT k, window_funnel_value('10 minutes', 'default', t, 0, k, e = 0, e = 1, e = 2) OVER (ORDER BY k) AS v,
                        window_funnel_times('10 minutes', t, e = 0, e = 1, e = 2) OVER (ORDER BY k) AS ts
              FROM fw) r
           WHERE v IS DISTINCT FROM (SELECT window_funnel_value('10 minutes', 'default', t, 0, k, e = 0, e = 1, e = 2) FROM fw f WHERE f.k <= r.k)
              OR ts IS DISTINCT FROM (SELECT window_funnel_times('10 minutes', t, e = 0, e = 1, e = 2) FROM fw f WHERE f.k <= r.k)),
          0::bigint, 'window_funnel_value and window_funnel_times over a running window equal the aggregate over each prefix');

SELECT * FROM finish();
ROLLBACK;
