SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';

-- ---- rfm_bin: least(n, 1 + floor(n * percent_rank)) -------------------------
SELECT pr, rfm_bin(pr) AS five, rfm_bin(pr, 3) AS three, rfm_bin(pr, 1) AS one
FROM unnest(ARRAY[0, 0.1999, 0.2, 0.5, 0.7999, 0.8, 0.99, 1]::float8[]) pr;
SELECT rfm_bin(NULL) IS NULL AS null_in_null_out, rfm_bin(0.5, NULL) IS NULL AS null_bins;
SELECT rfm_bin(-0.01);
SELECT rfm_bin(1.01);
SELECT rfm_bin('NaN');
SELECT rfm_bin(0.5, 0);
SELECT rfm_bin(0.5, 1001);

-- ---- rfm_breaks + rfm_score ------------------------------------------------------
-- 1..10: percent ranks 0, 1/9, ..., 1; the smallest values reaching 2..5 are 3, 5, 7, 9
SELECT rfm_breaks(x) FROM generate_series(1, 10) x;
SELECT x, rfm_score(x, b) AS via_breaks, rfm_bin(percent_rank() OVER (ORDER BY x)) AS via_window
FROM generate_series(1, 10) x, (SELECT rfm_breaks(x) AS b FROM generate_series(1, 10) x) s
ORDER BY x;
-- ties stay together: 1,1,1,2,5 in 3 bins; value 2 has rank 4 of 5 -> 1 + floor(3 * 3/4) = 3
SELECT rfm_breaks(x::bigint, 3) FROM (VALUES (1), (1), (1), (2), (5)) v(x);
-- empty input: no breaks (NULL), and a NULL breaks array scores NULL
SELECT rfm_breaks(x) IS NULL AS empty_is_null FROM generate_series(1, 0) x;
SELECT rfm_score(3, NULL::float8[]) IS NULL AS null_breaks, rfm_score(NULL::bigint, '{1,2}') IS NULL AS null_value;
-- a single customer: percent rank 0, score 1, no value reaches 2..5
SELECT rfm_breaks(42.5::numeric) AS single, rfm_score(42.5::numeric, rfm_breaks(42.5::numeric)) AS score;
-- all-equal values: everybody scores 1
SELECT rfm_breaks(x) AS all_equal, count(*) FROM (SELECT 7::bigint AS x FROM generate_series(1, 50)) s;
-- NULL values are not ranked (the window puts them last; filter them out there)
SELECT rfm_breaks(x) FROM (VALUES (1.0), (NULL), (2.0), (NULL), (3.0)) v(x);
SELECT rfm_breaks(x) IS NULL AS only_nulls FROM (VALUES (NULL::float8), (NULL)) v(x);
-- one bin: no breaks, score 1
SELECT rfm_breaks(x, 1) AS one_bin, rfm_score(5, rfm_breaks(x, 1)) FROM generate_series(1, 5) x GROUP BY ();
-- timestamps: older last purchase = lower score
SELECT rfm_breaks(t) = ARRAY[extract(epoch FROM timestamptz '2026-01-03' - timestamptz '2000-01-01') * 1e6,
                               extract(epoch FROM timestamptz '2026-01-05' - timestamptz '2000-01-01') * 1e6,
                               extract(epoch FROM timestamptz '2026-01-07' - timestamptz '2000-01-01') * 1e6,
                               extract(epoch FROM timestamptz '2026-01-09' - timestamptz '2000-01-01') * 1e6]::float8[]
       AS breaks_are_microseconds
FROM generate_series(timestamptz '2026-01-01', '2026-01-10', interval '1 day') t;
SELECT rfm_score(timestamptz '2026-01-04 12:00', rfm_breaks(t)) AS between_3rd_and_5th,
       rfm_score(timestamptz '2025-01-01', rfm_breaks(t)) AS older_than_all,
       rfm_score(timestamptz '2027-01-01', rfm_breaks(t)) AS newer_than_all
