-- floor: the same per-variant conversion counts in plain SQL, without any statistics
WITH u AS (SELECT min(variant) AS variant, bool_or(event_name = 'purchase') AS bought
           FROM events GROUP BY user_id)
SELECT variant, count(*) AS n, count(*) FILTER (WHERE bought) AS x FROM u GROUP BY variant;
