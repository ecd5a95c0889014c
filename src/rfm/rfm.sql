
-- ---------------------------------------------------------------------------
-- RFM segmentation (doc/rfm.md)
-- ---------------------------------------------------------------------------
-- One aggregate family: rfm_breaks(value [, n_bins]) over double precision,
-- bigint, numeric and timestamptz (8 overloads), all on _pgg_rfm_breaks_trans /
-- _pgg_rfm_breaks_combine / _pgg_rfm_breaks_final with a plain float8[] state (so Citus
-- can split it), READ_ONLY finals, PARALLEL SAFE.

-- rfm_bin(percent_rank, n_bins): least(n_bins, 1 + floor(n_bins * percent_rank)),
-- for use as rfm_bin(percent_rank() OVER (ORDER BY value)).
CREATE FUNCTION rfm_bin(percent_rank double precision, n_bins integer DEFAULT 5)
    RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_rfm_bin'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_bin(double precision, integer) IS
    'RFM score 1..n_bins of a percent rank: least(n_bins, 1 + floor(n_bins * percent_rank))';

-- rfm_breaks(value [, n_bins]): the n_bins - 1 score breaks of a set of values.
-- The state is a plain float8[] (element 1 = n_bins, then the values), kept
-- as an expanded array and appended in place; combining concatenates.
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], double precision) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], double precision, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], bigint) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], bigint, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], numeric) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], numeric, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], timestamptz) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], timestamptz, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_combine(double precision[], double precision[]) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_final(double precision[]) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE rfm_breaks(value double precision) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value double precision, n_bins integer) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value bigint) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value bigint, n_bins integer) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value numeric) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value numeric, n_bins integer) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value timestamptz) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(value timestamptz, n_bins integer) (
    SFUNC = _pgg_rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_rfm_breaks_combine, FINALFUNC = _pgg_rfm_breaks_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE rfm_breaks(double precision) IS
    'RFM score breaks (5 bins) of a set of values, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(double precision, integer) IS
    'RFM score breaks (n_bins) of a set of values, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(bigint) IS
    'RFM score breaks (5 bins) of a set of values, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(bigint, integer) IS
    'RFM score breaks (n_bins) of a set of values, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(numeric) IS
    'RFM score breaks (5 bins) of a set of values, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(numeric, integer) IS
    'RFM score breaks (n_bins) of a set of values, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(timestamptz) IS
    'RFM score breaks (5 bins) of a set of timestamps, for rfm_score(value, breaks)';
COMMENT ON AGGREGATE rfm_breaks(timestamptz, integer) IS
    'RFM score breaks (n_bins) of a set of timestamps, for rfm_score(value, breaks)';

-- rfm_score(value, breaks): 1 + the number of breaks <= value
CREATE FUNCTION rfm_score(value double precision, breaks double precision[]) RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_rfm_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rfm_score(value bigint, breaks double precision[]) RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_rfm_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rfm_score(value numeric, breaks double precision[]) RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_rfm_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rfm_score(value timestamptz, breaks double precision[]) RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_rfm_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_score(double precision, double precision[]) IS
    'RFM score of a value against breaks from rfm_breaks(): 1 + number of breaks <= value';
COMMENT ON FUNCTION rfm_score(bigint, double precision[]) IS
    'RFM score of a value against breaks from rfm_breaks(): 1 + number of breaks <= value';
COMMENT ON FUNCTION rfm_score(numeric, double precision[]) IS
    'RFM score of a value against breaks from rfm_breaks(): 1 + number of breaks <= value';
COMMENT ON FUNCTION rfm_score(timestamptz, double precision[]) IS
    'RFM score of a timestamp against breaks from rfm_breaks(): 1 + number of breaks <= value';

-- rfm_segment(r, f, m): the ten-segment map on R and F (M unused)
CREATE FUNCTION rfm_segment(r integer, f integer, m integer) RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_rfm_segment'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_segment(integer, integer, integer) IS
    'RFM segment of 1..5 scores: the ten-segment map on R and F (champions, loyal_customers, ...)';

-- rfm_segment(r, f, m, rules): first matching (pattern, segment) rule
CREATE FUNCTION rfm_segment(r integer, f integer, m integer, rules text[]) RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_rfm_segment_rules'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_segment(integer, integer, integer, text[]) IS
    'RFM segment from custom rules: text[][] of (pattern, segment), first match wins, NULL when none matches';

-- rfm(events, as_of, ...): per-customer R, F, M, scores and segment straight
-- from a table of events (or purchases), in one call.  Column names are
-- passed as identifiers and quoted with format(%I), the purchase event with
-- %L; the table as regclass, looked up in pg_class first (a dangling OID is
-- 42P01, an index or sequence 42809) and written schema.name with %I.%I.
-- The checks that came first keep their line numbers (error CONTEXT lines).
CREATE FUNCTION rfm(events regclass,
                    as_of timestamptz DEFAULT NULL,
                    n_bins integer DEFAULT 5,
                    customer_column name DEFAULT 'user_id',
                    time_column name DEFAULT 'event_time',
                    amount_column name DEFAULT 'revenue',
                    event_column name DEFAULT 'event_name',
                    purchase_event text DEFAULT 'purchase')
    RETURNS TABLE (customer_id bigint, last_purchase timestamptz, recency_days double precision,
                   frequency bigint, monetary numeric,
                   r_score integer, f_score integer, m_score integer, segment text)
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
COMMENT ON FUNCTION rfm(regclass, timestamptz, integer, name, name, name, name, text) IS
    'per customer: last purchase, recency in days, frequency, monetary, R/F/M scores and segment, from a purchase/event table';

-- Internal support functions (transition, combine, final, serialize,
-- deserialize, helpers): the _pgg_ prefix and these comments tell them from
-- the user API in \df.
COMMENT ON FUNCTION _pgg_rfm_breaks_combine(double precision[], double precision[]) IS
    'internal: combine function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_final(double precision[]) IS
    'internal: final function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], double precision) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], double precision, integer) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], bigint) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], bigint, integer) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], numeric) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], numeric, integer) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], timestamp with time zone) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_breaks_trans(double precision[], timestamp with time zone, integer) IS
    'internal: transition function of rfm_breaks(); not for direct use';
