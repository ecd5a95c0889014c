-- pgTAP: sequence_next_node against ClickHouse's own test cases (restated as data and
-- expected answers), user_path and path_steps against plain-SQL oracles (row_number()
-- over (time, event) and lag()) on random data over bigint, integer, text and uuid
-- actors, NULLs, time zones, shuffled rows and forced parallel plans.
\ir helpers/setup.psql
SELECT plan(31);
SET TimeZone = 'UTC';

-- ---- ClickHouse's cases -------------------------------------------------------
-- ClickHouse tests/queries/0_stateless/01656_sequence_next_node_long: the table
-- test_sequenceNextNode (ids 1 to 6, then 10, 11, 12 added), times 09:00:01.. of 2000-01-02.
-- Its Nullable copy adds the row (09:00:02, 10, NULL): a NULL value is no event.
CREATE TABLE ch (id int, dt timestamptz, action text);
INSERT INTO ch (id, dt, action)
SELECT id, timestamptz '2000-01-02 09:00:00' + s * interval '1 second', a
FROM (VALUES (1, 1, 'A'), (1, 2, 'B'), (1, 3, 'C'), (1, 4, 'D'),
             (2, 1, 'B'), (2, 2, 'B'), (2, 3, 'D'), (2, 4, 'C'),
             (3, 1, 'A'), (3, 2, 'B'),
             (4, 1, 'A'), (4, 2, 'A'), (4, 3, 'A'), (4, 4, 'B'), (4, 5, 'C'),
             (5, 1, 'A'), (5, 2, 'B'), (5, 3, 'A'), (5, 4, 'C'),
             (6, 1, 'A'), (6, 2, 'B'), (6, 3, 'A'), (6, 4, 'B'), (6, 5, 'C'),
             (10, 1, 'A'), (10, 2, 'B'), (10, 2, NULL), (10, 3, 'C'), (10, 4, 'D'),
             (11, 1, 'A'), (11, 1, 'B'), (11, 1, 'C'), (11, 1, 'D'),
             (12, 1, 'A'), (12, 1, 'A')) v(id, s, a);
-- the cases: direction, base, the event conditions (action = each), the ids the
-- ClickHouse query saw, and its answers by id ('-' for NULL)
CREATE TABLE ch_cases (label text, dir text, base text, conds text[], ids int[], expected text);
INSERT INTO ch_cases VALUES
    ('(forward, head, A)', 'forward', 'head', '{A}', '{1,2,3,4,5,6}', 'B - B A B B'),
    ('(forward, head, B)', 'forward', 'head', '{B}', '{1,2,3,4,5,6}', '- B - - - -'),
    ('(forward, head, C)', 'forward', 'head', '{C}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, D)', 'forward', 'head', '{D}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, E)', 'forward', 'head', '{E}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, A)', 'backward', 'tail', '{A}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, B)', 'backward', 'tail', '{B}', '{1,2,3,4,5,6}', '- - A - - -'),
    ('(backward, tail, C)', 'backward', 'tail', '{C}', '{1,2,3,4,5,6}', '- D - B A B'),
    ('(backward, tail, D)', 'backward', 'tail', '{D}', '{1,2,3,4,5,6}', 'C - - - - -'),
    ('(backward, tail, E)', 'backward', 'tail', '{E}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, A->B)', 'forward', 'head', '{A,B}', '{1,2,3,4,5,6}', 'C - - - A A'),
    ('(forward, head, A->C)', 'forward', 'head', '{A,C}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, B->A)', 'forward', 'head', '{B,A}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, A->B)', 'backward', 'tail', '{A,B}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, A->C)', 'backward', 'tail', '{A,C}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, B->A)', 'backward', 'tail', '{B,A}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, A->A->B)', 'forward', 'head', '{A,A,B}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, B->A->A)', 'forward', 'head', '{B,A,A}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, A->A->B)', 'backward', 'tail', '{A,A,B}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(backward, tail, B->A->A)', 'backward', 'tail', '{B,A,A}', '{1,2,3,4,5,6}', '- - - - - -'),
    ('(forward, head, A) id >= 10', 'forward', 'head', '{A}', '{10}', 'B'),
    ('(forward, head, A->B) id >= 10', 'forward', 'head', '{A,B}', '{10}', 'C'),
    ('(forward, head, B->C) id >= 10', 'forward', 'head', '{B,C}', '{10}', '-'),
    ('(backward, tail, C) id >= 10', 'backward', 'tail', '{C}', '{10}', '-'),
    ('(backward, tail, D->C) id >= 10', 'backward', 'tail', '{D,C}', '{10}', 'B'),
    ('(backward, tail, D->C->B) id >= 10', 'backward', 'tail', '{D,C,B}', '{10}', 'A'),
    ('(forward, first_match, A)', 'forward', 'first_match', '{A}', '{1,2,3,4,5,6,10,11}', 'B - B A B B B B'),
    ('(forward, first_match, A->B)', 'forward', 'first_match', '{A,B}', '{1,2,3,4,5,6,10,11}', 'C - - - A A C C'),
    ('(forward, first_match, A->B->C)', 'forward', 'first_match', '{A,B,C}', '{1,2,3,4,5,6,10,11}', 'D - - - - - D D'),
    ('(forward, first_match, B)', 'forward', 'first_match', '{B}', '{1,2,3,4,5,6,10,11}', 'C B - C A A C C'),
    ('(forward, first_match, B->B)', 'forward', 'first_match', '{B,B}', '{1,2,3,4,5,6,10,11}', '- D - - - - - -'),
    ('(forward, first_match, B->A)', 'forward', 'first_match', '{B,A}', '{1,2,3,4,5,6,10,11}', '- - - - C B - -'),
    ('(backward, first_match, A)', 'backward', 'first_match', '{A}', '{1,2,3,4,5,6,10,11}', '- - - - - - - -'),
    ('(backward, first_match, B)', 'backward', 'first_match', '{B}', '{1,2,3,4,5,6,10,11}', 'A - A A A A A A'),
    ('(backward, first_match, B->A)', 'backward', 'first_match', '{B,A}', '{1,2,3,4,5,6,10,11}', '- - - A - - - -'),
    ('(backward, first_match, B->B)', 'backward', 'first_match', '{B,B}', '{1,2,3,4,5,6,10,11}', '- - - - - - - -'),
    ('(forward, head, A) id = 12', 'forward', 'head', '{A}', '{12}', 'A');
