-- pgTAP: customer lifetime value (doc/clv.md).  Oracles: closed forms of 2F1,
-- the likelihoods written out as products in plain SQL, the BG/NBD
-- expectation by numeric integration over the dropout probability, plain-SQL
-- summaries, parameter recovery from simulated customers, and serial versus
-- forced-parallel plans.
\ir helpers/setup.psql
\ir helpers/clv_sim.psql
SELECT plan(68);

-- ---- 2F1 against closed forms (A&S 15.1) ----------------------------------
SELECT ok(abs(clv_hyp2f1(1, 1, 2, z) - (-ln(1 - z) / z)) <= 1e-9 * (-ln(1 - z) / z),
          format('2F1(1,1;2;%s) = -ln(1-z)/z (c-a-b = 0, logarithmic case)', z))
FROM unnest(ARRAY[0.3, 0.89, 0.95, 0.999999]::float8[]) z;
SELECT ok(abs(clv_hyp2f1(0.5, 0.5, 1.5, z) - asin(sqrt(z)) / sqrt(z)) <= 1e-12,
          format('2F1(1/2,1/2;3/2;%s) = asin(sqrt z)/sqrt z', z))
FROM unnest(ARRAY[0.5, 0.97]::float8[]) z;
SELECT ok(abs(clv_hyp2f1(2.5, 3.7, 3.7, z) - power(1 - z, -2.5)) <= 1e-10 * power(1 - z, -2.5),
          format('2F1(a,b;b;%s) = (1-z)^-a', z))
FROM unnest(ARRAY[-3, 0.6, 0.93]::float8[]) z;
SELECT ok(abs(clv_hyp2f1(1, 1, 2, -3) - ln(4) / 3) <= 1e-13, '2F1(1,1;2;-3) = ln(4)/3 (Pfaff transformation)');
SELECT ok(abs(clv_hyp2f1(1, 1, 3, 0.98) - 2 * ((1 - 0.98) * ln(1 - 0.98) + 0.98) / 0.98 ^ 2) <= 1e-9,
          '2F1(1,1;3;z) = 2((1-z)ln(1-z)+z)/z^2 (c-a-b = 1)');
SELECT ok(abs(clv_hyp2f1(0.5, 0.5, 2, 1) - 4 / pi()) <= 1e-13,
          'Gauss 15.1.20: 2F1(1/2,1/2;2;1) = G(2)G(1)/G(3/2)^2 = 4/pi');
SELECT ok(abs(clv_hyp2f1(1.3, 2.1, 2.9, 0.9 - 1e-14) - clv_hyp2f1(1.3, 2.1, 2.9, 0.9 + 1e-14)) <= 1e-11 * clv_hyp2f1(1.3, 2.1, 2.9, 0.9),
          'the series (z <= 0.9) and the 1 - z transformation agree at the switch');
SELECT throws_ok('SELECT clv_hyp2f1(1, 1, -2, 0.5)', '22003', NULL, 'c a non-positive integer is an error');
SELECT throws_ok('SELECT clv_hyp2f1(1, 1, 2, 1.5)', '22003', NULL, 'z > 1 is an error');

-- ---- likelihoods against plain-SQL products ---------------------------------
-- For whole x: Gamma(r+x)/Gamma(r) = prod (r+k), B(a,b+x)/B(a,b) = prod (b+k)/(a+b+k),
-- B(a+1,b+x-1)/B(a,b) = a/(a+b+x-1) prod_{k<x-1} (b+k)/(a+b+k).  FHL 2005 eq. 6.
CREATE TEMP TABLE ll_cases (x int, tx float8, big_t float8);
INSERT INTO ll_cases VALUES (0, 0, 38.86), (1, 2.5, 30), (2, 30.43, 38.86), (7, 20, 21), (15, 0.5, 60);
SELECT ok(max(abs(bgnbd_log_likelihood(row(0.2426, 4.4136, 0.7929, 2.4259), x, tx, big_t) - ln(lik))) <= 1e-10,
          'bgnbd_log_likelihood equals FHL eq. 6 written as products')
