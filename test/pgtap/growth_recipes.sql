-- pgTAP: the growth recipes of doc/recipes.md, run as documented over the demo
-- generators (test/data/events.sql and test/data/growth.sql, 600 users), each
-- checked against an independent plain-SQL computation on the same seeds:
-- next-day retention by channel (local days of a pinned zone, observed cohorts
-- only; the same answer under three session time zones), the sharing rate
-- (distinct active users per month, shares per month), the K-factor (per-user
-- invite counts summed per cohort; K = invites per user x acceptance rate),
-- and the churn warning (the lifecycle's dormant count against active weeks
-- per user, clv_summary against distinct visit days, P(alive) against the
-- BG/NBD formula written out).  Also the seed's own invariants.
\ir helpers/setup.psql
SELECT plan(17);
SET TimeZone = 'UTC';
\set users 600
\set seed 0.42
\ir ../data/events.sql
\ir ../data/growth.sql
SET client_min_messages = warning;

-- ---- the seeds -------------------------------------------------------------
SELECT is((SELECT count(*) FROM signups), (SELECT count(DISTINCT user_id) FROM events),
          'signups: one row per user of events');
SELECT is((SELECT count(*) FROM signups s
           WHERE s.signed_up_at <> (SELECT min(event_time) FROM events e WHERE e.user_id = s.user_id)), 0::bigint,
          'signups: signed up at the first event');
SELECT is((SELECT count(*) FROM invites i JOIN signups v ON v.user_id = i.invitee_id JOIN signups r ON r.user_id = i.inviter_id
           WHERE v.channel <> 'referral' OR i.accepted_at <> v.signed_up_at
              OR i.sent_at < r.signed_up_at OR i.sent_at > i.accepted_at - interval '1 hour'
              OR i.sent_at < i.accepted_at - interval '5 days'),
          0::bigint, 'invites: an accepted invite brings a referral user 1 hour to 5 days after it was sent');
SELECT ok((SELECT count(*) FROM invites WHERE invitee_id IS NULL) > 0
          AND (SELECT count(*) FROM invites WHERE invitee_id IS NULL AND accepted_at IS NOT NULL) = 0
          AND (SELECT count(*) FROM signups WHERE channel = 'referral') = (SELECT count(invitee_id) FROM invites),
          'invites: some never accepted; every referral user accepted exactly one');
SELECT is((SELECT count(*) FROM shares WHERE via = 'invite'), (SELECT count(*) FROM invites),
          'shares: one per invite sent, and link shares besides');

-- ---- next-day retention by channel -------------------------------------------
CREATE TEMP TABLE r_next_day AS
SELECT coalesce(c.channel, 'all') AS channel, a.cohorts AS signup_days, a.cohort_size AS users,
       a.retained, round(a.rate::numeric, 3) AS next_day_retention
FROM (SELECT s.channel,
             retention_matrix(e.user_id, e.event_time,
                              'period=day max_period=1 tz=America/New_York as_of=2026-04-01') AS m
      FROM events e JOIN signups s USING (user_id)
      GROUP BY GROUPING SETS ((s.channel), ())) c,
     LATERAL retention_average(c.m) a
WHERE a.period = 1
ORDER BY c.channel NULLS LAST;
-- oracle: local days in New York of the rows before the observation end; a
-- user counts when its first day D has ended a day before that end (D + 2 <= it)
CREATE TEMP TABLE o_next_day AS
WITH d AS (
    SELECT DISTINCT user_id, (event_time AT TIME ZONE 'America/New_York')::date AS day
    FROM events
    WHERE event_time < timestamp '2026-04-01 00:00' AT TIME ZONE 'America/New_York'
), f AS (
    SELECT user_id, min(day) AS d0 FROM d GROUP BY user_id
), u AS (
    SELECT s.channel, f.d0, EXISTS (SELECT FROM d WHERE d.user_id = f.user_id AND d.day = f.d0 + 1) AS back
    FROM f JOIN signups s USING (user_id)
    WHERE f.d0 + 2 <= date '2026-04-01'
)
SELECT channel, count(DISTINCT d0) AS signup_days, count(*) AS users, count(*) FILTER (WHERE back) AS retained,
       round(count(*) FILTER (WHERE back)::numeric / count(*), 3) AS next_day_retention
FROM u GROUP BY channel
UNION ALL
SELECT 'all', count(DISTINCT d0), count(*), count(*) FILTER (WHERE back),
       round(count(*) FILTER (WHERE back)::numeric / count(*), 3)
FROM u;
SELECT set_eq('SELECT * FROM r_next_day', 'SELECT * FROM o_next_day',
              'next-day retention by channel equals local first days and their next days in plain SQL');
SELECT ok((SELECT count(*) FROM r_next_day) = 5 AND (SELECT min(retained) FROM r_next_day) > 0,
          'next-day retention: four channels and all, each with retained users');
