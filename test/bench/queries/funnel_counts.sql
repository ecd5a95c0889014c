-- funnel_counts: the whole funnel in one pass over events, no GROUP BY
-- compare: count_4filters, funnel_first_touch_cte, funnel_plain_anystart
SELECT funnel_counts(user_id, '1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart',
                     event_name = 'checkout', event_name = 'purchase')
FROM events;
