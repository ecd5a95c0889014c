SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET extra_float_digits = 0;
-- clv_summary on a hand-made purchase log: same-day purchases merge, the first
-- day is left out of monetary, purchases after the observation end are dropped
CREATE TEMP TABLE p (cust int, ts timestamptz, amount numeric);
INSERT INTO p VALUES
    (1, '2026-01-01 09:00+00', 10), (1, '2026-01-01 18:00+00', 5),   -- day 0: 15 (first day)
    (1, '2026-01-08 10:00+00', 20),                                   -- day 7: 20
    (1, '2026-01-15 10:00+00', 7), (1, '2026-01-15 11:00+00', 3),     -- day 14: 10
    (1, '2026-02-20 10:00+00', 99),                                   -- after the end
    (2, '2026-01-20 08:00+00', 40),                                   -- one purchase
    (3, '2026-02-10 10:00+00', 1);                                    -- only after the end
SELECT cust, clv_summary(ts, amount, '2026-01-29 23:00+00', 'days') AS days,
             clv_summary(ts, amount, '2026-01-29 23:00+00', 'weeks') AS weeks
FROM p GROUP BY cust ORDER BY cust;
-- the date variant gives the same summary
SELECT cust, clv_summary(ts::date, amount, date '2026-01-29', 'Weeks') FROM p GROUP BY cust ORDER BY cust;
-- purchase rows with a NULL time are ignored; empty input gives NULL
SELECT clv_summary(NULL::timestamptz, 1, now(), 'days');
SELECT clv_summary(ts, amount, '2026-01-29', 'days') FROM p WHERE false;
-- the day boundary follows the session time zone
SET TimeZone = 'America/New_York';
SELECT clv_summary(ts, amount, '2026-01-31 00:00+00', 'days') FROM p WHERE cust = 1;
-- ... unless tz names the zone: the same rows under any session TimeZone
SELECT clv_summary(ts, amount, '2026-01-31 00:00+00', 'days', 'America/New_York') AS new_york,
       clv_summary(ts, amount, '2026-01-31 00:00+00', 'days', 'utc') AS utc
FROM p WHERE cust = 1;
SET TimeZone = 'Asia/Tokyo';
SELECT clv_summary(ts, amount, '2026-01-31 00:00+00', 'days', 'America/New_York') AS new_york,
       clv_summary(ts, amount, '2026-01-31 00:00+00', 'days', 'utc') AS utc
FROM p WHERE cust = 1;
SET TimeZone = 'UTC';
-- a zone per customer (one zone within a group)
SELECT cust, clv_summary(ts, amount, '2026-01-29 23:00+00', 'days', CASE cust WHEN 1 THEN 'Asia/Tokyo' ELSE 'America/Los_Angeles' END)
FROM p GROUP BY cust ORDER BY cust;
-- tz errors: NULL, unknown, empty, two zones in one group
SELECT clv_summary(ts, amount, '2026-01-29', 'days', NULL) FROM p;
SELECT clv_summary(ts, amount, '2026-01-29', 'days', 'Mars/Olympus_Mons') FROM p;
SELECT clv_summary(ts, amount, '2026-01-29', 'days', '') FROM p;
SELECT clv_summary(ts, amount, '2026-01-29', 'days', CASE WHEN amount > 6 THEN 'UTC' ELSE 'Europe/Berlin' END) FROM p;
SELECT clv_summary('infinity'::timestamptz, 1, '2026-01-29', 'days', 'UTC');
SELECT clv_summary(now(), 1, '-infinity', 'days', 'UTC');
-- errors
SELECT clv_summary(ts, amount, '2026-01-29', 'months') FROM p;
SELECT clv_summary(ts, NULL, '2026-01-29', 'days') FROM p;
SELECT clv_summary(ts, amount, NULL, 'days') FROM p;
SELECT clv_summary(ts, amount, CASE WHEN cust = 1 THEN '2026-01-29'::timestamptz ELSE '2026-01-30' END, 'days') FROM p;
SELECT clv_summary('infinity'::timestamptz, 1, '2026-01-29', 'days');
SELECT clv_summary(ts, 'NaN'::float8, '2026-01-29', 'days') FROM p;