FROM (SELECT c.x, c.tx, c.big_t,
             g * ab * power(4.4136, 0.2426) / power(4.4136 + big_t, 0.2426 + x)
             + CASE WHEN x > 0 THEN g * ab1 * power(4.4136, 0.2426) / power(4.4136 + tx, 0.2426 + x) ELSE 0 END AS lik
      FROM ll_cases c,
      LATERAL (SELECT coalesce(exp(sum(ln(0.2426 + k))), 1) AS g,
                      coalesce(exp(sum(ln((2.4259 + k) / (0.7929 + 2.4259 + k)))), 1) AS ab
               FROM generate_series(0, c.x - 1) k) p,
      LATERAL (SELECT 0.7929 / (0.7929 + 2.4259 + c.x - 1)
                      * coalesce(exp(sum(ln((2.4259 + k) / (0.7929 + 2.4259 + k)))), 1) AS ab1
               FROM generate_series(0, c.x - 2) k) q) s;
-- Gamma-Gamma with whole p and q: the Gamma functions are factorials
SELECT ok(max(abs(gamma_gamma_log_likelihood(row(2, 3, 10), x, m)
                  - (ln(factorial(2 * x + 3 - 1)::float8) - ln(factorial(2 * x - 1)::float8) - ln(factorial(3 - 1)::float8)
                     + 3 * ln(10) + (2 * x - 1) * ln(m) + 2 * x * ln(x) - (2 * x + 3) * ln(10 + x * m)))) <= 1e-10,
          'gamma_gamma_log_likelihood equals FH 2013 eq. 3 with factorials')
FROM (VALUES (1, 12.5::float8), (2, 30), (5, 7.25), (9, 100)) v(x, m);
SELECT ok(abs(gamma_gamma_expected_value(row(6.25, 3.74, 15.44), 4, 30)
              - ((3.74 - 1) / (6.25 * 4 + 3.74 - 1) * (6.25 * 15.44 / (3.74 - 1)) + 6.25 * 4 / (6.25 * 4 + 3.74 - 1) * 30)) <= 1e-10,
          'gamma_gamma_expected_value is the weighted average of population and customer means (FH 2013 eq. 5)');
SELECT ok(abs(gamma_gamma_expected_value(row(6.25, 3.74, 15.44), 0, 0) - 6.25 * 15.44 / (3.74 - 1)) <= 1e-10,
          'frequency 0: the population mean p v / (q - 1)');
SELECT ok(abs(bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, 2.4259), 2, 30.43, 38.86)
              - 1 / (1 + 0.7929 / (2.4259 + 1) * power((4.4136 + 38.86) / (4.4136 + 30.43), 0.2426 + 2))) <= 1e-13,
          'bgnbd_prob_alive equals its closed form');
SELECT is(bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, 2.4259), 0, 0, 38.86), 1::float8,
          'no repeat purchase: alive with probability 1');

-- ---- expected purchases against numeric integration ------------------------
-- E[Y(t)] = P(alive) E_p[(1 - (1 + p t/(alpha+T))^-(r+x)) / p], p ~ Beta(a, b+x)
-- (FHL 2005 eq. 7 averaged over the posterior); midpoint rule with 50000 points.
CREATE TEMP TABLE ep_cases (id int, r float8, alpha float8, a float8, b float8, t float8, x int, tx float8, big_t float8);
INSERT INTO ep_cases VALUES
    (1, 0.2426, 4.4136, 0.7929, 2.4259, 39, 2, 30.43, 38.86),
    (2, 0.2426, 4.4136, 0.7929, 2.4259, 52, 0, 0, 10),
    (3, 1.5, 12, 1.8, 3, 10, 5, 20, 25),
    (4, 0.8, 5, 1, 2, 26, 3, 10, 40),
    (5, 0.5, 3, 0.6, 2.5, 2000, 1, 5, 10),
    (6, 2, 20, 3.5, 6, 300, 12, 30, 31);
CREATE TEMP TABLE ep_num AS
SELECT c.id,
       bgnbd_prob_alive(row(c.r, c.alpha, c.a, c.b), c.x, c.tx, c.big_t)
       * sum((1 - power(1 + p * c.t / (c.alpha + c.big_t), -(c.r + c.x))) / p * power(1 - p, c.b + c.x - 1) * w)
       / sum(power(1 - p, c.b + c.x - 1) * w) AS e
FROM ep_cases c,
     -- p = u^s with s = 1/a when a < 1 (removes the p^(a-1) singularity), weight u^(s a - 1)
     LATERAL (SELECT power(u, s) AS p, power(u, s * c.a - 1) AS w
              FROM (SELECT (k - 0.5) / 50000.0 AS u, CASE WHEN c.a < 1 THEN 1 / c.a ELSE 1 END AS s
                    FROM generate_series(1, 50000) k) uu) g
