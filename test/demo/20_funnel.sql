\echo '== Funnel: page_view -> add_to_cart -> checkout -> purchase within 1 day (any-start, ClickHouse windowFunnel semantics)'
SET TimeZone = 'UTC';
SELECT step, step_name, actors, round(100 * conversion_from_previous::numeric, 1) AS "% of previous",
       round(100 * conversion_from_first::numeric, 1) AS "% of first", drop_off
FROM funnel_report((SELECT funnel_counts(user_id, '1 day', event_time,
                                         event_name = 'page_view', event_name = 'add_to_cart',
                                         event_name = 'checkout', event_name = 'purchase')
                    FROM events),
                   ARRAY['page_view', 'add_to_cart', 'checkout', 'purchase']);

\echo '== Funnel per A/B variant: conversion and median / p90 time from the previous step (chosen chain of each user)'
WITH per_user AS (
    SELECT user_id, variant,
           window_funnel_times('1 day', event_time,
                               event_name = 'page_view', event_name = 'add_to_cart',
                               event_name = 'checkout', event_name = 'purchase') AS t
    FROM events GROUP BY user_id, variant
)
SELECT variant, k AS step,
       count(*) FILTER (WHERE cardinality(t) >= k) AS users,
       round(100.0 * count(*) FILTER (WHERE cardinality(t) >= k) / nullif(count(*), 0), 1) AS "% of first",
       justify_interval(make_interval(secs => round((percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM t[k] - t[k - 1])) FILTER (WHERE cardinality(t) >= k))::numeric))) AS "median from previous",
       justify_interval(make_interval(secs => round((percentile_cont(0.9) WITHIN GROUP (
           ORDER BY extract(epoch FROM t[k] - t[k - 1])) FILTER (WHERE cardinality(t) >= k))::numeric))) AS "p90 from previous"
FROM per_user, generate_series(1, 4) k
WHERE t IS NOT NULL
GROUP BY variant, k ORDER BY variant, k;

\echo '== Modes: users reaching each step (default vs strict variants vs any order)'
SELECT m AS mode, c[1] AS page_view, c[2] AS add_to_cart, c[3] AS checkout, c[4] AS purchase
FROM unnest(ARRAY['default', 'strict_increase', 'strict_once', 'strict_deduplication', 'any_order']) WITH ORDINALITY AS u(m, o),
     LATERAL (SELECT funnel_counts(user_id, '1 day', m, event_time,
                                   event_name = 'page_view', event_name = 'add_to_cart',
                                   event_name = 'checkout', event_name = 'purchase') AS c
              FROM events) f
ORDER BY o;

\echo '== Exclusion: chains voided by a logout between add_to_cart and purchase'
SELECT c[1] AS page_view, c[2] AS add_to_cart, c[3] AS checkout, c[4] AS purchase
FROM (SELECT funnel_counts(user_id, '1 day', 'exclude=2:4', event_time,
                           event_name = 'page_view', event_name = 'add_to_cart', event_name = 'checkout',
                           event_name = 'purchase', event_name = 'logout') AS c
      FROM events) f;