FROM generate_series(timestamptz '2026-01-01', '2026-01-10', interval '1 day') t;
-- errors: bad values
SELECT rfm_breaks(x) FROM (VALUES (1.0::float8), ('NaN')) v(x);
SELECT rfm_breaks(x) FROM (VALUES (1.0::float8), ('Infinity')) v(x);
SELECT rfm_breaks(x) FROM (VALUES (1.0::numeric), ('NaN')) v(x);
SELECT rfm_breaks(x) FROM (VALUES (now()), ('infinity')) v(x);
SELECT rfm_breaks(x) FROM (VALUES (1::bigint), (9007199254740993)) v(x);
SELECT rfm_score('-infinity'::timestamptz, '{1,2}');
-- errors: bad numbers of bins
SELECT rfm_breaks(x, 0) FROM generate_series(1, 3) x;
SELECT rfm_breaks(x, NULL) FROM generate_series(1, 3) x;
SELECT rfm_breaks(x, x::int) FROM generate_series(1, 3) x;
-- errors: crafted breaks and states
SELECT rfm_score(1, '{3,2}');
SELECT rfm_score(1, '{1,NULL}');
SELECT rfm_score(1, '{{1,2},{3,4}}');
SELECT rfm_score(1, '{NaN}');
SELECT rfm_score(1, array_fill(1.0::float8, ARRAY[1000]));
SELECT _pgg_rfm_breaks_final('{}');
SELECT _pgg_rfm_breaks_final('{0,1,2}');
SELECT _pgg_rfm_breaks_final('{2.5,1,2}');
SELECT _pgg_rfm_breaks_final('{5,1,NaN}');
SELECT _pgg_rfm_breaks_final('{5,1,NULL}');
SELECT _pgg_rfm_breaks_final('[0:1]={5,1}');
SELECT _pgg_rfm_breaks_final('{5}') IS NULL AS no_values;
SELECT _pgg_rfm_breaks_final('{3,1,1,1,2,5}') AS crafted_ok;
SELECT _pgg_rfm_breaks_trans(NULL::float8[], 1.0::float8);
SELECT _pgg_rfm_breaks_combine('{5,1}', '{5,2}');

-- ---- rfm_segment: the built-in map ------------------------------------------------
SELECT r, f, rfm_segment(r, f, 3) FROM (VALUES (5, 5), (3, 4), (4, 2), (5, 1), (4, 1), (3, 3), (3, 1), (1, 4), (2, 5), (1, 1)) v(r, f);
SELECT rfm_segment(5, 5, 1) = rfm_segment(5, 5, 5) AS m_unused;
SELECT rfm_segment(NULL, 1, 1) IS NULL AS null_r, rfm_segment(1, NULL, 1) IS NULL AS null_f,
       rfm_segment(1, 1, NULL) IS NULL AS null_m;
SELECT rfm_segment(0, 1, 1);
SELECT rfm_segment(1, 6, 1);
SELECT rfm_segment(1, 1, -3);

-- ---- rfm_segment with custom rules ------------------------------------------------
-- three positions use M; first match wins; no match gives NULL
SELECT r, f, m, rfm_segment(r, f, m, ARRAY[['555', 'best'], ['5..', 'recent'], ['.[45]', 'frequent'], ['1.[1-2]', 'lost']]) AS seg
FROM (VALUES (5, 5, 5), (5, 5, 4), (3, 4, 1), (1, 2, 2), (2, 2, 2)) v(r, f, m);
-- the built-in map written as rules gives the same answer on all 125 cells
SELECT count(*) AS cells, count(*) FILTER (WHERE rfm_segment(r, f, m) = rfm_segment(r, f, m, ARRAY[
    ['5[45]', 'champions'], ['[34][45]', 'loyal_customers'], ['[45][23]', 'potential_loyalists'],
    ['51', 'new_customers'], ['41', 'promising'], ['33', 'need_attention'], ['3[12]', 'about_to_sleep'],
    ['[12][34]', 'at_risk'], ['[12]5', 'cannot_lose_them'], ['[12][12]', 'hibernating']])) AS same