-- bgnbd_fit: empty input and NULL rows give NULL
SELECT bgnbd_fit(f, r, a) FROM (VALUES (1.0, 2.0, 3.0)) v(f, r, a) WHERE false;
SELECT bgnbd_fit(NULL, 1, 2);
-- a single customer, too few customers
SELECT bgnbd_fit(2, 5, 10);
SELECT bgnbd_fit(k % 3, k % 3, 10) FROM generate_series(1, 9) k;
-- all-zero frequencies: no repeat purchases
SELECT bgnbd_fit(0, 0, k) FROM generate_series(1, 100) k;
-- invalid rows
SELECT bgnbd_fit(1, 5, 4);
SELECT bgnbd_fit(-1, 0, 4);
SELECT bgnbd_fit(1.5, 1, 4);
SELECT bgnbd_fit(0, 1, 4);
SELECT bgnbd_fit(1, -1, 4);
SELECT bgnbd_fit('NaN', 1, 4);
SELECT bgnbd_fit(1, 1, 'Infinity');
-- 15 customers whose dropout shows no heterogeneity: a and b run off to
-- infinity (warning); a/(a+b) is the common dropout probability
SELECT round((f).r::numeric, 3) AS r, round((f).alpha::numeric, 3) AS alpha,
       (f).a > 1e6 AS a_huge, (f).b > 1e6 AS b_huge, round(((f).a / ((f).a + (f).b))::numeric, 3) AS dropout
FROM (SELECT bgnbd_fit(x, tx, t) AS f
      FROM (VALUES (0, 0, 30), (0, 0, 25), (0, 0, 35), (1, 3, 30), (1, 20, 31), (2, 10, 33),
                   (3, 28, 30), (5, 25, 34), (0, 0, 20), (4, 5, 36), (1, 1, 22), (0, 0, 28),
                   (6, 30, 31), (2, 4, 29), (0, 0, 33)) v(x, tx, t)) s;
-- a fit on 3000 simulated customers (r = 0.5, alpha = 4, a = 0.7, b = 3), rounded
\set ECHO none
\set QUIET on
\ir test/pgtap/helpers/clv_sim.psql
\set QUIET off
\set ECHO all
SELECT setseed(0.5);
SELECT round((f).r::numeric, 2) AS r, round((f).alpha::numeric, 1) AS alpha,
       round((f).a::numeric, 2) AS a, round((f).b::numeric, 1) AS b
FROM (SELECT bgnbd_fit(frequency, recency, age) AS f
      FROM pg_temp.clv_sim_bgnbd(3000, 0.5, 4, 0.7, 3, 20, 40)) s;

-- gamma_gamma_fit: frequency 0 rows are ignored; empty input gives NULL
SELECT gamma_gamma_fit(f, m) FROM (VALUES (1.0, 2.0)) v(f, m) WHERE false;
SELECT gamma_gamma_fit(0, 0) FROM generate_series(1, 20);
SELECT gamma_gamma_fit(1 + k % 3, 10 + k) FROM generate_series(1, 9) k;
SELECT gamma_gamma_fit(2, 0);
SELECT gamma_gamma_fit(2, -5);
-- the same spend everywhere: p and q run off (warning); the mean p v / (q - 1) stays 25
SELECT (g).p > 1e6 AS p_huge, (g).q > 1e6 AS q_huge, round(((g).p * (g).v / ((g).q - 1))::numeric, 3) AS mean_spend
FROM (SELECT gamma_gamma_fit(1 + k % 4, 25) AS g FROM generate_series(1, 50) k) s;
-- (q and v are weakly identified on 12 customers: printed to 3 decimals, 2 for v, so that libm
-- differences between Debian releases do not show; p and the mean spend p v / (q - 1) are sharp)
SELECT round((g).p::numeric, 4) AS p, round((g).q::numeric, 3) AS q, round((g).v::numeric, 2) AS v,
       round(((g).p * (g).v / ((g).q - 1))::numeric, 3) AS mean_spend
FROM (SELECT gamma_gamma_fit(x, m) AS g
      FROM (VALUES (1, 12.0), (2, 30.5), (1, 8.0), (3, 22.0), (1, 55.0), (4, 18.25), (2, 14.0),
                   (1, 27.0), (5, 35.0), (2, 9.5), (1, 41.0), (3, 16.0), (0, 0)) v(x, m)) s;

-- predictions at the CDNOW parameters (FHL 2005), rounded
SELECT round(bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, 2.4259), t, 2, 30.43, 38.86)::numeric, 6) AS expected,
       t
