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

-- funnel_report: one pass over the zipped arrays instead of subscripting them per
-- step (a large counts array was detoasted once per step: quadratic).  Same
-- signature, results and errors.
CREATE OR REPLACE FUNCTION @extschema@.funnel_report(counts pg_catalog.int8[], step_names pg_catalog.text[] DEFAULT NULL)
RETURNS TABLE (step pg_catalog.int4, step_name pg_catalog.text, actors pg_catalog.int8, conversion_from_previous pg_catalog.float8,
               conversion_from_first pg_catalog.float8, drop_off pg_catalog.int8)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF array_ndims(counts) > 1 OR array_ndims(step_names) > 1 THEN
        RAISE EXCEPTION 'funnel_report takes one-dimensional arrays'
            USING ERRCODE = '2202E';
    END IF;
    IF EXISTS (SELECT FROM unnest(counts) c WHERE c < 0) THEN
        RAISE EXCEPTION 'funnel_report counts must not be negative'
            USING ERRCODE = '22023', HINT = 'Pass the array returned by funnel_counts.';
    END IF;
    IF step_names IS NOT NULL AND cardinality(step_names) <> cardinality(counts) THEN
        RAISE EXCEPTION 'funnel_report got % step names for % steps', cardinality(step_names), cardinality(counts)
            USING ERRCODE = '2202E', HINT = 'Pass one name per step, or NULL for no names.';
    END IF;
    IF counts IS NULL THEN
        RETURN;
    END IF;
    -- One pass over the zipped arrays (subscripting a large array per row
    -- detoasts it every time: quadratic); lag() is the previous step's count,
    -- first_value() the first step's, whatever the arrays' lower bounds.
    RETURN QUERY
    SELECT u.k::integer,
           u.name,
           u.c,
           CASE WHEN u.k = 1 THEN CASE WHEN u.c > 0 THEN 1.0::float8 END
                WHEN lag(u.c) OVER w > 0 THEN u.c::float8 OPERATOR(pg_catalog./) (lag(u.c) OVER w)::float8 END,
           CASE WHEN first_value(u.c) OVER w > 0
                THEN u.c::float8 OPERATOR(pg_catalog./) (first_value(u.c) OVER w)::float8 END,
           CASE WHEN u.k = 1 THEN 0::bigint ELSE lag(u.c) OVER w - u.c END
    FROM unnest(counts, step_names) WITH ORDINALITY AS u(c, name, k)
    WINDOW w AS (ORDER BY u.k)
    ORDER BY u.k;
END
$$;

-- window_funnel has a transition function of its own, window_funnel_level_trans:
-- its final function needs only the level, so a state that reaches the last
-- step stops keeping events (0.2.x decided that at run time by looking up the
-- aggregate's final function in pg_aggregate).  window_funnel_trans keeps every
-- event, for window_funnel_times (and for the window_funnel of an installation
-- not yet updated, which stays correct).  window_funnel_value has support
-- functions of its own: its state is not window_funnel's.  The final functions
-- leave their state as they found it, which the aggregates now state
-- (FINALFUNC_MODIFY = READ_ONLY, the default, so window_funnel_times and
-- funnel_counts, whose definitions do not change otherwise, are not replaced).
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_value_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_value_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_value_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_value_combine(pg_catalog.internal, pg_catalog.internal) IS
    'window_funnel_value support: combines two partial states';
COMMENT ON FUNCTION @extschema@.window_funnel_value_serialize(pg_catalog.internal) IS
    'window_funnel_value support: the bytes of a partial state';
COMMENT ON FUNCTION @extschema@.window_funnel_value_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'window_funnel_value support: a partial state from its bytes';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 528, FINALFUNC = @extschema@.window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = @extschema@.window_funnel_value_combine,
    SERIALFUNC = @extschema@.window_funnel_value_serialize, DESERIALFUNC = @extschema@.window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.anyelement, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 528, FINALFUNC = @extschema@.window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = @extschema@.window_funnel_value_combine,
    SERIALFUNC = @extschema@.window_funnel_value_serialize, DESERIALFUNC = @extschema@.window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

-- window_funnel_value's SSPACE, the planner's estimate of a state's bytes (it
-- sizes hash aggregation with it), is 528 since 0.3.0 (600 before): its
-- measured average on the bench data (test/data/events.sql, 200,000 users,
-- HashAggregate Memory Usage over that of count(*)) is 503-522 bytes per
-- actor.  It is replaced above.

-- ---- retention -------------------------------------------------------------

-- retention_matrix and retention_actor: their final function applies the rows
-- still queued and reorganizes the actor entries, so it modifies the state;
-- 0.3.0 declares FINALFUNC_MODIFY = READ_WRITE (it was READ_ONLY, the
-- default).  retention_actor also gets SSPACE = 1640, its measured state
-- size per actor on the bench data (weekly periods, about 40 events per
-- actor); without SSPACE the planner assumed 8 kB.  CREATE OR REPLACE
-- AGGREGATE changes them in place, every other attribute as before.
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
    SFUNC = @extschema@.retention_actor_trans, STYPE = pg_catalog.internal, SSPACE = 1640,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@.retention_actor_trans, STYPE = pg_catalog.internal, SSPACE = 1640,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@.retention_actor_trans, STYPE = pg_catalog.internal, SSPACE = 1640,
    COMBINEFUNC = @extschema@.retention_cohort_combine,
    SERIALFUNC = @extschema@.retention_cohort_serialize, DESERIALFUNC = @extschema@.retention_cohort_deserialize,
    FINALFUNC = @extschema@.retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);

-- ---- clv -------------------------------------------------------------------

-- clv_summary gets SSPACE = 128, its measured state size per customer on the
-- bench data (purchase rows: 16 bytes a purchase and the header); without
-- SSPACE the planner assumed 8 kB.  Every other attribute as before.
CREATE OR REPLACE AGGREGATE @extschema@.clv_summary(purchase_time pg_catalog.timestamptz, amount pg_catalog.float8,
                             observation_end pg_catalog.timestamptz, unit pg_catalog.text) (
    SFUNC = @extschema@.clv_summary_trans,
    STYPE = pg_catalog.internal,
    SSPACE = 128,
    FINALFUNC = @extschema@.clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@.clv_summary_combine,
    SERIALFUNC = @extschema@.clv_summary_serialize,
    DESERIALFUNC = @extschema@.clv_summary_deserialize,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.clv_summary(purchase_date pg_catalog.date, amount pg_catalog.float8,
                             observation_end pg_catalog.date, unit pg_catalog.text) (
    SFUNC = @extschema@.clv_summary_trans,
    STYPE = pg_catalog.internal,
    SSPACE = 128,
    FINALFUNC = @extschema@.clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@.clv_summary_combine,
    SERIALFUNC = @extschema@.clv_summary_serialize,
    DESERIALFUNC = @extschema@.clv_summary_deserialize,
    PARALLEL = SAFE
);