FROM generate_series(1, 5) r, generate_series(1, 5) f, generate_series(1, 5) m;
-- three bins with a catch-all rule
SELECT rfm_segment(3, 1, 2, ARRAY[['3[23]', 'active'], ['..', 'others']]) AS three_bins;
-- errors
SELECT rfm_segment(1, 1, 1, ARRAY['11', 'x']);
SELECT rfm_segment(1, 1, 1, ARRAY[['11', 'x', 'y']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['1', 'x']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['1111', 'x']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['[0-2]1', 'x']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['[31]1', 'x'], ['[3-1]1', 'y']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['[]1', 'x']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['[12', 'x']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['ab', 'x']]);
SELECT rfm_segment(1, 1, 1, ARRAY[['11', NULL]]);
SELECT rfm_segment(10, 1, 1, ARRAY[['..', 'x']]);
SELECT rfm_segment(1, 1, 1, NULL::text[]) IS NULL AS null_rules;

-- ---- rfm(): one call from the events table -------------------------------------------
CREATE TABLE rfm_ev (user_id bigint, event_name text, event_time timestamptz, revenue numeric);
-- empty input: no rows
SELECT count(*) AS customers FROM rfm('rfm_ev');
INSERT INTO rfm_ev VALUES
    (1, 'purchase', '2026-01-02 10:00', 20), (1, 'purchase', '2026-03-20 10:00', 35),
    (1, 'purchase', '2026-03-28 10:00', 50), (1, 'page_view', '2026-03-30 10:00', NULL),
    (2, 'purchase', '2026-01-15 10:00', 200),
    (3, 'purchase', '2026-02-01 10:00', 15), (3, 'purchase', '2026-02-10 10:00', 15),
    (4, 'purchase', '2026-03-29 10:00', 60),
    (5, 'purchase', '2026-03-05 10:00', 10), (5, 'purchase', '2026-03-06 10:00', NULL),
    (6, 'page_view', '2026-03-31 10:00', NULL);
SELECT * FROM rfm('rfm_ev', '2026-04-01') ORDER BY customer_id;
-- as_of cuts purchases after it; recency is measured to as_of
SELECT customer_id, last_purchase, recency_days, frequency, monetary, r_score, f_score, m_score
FROM rfm('rfm_ev', '2026-02-05') ORDER BY customer_id;
-- no as_of: recency measured to the latest purchase in the table
SELECT customer_id, recency_days FROM rfm('rfm_ev') ORDER BY customer_id;
-- as_of before every purchase: no customers
SELECT count(*) AS customers FROM rfm('rfm_ev', '2025-01-01');
-- a temporary table works too
CREATE TEMP TABLE rfm_tmp AS SELECT * FROM rfm_ev WHERE user_id <= 2;
SELECT customer_id, frequency, r_score, f_score, m_score, segment FROM rfm('rfm_tmp', '2026-04-01') ORDER BY 1;
DROP TABLE rfm_tmp;
-- a single customer
SELECT * FROM rfm('rfm_ev', '2026-01-10');
-- other column names, a table of purchases only, three bins (no built-in segment)
CREATE TABLE rfm_orders (cust int, ordered_at timestamptz, amount numeric);
INSERT INTO rfm_orders SELECT user_id, event_time, revenue FROM rfm_ev WHERE event_name = 'purchase';
SELECT customer_id, frequency, r_score, f_score, m_score, segment
FROM rfm('rfm_orders', '2026-04-01', 3, customer_column => 'cust', time_column => 'ordered_at',
         amount_column => 'amount', event_column => NULL)
