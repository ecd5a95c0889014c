
-- ---------------------------------------------------------------------------
-- Retention (doc/retention.md)
-- ---------------------------------------------------------------------------
-- The aggregate families at a glance:
--
--   family            SFUNC                   state             support                       overloads
--   retention         _pgg_retention_trans         bigint bit mask   _pgg_retention_combine, _final     10 (1 to 8 boolean,
--                                                                                                VARIADIC boolean[],
--                                                                                                VARIADIC "any")
--   retention_matrix  _pgg_retention_matrix_trans  pgg_state         _pgg_retention_cohort_combine,     3 (with start/return
--                                                                                               conditions, with a value)
--                                                               _final (READ_WRITE)
--   retention_actor   _pgg_retention_actor_trans   pgg_state         the same as retention_matrix  3
--   retention_merge   _pgg_retention_merge_trans   float8[] matrix   (its own combine)             1
--
-- retention_matrix and retention_actor share one state type (src/retention/
-- retention.h) and every support function but the transition; their final
-- finishes the state in place, hence READ_WRITE (no use as a window function).

-- retention(cond1, ..., condN): ClickHouse-compatible per-actor retention.
-- The state is a bigint bit mask, so the aggregate needs no serialization and
-- Citus can combine it across nodes.  The VARIADIC "any" form, kept for views
-- of 0.2, holds that bigint in an internal cell instead: Citus would try to
-- split it and its workers refuse the "any" argument; internal makes Citus
-- pull its rows.
CREATE FUNCTION _pgg_retention_trans(internal, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_retention_any_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_retention_any_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_retention_any_serialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_retention_any_deserialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_final(internal) RETURNS integer[]
    AS 'MODULE_PATHNAME', 'pgg_retention_any_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_combine(bigint, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_final(bigint) RETURNS integer[]
    AS 'MODULE_PATHNAME', 'pgg_retention_final'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE retention(VARIADIC conditions "any") (
    SFUNC = _pgg_retention_trans,
    STYPE = internal,
    COMBINEFUNC = _pgg_retention_combine,
    SERIALFUNC = _pgg_retention_serialize,
    DESERIALFUNC = _pgg_retention_deserialize,
    FINALFUNC = _pgg_retention_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE retention(VARIADIC "any") IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention)';
-- retention(VARIADIC conditions boolean[]): the same aggregate with an exact
-- argument type; every call with boolean conditions resolves to it (the
-- parser prefers it to "any"), and Citus can split it across the workers,
-- which it cannot do with a VARIADIC "any" argument (worker_partial_agg
-- checks the argument types against the declaration).  The "any" form stays
-- for views created before 0.3.0, and for its type errors.
CREATE FUNCTION _pgg_retention_trans(bigint, boolean[]) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_array'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE retention(VARIADIC conditions boolean[]) (
    SFUNC = _pgg_retention_trans,
    STYPE = bigint,
    COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE retention(VARIADIC boolean[]) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention)';
