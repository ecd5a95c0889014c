-- test/data/growth.sql: deterministic growth seeds beside the events table of
-- test/data/events.sql (run it after that script, in the same schema; it reads
-- events and leaves it unchanged), used by the demo, the docs and the growth
-- recipe tests.
--
--   psql -v seed=0.42 -f test/data/growth.sql
--
-- writes, in current_schema():
--   signups(user_id bigint, channel text, signed_up_at timestamptz): one row
--     per user of events, signed up at its first event; the channel that
--     brought it: 'referral' for the users who accepted an invite, else
--     'paid', 'organic' or 'social'; users active on more days come more
--     often from referrals and less often from paid ads;
--   invites(inviter_id bigint, invitee_id bigint, sent_at timestamptz,
--     accepted_at timestamptz): about one user in six signs up from an invite
--     sent 1 hour to 5 days before by a user who signed up up to 30 days
--     earlier (accepted_at = the invitee's sign-up); more invites are never
--     accepted (invitee_id and accepted_at NULL), sent during the sender's
--     active span, about one per three users;
--   shares(user_id bigint, shared_at timestamptz, via text): one share per
--     invite sent (via 'invite', at sent_at) and about one link share per
--     two users (via 'link'), during the sharer's active span.
-- Same events, same seed: same rows (one process, a fixed order).
\if :{?seed}
\else
\set seed 0.42
\endif
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
SELECT format('DROP TABLE IF EXISTS %I.signups, %I.invites, %I.shares',
              current_schema(), current_schema(), current_schema()) \gexec
SELECT setseed(:seed / 2) AS seeded \gset
-- users in sign-up order (first event; ties by id)
CREATE TEMP TABLE gen_growth_users AS
SELECT row_number() OVER (ORDER BY first_seen, user_id) AS k, user_id, first_seen, last_seen, days
FROM (SELECT user_id, min(event_time) AS first_seen, max(event_time) AS last_seen,
             count(DISTINCT (event_time AT TIME ZONE 'UTC')::date) AS days
      FROM events WHERE event_time IS NOT NULL GROUP BY user_id) u
ORDER BY k;
-- the accepted invites: each invitee picks one of the users who signed up in
-- the 30 days before it (at least 1 hour before), the invite sent 1 hour to
-- 5 days before the invitee's sign-up and after the inviter's
CREATE TEMP TABLE gen_growth_accepted AS
SELECT i.user_id AS invitee_id, i.first_seen AS accepted_at, pick.user_id AS inviter_id,
       greatest(pick.first_seen, i.first_seen - (interval '1 hour' + r.r2 * interval '119 hours')) AS sent_at
FROM (SELECT k, user_id, first_seen, days, random() AS r1 FROM gen_growth_users ORDER BY k) i
CROSS JOIN LATERAL (SELECT random() AS r2, random() AS r3, i.k AS k_) r
CROSS JOIN LATERAL (
    SELECT u.user_id, u.first_seen
    FROM gen_growth_users u
    WHERE u.first_seen BETWEEN i.first_seen - interval '30 days' AND i.first_seen - interval '1 hour'
    ORDER BY u.k
    OFFSET floor(r.r3 * (SELECT count(*) FROM gen_growth_users u2
                         WHERE u2.first_seen BETWEEN i.first_seen - interval '30 days'
                                                 AND i.first_seen - interval '1 hour'))::int
    LIMIT 1) pick
WHERE i.r1 < CASE WHEN i.days >= 4 THEN 0.25 ELSE 0.12 END
ORDER BY i.k;
CREATE TABLE signups AS
SELECT u.user_id,
       CASE WHEN a.invitee_id IS NOT NULL THEN 'referral'
            WHEN r < CASE WHEN u.days <= 2 THEN 0.45 ELSE 0.2 END THEN 'paid'
            WHEN r < 0.82 THEN 'organic' ELSE 'social' END AS channel,
       u.first_seen AS signed_up_at
FROM (SELECT k, user_id, first_seen, days, random() AS r FROM gen_growth_users ORDER BY k) u
LEFT JOIN gen_growth_accepted a ON a.invitee_id = u.user_id
ORDER BY u.k;
-- invites never accepted: 0, 1, 2, ... per user (geometric, mean about 1/3)
CREATE TABLE invites AS
SELECT inviter_id, invitee_id, sent_at, accepted_at
FROM (SELECT inviter_id, invitee_id, sent_at, accepted_at FROM gen_growth_accepted
      UNION ALL
      SELECT u.user_id, NULL::bigint, u.first_seen + random() * (u.last_seen - u.first_seen), NULL::timestamptz
      FROM (SELECT k, user_id, first_seen, last_seen,
                   floor(-ln(1 - random()) / ln(4))::int AS n FROM gen_growth_users ORDER BY k) u
      CROSS JOIN LATERAL generate_series(1, u.n) g) x
ORDER BY sent_at, inviter_id, invitee_id NULLS LAST;
-- shares: every invite, and link shares (0, 1, 2, ... per user, mean about 1/2)
CREATE TABLE shares AS
SELECT user_id, shared_at, via
FROM (SELECT inviter_id AS user_id, sent_at AS shared_at, 'invite'::text AS via FROM invites
      UNION ALL
      SELECT u.user_id, u.first_seen + random() * (u.last_seen - u.first_seen), 'link'
      FROM (SELECT k, user_id, first_seen, last_seen,
                   floor(-ln(1 - random()) / ln(3))::int AS n FROM gen_growth_users ORDER BY k) u
      CROSS JOIN LATERAL generate_series(1, u.n) g) x
ORDER BY shared_at, user_id, via;
DROP TABLE gen_growth_accepted;
DROP TABLE gen_growth_users;
ANALYZE signups;
ANALYZE invites;
ANALYZE shares;
RESET client_min_messages;
