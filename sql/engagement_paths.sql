-- user_path(), path_steps() and sequence_next_node(): the hand-checkable cases of
-- doc/engagement.md ("Paths"), NULLs, infinities, ties, and the error messages.
--
-- Crafted states: both aggregates keep internal states; their deserialize functions cannot be
-- called from SQL (they run only between parallel workers and the leader), so crafted bytes
-- cannot reach them from a test.  The readers check magic, version, the parameters
-- (direction, base, condition count; max_events, flags, start and end events), the event
-- count against the bytes present, varints, timestamps within range, masks within the
-- conditions, base flags, values (valid text, no NUL) and trailing bytes
-- (src/engagement/paths.c); the round trip runs in the forced-parallel tests of
-- test/pgtap/engagement_paths.sql.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    d text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_HINT;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(d, '') || ')', '');
END $$;

CREATE TABLE pc (uid bigint, ts timestamptz, page text, ok boolean);
INSERT INTO pc VALUES
    (1, '2024-05-01 10:00', 'home', true), (1, '2024-05-01 10:01', 'search', true),
    (1, '2024-05-01 10:02', 'search', NULL), (1, '2024-05-01 10:03', 'product', true),
    (1, '2024-05-01 10:05', 'cart', false),
    (2, '2024-05-01 09:00', 'blog', true), (2, '2024-05-01 10:00', 'home', true),
    (2, '2024-05-01 10:02', 'product', true), (2, '2024-05-01 10:03', 'home', true),
    (2, '2024-05-01 10:04', 'product', true), (2, 'infinity', 'home', true), (2, NULL, 'home', true),
    (3, '2024-05-01 10:00', 'search', true), (3, '2024-05-01 10:00', 'home', true),
    (3, '2024-05-01 10:07', 'cart', true),
    (4, '2024-05-01 10:00', 'blog', true), (4, '2024-05-01 10:01', NULL, true);

-- paths: the doc's table, and NULL start_event (from the first event)
SELECT uid, user_path(ts, page, 'home', 4) AS path, user_path(ts, page, 'home', 4, true) AS merged,
       user_path(ts, page, 'home', 4, false, 'product') AS to_product, user_path(ts, page, NULL, 2) AS first2
FROM pc GROUP BY uid ORDER BY uid;
-- over no rows, and over rows that are all skipped
SELECT user_path(ts, page, 'home', 3) FROM pc WHERE false;
SELECT user_path(ts, page, 'home', 3) FROM pc WHERE uid = 4;
-- end_event equal to start_event: the next occurrence ends the path
SELECT user_path(ts, page, 'home', 10, false, 'home'), user_path(ts, page, 'home', 10, true, 'home') FROM pc WHERE uid = 2;
SELECT * FROM path_steps('{home,search,search,product}');
SELECT * FROM path_steps('{home,NULL,cart}');
SELECT * FROM path_steps('[0:1]={a,b}');

-- next nodes: the doc's table; base_condition NULL is false (user 1's second search)
SELECT uid,
       sequence_next_node('forward', 'first_match', ts, page, true, page = 'home') AS after_home,
       sequence_next_node('backward', 'first_match', ts, page, true, page = 'product') AS before_product,
       sequence_next_node('forward', 'head', ts, page, true, page = 'home', page = 'search') AS after_home_search,
       sequence_next_node('forward', 'last_match', ts, page, ok, page = 'search') AS after_last_ok_search,
       sequence_next_node('backward', 'tail', ts, page, true) AS last_page
FROM pc GROUP BY uid ORDER BY uid;
SELECT sequence_next_node('forward', 'head', ts, page, true, page = 'home') FROM pc WHERE false;
SELECT sequence_next_node('FORWARD', 'Head', ts AT TIME ZONE 'UTC', page, true, VARIADIC ARRAY[page = 'home']) FROM pc WHERE uid = 1;

-- errors
SELECT pg_temp.err($$SELECT user_path(ts, page, 'home', 0) FROM pc$$);
SELECT pg_temp.err($$SELECT user_path(ts, page, 'home', 1001) FROM pc$$);
SELECT pg_temp.err($$SELECT user_path(ts, page, 'home', NULL) FROM pc$$);
SELECT pg_temp.err($$SELECT user_path(ts, page, 'home', 3, NULL) FROM pc$$);
SELECT pg_temp.err($$SELECT user_path(ts, page, CASE WHEN uid = 1 THEN 'home' END, 3) FROM pc$$);
SELECT pg_temp.err($$SELECT user_path(ts, page, 'home', CASE WHEN uid = 1 THEN 3 ELSE 4 END) FROM pc$$);
SELECT pg_temp.err($$SELECT * FROM path_steps('{{a,b},{c,d}}')$$);
SELECT pg_temp.err($$SELECT sequence_next_node('sideways', 'head', ts, page, true, page = 'home') FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('forward', 'middle', ts, page, true, page = 'home') FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node(NULL, 'head', ts, page, true, page = 'home') FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('forward', NULL, ts, page, true, page = 'home') FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('backward', 'last_match', ts, page, true) FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('forward', 'head', ts, page, true, page) FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('forward', 'head', ts, page, true, VARIADIC ARRAY(SELECT true FROM generate_series(1, 33))) FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('forward', 'head', ts, page, true, VARIADIC CASE WHEN uid = 1 THEN ARRAY[true] ELSE ARRAY[true, false] END) FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node(CASE WHEN uid = 1 THEN 'forward' ELSE 'backward' END, 'head', ts, page, true, true) FROM pc$$);
SELECT pg_temp.err($$SELECT sequence_next_node('forward', 'head', ts, page, true, VARIADIC NULL::boolean[]) FROM pc$$);
