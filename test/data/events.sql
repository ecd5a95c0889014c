-- test/data/events.sql: deterministic generator of a Segment/Snowplow-like
-- events table, used by the demo, the bench and some tests.
--
--   psql -v users=500000 -v seed=0.42 -f test/data/events.sql
--
-- writes events(user_id bigint, event_name text, event_time timestamptz,
-- variant text, revenue numeric) with, per user:
--   * an A/B variant (50/50) and a first visit between 2026-01-05 and
--     2026-03-30 (UTC), so weekly cohorts span 12 weeks;
--   * 1 to 40 sessions, the gaps between them exponential (mean 6 days), so
--     users come back over weeks and fade out;
--   * per session 1 to 8 page_view events and 0 to 7 noise events (scroll,
--     search, login, view_item, logout), and a funnel with drop-off:
--     add_to_cart (30% of sessions), checkout (55% of carts; one in five
--     checkouts comes hours to two days later), purchase (60% of checkouts in
--     A, 63% in B: a 5% relative lift) with a log-normal revenue.
-- About 40 rows per user: 500,000 users make about 20 million rows.
-- Same seed, same rows (the generator runs in one process, in a fixed order).
\if :{?users}
\else
\set users 2000
\endif
\if :{?seed}
\else
\set seed 0.42
\endif
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
-- drop only the table this script creates (in current_schema()), never an events table
-- further down the search_path
SELECT format('DROP TABLE IF EXISTS %I.events', current_schema()) \gexec
CREATE TABLE events (
    user_id    bigint NOT NULL,
    event_name text NOT NULL,
    event_time timestamptz,
    variant    text,
    revenue    numeric(12, 2)
);
SELECT setseed(:seed) AS seeded \gset
CREATE TEMP TABLE gen_users AS
SELECT u::bigint AS user_id,
       CASE WHEN random() < 0.5 THEN 'A' ELSE 'B' END AS variant,
       timestamptz '2026-01-05 00:00:00+00' + (random() * 84) * interval '1 day' AS first_seen,
       least(40, 1 + floor(-ln(1 - random()) * 4.0))::int AS sessions
FROM generate_series(1, :users) u
ORDER BY u;
CREATE TEMP TABLE gen_sessions AS
SELECT user_id, variant, s,
       first_seen + sum(gap) OVER (PARTITION BY user_id ORDER BY s) AS t0,
       pv, nz, cart, checkout, late AS co_off, purchase, rev
FROM (
    SELECT g.user_id, g.variant, g.first_seen, s,
           CASE WHEN s = 1 THEN interval '0'
                ELSE (-ln(1 - random()) * 6 + 0.05) * interval '1 day' END AS gap,
           1 + floor(random() * 8)::int AS pv,
           floor(random() * 8)::int AS nz,
           r1 < 0.30 AS cart,
           r1 < 0.30 AND r2 < 0.55 AS checkout,
           CASE WHEN random() < 0.2 THEN interval '2 hours' + random() * interval '46 hours'
                ELSE interval '2 minutes' + random() * interval '8 minutes' END AS late,
           r1 < 0.30 AND r2 < 0.55 AND r3 < CASE WHEN g.variant = 'B' THEN 0.63 ELSE 0.60 END AS purchase,
           round(exp(3.2 + 0.7 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, 2) AS rev
    FROM gen_users g
    CROSS JOIN LATERAL generate_series(1, g.sessions) s
    CROSS JOIN LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, s AS s_) r
    ORDER BY g.user_id, s
) x;
INSERT INTO events (user_id, event_name, event_time, variant, revenue)
SELECT s.user_id, e.name, e.t, s.variant, e.rev
FROM gen_sessions s
CROSS JOIN LATERAL (
    SELECT 'page_view'::text AS name, s.t0 + k * interval '45 seconds' AS t, NULL::numeric AS rev
    FROM generate_series(0, s.pv - 1) k
    UNION ALL
    SELECT (ARRAY['scroll', 'search', 'login', 'view_item', 'logout'])[1 + floor(random() * 5)::int],
           s.t0 + random() * interval '30 minutes', NULL
    FROM generate_series(1, s.nz) k
    UNION ALL
    SELECT 'add_to_cart', s.t0 + s.pv * interval '45 seconds' + interval '30 seconds', NULL
    WHERE s.cart
    UNION ALL
    SELECT 'checkout', s.t0 + s.pv * interval '45 seconds' + s.co_off, NULL
    WHERE s.checkout
    UNION ALL
    SELECT 'purchase', s.t0 + s.pv * interval '45 seconds' + s.co_off + (1 + random() * 4) * interval '1 minute', s.rev
    WHERE s.purchase
) e
ORDER BY e.t;  -- an append-only log: rows arrive in time order
DROP TABLE gen_sessions;
DROP TABLE gen_users;
ANALYZE events;
RESET client_min_messages;