GROUP BY c.id, c.r, c.alpha, c.a, c.b, c.t, c.x, c.tx, c.big_t;
SELECT ok(abs(bgnbd_expected_purchases(row(c.r, c.alpha, c.a, c.b), c.t, c.x, c.tx, c.big_t) - n.e) <= 2e-6 * n.e,
          format('expected purchases case %s (a = %s, z = %s) matches numeric integration', c.id, c.a,
                 round((c.t / (c.alpha + c.big_t + c.t))::numeric, 3)))
FROM ep_cases c JOIN ep_num n USING (id) ORDER BY c.id;
SELECT ok(abs(bgnbd_expected_purchases(row(0.8, 5, 1 + 1e-9, 2), 26, 3, 10, 40)
              - bgnbd_expected_purchases(row(0.8, 5, 1, 2), 26, 3, 10, 40)) <= 1e-9,
          'a = 1 is not a singularity (continuous across it)');
SELECT is(bgnbd_expected_purchases(row(0.8, 5, 0.6, 2), 0, 3, 10, 40), 0::float8, 't = 0: no purchases');
-- a and b huge (a boundary fit): p is nearly fixed at a/(a+b+x), and the
-- expectation tends to P(alive) (1 - (1 + p t/(alpha+T))^-(r+x)) / p (FHL 2005
-- eq. 7 averaged over lambda); the gap is O(1/(a+b))
SELECT ok(max(abs(bgnbd_expected_purchases(row(0.1, 0.75, 3e7, 1.1e7), t, 3, 2, 5)
                  / ((1 / p) * (1 - power(1 + p * t / 5.75, -3.1)) * bgnbd_prob_alive(row(0.1, 0.75, 3e7, 1.1e7), 3, 2, 5)) - 1)) < 1e-7,
          'a, b = 3e7, 1.1e7: expected purchases match the fixed-dropout limit from t = 0.5 to 5e7')
FROM (SELECT 3e7 / (3e7 + 1.1e7 + 3) AS p) s, unnest(ARRAY[0.5, 52, 5000, 500000, 5e7]::float8[]) t;

-- ---- customer value -----------------------------------------------------------
SELECT ok(abs(clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44),
                                 2, 30.43, 38.86, 22.35, 12, 0.01, 4.345)
              - (SELECT sum((bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, 2.4259), k * 4.345, 2, 30.43, 38.86)
                             - bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, 2.4259), (k - 1) * 4.345, 2, 30.43, 38.86))
                            / power(1.01, k))
                 FROM generate_series(1, 12) k)
                * gamma_gamma_expected_value(row(6.25, 3.74, 15.44), 2, 22.35)) <= 1e-9,
          'clv_customer_value is the discounted sum of per-period purchases times expected spend');
SELECT ok(abs(clv_customer_value(row(0.2426, 4.4136, 0.7929, 2.4259), row(6.25, 3.74, 15.44),
                                 2, 30.43, 38.86, 22.35, 52)
              - bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, 2.4259), 52, 2, 30.43, 38.86)
                * gamma_gamma_expected_value(row(6.25, 3.74, 15.44), 2, 22.35)) <= 1e-9,
          'without discounting the value is expected purchases times expected spend');
-- a large b (issue #17): the dropout probability ~ Beta(a, b) is of order
-- 1/b, and the value converges; it was 117.8 at b = 1e12 and -4.8e13 at
-- 1e30 (cancellation in the 2F1 forms of the expectation).  The reference
-- values come from test/scripts/clv_reference.py: 50-digit decimal
-- arithmetic, the expectation as a quadrature over the dropout probability,
-- none of the series or 2F1 code of the extension.
CREATE TEMP TABLE big_b (b float8, e52 float8, value float8);
INSERT INTO big_b VALUES (1e6,   2.75687117012111055, 58.7898023404974319),
                         (1e12,  2.75687901992915148, 58.7899679006705681),
                         (1e20,  2.75687901993700134, 58.7899679008361293),
                         (1e30,  2.75687901993700134, 58.7899679008361293),
                         (1e100, 2.75687901993700134, 58.7899679008361293);
SELECT ok(abs(clv_customer_value(row(0.2426, 4.4136, 0.7929, b), row(6.25, 3.74, 15.44),
                                 2, 30, 38, 20, 12, 0.01, 4.345) / value - 1) <= 1e-9,
          format('b = %s: clv_customer_value equals the 50-digit reference', b))
FROM big_b ORDER BY b;
SELECT ok(abs(bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, b), 52.14, 2, 30, 38) / e52 - 1) <= 1e-9,
          format('b = %s: expected purchases over 52.14 weeks equal the 50-digit reference', b))
