-- pgTAP: funnel_counts and retention with one to eight boolean conditions
-- resolve to their fixed-arity overloads (funnel_counts: bigint, integer,
-- text, uuid actors; timestamptz), which build no array per row, and answer
-- what the VARIADIC boolean[] form (and for funnel_counts the anyelement
-- form; for retention a plain-SQL oracle) answers on the same rows: random
-- events with NULL actors, NULL timestamps and NULL conditions, with and
-- without a mode, serial and under a forced parallel plan.  Nine conditions
-- and other actor types (smallint) keep the VARIADIC boolean[] overload.
\ir helpers/setup.psql
SELECT plan(21);

SELECT setseed(0.57);
CREATE TABLE ff AS
SELECT CASE WHEN random() < 0.02 THEN NULL ELSE (random() * 600)::bigint END AS uid,
       CASE WHEN random() < 0.01 THEN NULL
            ELSE timestamptz '2026-03-28 00:00+00' + (random() * 86400 * 6) * interval '1 second' END AS ts,
       CASE WHEN random() < 0.05 THEN NULL ELSE 'e' || (1 + floor(random() * 10)::int) END AS ev
FROM generate_series(1, 20000);
CREATE TABLE ffk AS
SELECT uid, uid::int AS i4, uid::smallint AS i2, 'user-' || uid AS t, md5(uid::text)::uuid AS u, ts, ev FROM ff;
ANALYZE ffk;
-- the anyelement form: the same ids as another type that has no exact
-- overload (numeric, name, bytea), so the call resolves to it
CREATE FUNCTION pg_temp.as_any(col text) RETURNS text LANGUAGE sql AS $$
    SELECT CASE col WHEN 'uid' THEN 'uid::numeric' WHEN 'i4' THEN 'i4::numeric'
                    WHEN 't' THEN 't::name' ELSE 'u::text::bytea' END $$;
