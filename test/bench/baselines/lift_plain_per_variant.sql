-- baseline: the plain SQL per-variant summary (no test statistics) an analyst writes
SELECT variant, count(*), avg(converted), var_samp(converted)
FROM (SELECT user_id, min(variant) AS variant, max((event_name = 'purchase')::int) AS converted
      FROM events GROUP BY user_id) u
GROUP BY variant;
