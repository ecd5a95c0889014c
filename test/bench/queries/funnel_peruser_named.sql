-- window_funnel per user, event-name form (one hash probe of event_name per row), then users per level
-- compare: group_by_user_4filters
SELECT lvl, count(*)
FROM (SELECT user_id,
             window_funnel('1 day', event_time, event_name,
                           ARRAY['page_view', 'add_to_cart', 'checkout', 'purchase']) AS lvl
      FROM events GROUP BY user_id) s
GROUP BY lvl;