-- conds(n): "ev = 'e1', ev = 'e2', ..." (NULL ev: NULL conditions, false)
CREATE FUNCTION pg_temp.conds(n int) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(format('ev = %L', 'e' || i), ', ' ORDER BY i) FROM generate_series(1, n) i $$;
-- the signature a call resolves to (through a view's dependency)
CREATE FUNCTION pg_temp.resolves(call text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r text;
BEGIN
    EXECUTE 'CREATE TEMP VIEW pgg_resolve AS SELECT ' || call || ' FROM ffk';
    SELECT d.refobjid::regprocedure::text INTO r
    FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid
    WHERE w.ev_class = 'pgg_resolve'::regclass AND d.refclassid = 'pg_proc'::regclass
      AND (SELECT proname FROM pg_proc WHERE oid = d.refobjid) IN ('funnel_counts', 'retention');
    DROP VIEW pgg_resolve;
    RETURN r;
END $$;
-- per actor column: (n, mode) pairs whose fixed, array and anyelement answers differ
CREATE FUNCTION pg_temp.mismatches(col text, OUT compared int, OUT differ text) LANGUAGE plpgsql AS $$
DECLARE
    n int;
    m text;
    f text;
    a text;
    x text;
BEGIN
    compared := 0;
    differ := '';
    FOR n IN 1 .. 8 LOOP
        FOREACH m IN ARRAY ARRAY['', '''strict_order'', '] LOOP
            EXECUTE format('SELECT funnel_counts(%s, ''1 day'', %s ts, %s)::text FROM ffk', col, m, pg_temp.conds(n)) INTO f;
            EXECUTE format('SELECT funnel_counts(%s, ''1 day'', %s ts, VARIADIC ARRAY[%s])::text FROM ffk', col, m, pg_temp.conds(n)) INTO a;
            EXECUTE format('SELECT funnel_counts(%s, ''1 day'', %s ts, %s)::text FROM ffk', pg_temp.as_any(col), m, pg_temp.conds(n)) INTO x;
            compared := compared + 1;
            IF f IS DISTINCT FROM a OR f IS DISTINCT FROM x OR f IS NULL THEN
                differ := differ || format(' n=%s mode=%s: %s / %s / %s;', n, m, f, a, x);
            END IF;
        END LOOP;
    END LOOP;
END $$;

\ir helpers/serial.psql
SELECT ok((SELECT c[2] > 0 AND c[1] > c[2] FROM (SELECT funnel_counts(uid, '1 day', ts, ev = 'e1', ev = 'e2') AS c FROM ffk) q),
    'the data reach the second step (the comparisons are not vacuous)');

SELECT is((SELECT count(*)::int FROM generate_series(1, 8) n, unnest(ARRAY['uid', 'i4', 't', 'u']) col
           WHERE pg_temp.resolves(format('funnel_counts(%s, ''1 day'', ts, %s)', col, pg_temp.conds(n)))
                 = format('funnel_counts(%s,interval,timestamp with time zone%s)',
                          CASE col WHEN 'uid' THEN 'bigint' WHEN 'i4' THEN 'integer' WHEN 't' THEN 'text' ELSE 'uuid' END,
                          repeat(',boolean', n))),
          32, 'one to eight conditions resolve to the fixed-arity overloads (4 actor types)');
SELECT is(pg_temp.resolves(format('funnel_counts(uid, ''1 day'', ''strict_order'', ts, %s)', pg_temp.conds(3))),
          'funnel_counts(bigint,interval,text,timestamp with time zone,boolean,boolean,boolean)',
          'with a mode too');
SELECT is(pg_temp.resolves(format('funnel_counts(uid, ''1 day'', ts, %s)', pg_temp.conds(9))),
          'funnel_counts(bigint,interval,timestamp with time zone,boolean[])',
          'nine conditions take the VARIADIC boolean[] overload');
SELECT is(pg_temp.resolves(format('funnel_counts(i2, ''1 day'', ts, %s)', pg_temp.conds(3))),
          'funnel_counts(smallint,interval,timestamp with time zone,boolean[])',
          'a smallint actor keeps its exact VARIADIC boolean[] overload');
SELECT is(pg_temp.resolves(format('funnel_counts(u::text::bytea, ''1 day'', ts, %s)', pg_temp.conds(3))),
          'funnel_counts(anyelement,interval,timestamp with time zone,"any")',
          'the oracle''s calls (bytea, numeric, name ids) take the anyelement overload');
SELECT is(pg_temp.resolves(format('funnel_counts(t::varchar, ''1 day'', ts, %s)', pg_temp.conds(3))),
          'funnel_counts(text,interval,timestamp with time zone,boolean,boolean,boolean)',
          'a varchar actor takes the text fixed-arity overload');

SELECT is((SELECT row(compared, differ)::text FROM pg_temp.mismatches('uid')), '(16,"")',
    'bigint actors: fixed = VARIADIC boolean[] = anyelement for 1-8 conditions, with and without a mode');
SELECT is((SELECT row(compared, differ)::text FROM pg_temp.mismatches('i4')), '(16,"")',
    'integer actors: the same');
SELECT is((SELECT row(compared, differ)::text FROM pg_temp.mismatches('t')), '(16,"")',
    'text actors: the same');
SELECT is((SELECT row(compared, differ)::text FROM pg_temp.mismatches('u')), '(16,"")',
    'uuid actors: the same');

-- retention: the fixed-arity overloads, against VARIADIC boolean[] and a
-- plain-SQL oracle (element 1: cond1 held on some row; element i: cond1 and
-- cond i each held on some row), per actor
SELECT is((SELECT count(*)::int FROM generate_series(1, 8) n
           WHERE pg_temp.resolves(format('retention(%s)', pg_temp.conds(n)))
                 = 'retention(' || substr(repeat(',boolean', n), 2) || ')'),
          8, 'retention with one to eight conditions resolves to the fixed-arity overloads');
SELECT is(pg_temp.resolves(format('retention(%s)', pg_temp.conds(9))), 'retention(boolean[])',
          'retention with nine conditions takes the VARIADIC boolean[] overload');
CREATE FUNCTION pg_temp.ret_mismatches(OUT compared int, OUT differ text) LANGUAGE plpgsql AS $$
DECLARE
    n int;
    bad bigint;
BEGIN
    compared := 0;
    differ := '';
    FOR n IN 1 .. 8 LOOP
        EXECUTE format(
            'SELECT count(*) FROM (SELECT uid, retention(%s) AS f, retention(VARIADIC ARRAY[%s]) AS a,
                    ARRAY(SELECT CASE WHEN i = 1 THEN o[1] ELSE o[1] * o[i] END FROM generate_subscripts(o, 1) i ORDER BY i) AS p
                    FROM (SELECT uid, ARRAY[%s] AS o FROM (SELECT uid, %s FROM ffk GROUP BY uid) g) q
                    JOIN (SELECT uid, retention(%s) AS f0 FROM ffk GROUP BY uid) r USING (uid)
                    JOIN ffk USING (uid) GROUP BY uid, o) x WHERE f IS DISTINCT FROM a OR f::int[] IS DISTINCT FROM p',
            pg_temp.conds(n), pg_temp.conds(n),
            (SELECT string_agg(format('o%s', i), ', ' ORDER BY i) FROM generate_series(1, n) i),
            (SELECT string_agg(format('coalesce(bool_or(ev = %L), false)::int AS o%s', 'e' || i, i), ', ' ORDER BY i)
             FROM generate_series(1, n) i),
            pg_temp.conds(n)) INTO bad;
        compared := compared + 1;
        IF bad <> 0 THEN
            differ := differ || format(' n=%s: %s actors;', n, bad);
        END IF;
    END LOOP;
END $$;
SELECT is((SELECT row(compared, differ)::text FROM pg_temp.ret_mismatches()), '(8,"")',
    'retention: fixed = VARIADIC boolean[] = plain SQL for every actor, 1-8 conditions');
SELECT ok((SELECT count(*) FILTER (WHERE r[1] = 1 AND r[2] = 1) > 0 AND count(*) FILTER (WHERE r[1] = 1 AND r[2] = 0) > 0
           FROM (SELECT uid, retention(ev = 'e1', ev = 'e2') AS r FROM ffk GROUP BY uid) q),
    'retention: actors both retained and not (not vacuous)');

CREATE TEMP TABLE serial_answers AS
SELECT (SELECT funnel_counts(uid, '1 day', ts, ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e4') FROM ffk)::text AS b4,
       (SELECT funnel_counts(t, '2 days', 'strict_order', ts, ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e4', ev = 'e5', ev = 'e6') FROM ffk)::text AS t6,
       (SELECT funnel_counts(u, '12 hours', ts, ev = 'e2', ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e5', ev = 'e8', ev = 'e9', ev = 'e10') FROM ffk)::text AS u8,
       (SELECT retention(ev = 'e1', ev = 'e2', ev = 'e3', ev IS NULL, ev = 'e5') FROM ffk)::text AS r5;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT funnel_counts(uid, '1 day', ts, ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e4') FROM ffk$$,
                               'Partial Aggregate'),
    'EXPLAIN shows a Partial Aggregate for a fixed-arity call');
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(uid, '1 day', ts, ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e4') FROM ffk$$),
          (SELECT b4 FROM serial_answers), 'bigint, 4 conditions: parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(t, '2 days', 'strict_order', ts, ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e4', ev = 'e5', ev = 'e6') FROM ffk$$),
          (SELECT t6 FROM serial_answers), 'text, strict_order, 6 conditions: parallel equals serial');
SELECT is(pg_temp.pgg_parallel($$SELECT funnel_counts(u, '12 hours', ts, ev = 'e2', ev = 'e1', ev = 'e2', ev = 'e3', ev = 'e5', ev = 'e8', ev = 'e9', ev = 'e10') FROM ffk$$),
          (SELECT u8 FROM serial_answers), 'uuid, 8 conditions (one repeated): parallel equals serial');

SELECT is(pg_temp.pgg_parallel($$SELECT retention(ev = 'e1', ev = 'e2', ev = 'e3', ev IS NULL, ev = 'e5') FROM ffk$$),
          (SELECT r5 FROM serial_answers), 'retention, 5 conditions over all rows: parallel equals serial');
SELECT ok(pg_temp.pgg_plan_has($$SELECT retention(ev = 'e1', ev = 'e2', ev = 'e3', ev IS NULL, ev = 'e5') FROM ffk$$,
                               'Partial Aggregate'),
    'EXPLAIN shows a Partial Aggregate for a fixed-arity retention');

SELECT * FROM finish();
ROLLBACK;
