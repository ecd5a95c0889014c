-- Seed corpus of the fuzzer: statements run before the random calls, one per
-- line as  LABEL|SQL .  A label starting with "agg " is also run under a
-- forced parallel plan and the two outcomes compared.  Regression seeds of
-- bugs once found (fixed or not) belong here, so they stay covered.
agg window_funnel_times(interval, text, timestamp with time zone, VARIADIC "any")|SELECT window_funnel_times('30 days', 'exclude=1:2', ts, true, false, false) FROM pgg_fuzz.t_skew WHERE actor = 1
agg retention_matrix(actor bigint, ts timestamp with time zone, options text, start_event boolean, return_event boolean, value double precision)|SELECT retention_matrix(actor, ts, 'period=month', true, true, 1e308) FROM pgg_fuzz.t_big
clv_customer_value(bg bgnbd_params, gg gamma_gamma_params, frequency double precision, recency double precision, age double precision, monetary double precision, periods integer, discount_rate double precision, period_length double precision)|SELECT pgg_fuzz.chk(v IS NULL OR (v >= 0 AND v < 1e15), 'clv_customer_value = ' || v::text) FROM (SELECT clv_customer_value('(0.24,4.41,0.79,1e30)'::bgnbd_params, '(6.25,3.74,15.44)'::gamma_gamma_params, 0, 0, 0.5, 20, 12, 0.01, 1) AS v) s
rfm(events regclass, as_of timestamp with time zone, n_bins integer, customer_column name, time_column name, amount_column name, event_column name, purchase_event text)|SELECT * FROM rfm(0::oid::regclass)
agg window_funnel(interval, text, timestamp with time zone, VARIADIC "any")|SELECT actor, window_funnel('30 days', 'strict_order, exclude=1:99', ts, c1, c2, c3) FROM pgg_fuzz.t_skew GROUP BY 1
agg funnel_counts(anyelement, interval, timestamp with time zone, VARIADIC "any")|SELECT funnel_counts(actor_u, '1 day', ts, c1, c2, c3) FROM pgg_fuzz.t_big
agg funnel_counts(anyelement, interval, timestamp with time zone, VARIADIC "any")|SELECT funnel_counts(actor_t, '1 day', ts, c1, c2, c3) FROM pgg_fuzz.t_skew
agg retention_matrix(actor bigint, ts timestamp with time zone, options text)|SELECT retention_matrix(actor, ts, 'period=day tz=Pacific/Chatham') FROM pgg_fuzz.t_big
agg clv_summary(purchase_time timestamp with time zone, amount double precision, observation_end timestamp with time zone, unit text)|SELECT actor, clv_summary(ts, val, 'infinity', 'days') FROM pgg_fuzz.t_small GROUP BY 1
