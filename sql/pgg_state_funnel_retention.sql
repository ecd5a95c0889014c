-- pgg_state_funnel_retention.sql: the partial states of funnel_counts and
-- retention_matrix as pgg_state values (doc/citus.md, "How partial states
-- travel").  A state is made from SQL text on a Citus coordinator (the
-- workers send it so), so every text must give a state pg_growth wrote or a
-- clean error: never a crash, never an internal error (XX000).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'America/New_York';

CREATE TEMP TABLE st_ev (uid bigint, ev text, ts timestamptz);
INSERT INTO st_ev
SELECT u, (ARRAY['view', 'cart', 'buy'])[1 + (u * 7 + k) % 3],
       timestamptz '2024-03-09 20:00+00' + (u * 5 + k * 11) * interval '1 hour'
FROM generate_series(1, 12) u, generate_series(0, 3) k;
INSERT INTO st_ev VALUES (NULL, 'view', '2024-03-10 01:00+00'), (13, NULL, '2024-03-10 01:00+00'),
                         (14, 'buy', NULL), (15, 'view', 'infinity');

-- aggregates that stop before the final function: their result is the state
CREATE AGGREGATE pg_temp.fc_state(bigint, interval, timestamptz, VARIADIC boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.fc_state(text, interval, text, timestamptz, text, text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.rm_state(bigint, timestamptz, text) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state);
CREATE AGGREGATE pg_temp.rm_state(uuid, timestamptz, text, boolean, boolean, double precision) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state);

-- the four states: integer actors (partitioned layout), text actors (a table
-- of actors), a bitmap-mode matrix, a uuid matrix with a value column
CREATE TEMP TABLE st_states (name text, final text, s text, expect text);
INSERT INTO st_states
SELECT 'funnel_counts bigint', '_pgg_funnel_counts_final',
       (SELECT pg_temp.fc_state(uid, '1 day', ts, ev = 'view', ev = 'cart', ev = 'buy') FROM st_ev)::text,
       (SELECT funnel_counts(uid, '1 day', ts, ev = 'view', ev = 'cart', ev = 'buy') FROM st_ev)::text
UNION ALL
SELECT 'funnel_counts text', '_pgg_funnel_counts_final',
       (SELECT pg_temp.fc_state(uid::text, '2 days', 'strict_order', ts, ev, ARRAY['view', 'buy']) FROM st_ev)::text,
       (SELECT funnel_counts(uid::text, '2 days', 'strict_order', ts, ev, ARRAY['view', 'buy']) FROM st_ev)::text
UNION ALL
SELECT 'retention_matrix bigint', '_pgg_retention_cohort_final',
       (SELECT pg_temp.rm_state(uid, ts, 'period=day tz=Europe/Berlin') FROM st_ev)::text,
       (SELECT retention_matrix(uid, ts, 'period=day tz=Europe/Berlin') FROM st_ev)::text
UNION ALL
SELECT 'retention_matrix uuid', '_pgg_retention_cohort_final',
       (SELECT pg_temp.rm_state(md5(uid::text)::uuid, ts, 'period=week tz=Asia/Kolkata', ev = 'view', ev = 'buy', uid * 1.5) FROM st_ev)::text,
       (SELECT retention_matrix(md5(uid::text)::uuid, ts, 'period=week tz=Asia/Kolkata', ev = 'view', ev = 'buy', uid * 1.5) FROM st_ev)::text;

-- the text form names the aggregate; the value round-trips text -> state ->
-- text, and its final function gives the aggregate's answer (whatever the
-- session time zone)
SELECT name, split_part(s, ':', 1) AS prefix, s::pgg_state::text = s AS round_trip,
       CASE WHEN final = '_pgg_funnel_counts_final'
            THEN _pgg_funnel_counts_final(s::pgg_state)::text
            ELSE _pgg_retention_cohort_final(s::pgg_state)::text END = expect AS same_answer
FROM st_states ORDER BY name;
SET TimeZone = 'UTC';
SELECT name, _pgg_retention_cohort_final(s::pgg_state)::text = expect AS same_answer_other_time_zone
FROM st_states WHERE final = '_pgg_retention_cohort_final' ORDER BY name;
-- the binary form is the flat bytes the text form encodes
SELECT name, _pgg_state_send(s::pgg_state) = decode(split_part(s, ':', 2), 'base64') AS send_is_flat_form
FROM st_states ORDER BY name;