FROM big_b ORDER BY b;
SELECT ok(abs(clv_customer_value(row(0.2426, 4.4136, 0.7929, b), row(6.25, 3.74, 15.44),
                                 2, 30, 38, 20, 12, 0.01, 4.345)
              / ((SELECT sum((bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, b), k * 4.345, 2, 30, 38)
                              - bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, b), (k - 1) * 4.345, 2, 30, 38))
                             / power(1.01, k))
                  FROM generate_series(1, 12) k)
                 * gamma_gamma_expected_value(row(6.25, 3.74, 15.44), 2, 20)) - 1) <= 1e-12,
          format('b = %s: clv_customer_value is the discounted sum of the per-period expectations', b))
FROM big_b ORDER BY b;
-- b >= 1e20: no dropout to double precision, E[Y(t)] = P(alive) (r+x) t / (alpha+T)
SELECT ok(max(abs(bgnbd_expected_purchases(row(0.2426, 4.4136, 0.7929, b), t, 2, 30, 38)
                  / (bgnbd_prob_alive(row(0.2426, 4.4136, 0.7929, b), 2, 30, 38) * 2.2426 * t / 42.4136) - 1)) <= 1e-12,
          'b = 1e20, 1e30, 1e100: expected purchases equal the no-dropout limit from t = 0.1 to 1e6')
FROM unnest(ARRAY[1e20, 1e30, 1e100]::float8[]) b,
     unnest(ARRAY[0.1, 4.345, 21.725, 26.07, 30.415, 39.105, 52.14, 500, 1e4, 1e6]::float8[]) t;

-- ---- clv_summary against plain SQL -----------------------------------------------
SELECT setseed(0.11);
CREATE TABLE clv_tx AS
SELECT (random() * 400)::int AS uid,
       timestamptz '2026-01-01 00:00+00' + random() * interval '120 days' AS ts,
       round((random() * 100)::numeric, 2)::float8 AS amount
FROM generate_series(1, 6000);
SET TimeZone = 'UTC';
CREATE TEMP TABLE sum_oracle AS
WITH d AS (
    SELECT uid, ts::date AS day, sum(amount) AS tot
    FROM clv_tx WHERE ts <= timestamptz '2026-03-31 12:00+00' GROUP BY uid, ts::date
), r AS (
    SELECT uid, day, tot, row_number() OVER (PARTITION BY uid ORDER BY day) AS rn FROM d
)
SELECT uid, count(*) - 1 AS frequency, (max(day) - min(day)) / 7.0 AS recency,
       (date '2026-03-31' - min(day)) / 7.0 AS age,
       coalesce(avg(tot) FILTER (WHERE rn > 1), 0) AS monetary
FROM r GROUP BY uid;
SELECT results_eq(
    $$SELECT uid, (s).frequency::int, round((s).recency::numeric, 9), round((s).age::numeric, 9), round((s).monetary::numeric, 6)
      FROM (SELECT uid, clv_summary(ts, amount, timestamptz '2026-03-31 12:00+00', 'weeks') AS s
            FROM clv_tx GROUP BY uid) q WHERE s IS NOT NULL ORDER BY uid$$,
    $$SELECT uid, frequency::int, round(recency::numeric, 9), round(age::numeric, 9), round(monetary::numeric, 6)
      FROM sum_oracle ORDER BY uid$$,
    'clv_summary equals the plain-SQL summary (days merged, weeks, first day excluded from monetary)');

