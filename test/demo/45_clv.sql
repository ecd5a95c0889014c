\echo '== Customer lifetime value: BG/NBD + Gamma-Gamma fitted on the purchases, top 10 customers by predicted value over 52 weeks'
SET TimeZone = 'UTC';
-- per-customer summary in weeks, observed up to the last purchase in the table
CREATE TEMP TABLE clv_demo_summary AS
SELECT user_id, s.*
FROM (SELECT user_id,
             clv_summary(event_time, revenue, (SELECT max(event_time) FROM events WHERE event_name = 'purchase'), 'weeks', 'UTC') AS s
      FROM events WHERE event_name = 'purchase' GROUP BY user_id) q,
     LATERAL (SELECT (q.s).*) s
WHERE q.s IS NOT NULL;
SET client_min_messages = error;  -- the boundary warning is explained below
CREATE TEMP TABLE clv_demo_fit AS
SELECT bgnbd_fit(frequency, recency, age) AS bg, gamma_gamma_fit(frequency, monetary) AS gg
FROM clv_demo_summary;
RESET client_min_messages;
\echo 'customers, repeat customers and the fitted parameters'
SELECT count(*) AS customers, count(*) FILTER (WHERE frequency > 0) AS repeat_customers,
       round(avg(frequency)::numeric, 3) AS mean_frequency, round(avg(age)::numeric, 1) AS mean_age_weeks
FROM clv_demo_summary;
\echo '(the generator gives every user the same chance of stopping, so a and b run off together: bgnbd_fit warns, and a/(a+b) is the dropout probability per purchase)'
SELECT round((bg).r::numeric, 4) AS r, round((bg).alpha::numeric, 4) AS alpha,
       round((bg).a::numeric, 1) AS a, round((bg).b::numeric, 1) AS b,
       round(((bg).a / ((bg).a + (bg).b))::numeric, 4) AS "a/(a+b)",
       round((gg).p::numeric, 4) AS p, round((gg).q::numeric, 4) AS q, round((gg).v::numeric, 4) AS v
FROM clv_demo_fit;
\echo 'top 10 customers by predicted value over the next 52 weeks (weekly discount 0.2 %)'
SELECT s.user_id, s.frequency::int AS repeat_days, round(s.recency::numeric, 1) AS recency_weeks,
       round(s.age::numeric, 1) AS age_weeks, round(s.monetary::numeric, 2) AS mean_repeat_spend,
       round(bgnbd_prob_alive(f.bg, s.frequency, s.recency, s.age)::numeric, 3) AS p_alive,
       round(bgnbd_expected_purchases(f.bg, 52, s.frequency, s.recency, s.age)::numeric, 2) AS purchases_52w,
       round(gamma_gamma_expected_value(f.gg, s.frequency, s.monetary)::numeric, 2) AS expected_spend,
       round(clv_customer_value(f.bg, f.gg, s.frequency, s.recency, s.age, s.monetary, 52, 0.002)::numeric, 2) AS value_52w
FROM clv_demo_summary s, clv_demo_fit f
ORDER BY value_52w DESC, s.user_id
LIMIT 10;
\echo 'predicted purchases over 52 weeks against purchases per repeat-day group'
SELECT least(frequency, 4)::int AS repeat_days, count(*) AS customers,
       round(avg(bgnbd_expected_purchases(f.bg, 52, frequency, recency, age))::numeric, 3) AS mean_predicted_52w,
       round(avg(bgnbd_prob_alive(f.bg, frequency, recency, age))::numeric, 3) AS mean_p_alive
FROM clv_demo_summary, clv_demo_fit f
GROUP BY 1 ORDER BY 1;
