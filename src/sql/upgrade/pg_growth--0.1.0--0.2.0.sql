-- pg_growth 0.1.0 -> 0.2.0
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.2.0'" to load this file. \quit

-- window_funnel and window_funnel_times keep their events as compact runs
-- (5-6 bytes per matching row instead of 16; the C code of 0.2.0).  Their
-- planner estimate of the state size (SSPACE) goes from 400 to 160 bytes, so
-- that hash aggregation does not plan to spill for tables of this size.
--
-- CREATE OR REPLACE AGGREGATE (PostgreSQL 14 and later) changes SSPACE in
-- place: views that use the aggregates keep working, and nothing here writes a
-- system catalog directly.  (The first 0.2.0 script updated pg_aggregate with
-- unqualified operators; a database owner could plant a look-alike operator
-- that then ran as the superuser executing the script.)  Every name below is
-- qualified: the functions and types with @extschema@ or pg_catalog.
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_ts_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_ts_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_ts_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_times_ts_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, PARALLEL = SAFE);
