\echo '== RFM: customers scored 1..5 on recency, frequency and monetary value (percent rank, ties together), ten-segment map'
SET TimeZone = 'UTC';
\echo
\echo 'score breaks (the smallest value reaching scores 2, 3, 4, 5), as of 2026-04-01:'
WITH c AS (
    SELECT user_id, max(event_time) AS last_purchase, count(*) AS frequency, sum(revenue) AS monetary
    FROM events WHERE event_name = 'purchase' AND event_time <= '2026-04-01' GROUP BY user_id)
SELECT 'recency (last purchase)' AS dimension,
       (SELECT string_agg(to_char(to_timestamp(b / 1e6 + 946684800), 'YYYY-MM-DD HH24:MI'), ' | ' ORDER BY o)
        FROM unnest(rfm_breaks(last_purchase)) WITH ORDINALITY u(b, o)) AS breaks
FROM c
UNION ALL
SELECT 'frequency (purchases)', array_to_string(rfm_breaks(frequency), ' | ') FROM c
UNION ALL
SELECT 'monetary (revenue)', array_to_string(rfm_breaks(monetary), ' | ') FROM c;
\echo
\echo 'segment sizes (rfm(''events'', as_of => ''2026-04-01'')):'
SELECT segment, count(*) AS customers,
       round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS "% customers",
       sum(monetary) AS revenue,
       round(avg(recency_days)::numeric, 1) AS avg_recency_days,
       round(avg(frequency), 2) AS avg_purchases
FROM rfm('events', as_of => '2026-04-01')
GROUP BY segment ORDER BY customers DESC;
\echo
\echo 'R x F grid (customers per cell; empty F columns: ties are never split, and most customers bought only once):'
SELECT r_score AS "R \ F",
       count(*) FILTER (WHERE f_score = 1) AS "1", count(*) FILTER (WHERE f_score = 2) AS "2",
       count(*) FILTER (WHERE f_score = 3) AS "3", count(*) FILTER (WHERE f_score = 4) AS "4",
       count(*) FILTER (WHERE f_score = 5) AS "5"
FROM rfm('events', as_of => '2026-04-01')
GROUP BY r_score ORDER BY r_score DESC;
\echo
\echo 'top customers by revenue, with their scores:'
SELECT customer_id, last_purchase::date AS last_purchase, round(recency_days::numeric, 1) AS recency_days,
       frequency, monetary, r_score AS r, f_score AS f, m_score AS m, segment
FROM rfm('events', as_of => '2026-04-01')
ORDER BY monetary DESC, customer_id LIMIT 8;