-- one answer string per case: the conditions go in as VARIADIC boolean[] built per row
CREATE VIEW ch_answers AS
SELECT k.label, string_agg(coalesce(r.v, '-'), ' ' ORDER BY r.id) AS got, min(k.expected) AS expected
FROM ch_cases k
CROSS JOIN LATERAL (
    SELECT c.id, sequence_next_node(k.dir, k.base, c.dt, c.action, true, VARIADIC x.m) AS v
    FROM ch c
    CROSS JOIN LATERAL (SELECT array_agg(c.action = u.e ORDER BY u.o) AS m
                        FROM unnest(k.conds) WITH ORDINALITY u(e, o)) x
    WHERE c.id = ANY (k.ids)
    GROUP BY c.id) r
GROUP BY k.label;
SELECT is_empty($$SELECT label, got, expected FROM ch_answers WHERE got IS DISTINCT FROM expected$$,
    'ClickHouse 01656: 37 cases of forward/backward, head/tail/first_match, 1 to 3 conditions');
SELECT is((SELECT count(*)::int FROM ch_answers), 37, 'ClickHouse 01656: every case ran');
-- the cases of id 11 (four events at one instant), restated as ClickHouse counts them
SELECT is(ARRAY[
    (SELECT count(*) FROM (SELECT sequence_next_node('forward', 'head', dt, action, true, action = 'A') n FROM ch WHERE id = 11) s WHERE n = 'B'),
    (SELECT count(*) FROM (SELECT sequence_next_node('forward', 'head', dt, action, true, action = 'C') n FROM ch WHERE id = 11) s WHERE n = 'D'),
    (SELECT count(*) FROM (SELECT sequence_next_node('forward', 'head', dt, action, true, action = 'B', action = 'C') n FROM ch WHERE id = 11) s WHERE n = 'D'),
    (SELECT count(*) FROM (SELECT sequence_next_node('forward', 'head', dt, action, true, action = 'A', action = 'B', action = 'C') n FROM ch WHERE id = 11) s WHERE n = 'D'),
    (SELECT count(*) FROM (SELECT sequence_next_node('backward', 'tail', dt, action, true, action = 'A') n FROM ch WHERE id = 11) s WHERE n IS NULL),
    (SELECT count(*) FROM (SELECT sequence_next_node('backward', 'tail', dt, action, true, action = 'C') n FROM ch WHERE id = 11) s WHERE n = 'B'),
    (SELECT count(*) FROM (SELECT sequence_next_node('backward', 'tail', dt, action, true, action = 'C', action = 'B') n FROM ch WHERE id = 11) s WHERE n = 'A'),
    (SELECT count(*) FROM (SELECT sequence_next_node('backward', 'tail', dt, action, true, action = 'C', action = 'B', action = 'A') n FROM ch WHERE id = 11) s WHERE n IS NULL)],
    ARRAY[1, 0, 0, 1, 1, 0, 0, 1]::bigint[], 'ClickHouse 01656: id 11, events at one instant');
