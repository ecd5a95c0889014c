
-- ---------------------------------------------------------------------------
-- Customer lifetime value: BG/NBD, Gamma-Gamma, summary, value (doc/clv.md)
-- ---------------------------------------------------------------------------

CREATE TYPE bgnbd_params AS (r float8, alpha float8, a float8, b float8);
COMMENT ON TYPE bgnbd_params IS
    'BG/NBD parameters (Fader, Hardie and Lee 2005): purchase rate ~ Gamma(r, alpha), dropout probability ~ Beta(a, b)';
CREATE TYPE gamma_gamma_params AS (p float8, q float8, v float8);
COMMENT ON TYPE gamma_gamma_params IS
    'Gamma-Gamma spend parameters (Fader and Hardie 2013): spend ~ Gamma(p, nu), nu ~ Gamma(q, v)';
CREATE TYPE clv_summary AS (frequency float8, recency float8, age float8, monetary float8);
COMMENT ON TYPE clv_summary IS
    'per-customer inputs of the CLV models: repeat purchase days, first-to-last purchase time, first purchase to observation end, mean repeat-day spend';

-- shared support functions of the two fit aggregates (histogram state of
-- type pgg_state, so Citus splits the fits; the final functions sort a copy,
-- so they are READ_ONLY)
CREATE FUNCTION _pgg_clv_fit_combine(pgg_state, pgg_state) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_clv_fit_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- bgnbd_fit(frequency, recency, age): maximum likelihood BG/NBD fit
CREATE FUNCTION _pgg_bgnbd_fit_trans(pgg_state, float8, float8, float8) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_fit_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_bgnbd_fit_final(pgg_state) RETURNS bgnbd_params
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_fit_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE bgnbd_fit(frequency float8, recency float8, age float8) (
    SFUNC = _pgg_bgnbd_fit_trans,
    STYPE = pgg_state,
    FINALFUNC = _pgg_bgnbd_fit_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = _pgg_clv_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bgnbd_fit(float8, float8, float8) IS
    'maximum likelihood BG/NBD parameters over customers (frequency = repeat purchases, recency, age in one time unit)';

-- gamma_gamma_fit(frequency, monetary): maximum likelihood Gamma-Gamma fit
CREATE FUNCTION _pgg_gamma_gamma_fit_trans(pgg_state, float8, float8) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_fit_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_gamma_gamma_fit_final(pgg_state) RETURNS gamma_gamma_params
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_fit_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE gamma_gamma_fit(frequency float8, monetary float8) (
    SFUNC = _pgg_gamma_gamma_fit_trans,
    STYPE = pgg_state,
    FINALFUNC = _pgg_gamma_gamma_fit_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = _pgg_clv_fit_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE gamma_gamma_fit(float8, float8) IS
    'maximum likelihood Gamma-Gamma parameters over repeat customers (rows with frequency 0 are ignored)';

-- per-customer predictions
CREATE FUNCTION bgnbd_expected_purchases(params bgnbd_params, t float8, frequency float8,
                                         recency float8, age float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_expected_purchases'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bgnbd_expected_purchases(bgnbd_params, float8, float8, float8, float8) IS
    'BG/NBD expected number of purchases in the next t time units (FHL 2005 eq. 10)';
CREATE FUNCTION bgnbd_prob_alive(params bgnbd_params, frequency float8, recency float8,
                                 age float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_prob_alive'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bgnbd_prob_alive(bgnbd_params, float8, float8, float8) IS
    'BG/NBD probability that the customer is still active at the end of observation';
CREATE FUNCTION bgnbd_log_likelihood(params bgnbd_params, frequency float8, recency float8,
                                     age float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_log_likelihood'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bgnbd_log_likelihood(bgnbd_params, float8, float8, float8) IS
    'BG/NBD log-likelihood of one customer (FHL 2005 eq. 6)';
CREATE FUNCTION gamma_gamma_expected_value(params gamma_gamma_params, frequency float8,
                                           monetary float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_expected_value'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION gamma_gamma_expected_value(gamma_gamma_params, float8, float8) IS
    'Gamma-Gamma expected spend per purchase given frequency and mean repeat spend (population mean when frequency = 0)';
CREATE FUNCTION gamma_gamma_log_likelihood(params gamma_gamma_params, frequency float8,
                                           monetary float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_log_likelihood'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION gamma_gamma_log_likelihood(gamma_gamma_params, float8, float8) IS
    'Gamma-Gamma log density of the mean spend of one repeat customer';

-- clv_customer_value: discounted expected spend over `periods` periods
CREATE FUNCTION clv_customer_value(bg bgnbd_params, gg gamma_gamma_params,
                                   frequency float8, recency float8, age float8, monetary float8,
                                   periods integer, discount_rate float8 DEFAULT 0,
                                   period_length float8 DEFAULT 1) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_clv_customer_value'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION clv_customer_value(bgnbd_params, gamma_gamma_params, float8, float8, float8, float8, integer, float8, float8) IS
    'discounted customer value: expected spend per purchase times expected purchases per period, discounted per period';
CREATE FUNCTION clv_customer_value(bg bgnbd_params, gg gamma_gamma_params, summary clv_summary,
                                   periods integer, discount_rate float8 DEFAULT 0,
                                   period_length float8 DEFAULT 1) RETURNS float8
    AS $$ SELECT @extschema@.clv_customer_value($1, $2, ($3).frequency, ($3).recency, ($3).age,
                                               ($3).monetary, $4, $5, $6) $$
    LANGUAGE SQL IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION clv_customer_value(bgnbd_params, gamma_gamma_params, clv_summary, integer, float8, float8) IS
    'discounted customer value of a clv_summary row';

-- clv_hyp2f1: the Gauss hypergeometric function used by the BG/NBD expectation
CREATE FUNCTION clv_hyp2f1(a float8, b float8, c float8, z float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_clv_hyp2f1'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION clv_hyp2f1(float8, float8, float8, float8) IS
    'Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z <= 1';

-- clv_summary(purchase time, amount, observation end, unit [, tz]): per-customer
-- summary.  Purchases are merged by day: the day in the time zone tz when it
-- is given (IMMUTABLE, the result does not depend on the session), else in
-- the session TimeZone (STABLE); the date variant has no time zone.
-- The final function sorts the purchases in place, which leaves the state's
-- value (a multiset of purchases) as it was: READ_ONLY is the truthful label
-- (src/clv/summary.c), and it keeps clv_summary usable as a window function.
CREATE FUNCTION _pgg_clv_summary_trans(internal, timestamptz, float8, timestamptz, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_trans_tz'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_clv_summary_trans(internal, timestamptz, float8, timestamptz, text, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_trans_zone'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_clv_summary_trans(internal, date, float8, date, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_trans_date'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_clv_summary_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_clv_summary_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_serialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_clv_summary_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_deserialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_clv_summary_final(internal) RETURNS clv_summary
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE clv_summary(purchase_time timestamptz, amount float8,
                             observation_end timestamptz, unit text) (
    SFUNC = _pgg_clv_summary_trans,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = _pgg_clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = _pgg_clv_summary_combine,
    SERIALFUNC = _pgg_clv_summary_serialize,
    DESERIALFUNC = _pgg_clv_summary_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE clv_summary(timestamptz, float8, timestamptz, text) IS
    'per customer: (frequency, recency, age, monetary) from purchase rows, purchases on one day (session time zone) merged';
CREATE AGGREGATE clv_summary(purchase_time timestamptz, amount float8,
                             observation_end timestamptz, unit text, tz text) (
    SFUNC = _pgg_clv_summary_trans,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = _pgg_clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = _pgg_clv_summary_combine,
    SERIALFUNC = _pgg_clv_summary_serialize,
    DESERIALFUNC = _pgg_clv_summary_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE clv_summary(timestamptz, float8, timestamptz, text, text) IS
    'per customer: (frequency, recency, age, monetary) from purchase rows, purchases on one day in time zone tz merged';
CREATE AGGREGATE clv_summary(purchase_date date, amount float8,
                             observation_end date, unit text) (
    SFUNC = _pgg_clv_summary_trans,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = _pgg_clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = _pgg_clv_summary_combine,
    SERIALFUNC = _pgg_clv_summary_serialize,
    DESERIALFUNC = _pgg_clv_summary_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE clv_summary(date, float8, date, text) IS
    'per customer: (frequency, recency, age, monetary) from purchase dates, purchases on one day merged';

-- Internal support functions (transition, combine, final, serialize,
-- deserialize, helpers): the _pgg_ prefix and these comments tell them from
-- the user API in \df.
COMMENT ON FUNCTION _pgg_bgnbd_fit_final(pgg_state) IS
    'internal: final function of bgnbd_fit(); not for direct use';
COMMENT ON FUNCTION _pgg_bgnbd_fit_trans(pgg_state, double precision, double precision, double precision) IS
    'internal: transition function of bgnbd_fit(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_fit_combine(pgg_state, pgg_state) IS
    'internal: combine function of bgnbd_fit(), gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_combine(internal, internal) IS
    'internal: combine function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_deserialize(bytea, internal) IS
    'internal: deserialize function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_final(internal) IS
    'internal: final function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_serialize(internal) IS
    'internal: serialize function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_trans(internal, timestamp with time zone, double precision, timestamp with time zone, text) IS
    'internal: transition function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_trans(internal, timestamp with time zone, double precision, timestamp with time zone, text, text) IS
    'internal: transition function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_clv_summary_trans(internal, date, double precision, date, text) IS
    'internal: transition function of clv_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_gamma_gamma_fit_final(pgg_state) IS
    'internal: final function of gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION _pgg_gamma_gamma_fit_trans(pgg_state, double precision, double precision) IS
    'internal: transition function of gamma_gamma_fit(); not for direct use';
