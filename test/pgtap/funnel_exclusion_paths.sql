-- pgTAP: window_funnel_times and window_funnel_value with exclusions against
-- a brute force over every chain (issue #17 B: the chain engine no longer
-- keeps every chain when the path is wanted with an exclusion).
--
-- pg_temp.bf_chains follows every chain of an actor one by one, in closed
-- form rather than as a simulation: each step-1 row starts a chain that
-- takes, for each next step, the first entry after the previous one inside
-- the window (entries are ordered by (timestamp, step), so in the default
-- mode one row may fill several steps); a chain that reached step F is voided
-- by an exclusion row at t with ts_F < t <= min(ts_T, ts_1 + window).  Of the
-- chains not voided it returns the chosen one: deepest, then earliest last
-- step, then latest start (doc/funnel.md, "Which chain the step times and
-- values describe"), as {level, step times..., step rows...}.
\ir helpers/setup.psql
SELECT plan(6);

CREATE FUNCTION pg_temp.bf_chains(ts int[], masks int[], w int, nsteps int, incr boolean,
                                  excl_from int, excl_to int)
RETURNS int[] LANGUAGE plpgsql AS $$
DECLARE
    n int := coalesce(array_length(ts, 1), 0);
    xbit int := 1 << nsteps;
    i int; j int; k int; x int; lvl int; p int;
    tt int[]; rr int[];
    hi int; voided boolean;
    best int[] := ARRAY[0];
    bl int := 0; blast int; bstart int;
BEGIN
    FOR i IN 1 .. n LOOP
        CONTINUE WHEN masks[i] & 1 = 0;
        tt := ARRAY[ts[i]]; rr := ARRAY[i]; lvl := 1; p := i;
        FOR k IN 2 .. nsteps LOOP
            j := NULL;
            -- the first row of step k at the previous step's timestamp (not
            -- under strict_increase), else the first one after it
            IF NOT incr THEN
                SELECT min(y) INTO j FROM generate_series(1, n) y
                WHERE ts[y] = ts[p] AND masks[y] & (1 << (k - 1)) <> 0;
            END IF;
            IF j IS NULL THEN
                SELECT y INTO j FROM generate_series(1, n) y
                WHERE ts[y] > ts[p] AND masks[y] & (1 << (k - 1)) <> 0 ORDER BY ts[y], y LIMIT 1;
            END IF;
            EXIT WHEN j IS NULL OR ts[j] - ts[i] > w;
            tt := tt || ts[j]; rr := rr || j; lvl := k; p := j;
        END LOOP;
        voided := false;
        IF lvl >= excl_from THEN
            hi := ts[i] + w;
            IF lvl >= excl_to THEN hi := least(hi, tt[excl_to]); END IF;
            FOR x IN 1 .. n LOOP
                IF masks[x] & xbit <> 0 AND ts[x] > tt[excl_from] AND ts[x] <= hi THEN
                    voided := true;
                END IF;
            END LOOP;
        END IF;
        CONTINUE WHEN voided;
        IF lvl > bl OR (lvl = bl AND (tt[lvl] < blast OR (tt[lvl] = blast AND ts[i] > bstart))) THEN
            bl := lvl; blast := tt[lvl]; bstart := ts[i];
            best := ARRAY[lvl] || tt || rr;
        END IF;
    END LOOP;
    RETURN best;
END $$;

