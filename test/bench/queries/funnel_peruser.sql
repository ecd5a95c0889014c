-- window_funnel per user (GROUP BY user_id), then users per level
-- compare: group_by_user_4filters, funnel_first_touch_cte, funnel_plain_anystart
SELECT lvl, count(*)
FROM (SELECT user_id,
             window_funnel('1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart',
                           event_name = 'checkout', event_name = 'purchase') AS lvl
      FROM events GROUP BY user_id) s
GROUP BY lvl;