-- ---- parameter recovery from simulated customers ---------------------------------
-- 20000 customers each; the tolerances are about three sampling standard
-- deviations at this size (measured over six seeds: r, alpha 1-2 %,
-- a, b 4 %, p, v 5 %, q 1.5 %).
SELECT setseed(0.42);
CREATE TABLE clv_sim_b AS SELECT * FROM pg_temp.clv_sim_bgnbd(20000, 0.8, 5, 0.6, 2.5, 26, 52);
CREATE TABLE clv_sim_g AS SELECT * FROM pg_temp.clv_sim_gg(20000, 6, 4, 15, 8);
CREATE TEMP TABLE fit_b AS SELECT (bgnbd_fit(frequency, recency, age)).* FROM clv_sim_b;
CREATE TEMP TABLE fit_g AS SELECT (gamma_gamma_fit(frequency, monetary)).* FROM clv_sim_g;
SELECT ok(abs(r / 0.8 - 1) <= 0.06, format('BG/NBD recovery: r = %s, true 0.8 (6 %%)', round(r::numeric, 4))) FROM fit_b;
SELECT ok(abs(alpha / 5 - 1) <= 0.06, format('BG/NBD recovery: alpha = %s, true 5 (6 %%)', round(alpha::numeric, 4))) FROM fit_b;
SELECT ok(abs(a / 0.6 - 1) <= 0.15, format('BG/NBD recovery: a = %s, true 0.6 (15 %%)', round(a::numeric, 4))) FROM fit_b;
SELECT ok(abs(b / 2.5 - 1) <= 0.15, format('BG/NBD recovery: b = %s, true 2.5 (15 %%)', round(b::numeric, 4))) FROM fit_b;
SELECT ok(abs(p / 6 - 1) <= 0.15, format('Gamma-Gamma recovery: p = %s, true 6 (15 %%)', round(p::numeric, 4))) FROM fit_g;
SELECT ok(abs(q / 4 - 1) <= 0.05, format('Gamma-Gamma recovery: q = %s, true 4 (5 %%)', round(q::numeric, 4))) FROM fit_g;
SELECT ok(abs(v / 15 - 1) <= 0.15, format('Gamma-Gamma recovery: v = %s, true 15 (15 %%)', round(v::numeric, 4))) FROM fit_g;

-- the fit is a maximum: every +-0.1 % change of one parameter lowers the total
-- log-likelihood (summed with the per-customer function, not the fit's code)
SELECT ok(bool_and(ll0 > ll1), 'BG/NBD: the fitted parameters maximize the summed log-likelihood (8 neighbours)')
FROM (SELECT (SELECT sum(bgnbd_log_likelihood(row(f.r, f.alpha, f.a, f.b), frequency, recency, age)) FROM clv_sim_b) AS ll0,
             (SELECT sum(bgnbd_log_likelihood(row(f.r * m[1], f.alpha * m[2], f.a * m[3], f.b * m[4]), frequency, recency, age))
              FROM clv_sim_b) AS ll1
      FROM fit_b f,
      LATERAL (SELECT ARRAY[CASE WHEN i = 1 THEN s ELSE 1 END, CASE WHEN i = 2 THEN s ELSE 1 END,
                            CASE WHEN i = 3 THEN s ELSE 1 END, CASE WHEN i = 4 THEN s ELSE 1 END]::float8[] AS m
               FROM generate_series(1, 4) i, unnest(ARRAY[0.999, 1.001]) s) n) t;
SELECT ok(bool_and(ll0 > ll1), 'Gamma-Gamma: the fitted parameters maximize the summed log-likelihood (6 neighbours)')
FROM (SELECT (SELECT sum(gamma_gamma_log_likelihood(row(f.p, f.q, f.v), frequency, monetary)) FROM clv_sim_g) AS ll0,
             (SELECT sum(gamma_gamma_log_likelihood(row(f.p * m[1], f.q * m[2], f.v * m[3]), frequency, monetary))
              FROM clv_sim_g) AS ll1
      FROM fit_g f,
      LATERAL (SELECT ARRAY[CASE WHEN i = 1 THEN s ELSE 1 END, CASE WHEN i = 2 THEN s ELSE 1 END,
                            CASE WHEN i = 3 THEN s ELSE 1 END]::float8[] AS m
               FROM generate_series(1, 3) i, unnest(ARRAY[0.999, 1.001]) s) n) t;
SELECT is((SELECT gamma_gamma_fit(frequency, monetary) FROM (SELECT * FROM clv_sim_g UNION ALL
                                                           SELECT 0, 0 FROM generate_series(1, 500)) u),
          (SELECT gamma_gamma_fit(frequency, monetary) FROM clv_sim_g),
          'gamma_gamma_fit ignores customers with frequency 0');
SELECT is((SELECT bgnbd_fit(frequency, recency, age) FROM (SELECT * FROM clv_sim_b UNION ALL
                                                          SELECT NULL, 1, 2 FROM generate_series(1, 50)) u),
          (SELECT bgnbd_fit(frequency, recency, age) FROM clv_sim_b),
          'bgnbd_fit ignores rows with a NULL');

-- ---- forced parallel plans ---------------------------------------------------------
ANALYZE clv_sim_b; ANALYZE clv_sim_g; ANALYZE clv_tx;
\ir helpers/serial.psql
CREATE TEMP TABLE ser_b AS SELECT bgnbd_fit(frequency, recency, age) AS f FROM clv_sim_b;
CREATE TEMP TABLE ser_g AS SELECT gamma_gamma_fit(frequency, monetary) AS f FROM clv_sim_g;
CREATE TEMP TABLE ser_s AS SELECT uid, clv_summary(ts, amount, timestamptz '2026-03-31 12:00+00', 'days') AS s
                           FROM clv_tx GROUP BY uid;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has('SELECT bgnbd_fit(frequency, recency, age) FROM clv_sim_b', 'Partial Aggregate'),
          'bgnbd_fit: EXPLAIN shows a Partial Aggregate under forced parallelism');