-- retention(cond1 boolean, ..., condN boolean), N = 1 to 8: calls with up to
-- eight boolean conditions resolve to these rather than to VARIADIC boolean[]
-- (PostgreSQL prefers a non-variadic match), so no array is built per row (the
-- array form costs 10-25% more); exact types, so Citus splits them too.
CREATE FUNCTION _pgg_retention_trans(bigint, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE retention(cond1 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean, cond3 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean, cond3 boolean, cond4 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean, cond3 boolean, cond4 boolean, cond5 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean, cond3 boolean, cond4 boolean, cond5 boolean, cond6 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean, cond3 boolean, cond4 boolean, cond5 boolean, cond6 boolean, cond7 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE retention(cond1 boolean, cond2 boolean, cond3 boolean, cond4 boolean, cond5 boolean, cond6 boolean, cond7 boolean, cond8 boolean) (
    SFUNC = _pgg_retention_trans, STYPE = bigint, COMBINEFUNC = _pgg_retention_combine,
    FINALFUNC = _pgg_retention_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention(boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 1 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 2 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 3 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean, boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 4 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean, boolean, boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 5 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean, boolean, boolean, boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 6 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 7 conditions';
COMMENT ON AGGREGATE retention(boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 8 conditions';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean) IS
    'internal: transition function of retention() with 1 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean) IS
    'internal: transition function of retention() with 2 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean) IS
    'internal: transition function of retention() with 3 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean) IS
    'internal: transition function of retention() with 4 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of retention() with 5 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of retention() with 6 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of retention() with 7 boolean conditions; not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of retention() with 8 boolean conditions; not for direct use';
-- ---------------------------------------------------------------------------
-- Retention: the cohort x period matrix (doc/retention.md)
-- ---------------------------------------------------------------------------
-- A retention matrix is a float8[] (header + one row per cohort) so that it
-- can be stored, merged with retention_merge() (a plain-type aggregate that
-- Citus can split) and read with retention_rows(), retention_array() and
-- retention_average().

-- shared support functions of retention_matrix() and retention_actor()
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, bigint, timestamptz, text)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, bigint, timestamptz, text, boolean, boolean)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, bigint, timestamptz, text, boolean, boolean, double precision)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_actor_trans(pgg_state, timestamptz, text)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_actor_trans(pgg_state, timestamptz, text, boolean, boolean)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_actor_trans(pgg_state, timestamptz, text, boolean, boolean, double precision)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_cohort_combine(pgg_state, pgg_state) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_combine'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_cohort_final(pgg_state) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_cohort_final'
    LANGUAGE C STABLE PARALLEL SAFE;

-- The final function applies the rows still queued and reorganizes the actor
-- entries (bitmaps into sorted lists): FINALFUNC_MODIFY = READ_WRITE, so the
-- planner never shares the state with another aggregate or calls the final
-- function twice on it (and the aggregates are not window functions).

-- retention_matrix(actor, ts, options [, start, return [, value]]): the whole
-- cohort matrix in one pass over the raw events
CREATE AGGREGATE retention_matrix(actor bigint, ts timestamptz, options text) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor bigint, ts timestamptz, options text,
                                  start_event boolean, return_event boolean) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor bigint, ts timestamptz, options text,
                                  start_event boolean, return_event boolean, value double precision) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_matrix(bigint, timestamptz, text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE retention_matrix(bigint, timestamptz, text, boolean, boolean) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE retention_matrix(bigint, timestamptz, text, boolean, boolean, double precision) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';

-- retention_matrix with integer, smallint, text (varchar resolves to it) and
-- uuid actors: the same state and support functions, a transition function
-- per type.  Integer ids widen to bigint exactly; text and uuid ids are
-- numbered by a dictionary in the state.  Ids are never cast: '0123' and
-- '123' are two actors.
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, integer, timestamptz, text)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, integer, timestamptz, text, boolean, boolean)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, integer, timestamptz, text, boolean, boolean, double precision)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, smallint, timestamptz, text)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, smallint, timestamptz, text, boolean, boolean)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, smallint, timestamptz, text, boolean, boolean, double precision)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, text, timestamptz, text)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, text, timestamptz, text, boolean, boolean)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, text, timestamptz, text, boolean, boolean, double precision)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, uuid, timestamptz, text)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, uuid, timestamptz, text, boolean, boolean)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_retention_matrix_trans(pgg_state, uuid, timestamptz, text, boolean, boolean, double precision)
    RETURNS pgg_state AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE AGGREGATE retention_matrix(actor integer, ts timestamptz, options text) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor integer, ts timestamptz, options text, start_event boolean, return_event boolean) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor integer, ts timestamptz, options text, start_event boolean, return_event boolean, value double precision) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor smallint, ts timestamptz, options text) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor smallint, ts timestamptz, options text, start_event boolean, return_event boolean) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor smallint, ts timestamptz, options text, start_event boolean, return_event boolean, value double precision) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor text, ts timestamptz, options text) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor text, ts timestamptz, options text, start_event boolean, return_event boolean) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor text, ts timestamptz, options text, start_event boolean, return_event boolean, value double precision) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor uuid, ts timestamptz, options text) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor uuid, ts timestamptz, options text, start_event boolean, return_event boolean) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor uuid, ts timestamptz, options text, start_event boolean, return_event boolean, value double precision) (
    SFUNC = _pgg_retention_matrix_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_matrix(integer, timestamptz, text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE retention_matrix(integer, timestamptz, text, boolean, boolean) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE retention_matrix(integer, timestamptz, text, boolean, boolean, double precision) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON AGGREGATE retention_matrix(smallint, timestamptz, text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE retention_matrix(smallint, timestamptz, text, boolean, boolean) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE retention_matrix(smallint, timestamptz, text, boolean, boolean, double precision) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON AGGREGATE retention_matrix(text, timestamptz, text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE retention_matrix(text, timestamptz, text, boolean, boolean) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE retention_matrix(text, timestamptz, text, boolean, boolean, double precision) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON AGGREGATE retention_matrix(uuid, timestamptz, text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE retention_matrix(uuid, timestamptz, text, boolean, boolean) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE retention_matrix(uuid, timestamptz, text, boolean, boolean, double precision) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, integer, timestamp with time zone, text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, integer, timestamp with time zone, text, boolean, boolean) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, integer, timestamp with time zone, text, boolean, boolean, double precision) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, smallint, timestamp with time zone, text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, smallint, timestamp with time zone, text, boolean, boolean) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, smallint, timestamp with time zone, text, boolean, boolean, double precision) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, text, timestamp with time zone, text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, text, timestamp with time zone, text, boolean, boolean) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, text, timestamp with time zone, text, boolean, boolean, double precision) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, uuid, timestamp with time zone, text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, uuid, timestamp with time zone, text, boolean, boolean) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, uuid, timestamp with time zone, text, boolean, boolean, double precision) IS
    'internal: transition function of retention_matrix(); not for direct use';