ORDER BY customer_id;
-- errors
SELECT * FROM rfm('rfm_ev', n_bins => 0);
SELECT * FROM rfm('rfm_ev', customer_column => NULL);
SELECT * FROM rfm('rfm_ev', purchase_event => NULL);
\set VERBOSITY terse
SELECT * FROM rfm('rfm_ev', time_column => 'no_such_column');
\set VERBOSITY default
SELECT * FROM rfm('no_such_table');
DROP TABLE rfm_ev, rfm_orders;
-- the events argument is looked up before the query is built (issue #17):
-- a dangling OID is 42P01 (it was pasted into the query as "-", a syntax
-- error), an index or a sequence 42809, a table the caller may not read 42501
SELECT * FROM rfm(0::oid::regclass);
CREATE FUNCTION pg_temp.rfm_err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || regexp_replace(SQLERRM, '[0-9]+', 'N');
END $$;
CREATE TABLE rfm_gone (user_id int, event_time timestamptz, revenue numeric, event_name text);
SELECT 'rfm_gone'::regclass::oid AS gone_oid \gset
DROP TABLE rfm_gone;
SELECT pg_temp.rfm_err(format('SELECT * FROM rfm(%s::oid::regclass)', :gone_oid));
SELECT pg_temp.rfm_err($$SELECT * FROM rfm((-1)::oid::regclass)$$);
CREATE TABLE rfm_kinds (user_id int, event_time timestamptz, revenue numeric, event_name text);
CREATE INDEX rfm_kinds_idx ON rfm_kinds (user_id);
CREATE SEQUENCE rfm_kinds_seq;
SELECT * FROM rfm('rfm_kinds_idx');
SELECT pg_temp.rfm_err($$SELECT * FROM rfm('rfm_kinds_seq')$$);
SELECT pg_temp.rfm_err($$SELECT * FROM rfm('pg_type')$$);
-- views, materialized views and names that need quoting work
CREATE SCHEMA "rfm Schema";
CREATE TABLE "rfm Schema"."Purchases; --" (user_id int, event_time timestamptz, revenue numeric, event_name text);
INSERT INTO "rfm Schema"."Purchases; --" VALUES (1, '2026-01-01', 10, 'purchase'), (2, '2026-01-02', 20, 'purchase'),
                                               (2, '2026-01-03', 5, 'purchase'), (3, '2026-01-03', 1, 'view');
CREATE VIEW "rfm Schema".v AS SELECT * FROM "rfm Schema"."Purchases; --";
CREATE MATERIALIZED VIEW "rfm Schema".mv AS SELECT * FROM "rfm Schema"."Purchases; --";
SELECT customer_id, frequency, monetary, r_score, f_score, m_score FROM rfm('"rfm Schema"."Purchases; --"') ORDER BY 1;
SELECT count(*) AS customers FROM rfm('"rfm Schema".v');
SELECT count(*) AS customers FROM rfm('"rfm Schema".mv');
-- a table the caller may not read
DROP ROLE IF EXISTS pgg_rfm_reader;
CREATE ROLE pgg_rfm_reader NOSUPERUSER;
GRANT USAGE ON SCHEMA "rfm Schema" TO pgg_rfm_reader;
SET ROLE pgg_rfm_reader;
SELECT pg_temp.rfm_err($$SELECT * FROM rfm('"rfm Schema"."Purchases; --"')$$);
RESET ROLE;
DROP SCHEMA "rfm Schema" CASCADE;
DROP TABLE rfm_kinds;
DROP SEQUENCE rfm_kinds_seq;
DROP ROLE pgg_rfm_reader;
-- an empty column name is 22023 (it was quoted as "", a syntax error)
CREATE TABLE rfm_empty (user_id int, event_time timestamptz, revenue numeric, event_name text);
SELECT pg_temp.rfm_err($$SELECT * FROM rfm('rfm_empty', amount_column => '')$$);
SELECT pg_temp.rfm_err($$SELECT * FROM rfm('rfm_empty', event_column => '')$$);
SELECT count(*) AS customers FROM rfm('rfm_empty', event_column => NULL);
DROP TABLE rfm_empty;
