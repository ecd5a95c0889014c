\echo '== Retention: weekly cohorts (week of the first event, ISO weeks, UTC), % of each cohort active N weeks later'
SET TimeZone = 'UTC';
CREATE TEMP TABLE demo_weekly AS
SELECT * FROM retention_rows((SELECT retention_matrix(user_id, event_time, 'period=week') FROM events), true);
SELECT cohort::date AS cohort, max(cohort_size) AS users,
       round((100 * max(rate) FILTER (WHERE period = 1))::numeric, 1) AS "w1",
       round((100 * max(rate) FILTER (WHERE period = 2))::numeric, 1) AS "w2",
       round((100 * max(rate) FILTER (WHERE period = 3))::numeric, 1) AS "w3",
       round((100 * max(rate) FILTER (WHERE period = 4))::numeric, 1) AS "w4",
       round((100 * max(rate) FILTER (WHERE period = 5))::numeric, 1) AS "w5",
       round((100 * max(rate) FILTER (WHERE period = 6))::numeric, 1) AS "w6",
       round((100 * max(rate) FILTER (WHERE period = 7))::numeric, 1) AS "w7",
       round((100 * max(rate) FILTER (WHERE period = 8))::numeric, 1) AS "w8"
FROM demo_weekly
WHERE cohort::date + 7 * period <= (SELECT max(cohort)::date FROM demo_weekly)   -- the observed triangle
GROUP BY 1 ORDER BY 1;

\echo '== Retention: weighted average over the cohorts that reached each week (first 9 weeks)'
SELECT period AS week, cohorts, cohort_size AS users, retained, round((100 * rate)::numeric, 1) AS "retained %",
       round((100 * mean_rate)::numeric, 1) AS "simple mean %"
FROM retention_average((SELECT retention_matrix(user_id, event_time, 'period=week') FROM events))
WHERE period <= 8;

\echo '== Retention: buyers by month of first purchase: buyers again in month N and their revenue that month'
SELECT cohort::date AS cohort, period AS month, cohort_size AS buyers, retained AS buying,
       round((100 * rate)::numeric, 1) AS "%", round(value::numeric, 2) AS revenue
FROM retention_rows((SELECT retention_matrix(user_id, event_time, 'period=month',
                                             event_name = 'purchase', event_name = 'purchase', revenue)
                     FROM events))
ORDER BY 1, 2;

\echo '== Retention: day brackets after the first visit (rolling 24-hour windows), weighted average over daily cohorts'
SELECT period || '-' || period_end AS days, cohorts, cohort_size AS users, retained,
       round((100 * rate)::numeric, 1) AS "retained %"
FROM retention_average((SELECT retention_matrix(user_id, event_time,
                                                'period=day window=rolling brackets=[1-3,4-7,8-14,15-30]')
                        FROM events));

\echo '== Retention: ClickHouse-style retention() per user, summed: users active in their first week and the weeks after'
WITH per_user AS (
    SELECT retention(date_trunc('week', event_time) = date_trunc('week', f.first_seen),
                     date_trunc('week', event_time) = date_trunc('week', f.first_seen) + interval '1 week',
                     date_trunc('week', event_time) = date_trunc('week', f.first_seen) + interval '2 weeks',
                     date_trunc('week', event_time) = date_trunc('week', f.first_seen) + interval '3 weeks') AS r
    FROM events e
    JOIN (SELECT user_id, min(event_time) AS first_seen FROM events GROUP BY user_id) f USING (user_id)
    GROUP BY user_id
)
SELECT sum(r[1]) AS week_0, sum(r[2]) AS week_1, sum(r[3]) AS week_2, sum(r[4]) AS week_3,
       round(100.0 * sum(r[2]) / sum(r[1]), 1) AS "week_1 %"
FROM per_user;