FROM unnest(ARRAY[0, 1, 10, 39, 52, 520, 5200]::float8[]) t;
SELECT round(bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, 2.4259), x, tx, 38.86)::numeric, 6) AS p_alive, x, tx
FROM (VALUES (0, 0), (1, 1), (1, 38), (10, 20), (10, 38.5)) v(x, tx);
SELECT round(gamma_gamma_expected_value(row(6.25, 3.74, 15.44), x, m)::numeric, 4) AS expected_spend, x, m
FROM (VALUES (0, 0), (1, 10), (10, 10), (2, 100)) v(x, m);
SELECT round(clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44),
                                2, 30.43, 38.86, 22.35, 12, 0.01, 4.345)::numeric, 4) AS value_12_months;
SELECT round(clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44),
                                row(2, 30.43, 38.86, 22.35)::clv_summary, 52)::numeric, 4) AS value_52_weeks;
-- NULLs: strict functions return NULL
SELECT bgnbd_expected_purchases(NULL, 1, 1, 1, 2) IS NULL AS a,
       bgnbd_prob_alive(row(1, 1, 1, 1), NULL, 1, 2) IS NULL AS b,
       gamma_gamma_expected_value(row(1, 2, 3), 1, NULL) IS NULL AS c;
-- prediction errors
SELECT bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, 2.4259), -1, 2, 30, 38);
SELECT bgnbd_expected_purchases(row(0.2426, NULL, 0.7929, 2.4259), 1, 2, 30, 38);
SELECT bgnbd_expected_purchases(row(0.2426, -4.4, 0.7929, 2.4259), 1, 2, 30, 38);
SELECT bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, 'NaN'), 2, 30, 38);
SELECT bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, 2.4259), 2, 40, 38);
SELECT gamma_gamma_expected_value(row(6.25, 0.5, 15.44), 0, 0);
SELECT gamma_gamma_expected_value(row(6.25, 3.74, 15.44), 2, 0);
SELECT gamma_gamma_log_likelihood(row(6.25, 3.74, 15.44), 0, 10);
SELECT clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44), 2, 30, 38, 20, -1);
SELECT clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44), 2, 30, 38, 20, 12, -0.1);
SELECT clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44), 2, 30, 38, 20, 12, 0.01, 0);
-- 2F1
-- 2 ln 2, and the polynomial 1 - 2 z + z^2 at z = 3 (a terminating series works for any z)
SELECT round(clv_hyp2f1(1, 1, 2, 0.5)::numeric, 12) AS two_ln2, round(clv_hyp2f1(-2, 1, 1, 3)::numeric, 12) AS poly;
SELECT clv_hyp2f1(1, 1, 0, 0.5);
SELECT clv_hyp2f1(1, 1, 2, 1);
SELECT clv_hyp2f1(1, 1, 2, 'NaN');

-- bgnbd_log_likelihood: bad parameters and impossible customers
SELECT round(bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, 2, 5, 10)::numeric, 6);
SELECT bgnbd_log_likelihood(row(-0.5, 4, 0.8, 2.4)::bgnbd_params, 2, 5, 10);
SELECT bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, 2, 12, 10);
SELECT bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, -1, 0, 10);
SELECT bgnbd_log_likelihood(row(0.5, 'NaN', 0.8, 2.4)::bgnbd_params, 1, 1, 10);
SELECT bgnbd_log_likelihood(NULL, 1, 1, 10);
-- a large BG/NBD b (issue #17): the value converges as the dropout
-- probability goes to 0 (it was 117.8 at b = 1e12, -4.8e13 at 1e30 and
-- 2.9e83 at 1e100); the references (test/scripts/clv_reference.py, 50-digit
-- decimal) are 58.78980234 at b = 1e6 and 58.78996790 from b = 1e12 on
SELECT b, round(clv_customer_value(row(0.2426, 4.4136, 0.7929, b), row(6.25, 3.74, 15.44),
                                   2, 30, 38, 20, 12, 0.01, 4.345)::numeric, 8) AS value,
       round(bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, b), 30.415, 2, 30, 38)::numeric, 10) AS purchases_30w
FROM unnest(ARRAY[2.4259, 1e6, 1e12, 1e20, 1e30, 1e100]::float8[]) b;
-- the value scales with the monetary value: huge but finite is returned,
-- beyond double precision is an error (22003), never Infinity
SELECT clv_customer_value('(0.24,1e10,0.79,55.148876)'::bgnbd_params, '(0.5,3.74,3)'::gamma_gamma_params,
                          '(2,0,38,8.701401164761879e+187)'::clv_summary, 64, 62.482) > 1e175 AS huge_but_finite;
SELECT clv_customer_value('(0.24,1e10,0.79,55.148876)'::bgnbd_params, '(0.5,3.74,3)'::gamma_gamma_params,
                          '(2,0,38,1.7e308)'::clv_summary, 64, 1e-300);