-- the zone is pinned: the session's TimeZone changes nothing
SET TimeZone = 'Asia/Tokyo';
SELECT set_eq($$SELECT coalesce(c.channel, 'all'), a.cohorts, a.cohort_size, a.retained, round(a.rate::numeric, 3)
              FROM (SELECT s.channel,
                           retention_matrix(e.user_id, e.event_time,
                                            'period=day max_period=1 tz=America/New_York as_of=2026-04-01') AS m
                    FROM events e JOIN signups s USING (user_id)
                    GROUP BY GROUPING SETS ((s.channel), ())) c,
                   LATERAL retention_average(c.m) a
              WHERE a.period = 1$$,
              'SELECT * FROM r_next_day', 'next-day retention: the same in a Tokyo session');
SET TimeZone = 'America/Los_Angeles';
SELECT set_eq($$SELECT coalesce(c.channel, 'all'), a.cohorts, a.cohort_size, a.retained, round(a.rate::numeric, 3)
              FROM (SELECT s.channel,
                           retention_matrix(e.user_id, e.event_time,
                                            'period=day max_period=1 tz=America/New_York as_of=2026-04-01') AS m
                    FROM events e JOIN signups s USING (user_id)
                    GROUP BY GROUPING SETS ((s.channel), ())) c,
                   LATERAL retention_average(c.m) a
              WHERE a.period = 1$$,
              'SELECT * FROM r_next_day', 'next-day retention: the same in a Los Angeles session');
SET TimeZone = 'UTC';

-- ---- sharing rate ----------------------------------------------------------
CREATE TEMP TABLE r_sharing AS
SELECT l.period AS month, l.active AS active_users, coalesce(s.shares, 0) AS shares,
       round(coalesce(s.shares, 0)::numeric / l.active, 3) AS sharing_rate
FROM lifecycle_rows((SELECT lifecycle(user_id, event_time, 'UTC', 'month') FROM events)) l
LEFT JOIN (SELECT date_trunc('month', shared_at AT TIME ZONE 'UTC')::date AS month,
                  count(*) AS shares
           FROM shares GROUP BY 1) s ON s.month = l.period
WHERE l.active > 0
ORDER BY l.period;
-- oracle: distinct users per UTC month, shares counted by a correlated subquery
SELECT set_eq('SELECT * FROM r_sharing',
              $$SELECT m.month, m.users, m.shares, round(m.shares::numeric / m.users, 3)
                FROM (SELECT make_date(y, mo, 1) AS month, count(DISTINCT user_id) AS users,
                             (SELECT count(*) FROM shares sh
                              WHERE extract(year FROM sh.shared_at AT TIME ZONE 'UTC') = y
                                AND extract(month FROM sh.shared_at AT TIME ZONE 'UTC') = mo) AS shares
                      FROM (SELECT user_id, extract(year FROM event_time AT TIME ZONE 'UTC')::int AS y,
                                   extract(month FROM event_time AT TIME ZONE 'UTC')::int AS mo
                            FROM events WHERE event_time IS NOT NULL) e
                      GROUP BY y, mo) m$$,
              'sharing rate: lifecycle active users and shares per month equal distinct users and shares in plain SQL');
SELECT ok((SELECT sum(shares) FROM r_sharing) = (SELECT count(*) FROM shares WHERE shared_at <= (SELECT max(event_time) FROM events)),
          'sharing rate: every share falls in a month with active users');

-- ---- K-factor --------------------------------------------------------------
CREATE TEMP TABLE r_k AS
SELECT date_trunc('month', s.signed_up_at AT TIME ZONE 'UTC')::date AS cohort,
       count(DISTINCT s.user_id) AS users,
       count(i.sent_at) AS invites_sent,
       count(i.accepted_at) AS accepted,
       round(count(i.sent_at)::numeric / count(DISTINCT s.user_id), 3) AS invites_per_user,
       round(count(i.accepted_at)::numeric / nullif(count(i.sent_at), 0), 3) AS acceptance_rate,
       round(count(i.accepted_at)::numeric / count(DISTINCT s.user_id), 3) AS k_factor
FROM signups s
LEFT JOIN invites i ON i.inviter_id = s.user_id
                   AND i.sent_at < s.signed_up_at + interval '30 days'
GROUP BY 1
ORDER BY 1;
-- oracle: per user, its invites of the first 30 days and their acceptances;
-- K computed as the product of the two rates
CREATE TEMP TABLE o_k AS
SELECT cohort, count(*) AS users, sum(sent) AS invites_sent, sum(acc) AS accepted,
       sum(sent)::numeric / count(*) AS per_user, sum(acc)::numeric / nullif(sum(sent), 0) AS acceptance
