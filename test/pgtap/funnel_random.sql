-- pgTAP: window_funnel against brute-force references on random data.
--   * pg_temp.bf_funnel: a PL/pgSQL per-start simulation over the
--     (timestamp, condition) entry list, written independently of the C
--     chain engine (no dominance pruning: every step-1 entry is followed);
--   * a recursive CTE enumerating every chain (default, strict_increase,
--     strict_once: distinct rows) and plain SQL for any_order.
\ir helpers/setup.psql
SELECT plan(44);

-- Reference: every step-1 entry starts its own chain and no chain is ever
-- dropped (no dominance pruning, no forking: strict_once is checked against
-- the recursive-CTE enumeration below instead); the strict_order and
-- strict_deduplication stops look at the deepest level any chain reached.
-- Returns {level, completion time, start, step times...} of the chosen chain.
CREATE FUNCTION pg_temp.bf_funnel(ts int[], masks int[], w int, nsteps int, mode text,
                                  excl_from int DEFAULT 0, excl_to int DEFAULT 0)
RETURNS int[] LANGUAGE plpgsql AS $$
DECLARE
    so boolean := mode LIKE '%strict_order%';
    dd boolean := mode LIKE '%strict_deduplication%';
    inc boolean := mode LIKE '%strict_increase%';
    once boolean := mode LIKE '%strict_once%';
    re boolean := mode LIKE '%allow_reentry%';
    et int[]; ec int[]; er int[];
    n int; j int; k int; nch int := 0;
    cs int[] := '{}'; cl int[] := '{}'; clast int[] := '{}'; cdone boolean[] := '{}'; cvoid boolean[] := '{}';
    cused text[] := '{}'; csteps int[] := '{}';
    reached int := 0; seen boolean := false;
    best int[] := ARRAY[0];
    cand int[];
BEGIN
    -- the entries: one per (row, true condition), rows matching no step as
    -- condition 0 under strict_order, the exclusion as condition -1 (first
    -- among entries sharing a timestamp)
    SELECT array_agg(t ORDER BY t, c, mk, r), array_agg(c ORDER BY t, c, mk, r), array_agg(r ORDER BY t, c, mk, r)
    INTO et, ec, er
    FROM (SELECT ts[x] AS t, b + 1 AS c, masks[x] AS mk, x AS r
          FROM generate_subscripts(ts, 1) x, generate_series(0, nsteps - 1) b
          WHERE masks[x] & (1 << b) <> 0
          UNION ALL
          SELECT ts[x], 0, masks[x], x FROM generate_subscripts(ts, 1) x
          WHERE so AND masks[x] & ((1 << nsteps) - 1) = 0
          UNION ALL
          SELECT ts[x], -1, masks[x], x FROM generate_subscripts(ts, 1) x
          WHERE excl_to > 0 AND masks[x] & (1 << nsteps) <> 0) e;
    n := coalesce(array_length(et, 1), 0);
    <<scan>>
    FOR j IN 1 .. n LOOP
        -- chains whose window is over are finished
        FOR k IN 1 .. nch LOOP
            IF NOT cdone[k] AND et[j] - cs[k] > w THEN cdone[k] := true; END IF;
        END LOOP;
        IF ec[j] = -1 THEN
            FOR k IN 1 .. nch LOOP
                IF NOT cdone[k] AND cl[k] >= excl_from AND cl[k] < excl_to THEN
                    cdone[k] := true; cvoid[k] := true;
                END IF;
            END LOOP;
        ELSIF ec[j] = 0 THEN
            EXIT scan WHEN seen;
        ELSIF ec[j] = 1 THEN
            nch := nch + 1;
            cs[nch] := et[j]; cl[nch] := 1; clast[nch] := et[j]; cdone[nch] := false; cvoid[nch] := false;
            cused[nch] := ',' || er[j] || ',';
            csteps[(nch - 1) * nsteps + 1] := et[j];
            seen := true; reached := greatest(reached, 1);
        ELSE
            EXIT scan WHEN dd AND reached >= ec[j];
            EXIT scan WHEN so AND NOT re AND seen AND reached < ec[j] - 1;
            FOR k IN 1 .. nch LOOP
                CONTINUE WHEN cdone[k] OR cl[k] <> ec[j] - 1;
                CONTINUE WHEN once AND position(',' || er[j] || ',' IN cused[k]) > 0;
                CONTINUE WHEN inc AND clast[k] = et[j];
                cl[k] := ec[j]; clast[k] := et[j]; cused[k] := cused[k] || er[j] || ',';
                csteps[(k - 1) * nsteps + ec[j]] := et[j];
                reached := greatest(reached, ec[j]);
            END LOOP;
        END IF;
    END LOOP;
    FOR k IN 1 .. nch LOOP
        CONTINUE WHEN cvoid[k];
        cand := ARRAY[cl[k], clast[k], cs[k]] || csteps[(k - 1) * nsteps + 1 : (k - 1) * nsteps + cl[k]];
        IF cand[1] > best[1] OR (cand[1] = best[1] AND
              (cand[2] < best[2] OR (cand[2] = best[2] AND cand[3] > best[3]))) THEN
            best := cand;
        END IF;
    END LOOP;
    RETURN best;
