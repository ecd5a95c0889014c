-- pgTAP: the funnel aggregates with actors keyed by bigint, integer,
-- zero-padded text, plain text, varchar and uuid give the same answers after
-- mapping the ids; ids are never cast or merged ('0123' and '123' are two
-- actors); under a forced parallel plan the text and uuid forms equal serial.
\ir helpers/setup.psql
SELECT plan(14);

SELECT setseed(0.31);
CREATE TABLE fa AS
SELECT (random() * 800)::bigint AS uid,
       timestamptz '2026-03-01 00:00+00' + (random() * 86400 * 20) * interval '1 second' AS ts,
       (ARRAY['view', 'cart', 'checkout', 'buy', 'noise'])[1 + floor(random() * 5)::int] AS ev
FROM generate_series(1, 30000);
-- every id form of one actor, side by side
CREATE TABLE fa_ids AS
SELECT DISTINCT uid, uid::int AS i4, lpad(uid::text, 8, '0') AS padded, 'user-' || uid AS plain,
       ('u' || uid)::varchar(12) AS vc, md5(uid::text)::uuid AS u
FROM fa;
CREATE TABLE fak AS SELECT f.*, i.i4, i.padded, i.plain, i.vc, i.u FROM fa f JOIN fa_ids i USING (uid);
ANALYZE fak;

\ir helpers/serial.psql
CREATE TEMP TABLE want AS
SELECT funnel_counts(uid, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS c,
       funnel_counts(uid, '6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') AS c_so,
       funnel_counts(uid, '6 hours', ts, ev, ARRAY['view', 'cart', 'checkout', 'buy']) AS c_named
FROM fak;
SELECT ok((SELECT c[3] > 0 AND c[1] > c[3] FROM want), 'the data reach several levels (the comparison is not vacuous)');

SELECT is((SELECT funnel_counts(i4, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c FROM want), 'funnel_counts: integer actors = bigint actors');
SELECT is((SELECT funnel_counts(padded, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c FROM want), 'funnel_counts: zero-padded text actors = bigint actors');
SELECT is((SELECT funnel_counts(plain, '6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c_so FROM want), 'funnel_counts strict_order: plain text actors = bigint actors');
SELECT is((SELECT funnel_counts(vc, '6 hours', ts, ev, ARRAY['view', 'cart', 'checkout', 'buy']) FROM fak),
          (SELECT c_named FROM want), 'funnel_counts event-name form: varchar actors = bigint actors');
SELECT is((SELECT funnel_counts(u, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c FROM want), 'funnel_counts: uuid actors = bigint actors');

-- per actor: GROUP BY the id column of any type, then map back
SELECT set_eq($$SELECT i.uid, w.l FROM (SELECT u, window_funnel('6 hours', ts, ev = 'view', ev = 'cart', ev = 'buy') AS l
                                         FROM fak GROUP BY u) w JOIN fa_ids i USING (u)$$,
              $$SELECT uid, window_funnel('6 hours', ts, ev = 'view', ev = 'cart', ev = 'buy') FROM fak GROUP BY uid$$,
              'window_funnel grouped by uuid = grouped by bigint, ids mapped');

-- never cast, never merged: '0123' and '123' are two actors; 'A' and 'a' too
SELECT is((SELECT funnel_counts(id, '1 hour', ts, ev = 'view', ev = 'buy')
           FROM (VALUES ('0123', timestamptz '2026-03-01 10:00+00', 'view'),
                        ('123',  timestamptz '2026-03-01 10:05+00', 'buy')) v(id, ts, ev)),
          ARRAY[1, 0]::bigint[], '''0123'' (view) and ''123'' (buy) are two actors: one view, no conversion');
SELECT is((SELECT funnel_counts(id, '1 hour', ts, ev = 'view', ev = 'buy')
           FROM (VALUES ('A', timestamptz '2026-03-01 10:00+00', 'view'),
                        ('a', timestamptz '2026-03-01 10:05+00', 'buy')) v(id, ts, ev)),
          ARRAY[1, 0]::bigint[], '''A'' and ''a'' are two actors');
SELECT is((SELECT funnel_counts(id, '1 hour', ts, ev = 'view', ev = 'buy')
           FROM (VALUES (123::bigint, timestamptz '2026-03-01 10:00+00', 'view'),
                        (123::bigint, timestamptz '2026-03-01 10:05+00', 'buy')) v(id, ts, ev)),
          ARRAY[1, 1]::bigint[], 'the same actor converts (the oracle of the two tests above)');

-- forced parallel plan: the text and uuid states serialize, combine and equal serial
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has($$SELECT funnel_counts(u, '6 hours', ts, ev = 'view', ev = 'cart') FROM fak$$,
                               'Partial Aggregate'), 'uuid funnel_counts: EXPLAIN shows a Partial Aggregate');
SELECT is((SELECT funnel_counts(padded, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c FROM want), 'parallel: zero-padded text actors = serial bigint');
SELECT is((SELECT funnel_counts(u, '6 hours', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c FROM want), 'parallel: uuid actors = serial bigint');
SELECT is((SELECT funnel_counts(plain, '6 hours', 'strict_order', ts, ev = 'view', ev = 'cart', ev = 'checkout', ev = 'buy') FROM fak),
          (SELECT c_so FROM want), 'parallel: plain text strict_order = serial bigint');

SELECT * FROM finish();
ROLLBACK;