-- retention_actor(ts, options [, start, return [, value]]): the matrix of one
-- actor (GROUP BY actor), the per-actor stage of the two-stage (Citus) plan
CREATE AGGREGATE retention_actor(ts timestamptz, options text) (
    SFUNC = _pgg_retention_actor_trans, STYPE = pgg_state, SSPACE = 1640,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_actor(ts timestamptz, options text,
                                 start_event boolean, return_event boolean) (
    SFUNC = _pgg_retention_actor_trans, STYPE = pgg_state, SSPACE = 1640,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE retention_actor(ts timestamptz, options text,
                                 start_event boolean, return_event boolean, value double precision) (
    SFUNC = _pgg_retention_actor_trans, STYPE = pgg_state, SSPACE = 1640,
    COMBINEFUNC = _pgg_retention_cohort_combine,
    FINALFUNC = _pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_actor(timestamptz, text) IS
    'retention matrix of one actor (use with GROUP BY actor, then retention_merge)';
COMMENT ON AGGREGATE retention_actor(timestamptz, text, boolean, boolean) IS
    'retention matrix of one actor with start and return conditions';
COMMENT ON AGGREGATE retention_actor(timestamptz, text, boolean, boolean, double precision) IS
    'retention matrix of one actor with conditions and a value column';

-- retention_merge(matrix): the sum of retention matrices of one definition;
-- plain float8[] state, so Citus can split it across nodes
CREATE FUNCTION _pgg_retention_merge_trans(double precision[], double precision[])
    RETURNS double precision[] AS 'MODULE_PATHNAME', 'pgg_retention_merge_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE retention_merge(matrix double precision[]) (
    SFUNC = _pgg_retention_merge_trans, STYPE = double precision[],
    COMBINEFUNC = _pgg_retention_merge_trans, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_merge(double precision[]) IS
    'sum of retention matrices of one definition (time zone, period, counting...); the summary stage after retention_actor ... GROUP BY actor';

-- retention_rows(matrix [, include_empty]): long-format rows
CREATE FUNCTION retention_rows(matrix double precision[], include_empty boolean DEFAULT false,
    OUT cohort timestamptz, OUT period integer, OUT period_end integer,
    OUT cohort_size bigint, OUT retained bigint, OUT rate double precision,
    OUT value double precision)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'pgg_retention_rows'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION retention_rows(double precision[], boolean) IS
    'long-format rows of a retention matrix: cohort, period, period_end, cohort_size, retained, rate, value (NULL for cells not observed yet)';

-- retention_array(matrix [, what]): cohorts x periods as a 2-D array
CREATE FUNCTION retention_array(matrix double precision[], what text DEFAULT 'retained')
    RETURNS double precision[] AS 'MODULE_PATHNAME', 'pgg_retention_array'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION retention_array(double precision[], text) IS
    'retention matrix as a 2-D array (rows = cohorts, columns = periods) of retained counts, rates or values (NULL for cells not observed yet)';

-- retention_average(matrix): weighted average retention per period
CREATE FUNCTION retention_average(matrix double precision[],
    OUT period integer, OUT period_end integer, OUT cohorts integer,
    OUT cohort_size bigint, OUT retained bigint, OUT rate double precision,
    OUT mean_rate double precision)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'pgg_retention_average'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION retention_average(double precision[]) IS
    'per period: weighted average retention (sum retained / sum cohort size) over the cohorts whose period is observed (their number: cohorts), and the simple mean';

-- retention_definition(matrix): the definition a matrix value records
CREATE FUNCTION retention_definition(matrix double precision[],
    OUT format integer, OUT period text, OUT week_start text, OUT window_kind text,
    OUT cohort text, OUT counting text, OUT brackets text, OUT max_period integer,
    OUT value_column boolean, OUT tz text, OUT tz_pinned boolean, OUT observation text,
    OUT observed_until timestamptz, OUT cohorts integer, OUT columns integer)
    RETURNS record AS 'MODULE_PATHNAME', 'pgg_retention_definition'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION retention_definition(double precision[]) IS
    'the definition a retention matrix records: format, period, week start, window, cohort kind, counting, brackets, max_period, value column, time zone (and whether tz= pinned it), observation end, cohorts and columns';

-- Internal support functions (transition, combine, final, serialize,
-- deserialize, helpers): the _pgg_ prefix and these comments tell them from
-- the user API in \df.
COMMENT ON FUNCTION _pgg_retention_actor_trans(pgg_state, timestamp with time zone, text) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_actor_trans(pgg_state, timestamp with time zone, text, boolean, boolean) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_actor_trans(pgg_state, timestamp with time zone, text, boolean, boolean, double precision) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_cohort_combine(pgg_state, pgg_state) IS
    'internal: combine function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_cohort_final(pgg_state) IS
    'internal: final function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_combine(bigint, bigint) IS
    'internal: combine function of retention(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_final(bigint) IS
    'internal: final function of retention(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, bigint, timestamp with time zone, text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, bigint, timestamp with time zone, text, boolean, boolean) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_matrix_trans(pgg_state, bigint, timestamp with time zone, text, boolean, boolean, double precision) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_merge_trans(double precision[], double precision[]) IS
    'internal: combine and transition function of retention_merge(); not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(internal, VARIADIC "any") IS
    'internal: transition function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION _pgg_retention_combine(internal, internal) IS
    'internal: combine function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION _pgg_retention_serialize(internal) IS
    'internal: serialize function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION _pgg_retention_deserialize(bytea, internal) IS
    'internal: deserialize function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION _pgg_retention_final(internal) IS
    'internal: final function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION _pgg_retention_trans(bigint, boolean[]) IS
    'internal: transition function of retention(); not for direct use';