END $$;

SELECT setseed(0.31);
CREATE TABLE fr AS
SELECT (random() * 400)::int AS uid, (random() * 30)::int AS ts,
       (ARRAY['a', 'b', 'c', 'd', 'x', 'y'])[1 + floor(random() * 6)::int] AS ev
FROM generate_series(1, 4000);
-- four steps that overlap (a row may match several) and an exclusion 'y'
CREATE TABLE frm AS
SELECT uid, ts, ev,
       (ev = 'a')::int
       | ((ev = 'b' OR (ev = 'a' AND ts % 3 = 0))::int << 1)
       | ((ev = 'c')::int << 2)
       | ((ev IN ('b', 'd'))::int << 3)
       | ((ev = 'y')::int << 4) AS m
FROM fr;
CREATE TABLE fr_arr AS
SELECT uid, array_agg(ts ORDER BY ts, m, ev) AS ts, array_agg(m ORDER BY ts, m, ev) AS m FROM frm GROUP BY uid;

CREATE FUNCTION pg_temp.wf(mode text) RETURNS TABLE (uid int, lvl int) LANGUAGE sql AS $$
    SELECT uid, window_funnel('6 seconds', mode, to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                              ev = 'c', ev IN ('b', 'd'))
    FROM fr GROUP BY uid $$;
CREATE FUNCTION pg_temp.bf(mode text) RETURNS TABLE (uid int, lvl int) LANGUAGE sql AS $$
    SELECT uid, (pg_temp.bf_funnel(ts, m, 6, 4, mode))[1] FROM fr_arr $$;

SELECT set_eq($$SELECT * FROM pg_temp.wf('')$$, $$SELECT * FROM pg_temp.bf('')$$,
              'default mode equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_order')$$, $$SELECT * FROM pg_temp.bf('strict_order')$$,
              'strict_order equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_deduplication')$$, $$SELECT * FROM pg_temp.bf('strict_deduplication')$$,
              'strict_deduplication equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_deduplication,strict_order')$$,
              $$SELECT * FROM pg_temp.bf('strict_deduplication,strict_order')$$,
              'strict_deduplication + strict_order equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_order,allow_reentry')$$,
              $$SELECT * FROM pg_temp.bf('strict_order,allow_reentry')$$,
              'strict_order + allow_reentry equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_increase')$$, $$SELECT * FROM pg_temp.bf('strict_increase')$$,
              'strict_increase equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_increase,strict_order')$$,
              $$SELECT * FROM pg_temp.bf('strict_increase,strict_order')$$,
              'strict_increase + strict_order equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_increase,strict_deduplication')$$,
              $$SELECT * FROM pg_temp.bf('strict_increase,strict_deduplication')$$,
              'strict_increase + strict_deduplication equals the per-start simulation');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_once,strict_deduplication')$$,
              $$SELECT * FROM pg_temp.bf('strict_once,strict_deduplication')$$,
              'strict_once + strict_deduplication equals the per-start simulation');

-- every chain, enumerated: rows r1..rk with conditions 1..k, times non-decreasing
-- (strictly increasing for strict_increase; distinct rows for strict_once)
CREATE TABLE fr_rows AS SELECT row_number() OVER (ORDER BY uid, ts, m, ev)::int AS rid, * FROM frm;
CREATE FUNCTION pg_temp.enum(incr boolean, once boolean) RETURNS TABLE (uid int, lvl int) LANGUAGE sql AS $$
    WITH RECURSIVE ch(uid, k, start, last, used) AS (
        SELECT uid, 1, ts, ts, ARRAY[rid] FROM fr_rows WHERE m & 1 <> 0
        UNION
        SELECT ch.uid, ch.k + 1, ch.start, r.ts, ch.used || r.rid
        FROM ch JOIN fr_rows r ON r.uid = ch.uid AND r.m & (1 << ch.k) <> 0
        WHERE ch.k < 4 AND r.ts - ch.start <= 6
          AND (r.ts > ch.last OR (NOT incr AND r.ts = ch.last))
          AND NOT (once AND r.rid = ANY (ch.used))
    )
    SELECT u.uid, coalesce(max(ch.k), 0)
    FROM (SELECT DISTINCT uid FROM fr) u LEFT JOIN ch USING (uid) GROUP BY u.uid $$;
