-- funnel_counts, event-name form: one hash probe of event_name per row instead of four comparisons
-- compare: count_4filters
SELECT funnel_counts(user_id, '1 day', event_time, event_name,
                     ARRAY['page_view', 'add_to_cart', 'checkout', 'purchase'])
FROM events;