SELECT ok(pg_temp.pgg_parallel('SELECT bgnbd_fit(frequency, recency, age) FROM clv_sim_b') = (SELECT f::text FROM ser_b),
          'bgnbd_fit: the parallel fit equals the serial one (same histogram, same summation order)');
SELECT ok(pg_temp.pgg_plan_has('SELECT gamma_gamma_fit(frequency, monetary) FROM clv_sim_g', 'Partial Aggregate'),
          'gamma_gamma_fit: EXPLAIN shows a Partial Aggregate under forced parallelism');
SELECT ok(pg_temp.pgg_parallel('SELECT gamma_gamma_fit(frequency, monetary) FROM clv_sim_g') = (SELECT f::text FROM ser_g),
          'gamma_gamma_fit: the parallel fit equals the serial one');
SELECT ok(pg_temp.pgg_plan_has($$SELECT uid, clv_summary(ts, amount, timestamptz '2026-03-31 12:00+00', 'days')
                                 FROM clv_tx GROUP BY uid$$, 'Partial'),
          'clv_summary: EXPLAIN shows a partial aggregate under forced parallelism');
SELECT is(pg_temp.pgg_parallel($$SELECT array_agg(x ORDER BY uid)
                                 FROM (SELECT uid, clv_summary(ts, amount, timestamptz '2026-03-31 12:00+00', 'days') AS s
                                       FROM clv_tx GROUP BY uid) x$$),
          (SELECT array_agg(x ORDER BY uid)::text FROM (SELECT uid, s FROM ser_s) x),
          'clv_summary: the parallel summaries equal the serial ones');

-- BG/NBD log-likelihood: one customer with no repeat purchase, closed form (FHL 2005, eq. 6 with
-- x = 0: the customer cannot have dropped out, so L = (alpha / (alpha + T))^r)
SELECT ok(abs(bgnbd_log_likelihood(row(0.5, 4, 0.8, 2.4)::bgnbd_params, 0, 0, 10)
              - 0.5 * ln(4.0 / 14.0)) < 1e-12,
          'bgnbd_log_likelihood for x = 0 equals the closed form');

-- clv_summary as a window function: its final leaves the state untouched (READ_ONLY), so a
-- running frame over shuffled purchases equals the aggregate over each prefix
CREATE TEMP TABLE cw AS
SELECT g AS k, timestamptz '2024-01-01' + ((g * 37) % 50) * interval '1 day' AS t, ((g * 13) % 7) + 1.0 AS amt
FROM generate_series(1, 40) g;
SELECT is((SELECT count(*) FROM (
              SELECT k, clv_summary(t, amt, timestamptz '2024-03-01', 'days') OVER (ORDER BY k) AS w
              FROM cw) r
           WHERE w IS DISTINCT FROM (SELECT clv_summary(t, amt, timestamptz '2024-03-01', 'days') FROM cw c WHERE c.k <= r.k)),
          0::bigint, 'clv_summary over a running window equals the aggregate over each prefix');

SELECT * FROM finish();
ROLLBACK;
