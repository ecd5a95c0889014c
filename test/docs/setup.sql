-- test/docs/setup.sql: the tables the examples of README.md and doc/*.md use,
-- from generated, deterministic data.  test/docs/run.py runs it in a fresh
-- database after CREATE EXTENSION pg_growth, then every ```sql block of a page
-- in file order (see test/docs/run.py).  Pages whose examples show results
-- create their own small tables in an earlier block instead.
--
-- The examples assume the session time zone UTC (run.py sets TimeZone=UTC).
SET TimeZone = 'UTC';

-- events(user_id, event_name, event_time, variant, revenue): the generator of
-- the demo and the bench, 2,000 users (about 80,000 rows), first visits
-- 2026-01-05 .. 2026-03-30
\set users 2000
\set seed 0.42
\ir ../data/events.sql

-- doc/recipes.md: signups (with the acquisition channel), invites and shares,
-- generated from events (test/data/growth.sql; events itself is unchanged)
\ir ../data/growth.sql

SET client_min_messages = warning;

-- doc/rfm.md, "another table layout": purchases only, other column names
CREATE TABLE orders AS
SELECT user_id AS customer_id, event_time AS ordered_at, revenue AS total
FROM events WHERE event_name = 'purchase';

-- doc/rfm.md, "Customer ids of any type": web-shop orders keyed by a text
-- reference (zero-padded: '000042' is not 42) and by a uuid; one order in
-- ten is a guest checkout without either
CREATE TABLE shop_orders AS
SELECT CASE WHEN n % 10 <> 0 THEN lpad(user_id::text, 6, '0') END AS customer_ref,
       CASE WHEN n % 10 <> 0 THEN md5('customer ' || user_id)::uuid END AS customer_uuid,
       event_time AS ordered_at, revenue AS total
FROM (SELECT user_id, event_time, revenue, row_number() OVER (ORDER BY event_time, user_id) AS n
      FROM events WHERE event_name = 'purchase') p;

-- doc/rfm.md, "writing the window yourself": one row per customer
CREATE TABLE customer_summary AS
SELECT user_id, max(event_time) AS last_purchase, count(*) AS frequency, sum(revenue) AS monetary
FROM events WHERE event_name = 'purchase' AND event_time <= '2026-04-01'
GROUP BY user_id;

-- doc/lift_advanced.md, "peeking daily": one row per user with the day of its
-- first event (enrolment), its variant, converted (0/1) and revenue
CREATE TABLE per_user AS
SELECT user_id, min(variant) AS variant, min(event_time)::date AS enrolled_day,
       max((event_name = 'purchase')::int)::float8 AS converted,
       coalesce(sum(revenue) FILTER (WHERE event_name = 'purchase'), 0)::float8 AS revenue
FROM events GROUP BY user_id;

-- doc/lift.md, "Actors without a value": one row per assigned user (1000 per
-- arm), revenue NULL for the users who bought nothing (100 buyers in A, 67 in B)
CREATE TABLE experiment_users AS
SELECT g AS user_id, CASE WHEN g % 2 = 0 THEN 'A' ELSE 'B' END AS variant,
       CASE WHEN g % 2 = 0 AND g % 20 = 0 THEN 20 + (g % 7) * 5
            WHEN g % 2 = 1 AND g % 15 = 1 THEN 30 + (g % 11) * 4 END::float8 AS revenue
FROM generate_series(1, 2000) g;

ANALYZE orders;
ANALYZE shop_orders;
ANALYZE customer_summary;
ANALYZE per_user;
ANALYZE experiment_users;
RESET client_min_messages;

-- doc/engagement.md, "Sessions": the clicks of two users (hand-checkable), one
-- NULL timestamp, rows exactly 30 minutes apart
CREATE TABLE clicks (user_id bigint, ts timestamptz);
INSERT INTO clicks VALUES
    (1, '2024-01-01 10:00+00'), (1, '2024-01-01 10:15+00'), (1, '2024-01-01 10:25+00'),
    (1, '2024-01-01 11:30+00'), (1, '2024-01-01 11:45+00'), (1, '2024-01-01 13:00+00'),
    (2, '2024-01-01 09:00+00'), (2, '2024-01-01 09:30+00'), (2, '2024-01-01 10:00+00'),
    (2, NULL);

-- doc/engagement.md, "Streaks": the logins of three users (hand-checkable);
-- user 3 logs in in New York on three local days around the DST change of
-- 2024-03-10 (a 23-hour day), two of them late in the evening (the next day in UTC)
CREATE TABLE logins (user_id bigint, ts timestamptz);
INSERT INTO logins
SELECT 1, d + interval '9 hours'
FROM unnest(ARRAY[date '2024-03-01', '2024-03-02', '2024-03-03', '2024-03-05', '2024-03-06',
                  '2024-03-07', '2024-03-08']) d
UNION ALL
SELECT 2, d + interval '20 hours' FROM unnest(ARRAY[date '2024-03-01', '2024-03-03', '2024-03-04']) d
UNION ALL
SELECT 3, ts FROM unnest(ARRAY[timestamptz '2024-03-09 23:30-05', '2024-03-10 18:00-04',
                                '2024-03-11 23:30-04']) ts;

-- doc/engagement.md, "Over all actors": the page views of events as visits
CREATE TABLE visits AS
SELECT user_id, event_time AS ts FROM events WHERE event_name = 'page_view';
ANALYZE clicks;
ANALYZE logins;
ANALYZE visits;

-- doc/engagement.md, "Active users and stickiness" and "Lifecycle, churn and
-- win-back": a hand-checkable app log of four users in January 2024 (UTC)
CREATE TABLE app_events (user_id bigint, event_time timestamptz, event_name text);
INSERT INTO app_events VALUES
    (1, '2024-01-01 09:00+00', 'login'), (1, '2024-01-02 09:00+00', 'login'),
    (1, '2024-01-02 09:30+00', 'purchase'), (1, '2024-01-09 10:00+00', 'login'),
    (2, '2024-01-03 20:00+00', 'login'), (2, '2024-01-22 08:00+00', 'login'),
    (2, '2024-01-22 08:10+00', 'purchase'),
    (3, '2024-01-08 23:30+00', 'login'), (3, '2024-01-15 12:00+00', 'login'),
    (4, '2024-01-16 12:00+00', 'login'), (4, '2024-01-17 12:00+00', 'purchase');
ANALYZE app_events;

-- doc/engagement.md, "Paths": the page views of four users (hand-checkable); user 3 has
-- two pages at one instant (the tie is broken by the page name), user 4 never sees home
CREATE TABLE site_clicks (uid bigint, ts timestamptz, page text);
INSERT INTO site_clicks VALUES
    (1, '2024-05-01 10:00+00', 'home'), (1, '2024-05-01 10:01+00', 'search'),
    (1, '2024-05-01 10:02+00', 'search'), (1, '2024-05-01 10:03+00', 'product'),
    (1, '2024-05-01 10:05+00', 'cart'),
    (2, '2024-05-01 09:00+00', 'blog'), (2, '2024-05-01 10:00+00', 'home'),
    (2, '2024-05-01 10:02+00', 'product'), (2, '2024-05-01 10:03+00', 'home'),
    (2, '2024-05-01 10:04+00', 'product'),
    (3, '2024-05-01 10:00+00', 'search'), (3, '2024-05-01 10:00+00', 'home'),
    (3, '2024-05-01 10:07+00', 'cart'),
    (4, '2024-05-01 10:00+00', 'blog'), (4, '2024-05-01 10:01+00', NULL);
ANALYZE site_clicks;
