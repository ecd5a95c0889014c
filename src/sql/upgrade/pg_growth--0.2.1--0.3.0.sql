-- pg_growth 0.2.1 -> 0.3.0
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.3.0'" to load this file. \quit

-- Every name is qualified (@extschema@ for ours, pg_catalog for built-in
-- types and functions), and no statement writes a system catalog: the script
-- runs as superuser even when a database owner installs the trusted extension.

-- ---- lift ------------------------------------------------------------------
-- sequential_ztest and bayes_proportions become C functions themselves (same
-- signature, defaults, OUT columns, volatility, strictness and comment); the
-- helpers sequential_ztest_c and bayes_proportions_c, through which the SQL
-- wrappers passed two dummy arguments, are dropped.  The C functions tell the
-- old argument layout from the new one by their number of arguments, so the
-- same library serves databases at 0.1.0 - 0.2.1.  CREATE OR REPLACE resets
-- proconfig: a C function needs no pinned search_path.
CREATE OR REPLACE FUNCTION @extschema@.sequential_ztest(x_a pg_catalog.int8, n_a pg_catalog.int8,
    x_b pg_catalog.int8, n_b pg_catalog.int8,
    alpha pg_catalog.float8 DEFAULT 0.05, tuning pg_catalog.float8 DEFAULT 5000,
    relative pg_catalog.bool DEFAULT true,
    OUT estimate pg_catalog.float8, OUT se pg_catalog.float8, OUT ci_low pg_catalog.float8,
    OUT ci_high pg_catalog.float8, OUT p_value pg_catalog.float8)
    AS 'MODULE_PATHNAME', 'pgg_sequential_ztest'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.bayes_proportions(x_a pg_catalog.int8, n_a pg_catalog.int8,
    x_b pg_catalog.int8, n_b pg_catalog.int8,
    relative pg_catalog.bool DEFAULT true, prior_mean pg_catalog.float8 DEFAULT 0,
    prior_sd pg_catalog.float8 DEFAULT NULL, alpha pg_catalog.float8 DEFAULT 0.05,
    OUT effect pg_catalog.float8, OUT effect_sd pg_catalog.float8, OUT ci_low pg_catalog.float8,
    OUT ci_high pg_catalog.float8, OUT chance_to_win pg_catalog.float8,
    OUT risk_control pg_catalog.float8, OUT risk_treatment pg_catalog.float8)
    AS 'MODULE_PATHNAME', 'pgg_bayes_proportions'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
DROP FUNCTION @extschema@.sequential_ztest_c(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8,
    pg_catalog.int8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8,
    pg_catalog.bool);
DROP FUNCTION @extschema@.bayes_proportions_c(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8,
    pg_catalog.int8, pg_catalog.float8, pg_catalog.float8, pg_catalog.bool, pg_catalog.float8,
    pg_catalog.float8, pg_catalog.float8);

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