SELECT set_eq($$SELECT * FROM pg_temp.wf('')$$, $$SELECT * FROM pg_temp.enum(false, false)$$,
              'default mode equals the enumeration of all chains');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_increase')$$, $$SELECT * FROM pg_temp.enum(true, false)$$,
              'strict_increase equals the enumeration of all chains (no lost chains, ClickHouse #93789)');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_once')$$, $$SELECT * FROM pg_temp.enum(false, true)$$,
              'strict_once equals the enumeration of all chains with distinct rows');
SELECT set_eq($$SELECT * FROM pg_temp.wf('strict_once,strict_increase')$$, $$SELECT * FROM pg_temp.enum(true, true)$$,
              'strict_once + strict_increase equals the enumeration');

-- any_order: steps 1..k all inside one window starting at some row
SELECT set_eq($$SELECT * FROM pg_temp.wf('any_order')$$,
    $$SELECT u.uid, coalesce(max(CASE WHEN NOT s1 THEN 0 WHEN NOT s2 THEN 1 WHEN NOT s3 THEN 2 WHEN NOT s4 THEN 3 ELSE 4 END), 0)
      FROM (SELECT DISTINCT uid FROM fr) u LEFT JOIN (
          SELECT a.uid, a.ts, bool_or(b.m & 1 <> 0) s1, bool_or(b.m & 2 <> 0) s2, bool_or(b.m & 4 <> 0) s3,
                 bool_or(b.m & 8 <> 0) s4
          FROM frm a JOIN frm b ON b.uid = a.uid AND b.ts BETWEEN a.ts AND a.ts + 6
          GROUP BY a.uid, a.ts) w USING (uid)
      GROUP BY u.uid$$,
    'any_order equals the plain SQL window scan');

-- exclusions: 'y' between steps 2 and 4 voids the chain
SELECT set_eq(
    $$SELECT uid, window_funnel('6 seconds', 'exclude=2:4', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                ev = 'c', ev IN ('b', 'd'), ev = 'y') FROM fr GROUP BY uid$$,
    $$SELECT uid, (pg_temp.bf_funnel(ts, m, 6, 4, '', 2, 4))[1] FROM fr_arr$$,
    'exclude=2:4 equals the per-start simulation');
SELECT set_eq(
    $$SELECT uid, window_funnel('6 seconds', 'exclude=1:3,strict_order', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                ev = 'c', ev IN ('b', 'd'), ev = 'y') FROM fr GROUP BY uid$$,
    $$SELECT uid, (pg_temp.bf_funnel(ts, m, 6, 4, 'strict_order', 1, 3))[1] FROM fr_arr$$,
    'exclude=1:3 with strict_order equals the per-start simulation');

-- more exclusions: windows, ranges and modes, levels and step times
CREATE TABLE fr_ex (id int, mode text, f int, t int, w int);
INSERT INTO fr_ex VALUES (1, '', 1, 4, 12), (2, '', 2, 3, 20), (3, 'strict_increase', 1, 2, 9),
  (4, 'strict_deduplication', 1, 4, 15), (5, 'strict_order,allow_reentry', 3, 4, 25), (6, '', 1, 4, 40);
SELECT set_eq(
    $$SELECT x.id, fr.uid, window_funnel(make_interval(secs => x.w), x.mode || ',exclude=' || x.f || ':' || x.t, to_timestamp(fr.ts),
                                         ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0), ev = 'c', ev IN ('b', 'd'), ev = 'y')
      FROM fr, fr_ex x GROUP BY x.id, fr.uid$$,
    $$SELECT x.id, a.uid, (pg_temp.bf_funnel(a.ts, a.m, x.w, 4, x.mode, x.f, x.t))[1] FROM fr_arr a, fr_ex x$$,
    'exclusions over several windows, ranges and modes equal the per-start simulation');
