-- pg_growth 0.2.1 -> 0.3.0
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.3.0'" to load this file. \quit

-- Every name is qualified (@extschema@ for ours, pg_catalog for built-in
-- types and functions), and no statement writes a system catalog: the script
-- runs as superuser even when a database owner installs the trusted extension.

-- ---- lift ------------------------------------------------------------------

-- ---- funnel ----------------------------------------------------------------

-- ---- retention -------------------------------------------------------------

-- retention_matrix and retention_actor: their final function applies the rows
-- still queued and reorganizes the actor entries, so it modifies the state;
-- 0.3.0 declares FINALFUNC_MODIFY = READ_WRITE (it was READ_ONLY, the
-- default).  CREATE OR REPLACE AGGREGATE changes it in place, every other
-- attribute as before.
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@.retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@.retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@.retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@.retention_actor_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@.retention_actor_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@.retention_actor_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);

-- ---- clv -------------------------------------------------------------------
