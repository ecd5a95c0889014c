-- rfm() changes its result (customer_id bigint -> text) in 0.3.0, so the
-- update drops and re-creates it.  A view, materialized view or function
-- that depends on rfm() would be dropped with it: the update refuses instead
-- (SQLSTATE 2BP01), names every dependent object and says what to do; the
-- extension stays at its version and the objects keep working.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS pg_growth CASCADE;
CREATE EXTENSION pg_growth VERSION '0.2.0';
RESET client_min_messages;
SET TimeZone = 'UTC';
CREATE TABLE urv_ev (user_id bigint, event_name text, event_time timestamptz, revenue numeric);
INSERT INTO urv_ev VALUES (1, 'purchase', '2026-03-01', 10), (2, 'purchase', '2026-03-05', 20),
                          (2, 'purchase', '2026-03-09', 5), (3, 'page_view', '2026-03-09', NULL);
CREATE VIEW urv_segments AS SELECT customer_id, segment FROM rfm('urv_ev', '2026-04-01');
CREATE MATERIALIZED VIEW urv_mv AS SELECT customer_id, frequency FROM rfm('urv_ev', '2026-04-01');
CREATE FUNCTION urv_count() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC SELECT count(*) FROM rfm('urv_ev', '2026-04-01'); END;
-- refused, naming the three objects (no CONTEXT: PostgreSQL 18 adds the
-- script's statement to it)
\set SHOW_CONTEXT never
ALTER EXTENSION pg_growth UPDATE;
\set SHOW_CONTEXT errors
DO $$
BEGIN
    ALTER EXTENSION pg_growth UPDATE;
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'refused with SQLSTATE %', SQLSTATE;
END $$;
-- nothing changed: still 0.2.0, the objects still work
SELECT extversion FROM pg_extension WHERE extname = 'pg_growth';
SELECT * FROM urv_segments ORDER BY customer_id;
SELECT urv_count();
-- as the hint says: drop, update, recreate (customer_id is now text)
DROP VIEW urv_segments;
DROP MATERIALIZED VIEW urv_mv;
DROP FUNCTION urv_count();
ALTER EXTENSION pg_growth UPDATE;
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_growth') AS updated
FROM pg_extension WHERE extname = 'pg_growth';
CREATE VIEW urv_segments AS SELECT customer_id, segment FROM rfm('urv_ev', '2026-04-01');
SELECT * FROM urv_segments ORDER BY customer_id;
SELECT pg_typeof(customer_id) FROM urv_segments LIMIT 1;
DROP VIEW urv_segments;
DROP TABLE urv_ev;