-- crafted texts: each gives a clean error
SELECT 'funnel_counts'::pgg_state;
\echo :LAST_ERROR_SQLSTATE
SELECT 'funnel_counts:'::pgg_state;
\echo :LAST_ERROR_SQLSTATE
SELECT 'funnel_counts:AAAA'::pgg_state;
\echo :LAST_ERROR_SQLSTATE
SELECT 'funnel_counts:not base64!'::pgg_state;
\echo :LAST_ERROR_SQLSTATE
-- a prefix that does not name the state's aggregate
SELECT ('retention_matrix:' || split_part(s, ':', 2))::pgg_state FROM st_states WHERE name = 'funnel_counts bigint';
\echo :LAST_ERROR_SQLSTATE
-- a state of one aggregate handed to the other's final function
SELECT _pgg_retention_cohort_final(s::pgg_state) FROM st_states WHERE name = 'funnel_counts bigint';
\echo :LAST_ERROR_SQLSTATE
SELECT _pgg_funnel_counts_final(s::pgg_state) FROM st_states WHERE name = 'retention_matrix bigint';
\echo :LAST_ERROR_SQLSTATE

-- Every truncation and one flipped bit per byte of each state: the text is
-- read and the final function applied; the outcome is the answer (a flip
-- that keeps the state valid, such as in a timestamp) or an error, counted
-- by SQLSTATE class.  No outcome is an internal error.
CREATE FUNCTION pg_temp.outcome(prefix text, b bytea, final text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    st pgg_state;
BEGIN
    st := (prefix || ':' || encode(b, 'base64'))::pgg_state;
    IF final = '_pgg_funnel_counts_final' THEN
        PERFORM _pgg_funnel_counts_final(st);
    ELSE
        PERFORM _pgg_retention_cohort_final(st);
    END IF;
    RETURN 'read';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;
CREATE TEMP TABLE st_outcomes AS
SELECT name, kind, pg_temp.outcome(split_part(s, ':', 1), b, final) AS outcome
FROM (SELECT name, final, s, decode(split_part(s, ':', 2), 'base64') AS raw FROM st_states) t,
LATERAL (SELECT 'truncated' AS kind, substr(raw, 1, n) AS b FROM generate_series(1, length(raw) - 1) n
         UNION ALL
         SELECT 'bit flipped', set_byte(raw, n, get_byte(raw, n) # (1 << (n % 8))) FROM generate_series(0, length(raw) - 1) n) m;
SELECT name, kind, count(*) AS mutations,
       count(*) FILTER (WHERE outcome = 'read') AS read,
       count(*) FILTER (WHERE outcome IN ('22P02', '22P03')) AS invalid_representation,
       count(*) FILTER (WHERE outcome NOT IN ('read', '22P02', '22P03')) AS other_clean_errors,
       count(*) FILTER (WHERE outcome LIKE 'XX%') AS internal_errors
FROM st_outcomes GROUP BY name, kind ORDER BY name, kind;
SELECT DISTINCT outcome FROM st_outcomes WHERE outcome NOT IN ('read', '22P02', '22P03') ORDER BY 1;
-- every truncation is refused
SELECT name, count(*) FILTER (WHERE outcome = 'read') AS truncations_read
FROM st_outcomes WHERE kind = 'truncated' GROUP BY name ORDER BY name;

-- the combine functions, as the coordinator runs them: a state merged with
-- itself gives the same answer (the same actors and events); states of
-- different actor types or definitions do not combine
CREATE AGGREGATE pg_temp.fc_merge(pgg_state) (
    SFUNC = _pgg_funnel_counts_combine, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final);
CREATE AGGREGATE pg_temp.rm_merge(pgg_state) (
    SFUNC = _pgg_retention_cohort_combine, STYPE = pgg_state, FINALFUNC = _pgg_retention_cohort_final);
SELECT name, pg_temp.fc_merge(s::pgg_state)::text = min(expect) AS merged_twice_same_answer
FROM st_states, generate_series(1, 2) WHERE name LIKE 'funnel_counts%' GROUP BY name ORDER BY name;
SELECT pg_temp.rm_merge(s::pgg_state)::text = min(expect) AS merged_twice_same_answer
FROM st_states, generate_series(1, 2) WHERE name = 'retention_matrix bigint';
SELECT pg_temp.fc_merge(s::pgg_state) FROM st_states WHERE name LIKE 'funnel_counts%';
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.rm_merge(s::pgg_state) FROM st_states WHERE name LIKE 'retention_matrix%';
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.fc_merge(s::pgg_state) FROM st_states;
\echo :LAST_ERROR_SQLSTATE