SELECT set_eq(
    $$SELECT x.id, fr.uid, (SELECT array_agg(extract(epoch FROM q)::int) FROM unnest(
             window_funnel_times(make_interval(secs => x.w), x.mode || ',exclude=' || x.f || ':' || x.t, to_timestamp(fr.ts),
                                 ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0), ev = 'c', ev IN ('b', 'd'), ev = 'y')) q)
      FROM fr, fr_ex x GROUP BY x.id, fr.uid$$,
    $$SELECT x.id, a.uid, CASE WHEN b[1] > 0 THEN b[4:] END
      FROM fr_arr a, fr_ex x, LATERAL (SELECT pg_temp.bf_funnel(a.ts, a.m, x.w, 4, x.mode, x.f, x.t) AS b) s$$,
    'exclusions: step times of the chosen chain equal the simulation');

-- step times: the chain completing the deepest step first (then the latest start)
SELECT set_eq(
    $$SELECT uid, (SELECT array_agg(extract(epoch FROM x)::int) FROM unnest(
                 window_funnel_times('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                     ev = 'c', ev IN ('b', 'd'))) x)
      FROM fr GROUP BY uid$$,
    $$SELECT uid, CASE WHEN b[1] > 0 THEN b[4:] END FROM (SELECT uid, pg_temp.bf_funnel(ts, m, 6, 4, '') b FROM fr_arr) s$$,
    'default step times equal the chosen chain of the simulation');
SELECT set_eq(
    $$SELECT uid, (SELECT array_agg(extract(epoch FROM x)::int) FROM unnest(
                 window_funnel_times('6 seconds', 'strict_increase,strict_order', to_timestamp(ts), ev = 'a',
                                     ev = 'b' OR (ev = 'a' AND ts % 3 = 0), ev = 'c', ev IN ('b', 'd'))) x)
      FROM fr GROUP BY uid$$,
    $$SELECT uid, CASE WHEN b[1] > 0 THEN b[4:] END
      FROM (SELECT uid, pg_temp.bf_funnel(ts, m, 6, 4, 'strict_increase,strict_order') b FROM fr_arr) s$$,
    'strict_increase + strict_order step times equal the simulation');
SELECT is((SELECT count(*) FROM (SELECT uid, window_funnel_times('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b') t,
                                        window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b') l
                                 FROM fr GROUP BY uid) s
           WHERE coalesce(array_length(t, 1), 0) <> l), 0::bigint,
          'the step-times array has as many elements as the level');

-- funnel_counts equals counting the per-actor levels; text and bigint actors agree
SELECT is((SELECT funnel_counts(uid, '6 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                ev = 'c', ev IN ('b', 'd')) FROM fr),
          (SELECT ARRAY[count(*) FILTER (WHERE lvl >= 1), count(*) FILTER (WHERE lvl >= 2),
                        count(*) FILTER (WHERE lvl >= 3), count(*) FILTER (WHERE lvl >= 4)]
           FROM pg_temp.wf('strict_order')),
          'funnel_counts equals counting window_funnel levels');
SELECT is((SELECT funnel_counts('user-' || uid, '6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr),
          (SELECT funnel_counts(uid::bigint, '6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr),
          'text and bigint actors give the same counts');
SELECT results_eq(
    $$SELECT uid % 3, funnel_counts(uid, '6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr GROUP BY 1 ORDER BY 1$$,
    $$SELECT g, ARRAY[count(*) FILTER (WHERE l >= 1), count(*) FILTER (WHERE l >= 2), count(*) FILTER (WHERE l >= 3)]
      FROM (SELECT uid % 3 g, window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') l
            FROM fr GROUP BY uid) s GROUP BY g ORDER BY g$$,
    'funnel_counts under GROUP BY equals per-group counting');

-- row order does not matter
CREATE TABLE fr_rev AS SELECT * FROM fr ORDER BY ts DESC, ev DESC;
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', 'strict_deduplication,strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr_rev GROUP BY uid$$,
              $$SELECT uid, window_funnel('6 seconds', 'strict_deduplication,strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr GROUP BY uid$$,
              'reversed row order, same levels');
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', 'strict_once', to_timestamp(ts), ev = 'a', ev IN ('a', 'b'), ev = 'c') FROM fr_rev GROUP BY uid$$,
              $$SELECT uid, window_funnel('6 seconds', 'strict_once', to_timestamp(ts), ev = 'a', ev IN ('a', 'b'), ev = 'c') FROM fr GROUP BY uid$$,
              'strict_once: reversed row order, same levels');

-- the event-name form equals the boolean form (a name may appear at several steps)
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', 'strict_order', to_timestamp(ts), ev, ARRAY['a', 'b', 'c', 'b']) FROM fr GROUP BY uid$$,
              $$SELECT uid, window_funnel('6 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev = 'b') FROM fr GROUP BY uid$$,
              'event-name form equals the boolean form (strict_order, repeated name)');
SELECT set_eq($$SELECT uid, window_funnel_times('6 seconds', to_timestamp(ts), ev, ARRAY['a', 'b', 'c', 'd']) FROM fr GROUP BY uid$$,
              $$SELECT uid, window_funnel_times('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev = 'd') FROM fr GROUP BY uid$$,
              'event-name form: same step times');
SELECT is((SELECT funnel_counts(uid, '6 seconds', 'exclude=1:3', to_timestamp(ts), ev, ARRAY['a', 'b', 'c', 'y']) FROM fr),
          (SELECT funnel_counts(uid, '6 seconds', 'exclude=1:3', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev = 'y') FROM fr),
          'event-name form of funnel_counts with an exclusion equals the boolean form');

-- rows of each user in two sorted runs (as a synchronized scan starting mid-table delivers them)
CREATE TABLE fr_rot AS SELECT * FROM fr ORDER BY (ts + 15) % 31, ev;
SELECT set_eq($$SELECT uid, window_funnel_times('6 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr_rot GROUP BY uid$$,
              $$SELECT uid, window_funnel_times('6 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr GROUP BY uid$$,
              'rotated row order (two sorted runs), same step times');
SELECT is((SELECT funnel_counts(uid, '6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev = 'd') FROM fr_rot),
          (SELECT funnel_counts(uid, '6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev = 'd') FROM fr),
          'rotated row order, same funnel_counts');

-- the level computed online while rows come in time order (an append-only log):
-- ties in either order, two sorted runs, 8 steps (the most it runs for) and 9
CREATE TABLE fr_ord AS SELECT * FROM fr ORDER BY ts, ev;
CREATE TABLE fr_ord2 AS SELECT * FROM fr ORDER BY ts, ev DESC;
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                          ev = 'c', ev IN ('b', 'd')) FROM fr_ord GROUP BY uid$$,
              $$SELECT * FROM pg_temp.bf('')$$,
              'time-ordered rows (online level): default mode equals the per-start simulation');
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                          ev = 'c', ev IN ('b', 'd')) FROM fr_ord2 GROUP BY uid$$,
              $$SELECT * FROM pg_temp.bf('')$$,
              'time-ordered rows, ties reversed: default mode equals the per-start simulation');
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b' OR (ev = 'a' AND ts % 3 = 0),
                                          ev = 'c', ev IN ('b', 'd')) FROM fr_rot GROUP BY uid$$,
              $$SELECT * FROM pg_temp.bf('')$$,
              'two sorted runs (online level stops at the first row out of order): default mode equals the per-start simulation');
SELECT set_eq($$SELECT uid, window_funnel('9 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev <> 'x', ev = 'c', ev IN ('a', 'd'),
                                          ev = 'b', ev <> 'y', ev = 'd') FROM fr_ord GROUP BY uid$$,
              $$SELECT uid, window_funnel('9 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev <> 'x', ev = 'c', ev IN ('a', 'd'),
                                          ev = 'b', ev <> 'y', ev = 'd') FROM fr GROUP BY uid$$,
              '8 steps: time-ordered rows (online level) equal shuffled rows (decoded)');
SELECT set_eq($$SELECT uid, window_funnel('9 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev <> 'x', ev = 'c', ev IN ('a', 'd'),
                                          ev = 'b', ev <> 'y', ev = 'd', ev <> 'a') FROM fr_ord GROUP BY uid$$,
              $$SELECT uid, window_funnel('9 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev <> 'x', ev = 'c', ev IN ('a', 'd'),
                                          ev = 'b', ev <> 'y', ev = 'd', ev <> 'a') FROM fr GROUP BY uid$$,
              '9 steps: time-ordered rows equal shuffled rows');
-- window_funnel and window_funnel_times over the same rows share one state:
-- the times are kept even when the level reaches the last step
SELECT set_eq($$SELECT uid, window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c'),
                          window_funnel_times('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr_ord GROUP BY uid$$,
              $$SELECT uid, window_funnel('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c'),
                          window_funnel_times('6 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') FROM fr GROUP BY uid$$,
              'window_funnel beside window_funnel_times (shared state): same levels and times as shuffled rows');

-- large groups (about 190 rows per actor): a transition state whose run outgrows
-- its first allocation stays there and moves the run out of line, staging the
-- newest events inline; levels, times, a strict mode, the online level over
-- time-ordered rows (reaching the last step frees the run), the state shared by
-- window_funnel and window_funnel_times, and a running window (the final function
-- between transitions) all give the reference answers
SELECT setseed(0.53);
CREATE TABLE fb AS
SELECT (random() * 15)::int AS uid, (random() * 900)::int AS ts,
       (ARRAY['a', 'a', 'a', 'b', 'c', 'd', 'x', 'x'])[1 + floor(random() * 8)::int] AS ev
FROM generate_series(1, 3000);
CREATE TABLE fb_arr AS
SELECT uid, array_agg(ts ORDER BY ts, m, ev) AS ts, array_agg(m ORDER BY ts, m, ev) AS m
FROM (SELECT uid, ts, ev, (ev = 'a')::int | ((ev = 'b')::int << 1) | ((ev = 'c')::int << 2)
                          | ((ev IN ('b', 'd'))::int << 3) AS m FROM fb) s
GROUP BY uid;
CREATE TABLE fb_ord AS SELECT * FROM fb ORDER BY ts, ev;
CREATE TABLE fb_rows AS SELECT row_number() OVER (ORDER BY ts, ev, uid)::int AS rid, * FROM fb;
CREATE INDEX ON fb_rows (uid, rid);
ANALYZE fb_rows;
SELECT set_eq($$SELECT uid, window_funnel('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd'))
                FROM fb GROUP BY uid$$,
              $$SELECT uid, (pg_temp.bf_funnel(ts, m, 3, 4, ''))[1] FROM fb_arr$$,
              'large groups: default mode equals the per-start simulation');
SELECT ok((SELECT count(DISTINCT (pg_temp.bf_funnel(ts, m, 3, 4, ''))[1]) FROM fb_arr) >= 2,
          'large groups: the reference levels differ between actors (the comparison is not vacuous)');
SELECT set_eq($$SELECT uid, (SELECT array_agg(extract(epoch FROM x)::int) FROM unnest(
                  window_funnel_times('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd'))) x)
                FROM fb GROUP BY uid$$,
              $$SELECT uid, CASE WHEN b[1] > 0 THEN b[4:] END
                FROM (SELECT uid, pg_temp.bf_funnel(ts, m, 3, 4, '') b FROM fb_arr) s$$,
              'large groups: window_funnel_times equals the reference chain');
SELECT set_eq($$SELECT uid, window_funnel('3 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c',
                                          ev IN ('b', 'd')) FROM fb GROUP BY uid$$,
              $$SELECT uid, (pg_temp.bf_funnel(ts, m, 3, 4, 'strict_order'))[1] FROM fb_arr$$,
              'large groups: strict_order equals the per-start simulation');
SELECT set_eq($$SELECT uid, window_funnel('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd'))
                FROM fb_ord GROUP BY uid$$,
              $$SELECT uid, (pg_temp.bf_funnel(ts, m, 3, 4, ''))[1] FROM fb_arr$$,
              'large groups, time-ordered rows (online level): equal to the per-start simulation');
SELECT set_eq($$SELECT uid, window_funnel('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd')),
                          window_funnel_times('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd'))
                FROM fb_ord GROUP BY uid$$,
              $$SELECT uid, window_funnel('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd')),
                          window_funnel_times('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd'))
                FROM fb GROUP BY uid$$,
              'large groups: the state shared by window_funnel and window_funnel_times, time-ordered equal to shuffled');
SELECT set_eq($$SELECT uid, rid,
                       window_funnel('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd'))
                           OVER (PARTITION BY uid ORDER BY rid),
                       window_funnel_times('3 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c')
                           OVER (PARTITION BY uid ORDER BY rid)
                FROM fb_rows$$,
              $$SELECT r.uid, r.rid, p.l, p.t
                FROM fb_rows r, LATERAL (
                    SELECT window_funnel('3 seconds', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c', ev IN ('b', 'd')) l,
                           window_funnel_times('3 seconds', 'strict_order', to_timestamp(ts), ev = 'a', ev = 'b', ev = 'c') t
                    FROM fb_rows q WHERE q.uid = r.uid AND q.rid <= r.rid) p$$,
              'large groups: a running window (final function between transitions) equals the aggregate over each prefix');

SELECT * FROM finish();
ROLLBACK;
