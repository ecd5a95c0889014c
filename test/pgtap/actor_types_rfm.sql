-- pgTAP: rfm() groups customers by the customer column's own values, whatever
-- its type.  The same purchases keyed by bigint, zero-padded text, plain text,
-- uuid, integer, varchar and a domain over text give the same per-customer
-- rows once the ids are mapped; ids are never cast ('0123' and '123' are two
-- customers, 'abc' works); customer_id is the column's own text; purchase rows
-- with a NULL customer id are left out of every customer and every score.
\ir helpers/setup.psql
SELECT plan(15);
SET LOCAL TimeZone = 'UTC';
SELECT setseed(0.31);

-- 400 customers (one in seven with an id beyond 2^53, where float8 stops
-- holding every integer), 6000 events, a third of them purchases
CREATE TABLE at_ids AS
SELECT k, CASE WHEN k % 7 = 0 THEN 9007199254740993 + k ELSE k END::bigint AS id_big
FROM generate_series(1, 400) k;
CREATE TABLE at_keys AS
SELECT k, id_big,
       lpad(k::text, 6, '0') AS id_pad,
       'cust-' || substr(md5(k::text), 1, 10) AS id_txt,
       md5('u' || k)::uuid AS id_uuid,
       k::int AS id_int
FROM at_ids;
CREATE TABLE at_ev AS
SELECT k, CASE WHEN random() < 0.35 THEN 'purchase' ELSE 'page_view' END AS event_name,
       timestamptz '2026-01-01' + floor(random() * 120) * interval '1 day' + floor(random() * 86400) * interval '1 second' AS event_time,
       CASE WHEN random() < 0.05 THEN NULL ELSE round((1 + random() * 200)::numeric, 2) END AS revenue
FROM (SELECT 1 + floor(random() * 400)::int AS k FROM generate_series(1, 6000)) s;
CREATE DOMAIN pg_temp.customer_code AS text CHECK (VALUE <> '');
CREATE TABLE at_big AS SELECT id_big AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);
CREATE TABLE at_pad AS SELECT id_pad AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);
CREATE TABLE at_txt AS SELECT id_txt AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);
CREATE TABLE at_uuid AS SELECT id_uuid AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);
CREATE TABLE at_int AS SELECT id_int AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);
CREATE TABLE at_vc AS SELECT id_txt::varchar(40) AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);
CREATE TABLE at_dom AS SELECT id_pad::pg_temp.customer_code AS user_id, event_name, event_time, revenue FROM at_ev JOIN at_keys USING (k);

-- the reference: rfm() over bigint ids, mapped to k; every variant mapped the same way
CREATE TEMP TABLE at_ref AS
SELECT m.k, r.last_purchase, r.recency_days, r.frequency, r.monetary, r.r_score, r.f_score, r.m_score, r.segment
FROM rfm('at_big', '2026-04-15') r JOIN at_keys m ON m.id_big::text = r.customer_id;
SELECT ok((SELECT count(*) FROM at_ref) > 300, 'the bigint reference has a row per buying customer');
SELECT is((SELECT count(*) FROM at_ref), (SELECT count(DISTINCT k) FROM at_ev WHERE event_name = 'purchase' AND event_time <= '2026-04-15'),
          'the bigint reference counts every buying customer once (ids beyond 2^53 included)');

CREATE FUNCTION pg_temp.at_mapped(tbl text, key text) RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT m.k, r.last_purchase, r.recency_days, r.frequency, r.monetary, r.r_score, r.f_score, r.m_score, r.segment
                     FROM rfm(%L, '2026-04-15') r JOIN at_keys m ON m.%I::text = r.customer_id ORDER BY m.k$q$, tbl, key)
$$;
SELECT results_eq(pg_temp.at_mapped('at_pad', 'id_pad'), 'SELECT * FROM at_ref ORDER BY k',
                  'zero-padded text ids: the same rows as bigint ids');
SELECT results_eq(pg_temp.at_mapped('at_txt', 'id_txt'), 'SELECT * FROM at_ref ORDER BY k',
                  'plain text ids: the same rows as bigint ids');
