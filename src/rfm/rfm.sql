
-- ---------------------------------------------------------------------------
-- RFM segmentation (doc/rfm.md)
-- ---------------------------------------------------------------------------
-- One aggregate family: rfm_breaks(value [, n_bins]) over double precision,
-- bigint, numeric and timestamptz (8 overloads), all on _pgg_rfm_breaks_trans /
-- _pgg_rfm_breaks_combine / _pgg_rfm_breaks_final with a plain float8[] state (so Citus
-- can split it), READ_ONLY finals, PARALLEL SAFE.  Each value type has its own
-- C transition entry point: Citus calls transition functions without the
-- call expression, so they cannot learn the type from it.

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
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], double precision, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], bigint) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], bigint, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], numeric) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], numeric, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], timestamptz) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_timestamptz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_breaks_trans(double precision[], timestamptz, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_timestamptz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
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

-- rfm()'s helpers: _pgg_rfm_groupable(type) tells whether GROUP BY can group
-- the customer column; _pgg_rfm_null_customers(n) raises the NOTICE that
-- counts the purchase rows left out for a NULL customer id (it returns n).
CREATE FUNCTION _pgg_rfm_groupable(regtype) RETURNS boolean
    AS 'MODULE_PATHNAME', 'pgg_rfm_groupable' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_rfm_null_customers(bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    IF $1 > 0 THEN
        RAISE NOTICE 'rfm: % purchase rows with a NULL customer id were left out', $1
            USING DETAIL = 'They belong to no customer, so they are not scored and do not count in any customer''s frequency or monetary value.',
                  HINT = 'To score them as customers, pass a view that gives them an id, such as coalesce(user_id::text, anonymous_id).';
    END IF;
    RETURN $1;
END
$fn$;

-- rfm(events, as_of, ...): per-customer R, F, M, scores and segment straight
-- from a table of events (or purchases), in one call.  Column names are
-- passed as identifiers and quoted with format(%I), the purchase event with
-- %L; the table as regclass, looked up in pg_class first (a dangling OID is
-- 42P01, an index or sequence 42809) and written schema.name with %I.%I.
-- The columns are looked up in pg_attribute and their types checked before
-- the query is built, so a wrong name or type is an error naming rfm().
-- Customers are grouped by the customer column's own values, whatever its
-- type (never cast: text '0123' and '123' are two customers), and returned
-- as text, customer_column::text.  Purchase rows with a NULL customer id
-- are left out of the scores and counted in a NOTICE
-- (_pgg_rfm_null_customers).
CREATE FUNCTION rfm(events regclass,
                    as_of timestamptz DEFAULT NULL,
                    n_bins integer DEFAULT 5,
                    customer_column name DEFAULT 'user_id',
                    time_column name DEFAULT 'event_time',
                    amount_column name DEFAULT 'revenue',
                    event_column name DEFAULT 'event_name',
                    purchase_event text DEFAULT 'purchase')
    RETURNS TABLE (customer_id text, last_purchase timestamptz, recency_days double precision,
                   frequency bigint, monetary numeric,
                   r_score integer, f_score integer, m_score integer, segment text)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    cond text := 'true';
    rel_schema name;
    rel_name name;
    rel_kind "char";
    arg text;
    col name;
    col_type oid;
    base_type oid;
    base_kind "char";
    base_cat "char";
BEGIN
    IF events IS NULL OR customer_column IS NULL OR time_column IS NULL OR amount_column IS NULL THEN
        RAISE EXCEPTION 'rfm: the table, customer, time and amount columns must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF n_bins IS NULL OR n_bins < 1 OR n_bins > 1000 THEN
        RAISE EXCEPTION 'rfm: n_bins must be between 1 and 1000, got %', coalesce(n_bins::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF event_column IS NOT NULL AND purchase_event IS NULL THEN
        RAISE EXCEPTION 'rfm: purchase_event must not be NULL when event_column is given'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Pass event_column => NULL when every row of the table is a purchase.';
    END IF;
    -- events may be any OID (0::oid::regclass, a dropped table): look it up
    -- before building the query
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
    -- every column exists and has a type the query can use (domains are
    -- checked through their base type)
    FOREACH arg IN ARRAY ARRAY['customer_column', 'time_column', 'amount_column', 'event_column'] LOOP
        col := CASE arg WHEN 'customer_column' THEN customer_column WHEN 'time_column' THEN time_column
                        WHEN 'amount_column' THEN amount_column ELSE event_column END;
        CONTINUE WHEN col IS NULL;
        SELECT a.atttypid INTO col_type FROM pg_catalog.pg_attribute a
        WHERE a.attrelid OPERATOR(pg_catalog.=) events::pg_catalog.oid
          AND a.attname OPERATOR(pg_catalog.=) col AND a.attnum OPERATOR(pg_catalog.>) 0
          AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'rfm: column "%" of relation "%" does not exist', col, rel_name
                USING ERRCODE = 'undefined_column',
                      HINT = format('Pass %s => the name of the %s column (the columns of %s are: %s).', arg,
                                    pg_catalog.split_part(arg, '_', 1), rel_name,
                                    (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
                                     FROM pg_catalog.pg_attribute a
                                     WHERE a.attrelid OPERATOR(pg_catalog.=) events::pg_catalog.oid
                                       AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped));
        END IF;
        base_type := col_type;
        LOOP
            SELECT t.typtype, t.typcategory INTO base_kind, base_cat FROM pg_catalog.pg_type t
            WHERE t.oid OPERATOR(pg_catalog.=) base_type;
            EXIT WHEN base_kind OPERATOR(pg_catalog.<>) 'd';
            SELECT t.typbasetype INTO base_type FROM pg_catalog.pg_type t
            WHERE t.oid OPERATOR(pg_catalog.=) base_type;
        END LOOP;
        IF arg = 'customer_column' AND NOT @extschema@._pgg_rfm_groupable(col_type) THEN
            RAISE EXCEPTION 'rfm: customer column "%" has type %, which cannot be grouped', col,
                            pg_catalog.format_type(col_type, NULL)
                USING ERRCODE = 'datatype_mismatch',
                      HINT = 'Customer ids need a type with equality, such as bigint, integer, text, varchar or uuid; cast the column in a view and pass the view.';
        ELSIF arg = 'time_column' AND base_type NOT IN ('pg_catalog.timestamptz'::pg_catalog.regtype,
                'pg_catalog.timestamp'::pg_catalog.regtype, 'pg_catalog.date'::pg_catalog.regtype) THEN
            RAISE EXCEPTION 'rfm: time column "%" has type %, not timestamptz, timestamp or date', col,
                            pg_catalog.format_type(col_type, NULL)
                USING ERRCODE = 'datatype_mismatch';
        ELSIF arg = 'amount_column' AND base_type NOT IN ('pg_catalog.numeric'::pg_catalog.regtype,
                'pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype,
                'pg_catalog.int8'::pg_catalog.regtype, 'pg_catalog.float4'::pg_catalog.regtype,
                'pg_catalog.float8'::pg_catalog.regtype) THEN
            RAISE EXCEPTION 'rfm: amount column "%" has type %, not a number', col,
                            pg_catalog.format_type(col_type, NULL)
                USING ERRCODE = 'datatype_mismatch',
                      HINT = 'The amount column must be numeric, integer, bigint, smallint, real or double precision.';
        ELSIF arg = 'event_column' AND base_cat NOT IN ('S', 'E') AND base_type NOT IN (
                'pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype,
                'pg_catalog.int8'::pg_catalog.regtype) THEN
            RAISE EXCEPTION 'rfm: event column "%" has type %, not text, an enum or an integer code', col,
                            pg_catalog.format_type(col_type, NULL)
                USING ERRCODE = 'datatype_mismatch',
                      HINT = 'Pass event_column => NULL when every row of the table is a purchase.';
        ELSIF arg = 'event_column' AND base_cat = 'N'
              AND purchase_event OPERATOR(pg_catalog.!~) '^\s*[+-]?[0-9]+\s*$' THEN
            RAISE EXCEPTION 'rfm: purchase_event "%" is not an integer, as the event column "%" (%) needs',
                            purchase_event, col, pg_catalog.format_type(col_type, NULL)
                USING ERRCODE = 'invalid_parameter_value';
        ELSIF arg = 'event_column' AND base_cat = 'E' AND NOT EXISTS (
                SELECT FROM pg_catalog.pg_enum e WHERE e.enumtypid OPERATOR(pg_catalog.=) base_type
                  AND e.enumlabel OPERATOR(pg_catalog.=) purchase_event) THEN
            RAISE EXCEPTION 'rfm: purchase_event "%" is not a value of the enum type % of column "%"',
                            purchase_event, pg_catalog.format_type(col_type, NULL), col
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    IF event_column IS NOT NULL THEN
        cond := format('%I = %L', event_column, purchase_event);
    END IF;
    IF as_of IS NOT NULL THEN
        cond := cond || format(' AND %I <= $1', time_column);
    END IF;
    -- g: one row per customer, and one for the rows with a NULL customer id
    -- (left out of the scores, their number reported by b)
    RETURN QUERY EXECUTE format($q$
    WITH g AS MATERIALIZED (
        SELECT %1$I AS customer_id, max(%2$I)::timestamptz AS last_purchase,
               count(*) AS frequency, coalesce(sum(%3$I), 0)::numeric AS monetary
        FROM %4$s
        WHERE %5$s AND %2$I IS NOT NULL
        GROUP BY 1),
    b AS MATERIALIZED (
        SELECT @extschema@.rfm_breaks(last_purchase, $2) FILTER (WHERE customer_id IS NOT NULL) AS rb,
               @extschema@.rfm_breaks(frequency, $2) FILTER (WHERE customer_id IS NOT NULL) AS fb,
               @extschema@.rfm_breaks(monetary, $2) FILTER (WHERE customer_id IS NOT NULL) AS mb,
               coalesce($1, max(last_purchase) FILTER (WHERE customer_id IS NOT NULL)) AS ref,
               @extschema@._pgg_rfm_null_customers(max(frequency) FILTER (WHERE customer_id IS NULL)) AS null_rows
        FROM g)
    SELECT g.customer_id::text, g.last_purchase,
           date_part('epoch', b.ref - g.last_purchase) / 86400,
           g.frequency, g.monetary, s.r, s.f, s.m,
           CASE WHEN $2 = 5 THEN @extschema@.rfm_segment(s.r, s.f, s.m) END
    FROM g CROSS JOIN b
    CROSS JOIN LATERAL (SELECT @extschema@.rfm_score(g.last_purchase, b.rb) AS r,
                               @extschema@.rfm_score(g.frequency, b.fb) AS f,
                               @extschema@.rfm_score(g.monetary, b.mb) AS m) s
    WHERE g.customer_id IS NOT NULL
    $q$, customer_column, time_column, amount_column, format('%I.%I', rel_schema, rel_name), cond)
        USING as_of, n_bins;
END
$fn$;
COMMENT ON FUNCTION rfm(regclass, timestamptz, integer, name, name, name, name, text) IS
    'per customer: last purchase, recency in days, frequency, monetary, R/F/M scores and segment, from a purchase/event table; customer_id is the customer column as text';

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
COMMENT ON FUNCTION _pgg_rfm_groupable(regtype) IS
    'internal: helper of rfm(); not for direct use';
COMMENT ON FUNCTION _pgg_rfm_null_customers(bigint) IS
    'internal: helper of rfm(); not for direct use';
