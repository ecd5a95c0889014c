-- CLV: summary per customer, then the BG/NBD and Gamma-Gamma maximum likelihood fits
-- compare: clv_summary_plain
SET client_min_messages = error;
SELECT bgnbd_fit(frequency, recency, age), gamma_gamma_fit(frequency, monetary)
FROM (SELECT (s).* FROM (SELECT clv_summary(event_time, revenue, timestamptz '2026-09-30', 'weeks') AS s
                         FROM events WHERE event_name = 'purchase' GROUP BY user_id) q) t;
