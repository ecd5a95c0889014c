-- rfm() over customer columns of any type with equality: ids are grouped as
-- they are, never cast, and returned as the column's own text; the columns
-- are checked before the query runs, with errors naming rfm().
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';

CREATE TABLE rat_ev (user_id text, event_name text, event_time timestamptz, revenue numeric);
INSERT INTO rat_ev VALUES
    ('0123', 'purchase', '2026-03-01 10:00', 20), ('0123', 'purchase', '2026-03-20 10:00', 30),
    ('123',  'purchase', '2026-02-01 10:00', 200),
    ('abc',  'purchase', '2026-03-28 10:00', 50), ('abc', 'page_view', '2026-03-30 10:00', NULL),
    ('Abc',  'purchase', '2026-01-15 10:00', 5),
    (NULL,   'purchase', '2026-03-31 10:00', 999), (NULL, 'purchase', '2026-03-31 11:00', 999),
    (NULL,   'page_view', '2026-03-31 12:00', NULL);
-- four customers; the two purchase rows without a customer id are counted in a NOTICE
SELECT * FROM rfm('rat_ev', '2026-04-01') ORDER BY customer_id COLLATE "C";
-- the result types: plain columns, customer_id text
SELECT pg_typeof(customer_id) AS customer_id, pg_typeof(frequency) AS frequency, pg_typeof(monetary) AS monetary
FROM rfm('rat_ev') LIMIT 1;

-- uuid, integer, varchar and a domain: the column's own text comes back
CREATE DOMAIN rat_code AS varchar(8);
CREATE TABLE rat_types (u uuid, i integer, v varchar(10), d rat_code, ts timestamp, day date, amt real, ev text);
INSERT INTO rat_types VALUES
    ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 7, 'x', 'k-1', '2026-03-01 10:00', '2026-03-01', 1.5, 'buy'),
    ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 7, 'x', 'k-1', '2026-03-02 10:00', '2026-03-02', 2.5, 'buy'),
    ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 42, 'y', 'k-2', '2026-03-03 10:00', '2026-03-03', 4, 'buy');
SELECT customer_id, frequency, monetary
FROM rfm('rat_types', customer_column => 'u', time_column => 'ts', amount_column => 'amt',
         event_column => 'ev', purchase_event => 'buy') ORDER BY 1;
SELECT customer_id, frequency, monetary
FROM rfm('rat_types', customer_column => 'i', time_column => 'day', amount_column => 'amt', event_column => NULL) ORDER BY 1;
SELECT customer_id, frequency
FROM rfm('rat_types', customer_column => 'd', time_column => 'ts', amount_column => 'amt', event_column => NULL) ORDER BY 1;
-- an enum event column
CREATE TYPE rat_kind AS ENUM ('view', 'purchase');
CREATE TABLE rat_enum (user_id bigint, event_name rat_kind, event_time timestamptz, revenue numeric);
INSERT INTO rat_enum VALUES (1, 'purchase', '2026-03-01', 10), (1, 'view', '2026-03-02', NULL), (2, 'purchase', '2026-03-03', 5);
SELECT customer_id, frequency, monetary FROM rfm('rat_enum') ORDER BY 1;

-- errors: every one names rfm() and the argument, before any query runs
\set VERBOSITY default
SELECT * FROM rfm('rat_ev', customer_column => 'customer');
SELECT * FROM rfm('rat_ev', time_column => 'ts');
SELECT * FROM rfm('rat_ev', amount_column => 'amount');
SELECT * FROM rfm('rat_ev', event_column => 'kind');
SELECT * FROM rfm('rat_ev', time_column => 'user_id');
SELECT * FROM rfm('rat_ev', amount_column => 'event_name');
-- an integer event code: purchase_event must be an integer (as 0.2 accepted it)
SELECT * FROM rfm('rat_types', customer_column => 'u', time_column => 'ts', amount_column => 'amt', event_column => 'i');
SELECT customer_id, frequency, monetary
FROM rfm('rat_types', customer_column => 'u', time_column => 'ts', amount_column => 'amt',
         event_column => 'i', purchase_event => '7') ORDER BY 1;
-- a real column is no event code
SELECT * FROM rfm('rat_types', customer_column => 'u', time_column => 'ts', amount_column => 'amt', event_column => 'amt');
SELECT * FROM rfm('rat_enum', purchase_event => 'order');
CREATE TABLE rat_json (user_id json, event_time timestamptz, revenue numeric);
SELECT * FROM rfm('rat_json', event_column => NULL);
-- a dropped column is not found either
ALTER TABLE rat_ev ADD COLUMN gone bigint;
ALTER TABLE rat_ev DROP COLUMN gone;
SELECT * FROM rfm('rat_ev', customer_column => 'gone');
-- never a row with a NULL customer_id
SELECT count(*) AS null_rows FROM rfm('rat_ev', '2026-04-01') WHERE customer_id IS NULL;
-- only NULL ids: no customers, and the NOTICE says why
DELETE FROM rat_ev WHERE user_id IS NOT NULL;
SELECT count(*) AS customers FROM rfm('rat_ev');

DROP TABLE rat_ev, rat_types, rat_enum, rat_json;
DROP TYPE rat_kind;
DROP DOMAIN rat_code;