FROM (SELECT make_date(extract(year FROM s.signed_up_at AT TIME ZONE 'UTC')::int,
                       extract(month FROM s.signed_up_at AT TIME ZONE 'UTC')::int, 1) AS cohort,
             (SELECT count(*) FROM invites i WHERE i.inviter_id = s.user_id
                 AND i.sent_at - s.signed_up_at < interval '30 days') AS sent,
             (SELECT count(*) FROM invites i WHERE i.inviter_id = s.user_id
                 AND i.sent_at - s.signed_up_at < interval '30 days' AND i.invitee_id IS NOT NULL) AS acc
      FROM signups s) per_user
GROUP BY cohort;
SELECT set_eq('SELECT cohort, users, invites_sent, accepted, invites_per_user, acceptance_rate, k_factor FROM r_k',
              'SELECT cohort, users, invites_sent, accepted, round(per_user, 3) AS ipu,
                      round(acceptance, 3) AS ar, round(per_user * acceptance, 3) AS k FROM o_k',
              'K-factor per cohort equals invites per user x acceptance rate from per-user counts');
SELECT ok((SELECT count(*) FROM r_k) = 3 AND (SELECT min(k_factor) FROM r_k) > 0
          AND (SELECT sum(accepted) FROM r_k) <= (SELECT count(*) FROM signups WHERE channel = 'referral'),
          'K-factor: three monthly cohorts, accepted invites no more than the referral users');

-- ---- churn warning ---------------------------------------------------------
SET client_min_messages = error;  -- bgnbd_fit warns on the generated data (doc/recipes.md)
CREATE TEMP TABLE r_churn AS
WITH summary AS (             -- visit days per user up to the observation end, in days (UTC)
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
), week AS (                  -- the lifecycle row of the week of 2026-03-23
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
CREATE TEMP TABLE churn_fit AS
SELECT bgnbd_fit(frequency, recency, age) AS bg
FROM (SELECT (clv_summary(event_time, 0, timestamptz '2026-03-30 00:00+00', 'days', 'UTC')).*
      FROM events WHERE event_time < '2026-03-30 00:00+00' GROUP BY user_id) q;
SET client_min_messages = warning;
-- oracle: per user the distinct UTC days before the end, its ISO weeks, and
-- P(alive) = 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x))
CREATE TEMP TABLE o_users AS
SELECT user_id, count(*) - 1 AS x, max(day) - min(day) AS tx, date '2026-03-30' - min(day) AS t_age,
       bool_or(day >= date '2026-03-23') AS in_w, bool_or(day >= date '2026-03-16' AND day < date '2026-03-23') AS in_w1
FROM (SELECT DISTINCT user_id, (event_time AT TIME ZONE 'UTC')::date AS day
      FROM events WHERE event_time < '2026-03-30 00:00+00') d
GROUP BY user_id;
CREATE TEMP TABLE o_churn AS
SELECT CASE WHEN in_w THEN 'active' WHEN in_w1 THEN 'dormant' ELSE 'lapsed before' END AS last_week,
       1 / (1 + CASE WHEN x > 0 THEN (bg).a / ((bg).b + x - 1)
                                     * power(((bg).alpha + t_age) / ((bg).alpha + tx), (bg).r + x)
                     ELSE 0 END) AS p
FROM o_users, churn_fit;
SELECT is((SELECT array_agg(lifecycle_count ORDER BY last_week) FROM r_churn WHERE lifecycle_count IS NOT NULL),
          (SELECT ARRAY[count(*) FILTER (WHERE in_w), count(*) FILTER (WHERE in_w1 AND NOT in_w)] FROM o_users),
          'churn warning: the lifecycle counts of the week are the users active in it, and active the week before but not in it');
SELECT set_eq('SELECT last_week, users, at_risk FROM r_churn',
              'SELECT last_week, count(*) AS n, count(*) FILTER (WHERE p < 0.5) AS r FROM o_churn GROUP BY 1',
              'churn warning: users and P(alive) < 0.5 per group equal the BG/NBD formula over distinct visit days');
SELECT ok((SELECT bool_and(abs(r.expected_alive - o.s) <= 0.5 + 1e-6 AND abs(r.mean_p_alive - o.m) <= 0.0005 + 1e-9)
           FROM r_churn r JOIN (SELECT last_week, sum(p) AS s, avg(p) AS m FROM o_churn GROUP BY 1) o USING (last_week)),
          'churn warning: expected alive and mean P(alive) per group agree with the formula');
SELECT ok((SELECT count(*) FROM r_churn) = 3
          AND (SELECT at_risk FROM r_churn WHERE last_week = 'dormant') > 0
          AND (SELECT at_risk FROM r_churn WHERE last_week = 'dormant') < (SELECT users FROM r_churn WHERE last_week = 'dormant'),
          'churn warning: some dormant users at risk, not all');

SELECT * FROM finish();
ROLLBACK;
