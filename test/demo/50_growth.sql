\echo '== Growth recipes (doc/recipes.md) over events and the growth seeds (signups, invites, shares)'
SET TimeZone = 'UTC';
\echo 'next-day retention by acquisition channel: users first active on local day D (New York) who are active on D + 1'
SELECT coalesce(c.channel, 'all') AS channel, a.cohorts AS signup_days, a.cohort_size AS users,
       a.retained, round((100 * a.rate)::numeric, 1) AS "next-day %"
FROM (SELECT s.channel,
             retention_matrix(e.user_id, e.event_time,
                              'period=day max_period=1 tz=America/New_York as_of=2026-04-01') AS m
      FROM events e JOIN signups s USING (user_id)
      GROUP BY GROUPING SETS ((s.channel), ())) c,
     LATERAL retention_average(c.m) a
WHERE a.period = 1
ORDER BY c.channel NULLS LAST;

\echo 'sharing rate: share events per user active in the month (UTC months)'
SELECT l.period AS month, l.active AS active_users, coalesce(s.shares, 0) AS shares,
       round(coalesce(s.shares, 0)::numeric / l.active, 3) AS sharing_rate
FROM lifecycle_rows((SELECT lifecycle(user_id, event_time, 'UTC', 'month') FROM events)) l
LEFT JOIN (SELECT date_trunc('month', shared_at AT TIME ZONE 'UTC')::date AS month, count(*) AS shares
           FROM shares GROUP BY 1) s ON s.month = l.period
WHERE l.active > 0
ORDER BY l.period;

\echo 'viral K-factor per monthly sign-up cohort: invites sent in the first 30 days x acceptance rate'
\echo '(sign-ups end on March 30: the March cohort''s invites have had little time to be accepted)'
SELECT date_trunc('month', s.signed_up_at AT TIME ZONE 'UTC')::date AS cohort,
       count(DISTINCT s.user_id) AS users, count(i.sent_at) AS invites_sent, count(i.accepted_at) AS accepted,
       round(count(i.sent_at)::numeric / count(DISTINCT s.user_id), 3) AS invites_per_user,
       round(count(i.accepted_at)::numeric / nullif(count(i.sent_at), 0), 3) AS acceptance_rate,
       round(count(i.accepted_at)::numeric / count(DISTINCT s.user_id), 3) AS k_factor
FROM signups s
LEFT JOIN invites i ON i.inviter_id = s.user_id AND i.sent_at < s.signed_up_at + interval '30 days'
GROUP BY 1 ORDER BY 1;

\echo 'churn warning, observed up to Monday 2026-03-30 (UTC): the lifecycle''s counts of the week of March 23'
\echo 'beside BG/NBD P(alive) fitted on visit days (at risk: P(alive) < 0.5)'
\echo '(the generator gives every user the same chance of stopping, so bgnbd_fit warns that a and b run off; the'
\echo ' probabilities are those of the limiting model)'
SET client_min_messages = error;
WITH summary AS (
    SELECT user_id, last_seen, (q.s).frequency, (q.s).recency, (q.s).age
    FROM (SELECT user_id, max(event_time) AS last_seen,
                 clv_summary(event_time, 0, timestamptz '2026-03-30 00:00+00', 'days', 'UTC') AS s
          FROM events WHERE event_time < '2026-03-30 00:00+00' GROUP BY user_id) q
), fit AS (
    SELECT bgnbd_fit(frequency, recency, age) AS bg FROM summary
), scored AS (
    SELECT CASE WHEN last_seen >= '2026-03-23 00:00+00' THEN 'active'
                WHEN last_seen >= '2026-03-16 00:00+00' THEN 'dormant'
                ELSE 'lapsed before' END AS last_week,
           bgnbd_prob_alive(bg, frequency, recency, age) AS p_alive
    FROM summary, fit
), week AS (
    SELECT active, dormant
    FROM lifecycle_rows((SELECT lifecycle(user_id, event_time, 'UTC', 'week')
                         FROM events WHERE event_time < '2026-03-30 00:00+00'))
    WHERE period = '2026-03-23'
)
SELECT s.last_week, count(*) AS users,
       CASE s.last_week WHEN 'active' THEN w.active WHEN 'dormant' THEN w.dormant END AS lifecycle_count,
       count(*) FILTER (WHERE s.p_alive < 0.5) AS at_risk,
       round(avg(s.p_alive)::numeric, 3) AS mean_p_alive,
       round(sum(s.p_alive)::numeric) AS expected_alive
FROM scored s, week w
GROUP BY s.last_week, w.active, w.dormant
ORDER BY s.last_week;
RESET client_min_messages;