-- two data sets: with ties (several rows of an actor at one second) for the
-- step times, and one row per actor and second for the values (the value is
-- the row's number, so it names the row of the step)
SELECT setseed(0.17);
CREATE TABLE ep AS
SELECT (random() * 1200)::int AS uid, (random() * 40)::int AS ts, floor(random() * 32)::int AS m
FROM generate_series(1, 12000);
CREATE TABLE ep_arr AS
SELECT uid, array_agg(ts ORDER BY ts, m) AS ts, array_agg(m ORDER BY ts, m) AS m FROM ep GROUP BY uid;
CREATE TABLE eu AS
SELECT DISTINCT ON (uid, ts) uid, ts, m, row_number() OVER () AS rid
FROM (SELECT (random() * 1200)::int AS uid, (random() * 60)::int AS ts, floor(random() * 32)::int AS m
      FROM generate_series(1, 15000)) s
ORDER BY uid, ts, m;
CREATE TABLE eu_arr AS
SELECT uid, array_agg(ts ORDER BY ts) AS ts, array_agg(m ORDER BY ts) AS m,
       array_agg(rid ORDER BY ts) AS rid FROM eu GROUP BY uid;
-- four steps (bits 0-3), the exclusion bit 4; windows, ranges and modes
CREATE TABLE ep_cfg (id int, mode text, incr boolean, f int, t int, w int);
INSERT INTO ep_cfg VALUES (1, '', false, 1, 2, 6), (2, '', false, 1, 4, 10), (3, '', false, 2, 3, 8),
  (4, '', false, 2, 4, 20), (5, 'strict_increase', true, 1, 3, 9), (6, 'strict_increase', true, 3, 4, 15),
  (7, '', false, 1, 3, 60), (8, 'strict_increase', true, 1, 2, 4);

SELECT set_eq(
    $$SELECT c.id, e.uid, (SELECT array_agg(extract(epoch FROM q)::int) FROM unnest(
             window_funnel_times(make_interval(secs => c.w), c.mode || ',exclude=' || c.f || ':' || c.t, to_timestamp(e.ts),
                                 m & 1 <> 0, m & 2 <> 0, m & 4 <> 0, m & 8 <> 0, m & 16 <> 0)) q)
      FROM ep e, ep_cfg c GROUP BY c.id, e.uid$$,
    $$SELECT c.id, a.uid, CASE WHEN b[1] > 0 THEN b[2 : 1 + b[1]] END
      FROM ep_arr a, ep_cfg c, LATERAL (SELECT pg_temp.bf_chains(a.ts, a.m, c.w, 4, c.incr, c.f, c.t) AS b) s$$,
    'exclusions, rows tied in time: step times equal the brute force over every chain');
SELECT cmp_ok((SELECT count(*) FROM ep_arr, ep_cfg), '>', 9000::bigint, 'over 9,000 actor and configuration cases with ties');

SELECT set_eq(
    $$SELECT c.id, e.uid, (SELECT array_agg(extract(epoch FROM q)::int) FROM unnest(
             window_funnel_times(make_interval(secs => c.w), c.mode || ',exclude=' || c.f || ':' || c.t, to_timestamp(e.ts),
                                 m & 1 <> 0, m & 2 <> 0, m & 4 <> 0, m & 8 <> 0, m & 16 <> 0)) q)
      FROM eu e, ep_cfg c GROUP BY c.id, e.uid$$,
    $$SELECT c.id, a.uid, CASE WHEN b[1] > 0 THEN b[2 : 1 + b[1]] END
      FROM eu_arr a, ep_cfg c, LATERAL (SELECT pg_temp.bf_chains(a.ts, a.m, c.w, 4, c.incr, c.f, c.t) AS b) s$$,
    'exclusions, one row per second: step times equal the brute force');
-- the values of steps 1, 2 and the deepest (0) of the chosen chain
SELECT set_eq(
    $$SELECT c.id, e.uid,
             ARRAY[window_funnel_value(make_interval(secs => c.w), c.mode || ',exclude=' || c.f || ':' || c.t, to_timestamp(e.ts), 1, rid,
                                       m & 1 <> 0, m & 2 <> 0, m & 4 <> 0, m & 8 <> 0, m & 16 <> 0),
                   window_funnel_value(make_interval(secs => c.w), c.mode || ',exclude=' || c.f || ':' || c.t, to_timestamp(e.ts), 2, rid,
                                       m & 1 <> 0, m & 2 <> 0, m & 4 <> 0, m & 8 <> 0, m & 16 <> 0),
                   window_funnel_value(make_interval(secs => c.w), c.mode || ',exclude=' || c.f || ':' || c.t, to_timestamp(e.ts), 0, rid,
                                       m & 1 <> 0, m & 2 <> 0, m & 4 <> 0, m & 8 <> 0, m & 16 <> 0)]
      FROM eu e, ep_cfg c GROUP BY c.id, e.uid$$,
    $$SELECT c.id, a.uid, ARRAY[a.rid[b[2 + b[1]]], a.rid[b[3 + b[1]]], a.rid[b[1 + 2 * b[1]]]]
      FROM eu_arr a, ep_cfg c, LATERAL (SELECT pg_temp.bf_chains(a.ts, a.m, c.w, 4, c.incr, c.f, c.t) AS b) s$$,
    'exclusions: values of steps 1, 2 and the deepest equal the brute force');
SELECT cmp_ok((SELECT count(*) FROM eu_arr, ep_cfg), '>', 9000::bigint, 'over 9,000 actor and configuration cases, one row per second');
-- the cases are not trivial: chains voided, several levels, several chains
SELECT ok((SELECT count(DISTINCT (pg_temp.bf_chains(a.ts, a.m, c.w, 4, c.incr, c.f, c.t))[1]) FROM eu_arr a, ep_cfg c) = 5
          AND (SELECT count(*) FILTER (WHERE (pg_temp.bf_chains(a.ts, a.m, c.w, 4, c.incr, c.f, c.t))[1] = 0)
               FROM eu_arr a, ep_cfg c WHERE EXISTS (SELECT FROM unnest(a.m) q WHERE q & 1 <> 0)) > 50,
          'the cases reach every level and some actors with a step 1 are voided entirely');

SELECT * FROM finish();
ROLLBACK;
