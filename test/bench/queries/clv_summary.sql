-- CLV: per-customer (frequency, recency, age, monetary) in weeks from the purchase rows (days merged)
-- compare: clv_summary_plain, group_by_user
SELECT count(*), sum((s).frequency), sum((s).monetary)
FROM (SELECT user_id, clv_summary(event_time, revenue, timestamptz '2026-09-30', 'weeks') AS s
      FROM events WHERE event_name = 'purchase' GROUP BY user_id) q;
