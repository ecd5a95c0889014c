-- pg_growth 0.1.0 -> 0.2.0
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.2.0'" to load this file. \quit

-- window_funnel and window_funnel_times keep their events as compact runs
-- (5-6 bytes per matching row instead of 16; the C code of 0.2.0).  Their
-- planner estimate of the state size (SSPACE) goes from 400 to 160 bytes, so
-- that hash aggregation does not plan to spill for tables of this size.
-- ALTER AGGREGATE cannot change SSPACE, and dropping the aggregates would fail
-- for any view that uses them, so the catalog rows are updated in place (an
-- extension script runs as superuser, also for a trusted extension).
UPDATE pg_catalog.pg_aggregate a
SET aggtransspace = 160
FROM pg_catalog.pg_proc p
WHERE a.aggtransfn = p.oid
  AND p.proname = 'window_funnel_trans'
  AND p.pronamespace = '@extschema@'::pg_catalog.regnamespace
  AND a.aggtransspace = 400;