-- ... in any row order: ties are broken by the value, not by the order rows arrive in
SELECT is((SELECT sequence_next_node('forward', 'head', dt, action, true, action = 'A', action = 'B', action = 'C')
           FROM (SELECT * FROM ch WHERE id = 11 ORDER BY action DESC) s), 'D',
          'id 11 with its rows reversed: the same answer');
-- no event conditions: the base row's value (ClickHouse's (forward, head) and (backward, tail) id < 10)
SELECT is((SELECT string_agg(h || t, ' ' ORDER BY id) FROM (
               SELECT id, sequence_next_node('forward', 'head', dt, action, true) h,
                      sequence_next_node('backward', 'tail', dt, action, true) t
               FROM ch WHERE id < 10 GROUP BY id) s),
          'AD BC AB AC AC AC', 'ClickHouse 01656: no event conditions give the head or the tail');
-- 32 conditions (ClickHouse's max_args case has 64; the limit here is 32): none match
SELECT is((SELECT string_agg(coalesce(v, '-'), ' ' ORDER BY id) FROM (
               SELECT id, sequence_next_node('forward', 'head', dt, action, true,
                          VARIADIC ARRAY(SELECT false FROM generate_series(0, 31))) AS v
               FROM ch WHERE id <> 12 GROUP BY id) s),
          '- - - - - - - -', 'ClickHouse 01656 max_args, restated with 32 conditions');
-- ClickHouse's test_base_condition: (action, referrer) rows; base_condition referrer = '1' or '2'
CREATE TABLE chb (id int, dt timestamptz, action text, referrer text);
INSERT INTO chb
SELECT id, timestamptz '2000-01-02 09:00:00' + s * interval '1 second', a, r
FROM (VALUES (1, 1, 'A', '1'), (1, 2, 'B', '2'), (1, 3, 'C', '3'), (1, 4, 'D', '4'),
             (2, 1, 'D', '4'), (2, 2, 'C', '3'), (2, 3, 'B', '2'), (2, 4, 'A', '1'),
             (3, 1, 'B', '10'), (3, 2, 'B', '2'), (3, 3, 'D', '3'), (3, 4, 'C', '4')) v(id, s, a, r);
SELECT is((SELECT string_agg(concat_ws(',', coalesce(a, '-'), coalesce(b, '-'), coalesce(c, '-'), coalesce(d, '-'),
                                       coalesce(e, '-'), coalesce(f, '-'), coalesce(g, '-'), coalesce(h, '-'),
                                       coalesce(i, '-'), coalesce(j, '-')), ' ' ORDER BY id)
           FROM (SELECT id,
                   sequence_next_node('forward', 'head', dt, action, referrer = '1') a,
                   sequence_next_node('forward', 'head', dt, action, referrer = '1', action = 'A') b,
                   sequence_next_node('forward', 'head', dt, action, referrer = '1', action = 'A', action = 'B') c,
                   sequence_next_node('backward', 'tail', dt, action, referrer = '1') d,
                   sequence_next_node('backward', 'tail', dt, action, referrer = '1', action = 'A') e,
                   sequence_next_node('backward', 'tail', dt, action, referrer = '1', action = 'A', action = 'B') f,
                   sequence_next_node('forward', 'first_match', dt, action, referrer = '2', action = 'B') g,
                   sequence_next_node('forward', 'first_match', dt, action, referrer = '2', action = 'B', action = 'C') h,
                   sequence_next_node('backward', 'first_match', dt, action, referrer = '2', action = 'B') i,
                   sequence_next_node('backward', 'first_match', dt, action, referrer = '2', action = 'B', action = 'A') j
                 FROM chb GROUP BY id) s),
          'A,B,C,-,-,-,C,D,A,- -,-,-,A,B,C,A,-,C,- -,-,-,-,-,-,D,-,B,-',
          'ClickHouse 01656 test_base_condition: 10 cases');
-- last_match (no ClickHouse case): id 6 is A B A B C
SELECT is(ARRAY[(SELECT sequence_next_node('forward', 'last_match', dt, action, true, action = 'A') FROM ch WHERE id = 6),
                (SELECT sequence_next_node('backward', 'last_match', dt, action, true, action = 'B') FROM ch WHERE id = 6),
                (SELECT sequence_next_node('forward', 'last_match', dt, action, action <> 'A' OR dt < '2000-01-02 09:00:02',
                                           action = 'A') FROM ch WHERE id = 6),
                (SELECT sequence_next_node('backward', 'last_match', dt, action, true, action = 'B', action = 'A', action = 'B') FROM ch WHERE id = 6),
                (SELECT sequence_next_node('backward', 'last_match', dt, action, true, action = 'B', action = 'A', action = 'B', action = 'A') FROM ch WHERE id = 6)],
          ARRAY['B', 'A', 'B', 'A', NULL], 'last_match: the last row of the first condition (and base_condition)');
-- timestamp without time zone, NULL timestamps, NULL conditions
SELECT is(ARRAY[(SELECT sequence_next_node('forward', 'head', dt AT TIME ZONE 'UTC', action, true, action = 'A', action = 'B') FROM ch WHERE id = 1),
                (SELECT sequence_next_node('forward', 'head', CASE WHEN action = 'B' THEN NULL ELSE dt END, action, true,
                                           action = 'A', action = 'C') FROM ch WHERE id = 1),
                (SELECT sequence_next_node('forward', 'head', dt, action, NULL, action = 'A') FROM ch WHERE id = 1),
                (SELECT sequence_next_node('forward', 'head', dt, action, true, NULL, action = 'B') FROM ch WHERE id = 1)],
          ARRAY['C', 'D', NULL, NULL], 'timestamp overload; a NULL timestamp skips the row; NULL conditions are false');

-- ---- sequence_next_node errors -----------------------------------------------------
CREATE FUNCTION pg_temp.sqlstate(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
SELECT is(ARRAY[
    pg_temp.sqlstate($$SELECT sequence_next_node(NULL, 'head', dt, action, true, action = 'A') FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node('sideways', 'head', dt, action, true, action = 'A') FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node('forward', 'middle', dt, action, true, action = 'A') FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node('forward', NULL, dt, action, true, action = 'A') FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node('forward', 'first_match', dt, action, true) FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node('forward', 'head', dt, action, true, VARIADIC ARRAY(SELECT true FROM generate_series(1, 33))) FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node('forward', 'head', dt, action, true, 1) FROM ch$$),
    pg_temp.sqlstate($$SELECT sequence_next_node(CASE WHEN id = 1 THEN 'forward' ELSE 'backward' END, 'head', dt, action, true, action = 'A') FROM ch$$)],
    ARRAY['22004', '22023', '22023', '22004', '22023', '54000', '42804', '22023'],
    'errors: NULL or unknown direction and base, first_match without conditions, 33 conditions, a non-boolean condition, a direction that changes');

-- ---- user_path and path_steps: hand cases --------------------------------------------
-- id 5 is A B A C; id 4 is A A A B C; id 10 is A B C D (its NULL value is no event)
SELECT is(ARRAY[(SELECT user_path(dt, action, 'B', 3)::text FROM ch WHERE id = 5),
                (SELECT user_path(dt, action, 'A', 3)::text FROM ch WHERE id = 4),
                (SELECT user_path(dt, action, 'A', 3, true)::text FROM ch WHERE id = 4),
                (SELECT user_path(dt, action, NULL, 2)::text FROM ch WHERE id = 10),
                (SELECT user_path(dt, action, 'A', 10, false, 'C')::text FROM ch WHERE id = 10),
                (SELECT user_path(dt, action, 'E', 3)::text FROM ch WHERE id = 10),
                (SELECT user_path(dt, action, 'A', 5, true, 'A')::text FROM ch WHERE id = 6),
                (SELECT user_path(dt AT TIME ZONE 'UTC', action, 'B', 2)::text FROM ch WHERE id = 11)],
          ARRAY['{B,A,C}', '{A,A,A}', '{A,B,C}', '{A,B}', '{A,B,C}', NULL, '{A,B,A}', '{B,C}'],
          'user_path: start, max_events, merge_repeats, NULL start (the first event), end_event, no start, timestamp, ties by value');
SELECT results_eq(
    $$SELECT * FROM path_steps('{a,b,a,c}')$$,
    $$VALUES (1, 'a', 'b'), (2, 'b', 'a'), (3, 'a', 'c')$$,
    'path_steps: one row per move');
SELECT is((SELECT count(*) FROM path_steps('{a}')) + (SELECT count(*) FROM path_steps('{}'))
          + (SELECT count(*) FROM path_steps(NULL)), 0::bigint, 'path_steps: no move, no rows');
SELECT is(ARRAY[
    pg_temp.sqlstate($$SELECT user_path(dt, action, 'A', 0) FROM ch$$),
    pg_temp.sqlstate($$SELECT user_path(dt, action, 'A', -3) FROM ch$$),
    pg_temp.sqlstate($$SELECT user_path(dt, action, 'A', 1001) FROM ch$$),
    pg_temp.sqlstate($$SELECT user_path(dt, action, 'A', NULL) FROM ch$$),
    pg_temp.sqlstate($$SELECT user_path(dt, action, 'A', 3, NULL) FROM ch$$),
    pg_temp.sqlstate($$SELECT user_path(dt, action, CASE WHEN id = 1 THEN 'A' ELSE 'B' END, 3) FROM ch$$),
    pg_temp.sqlstate($$SELECT * FROM path_steps('{{a,b},{c,d}}')$$)],
    ARRAY['22023', '22023', '22023', '22004', '22004', '22023', '2202E'],
    'errors: max_events 0, negative, over 1000 or NULL; NULL merge_repeats; a start event that changes; a 2-D path');

-- ---- random data against plain-SQL oracles --------------------------------------------
-- 300 actors, about 30 rows each: events a, b, c, d on a 10-minute grid over two days
-- across the DST change of 2026-03-29 in Europe (ties), NULL timestamps and events,
-- base_condition NULL now and then; actor ids as bigint, integer, text and uuid
SELECT setseed(0.57);
CREATE TABLE pr AS
SELECT (random() * 300)::bigint AS actor,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE timestamptz '2026-03-28 12:00+00' + (floor(random() * 288) * 10) * interval '1 minute' END AS ts,
       CASE WHEN random() < 0.03 THEN NULL
            ELSE (ARRAY['a', 'b', 'c', 'd'])[1 + floor(random() * 4)::int] END AS ev,
       CASE WHEN random() < 0.05 THEN NULL ELSE random() < 0.7 END AS bc
FROM generate_series(1, 9000);
ALTER TABLE pr ADD COLUMN actor_int integer, ADD COLUMN actor_text text, ADD COLUMN actor_uuid uuid;
UPDATE pr SET actor_int = actor::int, actor_text = 'user-' || actor, actor_uuid = md5(actor::text)::uuid;
ANALYZE pr;
-- the oracle's events: rows with a timestamp and an event, in (ts, event in byte order,
-- base flag) order (rows equal in all three are interchangeable)
CREATE TABLE pr_ev AS
SELECT actor, ts, ev, coalesce(bc, false) AS bc,
       row_number() OVER (PARTITION BY actor ORDER BY ts, ev COLLATE "C", coalesce(bc, false)) AS pos
FROM pr WHERE ts IS NOT NULL AND ev IS NOT NULL;
CREATE INDEX ON pr_ev (actor, pos);
-- sequence_next_node oracles: forward head (a), forward first_match (a, b),
-- backward last_match (a, b), backward tail (d)
CREATE TABLE pr_next_oracle AS
SELECT a.actor,
       (SELECT y.ev FROM pr_ev x JOIN pr_ev y ON y.actor = x.actor AND y.pos = 2
        WHERE x.actor = a.actor AND x.pos = 1 AND x.bc AND x.ev = 'a') AS head_a,
       (SELECT z.ev FROM pr_ev z, pr_ev y,
               (SELECT min(pos) AS p FROM pr_ev WHERE actor = a.actor AND bc AND ev = 'a') b
        WHERE y.actor = a.actor AND y.pos = b.p + 1 AND y.ev = 'b'
          AND z.actor = a.actor AND z.pos = b.p + 2) AS first_ab,
       (SELECT z.ev FROM pr_ev z, pr_ev y,
               (SELECT max(pos) AS p FROM pr_ev WHERE actor = a.actor AND bc AND ev = 'a') b
        WHERE y.actor = a.actor AND y.pos = b.p - 1 AND y.ev = 'b'
          AND z.actor = a.actor AND z.pos = b.p - 2) AS last_ab_back,
       (SELECT y.ev FROM pr_ev x JOIN pr_ev y ON y.actor = x.actor AND y.pos = x.pos - 1
        WHERE x.actor = a.actor AND x.pos = (SELECT max(pos) FROM pr_ev WHERE actor = a.actor)
          AND x.bc AND x.ev = 'd') AS tail_d
FROM (SELECT DISTINCT actor FROM pr) a;
CREATE VIEW pr_next_q AS
SELECT actor,
       sequence_next_node('forward', 'head', ts, ev, bc, ev = 'a') AS head_a,
       sequence_next_node('forward', 'first_match', ts, ev, bc, ev = 'a', ev = 'b') AS first_ab,
       sequence_next_node('backward', 'last_match', ts, ev, bc, ev = 'a', ev = 'b') AS last_ab_back,
       sequence_next_node('backward', 'tail', ts, ev, bc, ev = 'd') AS tail_d
FROM pr GROUP BY actor;
SELECT results_eq($$SELECT * FROM pr_next_q ORDER BY actor$$,
                  $$SELECT * FROM pr_next_oracle ORDER BY actor$$,
                  'sequence_next_node: head, first_match, last_match, tail against plain SQL (bigint actors)');
SELECT ok((SELECT count(*) FILTER (WHERE first_ab IS NOT NULL) > 5 AND count(*) FILTER (WHERE last_ab_back IS NOT NULL) > 5
                  AND count(*) FILTER (WHERE head_a IS NOT NULL) > 5 AND count(*) FILTER (WHERE tail_d IS NOT NULL) > 5
           FROM pr_next_oracle), 'the oracle has answers of every kind');
SELECT results_eq(
    $$SELECT actor_uuid, sequence_next_node('forward', 'first_match', ts, ev, bc, ev = 'a', ev = 'b')
      FROM (SELECT * FROM pr ORDER BY ts DESC NULLS FIRST, ev DESC, bc) s GROUP BY actor_uuid ORDER BY 1$$,
    $$SELECT md5(actor::text)::uuid, first_ab FROM pr_next_oracle ORDER BY 1$$,
    'sequence_next_node: uuid actors, rows reversed');
-- user_path oracles: first 4 events from the first a; merged repeats; ending at d
CREATE TABLE pr_start AS
SELECT actor, min(pos) AS s FROM pr_ev WHERE ev = 'a' GROUP BY actor;
CREATE TABLE pr_merged AS
SELECT e.actor, e.ev, row_number() OVER (PARTITION BY e.actor ORDER BY e.pos) AS k
FROM (SELECT e.*, lag(e.ev) OVER (PARTITION BY e.actor ORDER BY e.pos) AS prev
      FROM pr_ev e JOIN pr_start s ON s.actor = e.actor AND e.pos >= s.s) e
WHERE e.prev IS DISTINCT FROM e.ev;
CREATE TABLE pr_path_oracle AS
SELECT a.actor,
       (SELECT array_agg(e.ev ORDER BY e.pos) FROM pr_ev e JOIN pr_start s USING (actor)
        WHERE e.actor = a.actor AND e.pos BETWEEN s.s AND s.s + 3) AS p4,
       (SELECT array_agg(m.ev ORDER BY m.k) FROM pr_merged m WHERE m.actor = a.actor AND m.k <= 4) AS p4m,
       (SELECT array_agg(e.ev ORDER BY e.pos) FROM pr_ev e JOIN pr_start s USING (actor)
        WHERE e.actor = a.actor AND e.pos BETWEEN s.s AND s.s + 5
          AND e.pos <= coalesce((SELECT min(d.pos) FROM pr_ev d WHERE d.actor = a.actor AND d.ev = 'd' AND d.pos > s.s), e.pos)) AS p6d,
       (SELECT array_agg(m.ev ORDER BY m.k) FROM pr_merged m WHERE m.actor = a.actor AND m.k <= 6
          AND m.k <= coalesce((SELECT min(d.k) FROM pr_merged d WHERE d.actor = a.actor AND d.ev = 'd' AND d.k > 1), m.k)) AS p6md,
       (SELECT array_agg(e.ev ORDER BY e.pos) FROM pr_ev e WHERE e.actor = a.actor AND e.pos <= 3) AS first3
FROM (SELECT DISTINCT actor FROM pr) a;
CREATE VIEW pr_path_q AS
SELECT actor, user_path(ts, ev, 'a', 4) AS p4, user_path(ts, ev, 'a', 4, true) AS p4m,
       user_path(ts, ev, 'a', 6, false, 'd') AS p6d, user_path(ts, ev, 'a', 6, true, 'd') AS p6md,
       user_path(ts, ev, NULL, 3) AS first3
FROM pr GROUP BY actor;
SELECT results_eq($$SELECT * FROM pr_path_q ORDER BY actor$$,
                  $$SELECT * FROM pr_path_oracle ORDER BY actor$$,
                  'user_path: max_events, merge_repeats, end_event, no start event, against plain SQL (bigint actors)');
SELECT ok((SELECT count(*) FILTER (WHERE p6d IS DISTINCT FROM p4) > 20 AND count(*) FILTER (WHERE p4m IS DISTINCT FROM p4) > 20
                  AND count(*) FILTER (WHERE cardinality(p6d) < 6) > 20 FROM pr_path_oracle),
   'the oracle''s paths differ by option often enough to test them');
SELECT results_eq(
    $$SELECT actor_int, user_path(ts, ev, 'a', 4), user_path(ts, ev, 'a', 6, true, 'd')
      FROM (SELECT * FROM pr ORDER BY ts DESC NULLS LAST, ev DESC) s GROUP BY actor_int ORDER BY 1$$,
    $$SELECT actor::int, p4, p6md FROM pr_path_oracle ORDER BY 1$$,
    'user_path: integer actors, rows in reverse time order (the start arrives last)');
SELECT results_eq(
    $$SELECT actor_text, user_path(ts, ev, 'a', 4), user_path(ts, ev, 'a', 6, false, 'd')
      FROM (SELECT * FROM pr ORDER BY md5(ts::text || ev)) s GROUP BY actor_text ORDER BY 1$$,
    $$SELECT 'user-' || actor, p4, p6d FROM pr_path_oracle ORDER BY 1$$,
    'user_path: text actors, shuffled rows');
SELECT results_eq(
    $$SELECT actor_uuid, user_path(ts AT TIME ZONE 'UTC', ev, 'a', 4, true)
      FROM pr GROUP BY actor_uuid ORDER BY 1$$,
    $$SELECT md5(actor::text)::uuid, p4m FROM pr_path_oracle ORDER BY 1$$,
    'user_path: uuid actors, timestamp without time zone');
-- the path diagram against the window-function form an analyst writes
CREATE VIEW pr_edges_oracle AS
SELECT k::integer AS step, ev AS from_event, next_ev AS to_event, count(*) AS actors
FROM (SELECT e.actor, e.ev, e.pos - s.s + 1 AS k,
             lead(e.ev) OVER (PARTITION BY e.actor ORDER BY e.pos) AS next_ev
      FROM pr_ev e JOIN pr_start s ON s.actor = e.actor AND e.pos >= s.s) r
WHERE k < 4 AND next_ev IS NOT NULL
GROUP BY 1, 2, 3;
CREATE VIEW pr_edges_q AS
SELECT s.step, s.from_event, s.to_event, count(*) AS actors
FROM (SELECT user_path(ts, ev, 'a', 4) AS p FROM pr GROUP BY actor_text) q, path_steps(q.p) s
GROUP BY 1, 2, 3;
SELECT results_eq($$SELECT * FROM pr_edges_q ORDER BY 1, 2, 3$$,
                  $$SELECT * FROM pr_edges_oracle ORDER BY 1, 2, 3$$,
                  'path edges: counts per (step, from, to) against row_number() and lead()');
-- timestamptz results do not depend on the session time zone (DST on 2026-03-29 in Europe)
SET TimeZone = 'Europe/Berlin';
SELECT results_eq($$SELECT * FROM pr_path_q ORDER BY actor$$,
                  $$SELECT * FROM pr_path_oracle ORDER BY actor$$,
                  'user_path: the session time zone (a DST day) changes nothing');
SELECT results_eq($$SELECT * FROM pr_next_q ORDER BY actor$$,
                  $$SELECT * FROM pr_next_oracle ORDER BY actor$$,
                  'sequence_next_node: the session time zone changes nothing');
SET TimeZone = 'America/New_York';
SELECT results_eq($$SELECT * FROM pr_edges_q ORDER BY 1, 2, 3$$,
                  $$SELECT * FROM pr_edges_oracle ORDER BY 1, 2, 3$$,
                  'path edges: the session time zone changes nothing');
SET TimeZone = 'UTC';
-- one actor with many rows out of order: the state compacts, the answer stays
SELECT is((SELECT user_path(ts, ev, 'start', 3)::text
           FROM (SELECT timestamptz '2026-01-01' + (100000 - g) * interval '1 second' AS ts,
                        CASE WHEN g % 1000 = 0 THEN 'start' ELSE 'e' || (g % 7) END AS ev
                 FROM generate_series(1, 100000) g) s),
          (SELECT array_agg(ev ORDER BY ts, ev COLLATE "C")::text FROM (
               SELECT ts, ev FROM (SELECT timestamptz '2026-01-01' + (100000 - g) * interval '1 second' AS ts,
                                          CASE WHEN g % 1000 = 0 THEN 'start' ELSE 'e' || (g % 7) END AS ev
                                   FROM generate_series(1, 100000) g) s
               WHERE ts >= timestamptz '2026-01-01' ORDER BY ts LIMIT 3) t),
          'user_path: 100,000 rows in reverse time order, the earliest start arriving last');

-- ---- forced parallel plans ---------------------------------------------------------------
\ir helpers/serial.psql
CREATE TEMP TABLE pr_serial AS
SELECT array_agg(x ORDER BY actor_text)::text AS v
FROM (SELECT actor_text, user_path(ts, ev, 'a', 4) AS p, user_path(ts, ev, 'a', 6, true, 'd') AS q,
             sequence_next_node('forward', 'first_match', ts, ev, bc, ev = 'a', ev = 'b') AS n,
             sequence_next_node('backward', 'tail', ts, ev, bc) AS t
      FROM pr GROUP BY actor_text) x;
CREATE TEMP TABLE pr_serial_all AS
SELECT (user_path(ts, ev, NULL, 5)::text || sequence_next_node('forward', 'head', ts, ev, true, ev = ev)) AS v FROM pr;
\ir helpers/force_parallel.psql
ALTER TABLE pr SET (parallel_workers = 2);
SELECT ok(pg_temp.pgg_plan_has(
    $$SELECT user_path(ts, ev, 'a', 4) FROM pr GROUP BY actor_text$$, 'Partial'),
    'the grouped plan aggregates partially in parallel');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY actor_text) FROM (
              SELECT actor_text, user_path(ts, ev, 'a', 4) AS p, user_path(ts, ev, 'a', 6, true, 'd') AS q,
                     sequence_next_node('forward', 'first_match', ts, ev, bc, ev = 'a', ev = 'b') AS n,
                     sequence_next_node('backward', 'tail', ts, ev, bc) AS t
              FROM pr GROUP BY actor_text) x$$),
          (SELECT v FROM pr_serial), 'parallel answer equals the serial one (grouped by text actor)');
SELECT ok(pg_temp.pgg_plan_has(
    $$SELECT user_path(ts, ev, NULL, 5), sequence_next_node('forward', 'head', ts, ev, true, ev = ev) FROM pr$$, 'Partial Aggregate'),
    'the ungrouped plan aggregates partially in parallel');
SELECT is(pg_temp.pgg_parallel($$SELECT (user_path(ts, ev, NULL, 5)::text || sequence_next_node('forward', 'head', ts, ev, true, ev = ev)) FROM pr$$),
          (SELECT v FROM pr_serial_all), 'parallel answer equals the serial one (one group: states serialized and combined)');

SELECT * FROM finish();
ROLLBACK;