SELECT results_eq(pg_temp.at_mapped('at_uuid', 'id_uuid'), 'SELECT * FROM at_ref ORDER BY k',
                  'uuid ids: the same rows as bigint ids');
SELECT results_eq(pg_temp.at_mapped('at_int', 'id_int'), 'SELECT * FROM at_ref ORDER BY k',
                  'integer ids: the same rows as bigint ids');
SELECT results_eq(pg_temp.at_mapped('at_vc', 'id_txt'), 'SELECT * FROM at_ref ORDER BY k',
                  'varchar ids: the same rows as bigint ids');
SELECT results_eq(pg_temp.at_mapped('at_dom', 'id_pad'), 'SELECT * FROM at_ref ORDER BY k',
                  'ids of a domain over text: the same rows as bigint ids');
-- customer_id is the column's own text output
SELECT is((SELECT count(*) FROM rfm('at_uuid') r WHERE NOT EXISTS (SELECT FROM at_keys m WHERE m.id_uuid::text = r.customer_id)),
          0::bigint, 'uuid ids come back in uuid''s text form');
SELECT is((SELECT count(*) FROM rfm('at_pad') r WHERE r.customer_id !~ '^[0-9]{6}$'), 0::bigint,
          'zero-padded ids keep their zeros');

-- never cast: ids equal as numbers but not as text are different customers
CREATE TABLE at_tricky (user_id text, event_name text, event_time timestamptz, revenue numeric);
INSERT INTO at_tricky VALUES
    ('0123', 'purchase', '2026-01-01 10:00', 10), ('123', 'purchase', '2026-01-02 10:00', 20),
    ('abc', 'purchase', '2026-01-03 10:00', 30), ('ABC', 'purchase', '2026-01-04 10:00', 40),
    ('abc ', 'purchase', '2026-01-05 10:00', 50), ('abc', 'purchase', '2026-01-06 10:00', 60);
SELECT results_eq($$SELECT customer_id, frequency, monetary FROM rfm('at_tricky') ORDER BY customer_id COLLATE "C"$$,
                  $$VALUES ('0123', 1::bigint, 10::numeric), ('123', 1, 20), ('ABC', 1, 40), ('abc', 2, 90), ('abc ', 1, 50)$$,
                  '''0123'' and ''123'' are two customers, ''abc'' works, case and trailing spaces count');

-- NULL customer ids: left out of every customer and of the scores (a NOTICE counts them)
CREATE TABLE at_nulls AS SELECT * FROM at_txt;
INSERT INTO at_nulls SELECT NULL, 'purchase', timestamptz '2026-01-01' + i * interval '1 day', 1000 FROM generate_series(1, 50) i;
SET LOCAL client_min_messages = warning;
SELECT results_eq($$SELECT * FROM rfm('at_nulls', '2026-04-15') ORDER BY customer_id$$,
                  $$SELECT * FROM rfm('at_txt', '2026-04-15') ORDER BY customer_id$$,
                  'purchase rows with a NULL customer id change no customer''s row and no score');
SELECT is((SELECT count(*) FROM rfm('at_nulls') WHERE customer_id IS NULL), 0::bigint,
          'no row for a NULL customer id');

-- as_of NULL: recency to the latest purchase of a (non-NULL) customer, not of the NULL rows
INSERT INTO at_nulls VALUES (NULL, 'purchase', '2027-06-01', 5);
SELECT is((SELECT min(recency_days) FROM rfm('at_nulls')), 0::float8,
          'without as_of, recency is measured to the latest purchase of a customer (NULL-id rows ignored)');

-- the uuid and integer variants agree with each other on segment sizes too
SELECT results_eq($$SELECT segment, count(*) FROM rfm('at_uuid', '2026-04-15') GROUP BY 1 ORDER BY 1$$,
                  $$SELECT segment, count(*) FROM rfm('at_int', '2026-04-15') GROUP BY 1 ORDER BY 1$$,
                  'segment sizes agree between uuid and integer ids');

SELECT * FROM finish();
ROLLBACK;
