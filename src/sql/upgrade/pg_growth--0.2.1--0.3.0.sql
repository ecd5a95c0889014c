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

-- ---- rfm -------------------------------------------------------------------

-- rfm() looks its regclass up in pg_class before building the query: a
-- dangling OID is 42P01 (it was pasted into the query text as "-"), an index
-- or sequence 42809, a table the caller may not read 42501, an empty column
-- name 22023 (it was quoted as "", a syntax error); the table is written
-- schema.name with %I.%I.  Same signature, defaults, volatility,
-- settings and comment; the body is that of src/rfm/rfm.sql.
CREATE OR REPLACE FUNCTION @extschema@.rfm(events pg_catalog.regclass,
                    as_of pg_catalog.timestamptz DEFAULT NULL,
                    n_bins pg_catalog.int4 DEFAULT 5,
                    customer_column pg_catalog.name DEFAULT 'user_id',
                    time_column pg_catalog.name DEFAULT 'event_time',
                    amount_column pg_catalog.name DEFAULT 'revenue',
                    event_column pg_catalog.name DEFAULT 'event_name',
                    purchase_event pg_catalog.text DEFAULT 'purchase')
    RETURNS TABLE (customer_id pg_catalog.int8, last_purchase pg_catalog.timestamptz, recency_days pg_catalog.float8,
                   frequency pg_catalog.int8, monetary pg_catalog.numeric,
                   r_score pg_catalog.int4, f_score pg_catalog.int4, m_score pg_catalog.int4, segment pg_catalog.text)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    cond text := 'true';
BEGIN
    IF events IS NULL OR customer_column IS NULL OR time_column IS NULL OR amount_column IS NULL THEN
        RAISE EXCEPTION 'rfm: the table, customer, time and amount columns must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF n_bins IS NULL OR n_bins < 1 OR n_bins > 1000 THEN
        RAISE EXCEPTION 'n_bins must be between 1 and 1000, got %', coalesce(n_bins::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF event_column IS NOT NULL THEN
        IF purchase_event IS NULL THEN
            RAISE EXCEPTION 'rfm: purchase_event must not be NULL when event_column is given'
                USING ERRCODE = 'null_value_not_allowed',
                      HINT = 'Pass event_column => NULL when every row of the table is a purchase.';
        END IF;
        cond := format('%I = %L', event_column, purchase_event);
    END IF;
    IF as_of IS NOT NULL THEN
        cond := cond || format(' AND %I <= $1', time_column);
    END IF;
    -- events may be any OID (0::oid::regclass, a dropped table): look it up
    -- before building the query
    DECLARE
        rel_schema name;
        rel_name name;
        rel_kind "char";
    BEGIN
        SELECT n.nspname, c.relname, c.relkind INTO rel_schema, rel_name, rel_kind
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
        WHERE c.oid OPERATOR(pg_catalog.=) events::pg_catalog.oid;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'rfm: relation with OID % does not exist', events::pg_catalog.oid
                USING ERRCODE = 'undefined_table',
                      DETAIL = 'The events argument is a regclass whose OID names no relation (a dropped table, or a number cast to regclass).',
                      HINT = 'Pass the name of an existing table, view or materialized view, such as ''events'' or ''sales.orders''.';
        END IF;
        IF rel_kind NOT IN ('r', 'p', 'v', 'm', 'f') THEN
            RAISE EXCEPTION 'rfm: "%" is not a table, view or materialized view', rel_name
                USING ERRCODE = 'wrong_object_type';
        END IF;
        IF NOT pg_catalog.has_any_column_privilege(events::pg_catalog.oid, 'SELECT') THEN
            RAISE EXCEPTION 'rfm: permission denied for table %', rel_name
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'rfm() reads the table with the privileges of its caller.';
        END IF;
        -- an empty name would be quoted as "", a syntax error
        IF '' IN (customer_column, time_column, amount_column, event_column) THEN
            RAISE EXCEPTION 'rfm: column names must not be empty'
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Pass the names of the customer, time, amount and event columns, or event_column => NULL.';
        END IF;
        -- the query text keeps its columns: error positions stay as before
        RETURN QUERY EXECUTE format($q$
        WITH c AS MATERIALIZED (
            SELECT %1$I::bigint AS customer_id, max(%2$I)::timestamptz AS last_purchase,
                   count(*) AS frequency, coalesce(sum(%3$I), 0)::numeric AS monetary
            FROM %4$s
            WHERE %5$s AND %2$I IS NOT NULL AND %1$I IS NOT NULL
            GROUP BY 1),
        b AS (
            SELECT @extschema@.rfm_breaks(last_purchase, $2) AS rb,
                   @extschema@.rfm_breaks(frequency, $2) AS fb,
                   @extschema@.rfm_breaks(monetary, $2) AS mb,
                   coalesce($1, max(last_purchase)) AS ref
            FROM c)
        SELECT c.customer_id, c.last_purchase,
               date_part('epoch', b.ref - c.last_purchase) / 86400,
               c.frequency, c.monetary, s.r, s.f, s.m,
               CASE WHEN $2 = 5 THEN @extschema@.rfm_segment(s.r, s.f, s.m) END
        FROM c CROSS JOIN b
        CROSS JOIN LATERAL (SELECT @extschema@.rfm_score(c.last_purchase, b.rb) AS r,
                                   @extschema@.rfm_score(c.frequency, b.fb) AS f,
                                   @extschema@.rfm_score(c.monetary, b.mb) AS m) s
        $q$, customer_column, time_column, amount_column, format('%I.%I', rel_schema, rel_name), cond)
            USING as_of, n_bins;
    END;
END
$fn$;

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
