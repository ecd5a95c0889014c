-- pg_growth 0.2.1 -> 0.3.0
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.3.0'" to load this file. \quit

-- Every name is qualified (@extschema@ for ours, pg_catalog for built-in
-- types and functions), and no statement writes a system catalog: the script
-- runs as superuser even when a database owner installs the trusted extension.

-- ---- internal support functions ---------------------------------------------
-- Support functions (transition, combine, final, serialize, deserialize and
-- helpers) take the prefix _pgg_ so that \df tells them from the user API at a
-- glance.  Aggregates refer to them by OID, so renaming keeps every aggregate,
-- and every user view over one, as it was.  This block runs first: the rest of
-- the script uses the new names.
ALTER FUNCTION @extschema@.bgnbd_fit_final(pg_catalog.internal) RENAME TO _pgg_bgnbd_fit_final;
ALTER FUNCTION @extschema@.bgnbd_fit_trans(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) RENAME TO _pgg_bgnbd_fit_trans;
ALTER FUNCTION @extschema@.clv_fit_combine(pg_catalog.internal, pg_catalog.internal) RENAME TO _pgg_clv_fit_combine;
ALTER FUNCTION @extschema@.clv_fit_deserialize(pg_catalog.bytea, pg_catalog.internal) RENAME TO _pgg_clv_fit_deserialize;
ALTER FUNCTION @extschema@.clv_fit_serialize(pg_catalog.internal) RENAME TO _pgg_clv_fit_serialize;
ALTER FUNCTION @extschema@.clv_summary_combine(pg_catalog.internal, pg_catalog.internal) RENAME TO _pgg_clv_summary_combine;
ALTER FUNCTION @extschema@.clv_summary_deserialize(pg_catalog.bytea, pg_catalog.internal) RENAME TO _pgg_clv_summary_deserialize;
ALTER FUNCTION @extschema@.clv_summary_final(pg_catalog.internal) RENAME TO _pgg_clv_summary_final;
ALTER FUNCTION @extschema@.clv_summary_serialize(pg_catalog.internal) RENAME TO _pgg_clv_summary_serialize;
ALTER FUNCTION @extschema@.clv_summary_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.text) RENAME TO _pgg_clv_summary_trans;
ALTER FUNCTION @extschema@.clv_summary_trans(pg_catalog.internal, pg_catalog.date, pg_catalog.float8, pg_catalog.date, pg_catalog.text) RENAME TO _pgg_clv_summary_trans;
ALTER FUNCTION @extschema@.comoments_margin(pg_catalog.float8[], pg_catalog.int4) RENAME TO _pgg_comoments_margin;
ALTER FUNCTION @extschema@.comoments_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8) RENAME TO _pgg_comoments_trans;
ALTER FUNCTION @extschema@.experiment_summary_trans(@extschema@.experiment_state, pg_catalog.text, pg_catalog.float8) RENAME TO _pgg_experiment_summary_trans;
ALTER FUNCTION @extschema@.funnel_counts_combine(pg_catalog.internal, pg_catalog.internal) RENAME TO _pgg_funnel_counts_combine;
ALTER FUNCTION @extschema@.funnel_counts_deserialize(pg_catalog.bytea, pg_catalog.internal) RENAME TO _pgg_funnel_counts_deserialize;
ALTER FUNCTION @extschema@.funnel_counts_final(pg_catalog.internal) RENAME TO _pgg_funnel_counts_final;
ALTER FUNCTION @extschema@.funnel_counts_serialize(pg_catalog.internal) RENAME TO _pgg_funnel_counts_serialize;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog."any") RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog."timestamp", pg_catalog."any") RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog."any") RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog."any") RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_funnel_counts_trans;
ALTER FUNCTION @extschema@.gamma_gamma_fit_final(pg_catalog.internal) RENAME TO _pgg_gamma_gamma_fit_final;
ALTER FUNCTION @extschema@.gamma_gamma_fit_trans(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8) RENAME TO _pgg_gamma_gamma_fit_trans;
ALTER FUNCTION @extschema@.moments_trans(pg_catalog.float8[], pg_catalog.float8) RENAME TO _pgg_moments_trans;
ALTER FUNCTION @extschema@.retention_actor_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text) RENAME TO _pgg_retention_actor_trans;
ALTER FUNCTION @extschema@.retention_actor_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RENAME TO _pgg_retention_actor_trans;
ALTER FUNCTION @extschema@.retention_actor_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RENAME TO _pgg_retention_actor_trans;
ALTER FUNCTION @extschema@.retention_cohort_combine(pg_catalog.internal, pg_catalog.internal) RENAME TO _pgg_retention_cohort_combine;
ALTER FUNCTION @extschema@.retention_cohort_deserialize(pg_catalog.bytea, pg_catalog.internal) RENAME TO _pgg_retention_cohort_deserialize;
ALTER FUNCTION @extschema@.retention_cohort_final(pg_catalog.internal) RENAME TO _pgg_retention_cohort_final;
ALTER FUNCTION @extschema@.retention_cohort_serialize(pg_catalog.internal) RENAME TO _pgg_retention_cohort_serialize;
ALTER FUNCTION @extschema@.retention_combine(pg_catalog.int8, pg_catalog.int8) RENAME TO _pgg_retention_combine;
ALTER FUNCTION @extschema@.retention_final(pg_catalog.int8) RENAME TO _pgg_retention_final;
ALTER FUNCTION @extschema@.retention_matrix_trans(pg_catalog.internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) RENAME TO _pgg_retention_matrix_trans;
ALTER FUNCTION @extschema@.retention_matrix_trans(pg_catalog.internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RENAME TO _pgg_retention_matrix_trans;
ALTER FUNCTION @extschema@.retention_matrix_trans(pg_catalog.internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RENAME TO _pgg_retention_matrix_trans;
ALTER FUNCTION @extschema@.retention_merge_trans(pg_catalog.float8[], pg_catalog.float8[]) RENAME TO _pgg_retention_merge_trans;
ALTER FUNCTION @extschema@.retention_trans(pg_catalog.int8, pg_catalog."any") RENAME TO _pgg_retention_trans;
ALTER FUNCTION @extschema@.rfm_breaks_combine(pg_catalog.float8[], pg_catalog.float8[]) RENAME TO _pgg_rfm_breaks_combine;
ALTER FUNCTION @extschema@.rfm_breaks_final(pg_catalog.float8[]) RENAME TO _pgg_rfm_breaks_final;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog.float8) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int4) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog.int8) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog.int8, pg_catalog.int4) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog."numeric") RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog."numeric", pg_catalog.int4) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog.timestamptz) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.rfm_breaks_trans(pg_catalog.float8[], pg_catalog.timestamptz, pg_catalog.int4) RENAME TO _pgg_rfm_breaks_trans;
ALTER FUNCTION @extschema@.window_funnel_combine(pg_catalog.internal, pg_catalog.internal) RENAME TO _pgg_window_funnel_combine;
ALTER FUNCTION @extschema@.window_funnel_deserialize(pg_catalog.bytea, pg_catalog.internal) RENAME TO _pgg_window_funnel_deserialize;
ALTER FUNCTION @extschema@.window_funnel_final(pg_catalog.internal) RENAME TO _pgg_window_funnel_final;
ALTER FUNCTION @extschema@.window_funnel_serialize(pg_catalog.internal) RENAME TO _pgg_window_funnel_serialize;
ALTER FUNCTION @extschema@.window_funnel_times_final(pg_catalog.internal) RENAME TO _pgg_window_funnel_times_final;
ALTER FUNCTION @extschema@.window_funnel_times_ts_final(pg_catalog.internal) RENAME TO _pgg_window_funnel_times_ts_final;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog."any") RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog."timestamp", pg_catalog."any") RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog."any") RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog."any") RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RENAME TO _pgg_window_funnel_trans;
ALTER FUNCTION @extschema@.window_funnel_value_final(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") RENAME TO _pgg_window_funnel_value_final;
ALTER FUNCTION @extschema@.window_funnel_value_final(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") RENAME TO _pgg_window_funnel_value_final;
ALTER FUNCTION @extschema@.window_funnel_value_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") RENAME TO _pgg_window_funnel_value_trans;
ALTER FUNCTION @extschema@.window_funnel_value_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") RENAME TO _pgg_window_funnel_value_trans;

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

-- Arguments, one vocabulary: alpha is checked as in the C
-- functions, in (0, 0.5] (a larger value is a confidence level given for
-- alpha), by the new helper _pgg_check_alpha in the SQL functions (welch_ttest,
-- ratio_ttest and cuped_ttest of moments states) and in compare_arms;
-- compare_arms accepts the corrections of p_adjust (the one list, in C, any
-- letter case) through the new helper _pgg_check_correction, which names
-- compare_arms in its errors (compare_arms itself is re-created in the section
-- "NULL metric values are units" below), and p_adjust accepts none.  Signatures,
-- results for valid arguments and the comments of the replaced functions are
-- unchanged, except p_adjust's comment.
CREATE FUNCTION @extschema@._pgg_check_alpha(alpha pg_catalog.float8, caller pg_catalog.text) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'pgg_check_alpha_sql'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_check_correction(correction pg_catalog.text, caller pg_catalog.text) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'pgg_check_correction'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.p_adjust(pg_catalog.float8[], pg_catalog.text) IS
    'multiple-comparison adjusted p-values: holm, bonferroni, bh or fdr_bh (Benjamini-Hochberg), or none; any letter case';
CREATE OR REPLACE FUNCTION @extschema@.welch_ttest(a pg_catalog.float8[], b pg_catalog.float8[], alpha pg_catalog.float8 DEFAULT 0.05,
    OUT diff pg_catalog.float8, OUT diff_low pg_catalog.float8, OUT diff_high pg_catalog.float8,
    OUT rel_lift pg_catalog.float8, OUT rel_lift_low pg_catalog.float8, OUT rel_lift_high pg_catalog.float8,
    OUT t pg_catalog.float8, OUT df pg_catalog.float8, OUT p_value pg_catalog.float8)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT w.diff, w.diff_low, w.diff_high, w.rel_lift, w.rel_lift_low, w.rel_lift_high,
           w.t, w.df, w.p_value
    FROM @extschema@.welch_ttest(@extschema@.moments_n(a), @extschema@.moments_mean(a),
                                 @extschema@.moments_variance(a), @extschema@.moments_n(b),
                                 @extschema@.moments_mean(b), @extschema@.moments_variance(b),
                                 @extschema@._pgg_check_alpha(alpha, 'welch_ttest')) w
    $$;

CREATE OR REPLACE FUNCTION @extschema@.ratio_ttest(a pg_catalog.float8[], b pg_catalog.float8[], alpha pg_catalog.float8 DEFAULT 0.05,
    OUT ratio_a pg_catalog.float8, OUT ratio_b pg_catalog.float8,
    OUT diff pg_catalog.float8, OUT diff_low pg_catalog.float8, OUT diff_high pg_catalog.float8,
    OUT rel_lift pg_catalog.float8, OUT rel_lift_low pg_catalog.float8, OUT rel_lift_high pg_catalog.float8,
    OUT t pg_catalog.float8, OUT df pg_catalog.float8, OUT p_value pg_catalog.float8)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT @extschema@.moments_mean(ra), @extschema@.moments_mean(rb), w.*
    FROM (SELECT @extschema@.ratio_moments(a) ra, @extschema@.ratio_moments(b) rb) r,
         LATERAL @extschema@.welch_ttest(r.ra, r.rb, @extschema@._pgg_check_alpha(alpha, 'ratio_ttest')) w
    $$;

CREATE OR REPLACE FUNCTION @extschema@.cuped_ttest(a pg_catalog.float8[], b pg_catalog.float8[], alpha pg_catalog.float8 DEFAULT 0.05,
    OUT theta pg_catalog.float8, OUT variance_reduction pg_catalog.float8,
    OUT diff pg_catalog.float8, OUT diff_low pg_catalog.float8, OUT diff_high pg_catalog.float8,
    OUT rel_lift pg_catalog.float8, OUT rel_lift_low pg_catalog.float8, OUT rel_lift_high pg_catalog.float8,
    OUT t pg_catalog.float8, OUT df pg_catalog.float8, OUT p_value pg_catalog.float8)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT p.theta,
           1::float8 OPERATOR(pg_catalog.-)
             (@extschema@.moments_variance(ya) OPERATOR(pg_catalog./) @extschema@.moments_n(ya)::float8
              OPERATOR(pg_catalog.+) @extschema@.moments_variance(yb) OPERATOR(pg_catalog./) @extschema@.moments_n(yb)::float8)
             OPERATOR(pg_catalog./)
             nullif(@extschema@.moments_variance(@extschema@.comoments_y(a)) OPERATOR(pg_catalog./) @extschema@.moments_n(ya)::float8
                    OPERATOR(pg_catalog.+) @extschema@.moments_variance(@extschema@.comoments_y(b)) OPERATOR(pg_catalog./) @extschema@.moments_n(yb)::float8,
                    0::float8),
           w.*
    FROM (SELECT coalesce(@extschema@.cuped_theta(@extschema@.comoments_combine(a, b)), 0) AS theta,
                 @extschema@.moments_mean(@extschema@.comoments_x(@extschema@.comoments_combine(a, b))) AS cx) p,
         LATERAL (SELECT @extschema@.cuped_moments(a, p.theta, p.cx) ya,
                         @extschema@.cuped_moments(b, p.theta, p.cx) yb) m,
         LATERAL @extschema@.welch_ttest(m.ya, m.yb, @extschema@._pgg_check_alpha(alpha, 'cuped_ttest')) w
    $$;

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

-- window_funnel has a transition function of its own, _pgg_window_funnel_level_trans:
-- its final function needs only the level, so a state that reaches the last
-- step stops keeping events (0.2.x decided that at run time by looking up the
-- aggregate's final function in pg_aggregate).  _pgg_window_funnel_trans keeps every
-- event, for window_funnel_times (and for the window_funnel of an installation
-- not yet updated, which stays correct).  window_funnel_value has support
-- functions of its own: its state is not window_funnel's.  The final functions
-- leave their state as they found it, which the aggregates now state
-- (FINALFUNC_MODIFY = READ_ONLY, the default, so window_funnel_times and
-- funnel_counts, whose definitions do not change otherwise, are not replaced).
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_value_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_value_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_value_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, VARIADIC "any") (
    SFUNC = @extschema@._pgg_window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 528, FINALFUNC = @extschema@._pgg_window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = @extschema@._pgg_window_funnel_value_combine,
    SERIALFUNC = @extschema@._pgg_window_funnel_value_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.anyelement, VARIADIC "any") (
    SFUNC = @extschema@._pgg_window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 528, FINALFUNC = @extschema@._pgg_window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = @extschema@._pgg_window_funnel_value_combine,
    SERIALFUNC = @extschema@._pgg_window_funnel_value_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@._pgg_window_funnel_final,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize,
    DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

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
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_actor_trans, STYPE = pg_catalog.internal, SSPACE = 1640,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_actor_trans, STYPE = pg_catalog.internal, SSPACE = 1640,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_actor_trans, STYPE = pg_catalog.internal, SSPACE = 1640,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);

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
    SFUNC = @extschema@._pgg_clv_summary_trans,
    STYPE = pg_catalog.internal,
    SSPACE = 128,
    FINALFUNC = @extschema@._pgg_clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_clv_summary_combine,
    SERIALFUNC = @extschema@._pgg_clv_summary_serialize,
    DESERIALFUNC = @extschema@._pgg_clv_summary_deserialize,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.clv_summary(purchase_date pg_catalog.date, amount pg_catalog.float8,
                             observation_end pg_catalog.date, unit pg_catalog.text) (
    SFUNC = @extschema@._pgg_clv_summary_trans,
    STYPE = pg_catalog.internal,
    SSPACE = 128,
    FINALFUNC = @extschema@._pgg_clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_clv_summary_combine,
    SERIALFUNC = @extschema@._pgg_clv_summary_serialize,
    DESERIALFUNC = @extschema@._pgg_clv_summary_deserialize,
    PARALLEL = SAFE
);

-- ---- argument names ---------------------------------------------------------
-- Every user-facing aggregate and function gets argument names (\df shows the
-- API).  CREATE OR REPLACE may add names to arguments that had none, so
-- every object keeps its OID and user views over them survive the update.
CREATE OR REPLACE AGGREGATE @extschema@.comoments_merge(state pg_catalog.float8[]) (
    SFUNC = @extschema@.comoments_combine, STYPE = pg_catalog.float8[], INITCOND = '{0,0,0,0,0,0}',
    COMBINEFUNC = @extschema@.comoments_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.experiment_summary_merge(state @extschema@.experiment_state) (
    SFUNC = @extschema@.experiment_summary_combine, STYPE = @extschema@.experiment_state,
    COMBINEFUNC = @extschema@.experiment_summary_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.anyelement, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = pg_catalog.internal,
    FINALFUNC = @extschema@._pgg_funnel_counts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, SERIALFUNC = @extschema@._pgg_funnel_counts_serialize, DESERIALFUNC = @extschema@._pgg_funnel_counts_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.moments(value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_moments_trans, STYPE = pg_catalog.float8[], INITCOND = '{0,0,0}',
    COMBINEFUNC = @extschema@.moments_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.moments_merge(state pg_catalog.float8[]) (
    SFUNC = @extschema@.moments_combine, STYPE = pg_catalog.float8[], INITCOND = '{0,0,0}',
    COMBINEFUNC = @extschema@.moments_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention(VARIADIC conditions pg_catalog."any") (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8,
    FINALFUNC = @extschema@._pgg_retention_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_retention_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_merge(matrix pg_catalog.float8[]) (
    SFUNC = @extschema@._pgg_retention_merge_trans, STYPE = pg_catalog.float8[],
    COMBINEFUNC = @extschema@._pgg_retention_merge_trans,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog.float8, n_bins pg_catalog.int4) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog.int8) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog.int8, n_bins pg_catalog.int4) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog."numeric") (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog."numeric", n_bins pg_catalog.int4) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog.timestamptz) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.rfm_breaks(value pg_catalog.timestamptz, n_bins pg_catalog.int4) (
    SFUNC = @extschema@._pgg_rfm_breaks_trans, STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@._pgg_rfm_breaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_rfm_breaks_combine,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_ts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_ts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_ts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_times(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_window_funnel_trans, STYPE = pg_catalog.internal, SSPACE = 160,
    FINALFUNC = @extschema@._pgg_window_funnel_times_ts_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_window_funnel_combine, SERIALFUNC = @extschema@._pgg_window_funnel_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step pg_catalog.int4, value pg_catalog.anyelement, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 528,
    FINALFUNC = @extschema@._pgg_window_funnel_value_final, FINALFUNC_MODIFY = READ_ONLY, FINALFUNC_EXTRA,
    COMBINEFUNC = @extschema@._pgg_window_funnel_value_combine, SERIALFUNC = @extschema@._pgg_window_funnel_value_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_value_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", step pg_catalog.int4, value pg_catalog.anyelement, VARIADIC steps pg_catalog."any") (
    SFUNC = @extschema@._pgg_window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 528,
    FINALFUNC = @extschema@._pgg_window_funnel_value_final, FINALFUNC_MODIFY = READ_ONLY, FINALFUNC_EXTRA,
    COMBINEFUNC = @extschema@._pgg_window_funnel_value_combine, SERIALFUNC = @extschema@._pgg_window_funnel_value_serialize, DESERIALFUNC = @extschema@._pgg_window_funnel_value_deserialize,
    PARALLEL = SAFE);
CREATE OR REPLACE FUNCTION @extschema@.comoments_combine(a pg_catalog.float8[], b pg_catalog.float8[])
    RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'pgg_comoments_combine'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.comoments_covariance(state pg_catalog.float8[])
    RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'pgg_comoments_covariance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.cuped_theta(state pg_catalog.float8[])
    RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'pgg_cuped_theta'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.experiment_arms(state @extschema@.experiment_state, OUT variant pg_catalog.text, OUT n pg_catalog.int8, OUT mean pg_catalog.float8, OUT variance pg_catalog.float8, OUT successes pg_catalog.int8, OUT is_binary pg_catalog.bool)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'pgg_experiment_arms'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
CREATE OR REPLACE FUNCTION @extschema@.experiment_summary_combine(a @extschema@.experiment_state, b @extschema@.experiment_state)
    RETURNS @extschema@.experiment_state AS 'MODULE_PATHNAME', 'pgg_experiment_summary_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.moments_combine(a pg_catalog.float8[], b pg_catalog.float8[])
    RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'pgg_moments_combine'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.moments_mean(state pg_catalog.float8[])
    RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'pgg_moments_mean'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.moments_n(state pg_catalog.float8[])
    RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'pgg_moments_n'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.moments_stddev(state pg_catalog.float8[])
    RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'pgg_moments_stddev'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.moments_variance(state pg_catalog.float8[])
    RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'pgg_moments_variance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.ratio_moments(state pg_catalog.float8[])
    RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'pgg_ratio_moments'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.comoments_y(state pg_catalog.float8[]) RETURNS pg_catalog.float8[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT @extschema@._pgg_comoments_margin($1, 0) $$;
CREATE OR REPLACE FUNCTION @extschema@.comoments_x(state pg_catalog.float8[]) RETURNS pg_catalog.float8[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT @extschema@._pgg_comoments_margin($1, 1) $$;
CREATE OR REPLACE FUNCTION @extschema@._pgg_comoments_margin(state pg_catalog.float8[], margin pg_catalog.int4)
    RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'pgg_comoments_margin'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION @extschema@.cuped_moments(state pg_catalog.float8[], theta pg_catalog.float8, center_x pg_catalog.float8)
    RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'pgg_cuped_moments'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- every funnel aggregate signature has a comment
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog."any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel)';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog."any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog."any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog."any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog."any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first)';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog."any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog."any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog."any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel_value(pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, VARIADIC pg_catalog."any") IS
    'per actor: the value a column had on the row of step k (0 = deepest step) of the chosen chain (first/last-touch attribution)';
COMMENT ON AGGREGATE @extschema@.window_funnel_value(pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.int4, pg_catalog.anyelement, VARIADIC pg_catalog."any") IS
    'per actor: the value a column had on the row of step k (0 = deepest step) of the chosen chain (first/last-touch attribution); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog."any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog."any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog."any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog."any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel(pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.window_funnel_times(pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';

-- ---- internal support functions: comments ----------------------------------
COMMENT ON FUNCTION @extschema@._pgg_check_alpha(pg_catalog.float8, pg_catalog.text) IS
    'internal: alpha if it is in (0, 0.5], else an error naming caller; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_check_correction(pg_catalog.text, pg_catalog.text) IS
    'internal: correction if p_adjust knows it (any letter case), else an error naming caller; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_comoments_margin(pg_catalog.float8[], pg_catalog.int4) IS
    'internal: the moments() state of one margin of a comoments() state, body of comoments_y() and comoments_x(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_comoments_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8) IS
    'internal: transition function of comoments(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_experiment_summary_trans(@extschema@.experiment_state, pg_catalog.text, pg_catalog.float8) IS
    'internal: transition function of experiment_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_moments_trans(pg_catalog.float8[], pg_catalog.float8) IS
    'internal: transition function of moments(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_final(pg_catalog.internal) IS
    'internal: final function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_serialize(pg_catalog.internal) IS
    'internal: serialize function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog."any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog."timestamp", pg_catalog."any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog."any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog."any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(pg_catalog.internal, pg_catalog.anyelement, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of window_funnel(), window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of window_funnel(), window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_final(pg_catalog.internal) IS
    'internal: final function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog."any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog."timestamp", pg_catalog."any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog."any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog."any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_level_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_serialize(pg_catalog.internal) IS
    'internal: serialize function of window_funnel(), window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_times_final(pg_catalog.internal) IS
    'internal: final function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_times_ts_final(pg_catalog.internal) IS
    'internal: final function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog."any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog."timestamp", pg_catalog."any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog."any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog."any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_final(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") IS
    'internal: final function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_final(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") IS
    'internal: final function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_serialize(pg_catalog.internal) IS
    'internal: serialize function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") IS
    'internal: transition function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_window_funnel_value_trans(pg_catalog.internal, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.int4, pg_catalog.anyelement, pg_catalog."any") IS
    'internal: transition function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_actor_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_actor_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_actor_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_cohort_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_cohort_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_cohort_final(pg_catalog.internal) IS
    'internal: final function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_cohort_serialize(pg_catalog.internal) IS
    'internal: serialize function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_combine(pg_catalog.int8, pg_catalog.int8) IS
    'internal: combine function of retention(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_final(pg_catalog.int8) IS
    'internal: final function of retention(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_merge_trans(pg_catalog.float8[], pg_catalog.float8[]) IS
    'internal: combine and transition function of retention_merge(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog."any") IS
    'internal: transition function of retention(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_combine(pg_catalog.float8[], pg_catalog.float8[]) IS
    'internal: combine function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_final(pg_catalog.float8[]) IS
    'internal: final function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.float8) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int4) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.int8) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.int8, pg_catalog.int4) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog."numeric") IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog."numeric", pg_catalog.int4) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.timestamptz) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.timestamptz, pg_catalog.int4) IS
    'internal: transition function of rfm_breaks(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_bgnbd_fit_final(pg_catalog.internal) IS
    'internal: final function of bgnbd_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_bgnbd_fit_trans(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
    'internal: transition function of bgnbd_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_fit_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of bgnbd_fit(), gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_fit_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of bgnbd_fit(), gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_fit_serialize(pg_catalog.internal) IS
    'internal: serialize function of bgnbd_fit(), gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of clv_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of clv_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_final(pg_catalog.internal) IS
    'internal: final function of clv_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_serialize(pg_catalog.internal) IS
    'internal: serialize function of clv_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of clv_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_trans(pg_catalog.internal, pg_catalog.date, pg_catalog.float8, pg_catalog.date, pg_catalog.text) IS
    'internal: transition function of clv_summary(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_gamma_gamma_fit_final(pg_catalog.internal) IS
    'internal: final function of gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_gamma_gamma_fit_trans(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8) IS
    'internal: transition function of gamma_gamma_fit(); not for direct use';

-- ---- any actor id type ---------------------------------------------------------
-- (section reserved: retention_matrix overloads and rfm() grouping by the
-- column's own values)

-- retention_matrix: overloads for integer, smallint, text (varchar resolves
-- to it) and uuid actors, each arity of the bigint aggregate; the state and
-- every support function but the transition are shared.  Integer ids widen
-- to bigint exactly; text and uuid ids are numbered by a dictionary in the
-- state (serialized format 4).  Ids are never cast: '0123' and '123' are two
-- actors.  New objects only: nothing existing changes.
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8)
    RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int4, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int4, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int4, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int2, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int2, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int2, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.text, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.text, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.text, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.uuid, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.uuid, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.uuid, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    SERIALFUNC = @extschema@._pgg_retention_cohort_serialize, DESERIALFUNC = @extschema@._pgg_retention_cohort_deserialize,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE @extschema@.retention_matrix(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(pg_catalog.internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
-- (end of the retention_matrix part)
-- ---- end of: any actor id type ----------------------------------------------

-- ---- NULL metric values are units -------------------------------------------
-- experiment_summary(variant, value) counts every row as a unit of its arm: a
-- NULL value adds a unit without a value, rows with a NULL variant form an arm
-- of their own (variant NULL, shown last, not tested, not in the SRM check).
-- The state widens from k x 5 to k x 6 {n, mean, m2, ones, others, units};
-- the library reads states stored by 0.1.0 - 0.2.x (k x 5) with units = n, so
-- the aggregate, its support functions and the type keep their OIDs.
-- experiment_arms and compare_arms get nulls => 'zero' (default) | 'ignore'
-- and the result columns units and n_values: their result types change, so
-- they are dropped and created again, after checking that no user object
-- (a view, a materialized view, a SQL function) uses them: the update
-- refuses with SQLSTATE 2BP01 rather than drop such an object.
DO $pgg_nulls$
DECLARE
    users pg_catalog.text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('%s (uses %s)',
               coalesce((SELECT 'view ' OPERATOR(pg_catalog.||) r.ev_class::pg_catalog.regclass::pg_catalog.text
                         FROM pg_catalog.pg_rewrite r
                         WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                           AND r.oid OPERATOR(pg_catalog.=) d.objid),
                        pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid)),
               d.refobjid::pg_catalog.regproc::pg_catalog.text), ', ')
      INTO users
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND (d.refobjid OPERATOR(pg_catalog.=) '@extschema@.experiment_arms(@extschema@.experiment_state)'::pg_catalog.regprocedure::pg_catalog.oid
           OR d.refobjid OPERATOR(pg_catalog.=) '@extschema@.compare_arms(@extschema@.experiment_state, pg_catalog.text, pg_catalog.float8, pg_catalog.text, pg_catalog.float8[], pg_catalog.float8)'::pg_catalog.regprocedure::pg_catalog.oid)
      AND d.deptype OPERATOR(pg_catalog.<>) 'e';
    IF users IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update pg_growth to 0.3.0: % depend on experiment_arms or compare_arms, whose result columns change', users
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = 'experiment_arms and compare_arms return the new columns units and n_values and take nulls => ''zero'' | ''ignore''; the update drops and creates them again.',
                  HINT = 'Save the definition of each object listed (pg_get_viewdef for a view), drop it, run ALTER EXTENSION pg_growth UPDATE again, then create it again.';
    END IF;
END
$pgg_nulls$;
DROP FUNCTION @extschema@.compare_arms(@extschema@.experiment_state, pg_catalog.text, pg_catalog.float8,
    pg_catalog.text, pg_catalog.float8[], pg_catalog.float8);
DROP FUNCTION @extschema@.experiment_arms(@extschema@.experiment_state);
CREATE FUNCTION @extschema@.experiment_arms(state @extschema@.experiment_state, nulls pg_catalog.text DEFAULT 'zero',
    OUT variant pg_catalog.text, OUT units pg_catalog.int8, OUT n_values pg_catalog.int8, OUT n pg_catalog.int8,
    OUT mean pg_catalog.float8, OUT variance pg_catalog.float8, OUT successes pg_catalog.int8, OUT is_binary pg_catalog.bool)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'pgg_experiment_arms'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 2;
CREATE FUNCTION @extschema@._pgg_experiment_arms(state @extschema@.experiment_state, nulls pg_catalog.text, caller pg_catalog.text,
    OUT variant pg_catalog.text, OUT units pg_catalog.int8, OUT n_values pg_catalog.int8, OUT n pg_catalog.int8,
    OUT mean pg_catalog.float8, OUT variance pg_catalog.float8, OUT successes pg_catalog.int8, OUT is_binary pg_catalog.bool)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'pgg_experiment_arms'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 2;
CREATE FUNCTION @extschema@.compare_arms(state @extschema@.experiment_state, control pg_catalog.text,
    alpha pg_catalog.float8 DEFAULT 0.05, correction pg_catalog.text DEFAULT 'holm',
    weights pg_catalog.float8[] DEFAULT NULL, tuning pg_catalog.float8 DEFAULT 5000, nulls pg_catalog.text DEFAULT 'zero')
RETURNS TABLE (variant pg_catalog.text, is_control pg_catalog.bool, units pg_catalog.int8, n_values pg_catalog.int8, n pg_catalog.int8,
    mean pg_catalog.float8, stddev pg_catalog.float8,
    test pg_catalog.text, abs_lift pg_catalog.float8, abs_lift_low pg_catalog.float8, abs_lift_high pg_catalog.float8,
    rel_lift pg_catalog.float8, rel_lift_low pg_catalog.float8, rel_lift_high pg_catalog.float8,
    statistic pg_catalog.float8, df pg_catalog.float8, p_value pg_catalog.float8, p_adjusted pg_catalog.float8,
    seq_abs_lift_low pg_catalog.float8, seq_abs_lift_high pg_catalog.float8, seq_p_value pg_catalog.float8,
    chance_to_win pg_catalog.float8, risk_control pg_catalog.float8, risk_treatment pg_catalog.float8,
    prob_beat_control pg_catalog.float8, srm_p_value pg_catalog.float8)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 2
SET search_path = pg_catalog, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    arms text[];
BEGIN
    IF state IS NULL THEN
        RETURN;
    END IF;
    IF control IS NULL THEN
        RAISE EXCEPTION 'control of compare_arms must not be NULL'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Name the control arm, e.g. compare_arms(s, ''A'').';
    END IF;
    -- validates the state and nulls (errors name compare_arms); the arm of
    -- the rows without a variant is shown but is not an arm of the test
    SELECT array_agg(a.variant ORDER BY a.variant COLLATE "C") INTO arms
    FROM @extschema@._pgg_experiment_arms(state, nulls, 'compare_arms') a
    WHERE a.variant IS NOT NULL;
    IF arms IS NULL OR NOT control = ANY (arms) THEN
        RAISE EXCEPTION 'control arm "%" of compare_arms is not in the experiment', control
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The arms are: %s.', coalesce(array_to_string(arms, ', '), '(none)'));
    END IF;
    PERFORM @extschema@._pgg_check_alpha(alpha, 'compare_arms');
    PERFORM @extschema@._pgg_check_correction(correction, 'compare_arms');
    IF weights IS NOT NULL AND (array_ndims(weights) IS DISTINCT FROM 1
            OR cardinality(weights) <> cardinality(arms)) THEN
        RAISE EXCEPTION 'weights of compare_arms must have one element per arm (% arms, in the order %)',
                cardinality(arms), array_to_string(arms, ', ')
            USING ERRCODE = 'array_subscript_error';
    END IF;
    IF tuning IS NULL OR NOT (tuning > 0::float8 AND tuning < 'infinity'::float8) THEN
        RAISE EXCEPTION 'tuning of compare_arms must be a positive finite number, got %', tuning
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    RETURN QUERY
    WITH a AS (
        SELECT * FROM @extschema@._pgg_experiment_arms(state, nulls, 'compare_arms')
    ), c AS (
        SELECT * FROM a WHERE a.variant = control
    ), srm AS (
        -- units, not values: a NULL value is still an assigned actor
        SELECT CASE WHEN count(*) >= 2 THEN
                   @extschema@.srm_test(array_agg(a.units ORDER BY a.variant COLLATE "C"),
                                        coalesce(weights, array_fill(1::float8, ARRAY[count(*)::int]))) END AS p
        FROM a WHERE a.variant IS NOT NULL
    ), r AS (
        SELECT a.variant, coalesce(a.variant = control, false) AS is_control,
               a.units, a.n_values, a.n, a.mean, sqrt(a.variance) AS sd,
               CASE WHEN a.variant IS NULL OR a.variant = control OR a.n < 1 OR c.n < 1 THEN NULL
                    WHEN a.is_binary AND c.is_binary THEN 'proportion_z'
                    ELSE 'welch_t' END AS test,
               a.successes AS xb, a.is_binary AS bb, a.variance AS vb,
               c.n AS nc, c.mean AS mc, c.variance AS vc, c.successes AS xc
        FROM a CROSS JOIN c
    ), t AS (
        SELECT r.*,
               coalesce(z.abs_lift, w.diff) AS abs_lift,
               coalesce(z.abs_lift_low, w.diff_low) AS abs_lift_low,
               coalesce(z.abs_lift_high, w.diff_high) AS abs_lift_high,
               coalesce(z.rel_lift, w.rel_lift) AS rel_lift,
               coalesce(z.rel_lift_low, w.rel_lift_low) AS rel_lift_low,
               coalesce(z.rel_lift_high, w.rel_lift_high) AS rel_lift_high,
               coalesce(z.z, w.t) AS statistic, w.df,
               coalesce(z.p_value, w.p_value) AS p_value,
               coalesce(sz.ci_low, st.ci_low) AS seq_low,
               coalesce(sz.ci_high, st.ci_high) AS seq_high,
               coalesce(sz.p_value, st.p_value) AS seq_p,
               coalesce(bz.chance_to_win, bt.chance_to_win) AS ctw,
               coalesce(bz.risk_control, bt.risk_control) AS risk_c,
               coalesce(bz.risk_treatment, bt.risk_treatment) AS risk_t,
               CASE WHEN r.test = 'proportion_z'
                    THEN @extschema@.prob_beat_control(r.xc, r.nc, r.xb, r.n) END AS pbc
        FROM r
        LEFT JOIN LATERAL @extschema@.proportion_ztest(
            CASE WHEN r.test = 'proportion_z' THEN r.xc END, r.nc, r.xb, r.n, alpha) z ON true
        LEFT JOIN LATERAL @extschema@.welch_ttest(
            CASE WHEN r.test = 'welch_t' THEN r.nc END, r.mc, r.vc, r.n, r.mean, r.vb, alpha) w ON true
        LEFT JOIN LATERAL @extschema@.sequential_ztest(
            CASE WHEN r.test = 'proportion_z' THEN r.xc END, r.nc, r.xb, r.n, alpha, tuning, false) sz ON true
        LEFT JOIN LATERAL @extschema@.sequential_ttest(
            CASE WHEN r.test = 'welch_t' THEN r.nc END, r.mc, r.vc, r.n, r.mean, r.vb, alpha, tuning, false) st ON true
        LEFT JOIN LATERAL @extschema@.bayes_proportions(
            CASE WHEN r.test = 'proportion_z' THEN r.xc END, r.nc, r.xb, r.n, false, 0, NULL, alpha) bz ON true
        LEFT JOIN LATERAL @extschema@.bayes_effect(
            CASE WHEN r.test = 'welch_t' THEN r.nc END, r.mc, r.vc, r.n, r.mean, r.vb, false, 0, NULL, alpha) bt ON true
    ), adj AS (
        SELECT u.v, u.padj
        FROM (SELECT array_agg(t.variant ORDER BY t.variant COLLATE "C") AS vs,
                     array_agg(t.p_value ORDER BY t.variant COLLATE "C") AS ps
              FROM t WHERE NOT t.is_control AND t.p_value IS NOT NULL) s,
             LATERAL unnest(s.vs, @extschema@.p_adjust(s.ps, correction)) AS u(v, padj)
    )
    SELECT t.variant, t.is_control, t.units, t.n_values, t.n, t.mean, t.sd, t.test,
           t.abs_lift, t.abs_lift_low, t.abs_lift_high, t.rel_lift, t.rel_lift_low, t.rel_lift_high,
           t.statistic, t.df, t.p_value, adj.padj,
           t.seq_low, t.seq_high, t.seq_p, t.ctw, t.risk_c, t.risk_t, t.pbc, srm.p
    FROM t CROSS JOIN srm LEFT JOIN adj ON adj.v = t.variant
    ORDER BY t.is_control DESC, t.variant COLLATE "C";
END
$fn$;
COMMENT ON TYPE @extschema@.experiment_state IS
    'state of experiment_summary(): sorted arm names (NULL, the rows without a variant, last) and a k x 6 array {n, mean, m2, ones, others, units} per arm (k x 5 states of 0.2 are read with units = n)';
COMMENT ON AGGREGATE @extschema@.experiment_summary(pg_catalog.text, pg_catalog.float8) IS
    'per-arm mergeable moments of one value per actor; every row is a unit of its arm, a NULL value included, rows with a NULL variant form an arm of their own';
COMMENT ON FUNCTION @extschema@.experiment_arms(@extschema@.experiment_state, pg_catalog.text) IS
    'one row per arm of an experiment_summary() state: units, non-NULL values, n, mean, sample variance, successes of 0/1 metrics; nulls => ''zero'' (NULL = 0, per unit) or ''ignore'' (per non-NULL value)';
COMMENT ON FUNCTION @extschema@.compare_arms(@extschema@.experiment_state, pg_catalog.text, pg_catalog.float8, pg_catalog.text, pg_catalog.float8[], pg_catalog.float8, pg_catalog.text) IS
    'every arm of an experiment_summary() state against the control: lift, intervals, z or Welch test, adjusted, sequential and Bayesian results, SRM on units; nulls => ''zero'' (default) or ''ignore''';
COMMENT ON FUNCTION @extschema@._pgg_experiment_arms(@extschema@.experiment_state, pg_catalog.text, pg_catalog.text) IS
    'internal: body of experiment_arms() and the arms of compare_arms(), errors naming caller; not for direct use';
-- ---- end of: NULL metric values are units -----------------------------------

-- ---- time zones pinned, unobservable cells -----------------------------------
-- (section reserved: retention matrix time zone and observation end,
-- clv_summary tz)

-- retention matrices: the value (float8[]) is format 2 since 0.3.0.  It
-- records max_period, the time zone (tz=, else the session's, by name) and
-- the observation end (the new option as_of=, else the latest row time);
-- retention_merge refuses matrices of different definitions, naming the
-- difference; the readers return NULL for cells not fully observed yet, and
-- retention_average averages each period over the cohorts whose period is
-- observed.  Matrices of format 1 stored by 0.2 are still read (every cell
-- observed).  No signature changes: the options are text and the matrix a
-- float8[]; only the comments of the readers and of retention_merge say so.
COMMENT ON FUNCTION @extschema@.retention_rows(pg_catalog.float8[], pg_catalog.bool) IS
    'long-format rows of a retention matrix: cohort, period, period_end, cohort_size, retained, rate, value (NULL for cells not observed yet)';
COMMENT ON FUNCTION @extschema@.retention_array(pg_catalog.float8[], pg_catalog.text) IS
    'retention matrix as a 2-D array (rows = cohorts, columns = periods) of retained counts, rates or values (NULL for cells not observed yet)';
COMMENT ON FUNCTION @extschema@.retention_average(pg_catalog.float8[]) IS
    'per period: weighted average retention (sum retained / sum cohort size) over the cohorts whose period is observed (their number: cohorts), and the simple mean';
COMMENT ON AGGREGATE @extschema@.retention_merge(pg_catalog.float8[]) IS
    'sum of retention matrices of one definition (time zone, period, counting...); the summary stage after retention_actor ... GROUP BY actor';
-- (end of the retention part)
-- retention_definition(matrix): new, the definition a matrix value records
CREATE FUNCTION @extschema@.retention_definition(matrix pg_catalog.float8[],
    OUT format pg_catalog.int4, OUT period pg_catalog.text, OUT week_start pg_catalog.text, OUT window_kind pg_catalog.text,
    OUT cohort pg_catalog.text, OUT counting pg_catalog.text, OUT brackets pg_catalog.text, OUT max_period pg_catalog.int4,
    OUT value_column pg_catalog.bool, OUT tz pg_catalog.text, OUT tz_pinned pg_catalog.bool, OUT observation pg_catalog.text,
    OUT observed_until pg_catalog.timestamptz, OUT cohorts pg_catalog.int4, OUT columns pg_catalog.int4)
    RETURNS record AS 'MODULE_PATHNAME', 'pgg_retention_definition'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_definition(pg_catalog.float8[]) IS
    'the definition a retention matrix records: format, period, week start, window, cohort kind, counting, brackets, max_period, value column, time zone (and whether tz= pinned it), observation end, cohorts and columns';
-- ---- end of: time zones pinned, unobservable cells ---------------------------

-- ---- rfm() customer ids, clv_summary time zone -------------------------------
-- (section reserved: rfm() groups by the column's own values; clv_summary tz)

-- rfm() groups customers by the customer column's own values, whatever its
-- type, and returns customer_id as text (before: cast to bigint, so text ids
-- '0123' and '123' were one customer and 'abc' failed inside the query).  The
-- result type changes, so rfm() is dropped and created again; a view or
-- function that depends on it would be dropped with it, so the update refuses
-- (2BP01) and names it instead of using CASCADE.
DO $do$
DECLARE
    deps text;
BEGIN
    SELECT pg_catalog.string_agg(DISTINCT CASE
               WHEN d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
               THEN (SELECT CASE WHEN c.relkind OPERATOR(pg_catalog.=) 'm' THEN 'materialized view ' ELSE 'view ' END
                            OPERATOR(pg_catalog.||) r.ev_class::pg_catalog.regclass::pg_catalog.text
                     FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) r.ev_class
                     WHERE r.oid OPERATOR(pg_catalog.=) d.objid)
               ELSE pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) END, ', ')
      INTO deps
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND d.refobjid OPERATOR(pg_catalog.=) '@extschema@.rfm(pg_catalog.regclass, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.text)'::pg_catalog.regprocedure
      AND d.deptype OPERATOR(pg_catalog.=) 'n';
    IF deps IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update pg_growth to 0.3.0: rfm() changes its result, and these objects depend on it: %', deps
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = 'rfm() now returns customer_id as text (the customer column''s own text, so ids of every type work) instead of bigint; the update drops and re-creates rfm().',
                  HINT = 'Save their definitions (pg_get_viewdef, pg_get_functiondef), drop them, run ALTER EXTENSION pg_growth UPDATE, then create them again (write customer_id::bigint where a number is needed).';
    END IF;
END
$do$;
DROP FUNCTION @extschema@.rfm(pg_catalog.regclass, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.text);
CREATE FUNCTION @extschema@._pgg_rfm_groupable(pg_catalog.regtype) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'pgg_rfm_groupable' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_rfm_null_customers(pg_catalog.int8) RETURNS pg_catalog.int8
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

CREATE FUNCTION @extschema@.rfm(events pg_catalog.regclass,
                    as_of pg_catalog.timestamptz DEFAULT NULL,
                    n_bins pg_catalog.int4 DEFAULT 5,
                    customer_column pg_catalog.name DEFAULT 'user_id',
                    time_column pg_catalog.name DEFAULT 'event_time',
                    amount_column pg_catalog.name DEFAULT 'revenue',
                    event_column pg_catalog.name DEFAULT 'event_name',
                    purchase_event pg_catalog.text DEFAULT 'purchase')
    RETURNS TABLE (customer_id pg_catalog.text, last_purchase pg_catalog.timestamptz, recency_days pg_catalog.float8,
                   frequency pg_catalog.int8, monetary pg_catalog.numeric,
                   r_score pg_catalog.int4, f_score pg_catalog.int4, m_score pg_catalog.int4, segment pg_catalog.text)
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
COMMENT ON FUNCTION @extschema@.rfm(pg_catalog.regclass, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.text) IS
    'per customer: last purchase, recency in days, frequency, monetary, R/F/M scores and segment, from a purchase/event table; customer_id is the customer column as text';
COMMENT ON FUNCTION @extschema@._pgg_rfm_groupable(pg_catalog.regtype) IS
    'internal: helper of rfm(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_rfm_null_customers(pg_catalog.int8) IS
    'internal: helper of rfm(); not for direct use';
-- clv_summary(purchase_time, amount, observation_end, unit, tz): the days of
-- the purchases taken in the time zone tz, whatever the session TimeZone.
-- The state's serialized format is version 2 (it carries the zone; version
-- 1 is still read); the other support functions are shared.
CREATE FUNCTION @extschema@._pgg_clv_summary_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_trans_zone'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.clv_summary(purchase_time pg_catalog.timestamptz, amount pg_catalog.float8,
                             observation_end pg_catalog.timestamptz, unit pg_catalog.text, tz pg_catalog.text) (
    SFUNC = @extschema@._pgg_clv_summary_trans,
    STYPE = pg_catalog.internal,
    SSPACE = 128,
    FINALFUNC = @extschema@._pgg_clv_summary_final,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_clv_summary_combine,
    SERIALFUNC = @extschema@._pgg_clv_summary_serialize,
    DESERIALFUNC = @extschema@._pgg_clv_summary_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.clv_summary(pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'per customer: (frequency, recency, age, monetary) from purchase rows, purchases on one day in time zone tz merged';
COMMENT ON FUNCTION @extschema@._pgg_clv_summary_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'internal: transition function of clv_summary(); not for direct use';
-- ---- end of: rfm() customer ids, clv_summary time zone -----------------------

-- ---- engagement: sequence patterns -------------------------------------------
-- (section reserved: sequence_match, sequence_count, sequence_match_events)
-- sequence_match(pattern, ts, VARIADIC conditions): new (doc/engagement.md)
CREATE FUNCTION @extschema@._pgg_sequence_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_sequence_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_sequence_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_sequence_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_sequence_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_sequence_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_sequence_match_final(pg_catalog.internal) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'pgg_sequence_match_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.sequence_match(pattern pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC conditions "any") (
    SFUNC = @extschema@._pgg_sequence_trans, STYPE = pg_catalog.internal, SSPACE = 400,
    FINALFUNC = @extschema@._pgg_sequence_match_final,
    COMBINEFUNC = @extschema@._pgg_sequence_combine, SERIALFUNC = @extschema@._pgg_sequence_serialize,
    DESERIALFUNC = @extschema@._pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.sequence_match(pattern pg_catalog.text, ts pg_catalog.timestamp, VARIADIC conditions "any") (
    SFUNC = @extschema@._pgg_sequence_trans, STYPE = pg_catalog.internal, SSPACE = 400,
    FINALFUNC = @extschema@._pgg_sequence_match_final,
    COMBINEFUNC = @extschema@._pgg_sequence_combine, SERIALFUNC = @extschema@._pgg_sequence_serialize,
    DESERIALFUNC = @extschema@._pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") IS
    'per actor: whether the events (rows where some condition holds, in time order) match the pattern of (?N), ., .* and (?t op S) atoms (ClickHouse sequenceMatch)';
COMMENT ON AGGREGATE @extschema@.sequence_match(pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") IS
    'per actor: whether the events (rows where some condition holds, in time order) match the pattern of (?N), ., .* and (?t op S) atoms (ClickHouse sequenceMatch)';
COMMENT ON FUNCTION @extschema@._pgg_sequence_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") IS
    'internal: transition function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_sequence_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") IS
    'internal: transition function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_sequence_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_sequence_serialize(pg_catalog.internal) IS
    'internal: serialize function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_sequence_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_sequence_match_final(pg_catalog.internal) IS
    'internal: final function of sequence_match(); not for direct use';
-- sequence_count(pattern, ts, VARIADIC conditions): new
CREATE FUNCTION @extschema@._pgg_sequence_count_final(pg_catalog.internal) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_sequence_count_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.sequence_count(pattern pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC conditions "any") (
    SFUNC = @extschema@._pgg_sequence_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_sequence_count_final,
    COMBINEFUNC = @extschema@._pgg_sequence_combine, SERIALFUNC = @extschema@._pgg_sequence_serialize,
    DESERIALFUNC = @extschema@._pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.sequence_count(pattern pg_catalog.text, ts pg_catalog.timestamp, VARIADIC conditions "any") (
    SFUNC = @extschema@._pgg_sequence_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_sequence_count_final,
    COMBINEFUNC = @extschema@._pgg_sequence_combine, SERIALFUNC = @extschema@._pgg_sequence_serialize,
    DESERIALFUNC = @extschema@._pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") IS
    'per actor: the number of non-overlapping matches of the pattern in the events, counted as ClickHouse sequenceCount does';
COMMENT ON AGGREGATE @extschema@.sequence_count(pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") IS
    'per actor: the number of non-overlapping matches of the pattern in the events, counted as ClickHouse sequenceCount does';
COMMENT ON FUNCTION @extschema@._pgg_sequence_count_final(pg_catalog.internal) IS
    'internal: final function of sequence_count(); not for direct use';
-- sequence_match_events(pattern, ts, VARIADIC conditions): new
CREATE FUNCTION @extschema@._pgg_sequence_match_events_final(pg_catalog.internal) RETURNS pg_catalog.timestamptz[]
    AS 'MODULE_PATHNAME', 'pgg_sequence_match_events_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_sequence_match_events_ts_final(pg_catalog.internal) RETURNS pg_catalog.timestamp[]
    AS 'MODULE_PATHNAME', 'pgg_sequence_match_events_ts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.sequence_match_events(pattern pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC conditions "any") (
    SFUNC = @extschema@._pgg_sequence_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_sequence_match_events_final,
    COMBINEFUNC = @extschema@._pgg_sequence_combine, SERIALFUNC = @extschema@._pgg_sequence_serialize,
    DESERIALFUNC = @extschema@._pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.sequence_match_events(pattern pg_catalog.text, ts pg_catalog.timestamp, VARIADIC conditions "any") (
    SFUNC = @extschema@._pgg_sequence_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_sequence_match_events_ts_final,
    COMBINEFUNC = @extschema@._pgg_sequence_combine, SERIALFUNC = @extschema@._pgg_sequence_serialize,
    DESERIALFUNC = @extschema@._pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match_events(pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") IS
    'per actor: the timestamps of the events the (?N) atoms of the first match consumed, empty when nothing matches (duckdb-behavioral sequence_match_events)';
COMMENT ON AGGREGATE @extschema@.sequence_match_events(pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") IS
    'per actor: the timestamps of the events the (?N) atoms of the first match consumed, empty when nothing matches (duckdb-behavioral sequence_match_events)';
COMMENT ON FUNCTION @extschema@._pgg_sequence_match_events_final(pg_catalog.internal) IS
    'internal: final function of sequence_match_events(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_sequence_match_events_ts_final(pg_catalog.internal) IS
    'internal: final function of sequence_match_events(); not for direct use';
-- ---- end of: engagement: sequence patterns -----------------------------------

-- ---- engagement: sessions and streaks ----------------------------------------
-- The engagement capability's first objects (src/engagement/engagement.sql):
-- sessionize, session_stats, streaks and their types and support functions.
-- sessionize(ts, gap) OVER (PARTITION BY actor ORDER BY ts): session number
CREATE FUNCTION @extschema@.sessionize(ts pg_catalog.timestamptz, gap pg_catalog.interval) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_sessionize' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sessionize(pg_catalog.timestamptz, pg_catalog.interval) IS
    'window function: 1-based session number of the row; a new session starts at the first row and at every row more than gap after the previous one (use OVER (PARTITION BY actor ORDER BY ts))';

-- session_stats(ts, gap): one actor's sessions, no window sort
CREATE TYPE @extschema@.session_stats AS (sessions pg_catalog.int8, total_duration pg_catalog.interval, longest_duration pg_catalog.interval,
                              events pg_catalog.int8, events_per_session pg_catalog.float8);
COMMENT ON TYPE @extschema@.session_stats IS
    'one actor''s sessions: number of sessions, summed and longest first-to-last-row duration, rows, rows per session';
CREATE FUNCTION @extschema@._pgg_session_stats_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.interval) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_session_stats_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_session_stats_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.interval) IS
    'internal: transition function of session_stats(); not for direct use';
CREATE FUNCTION @extschema@._pgg_session_stats_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_session_stats_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_session_stats_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of session_stats(); not for direct use';
CREATE FUNCTION @extschema@._pgg_session_stats_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_session_stats_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_session_stats_serialize(pg_catalog.internal) IS
    'internal: serialize function of session_stats(); not for direct use';
CREATE FUNCTION @extschema@._pgg_session_stats_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_session_stats_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_session_stats_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of session_stats(); not for direct use';
CREATE FUNCTION @extschema@._pgg_session_stats_final(pg_catalog.internal) RETURNS @extschema@.session_stats
    AS 'MODULE_PATHNAME', 'pgg_session_stats_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_session_stats_final(pg_catalog.internal) IS
    'internal: final function of session_stats(); not for direct use';
CREATE AGGREGATE @extschema@.session_stats(ts pg_catalog.timestamptz, gap pg_catalog.interval) (
    SFUNC = @extschema@._pgg_session_stats_trans, STYPE = pg_catalog.internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_session_stats_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_session_stats_combine,
    SERIALFUNC = @extschema@._pgg_session_stats_serialize,
    DESERIALFUNC = @extschema@._pgg_session_stats_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.session_stats(pg_catalog.timestamptz, pg_catalog.interval) IS
    'one actor''s sessions (the sessions of sessionize() with the same gap): sessions, total and longest duration, events, events per session';

-- streaks(ts, unit, tz [, as_of]): consecutive active days or weeks of one actor
CREATE TYPE @extschema@.streaks AS (longest pg_catalog.int4, longest_start pg_catalog.date, current pg_catalog.int4, current_start pg_catalog.date,
                        active_periods pg_catalog.int4, first_active pg_catalog.date, last_active pg_catalog.date);
COMMENT ON TYPE @extschema@.streaks IS
    'one actor''s streaks of consecutive active days or weeks: the longest and its first period, the current one and its first period, active periods, first and last active period';
CREATE FUNCTION @extschema@._pgg_streaks_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_streaks_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'internal: transition function of streaks(); not for direct use';
CREATE FUNCTION @extschema@._pgg_streaks_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.date) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_streaks_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'internal: transition function of streaks(); not for direct use';
CREATE FUNCTION @extschema@._pgg_streaks_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_streaks_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of streaks(); not for direct use';
CREATE FUNCTION @extschema@._pgg_streaks_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_streaks_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_streaks_serialize(pg_catalog.internal) IS
    'internal: serialize function of streaks(); not for direct use';
CREATE FUNCTION @extschema@._pgg_streaks_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_streaks_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of streaks(); not for direct use';
CREATE FUNCTION @extschema@._pgg_streaks_final(pg_catalog.internal) RETURNS @extschema@.streaks
    AS 'MODULE_PATHNAME', 'pgg_streaks_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_streaks_final(pg_catalog.internal) IS
    'internal: final function of streaks(); not for direct use';
CREATE AGGREGATE @extschema@.streaks(ts pg_catalog.timestamptz, unit pg_catalog.text, tz pg_catalog.text) (
    SFUNC = @extschema@._pgg_streaks_trans, STYPE = pg_catalog.internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_streaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_streaks_combine,
    SERIALFUNC = @extschema@._pgg_streaks_serialize,
    DESERIALFUNC = @extschema@._pgg_streaks_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.streaks(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'one actor''s streaks of consecutive active days or ISO weeks in time zone tz; the current streak is the last one';
CREATE AGGREGATE @extschema@.streaks(ts pg_catalog.timestamptz, unit pg_catalog.text, tz pg_catalog.text, as_of pg_catalog.date) (
    SFUNC = @extschema@._pgg_streaks_trans, STYPE = pg_catalog.internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_streaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_streaks_combine,
    SERIALFUNC = @extschema@._pgg_streaks_serialize,
    DESERIALFUNC = @extschema@._pgg_streaks_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.streaks(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'one actor''s streaks of consecutive active days or ISO weeks in time zone tz; the current streak is the one holding the period of as_of or ending the period before';
-- ---- end of: engagement: sessions and streaks --------------------------------


-- ---- Citus: nothing fails on the workers -------------------------------------
-- (section reserved: exact signatures and type-independent support functions)
-- Citus calls transition, combine and final functions through
-- worker_partial_agg / coord_combine_agg without the call expression, and
-- checks the aggregate's argument types against its declaration exactly.
-- experiment_summary() and experiment_summary_merge() now take their state
-- type from the function's declaration (C only, nothing to upgrade here).
-- rfm_breaks(): one C transition entry point per value type (same
-- signatures, so the aggregates and the views on them are untouched).
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.float8) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int4) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_float8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.int8) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.int8, pg_catalog.int4) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.numeric) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.numeric, pg_catalog.int4) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.timestamptz) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_timestamptz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@._pgg_rfm_breaks_trans(pg_catalog.float8[], pg_catalog.timestamptz, pg_catalog.int4) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans_timestamptz' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- retention(VARIADIC boolean[]): an exact-type overload beside the VARIADIC
-- "any" one, which stays for the views that use it; calls with boolean
-- conditions resolve to the new one from now on.
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool[]) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_array'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.retention(VARIADIC conditions pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_retention_trans,
    STYPE = pg_catalog.int8,
    COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.retention(VARIADIC pg_catalog.bool[]) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention)';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool[]) IS
    'internal: transition function of retention(); not for direct use';
-- ---- end of: Citus: nothing fails on the workers -----------------------------

-- ---- engagement: active users and lifecycle ----------------------------------
-- (section reserved: DAU/WAU/MAU and stickiness, lifecycle)
-- active_users(), lifecycle() and their readers: new (doc/engagement.md)
-- active_users(actor, ts, tz [, condition]) and lifecycle(actor, ts, tz,
-- period [, condition]) share one state, the active days of every actor
-- (src/engagement/active.h), of type pgg_state, with one transition per
-- aggregate and actor type and a common combine function; READ_ONLY finals
-- return a bigint[] value read by active_users_rows() and lifecycle_rows().
-- The aggregates and their support functions are created in the section
-- "citus: shippable states (clv, engagement)" below, after the type of
-- their state (pgg_state, section "core: the pgg_state type").

-- the readers
CREATE FUNCTION @extschema@.active_users_rows(value pg_catalog.int8[], from_day pg_catalog.date DEFAULT NULL, to_day pg_catalog.date DEFAULT NULL)
    RETURNS TABLE (day pg_catalog.date, dau pg_catalog.int8, wau pg_catalog.int8, mau pg_catalog.int8, stickiness pg_catalog.float8)
    AS 'MODULE_PATHNAME', 'pgg_active_users_rows' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 365;
COMMENT ON FUNCTION @extschema@.active_users_rows(pg_catalog.int8[], pg_catalog.date, pg_catalog.date) IS
    'rows of an active_users() value: per day from from_day to to_day (default: the first and last active day) DAU, WAU, MAU and stickiness = DAU / MAU';
CREATE FUNCTION @extschema@.lifecycle_rows(value pg_catalog.int8[])
    RETURNS TABLE (period pg_catalog.date, new pg_catalog.int8, returning_users pg_catalog.int8, resurrecting pg_catalog.int8, dormant pg_catalog.int8,
                   active pg_catalog.int8, churn_rate pg_catalog.float8, winback_rate pg_catalog.float8)
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_rows' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.lifecycle_rows(pg_catalog.int8[]) IS
    'rows of a lifecycle() value: per period new, returning, resurrecting, dormant and active actors, churn rate (dormant / active the period before) and win-back rate (resurrecting / lapsed the period before)';
-- ---- end of: engagement: active users and lifecycle --------------------------

-- ---- core: the pgg_state type (summary aggregate states Citus can ship) ----
CREATE TYPE @extschema@.pgg_state;
CREATE FUNCTION @extschema@._pgg_state_in(pg_catalog.cstring) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_state_out(@extschema@.pgg_state) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'pgg_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_state_recv(internal) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_state_send(@extschema@.pgg_state) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.pgg_state (INPUT = @extschema@._pgg_state_in, OUTPUT = @extschema@._pgg_state_out,
    RECEIVE = @extschema@._pgg_state_recv, SEND = @extschema@._pgg_state_send,
    INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = extended);
COMMENT ON TYPE @extschema@.pgg_state IS
    'internal: partial state of a pg_growth summary aggregate (funnel_counts, retention_matrix, the CLV fits, active users, lifecycle), shipped between Citus nodes as "<aggregate>:<base64>"; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_state_in(pg_catalog.cstring) IS 'internal: input function of type pgg_state; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_state_out(@extschema@.pgg_state) IS 'internal: output function of type pgg_state; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_state_recv(internal) IS 'internal: receive function of type pgg_state; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_state_send(@extschema@.pgg_state) IS 'internal: send function of type pgg_state; not for direct use';
-- The summary aggregates funnel_counts, retention_matrix, bgnbd_fit and
-- gamma_gamma_fit change their state type from internal to pgg_state (so
-- that Citus can split them) with CREATE OR REPLACE AGGREGATE, which keeps
-- each aggregate (its OID), so views and functions that use one survive the
-- update; then the support functions of the internal state are dropped.
-- ---- end of: core: the pgg_state type ----

-- ---- engagement: paths ----
-- ---- Paths ----------------------------------------------------------------
-- sequence_next_node(direction, base, ts, event_column, base_condition [, VARIADIC
-- event_conditions]): ClickHouse's sequenceNextNode; user_path(ts, event, start_event,
-- max_events [, merge_repeats [, end_event]]): an actor's first events from a start
-- event; path_steps(path): the edges of a path.  Internal states (src/engagement/paths.c),
-- PARALLEL SAFE, with combine, serialize and deserialize; READ_ONLY finals.
CREATE FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, VARIADIC "any") IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.bool) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.bool, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.bool, VARIADIC "any") IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_next_node_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_serialize(pg_catalog.internal) IS
    'internal: serialize function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of sequence_next_node(); not for direct use';
CREATE FUNCTION @extschema@._pgg_next_node_final(pg_catalog.internal) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'pgg_next_node_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_next_node_final(pg_catalog.internal) IS
    'internal: final function of sequence_next_node(); not for direct use';
CREATE AGGREGATE @extschema@.sequence_next_node(direction pg_catalog.text, base pg_catalog.text, ts pg_catalog.timestamptz, event_column pg_catalog.text, base_condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_next_node_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_next_node_final,
    COMBINEFUNC = @extschema@._pgg_next_node_combine, SERIALFUNC = @extschema@._pgg_next_node_serialize,
    DESERIALFUNC = @extschema@._pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_next_node(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'per actor: the event_column value of the base row (head or tail) when base_condition holds on it (ClickHouse sequenceNextNode without event conditions)';
CREATE AGGREGATE @extschema@.sequence_next_node(direction pg_catalog.text, base pg_catalog.text, ts pg_catalog.timestamptz, event_column pg_catalog.text, base_condition pg_catalog.bool, VARIADIC event_conditions "any") (
    SFUNC = @extschema@._pgg_next_node_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_next_node_final,
    COMBINEFUNC = @extschema@._pgg_next_node_combine, SERIALFUNC = @extschema@._pgg_next_node_serialize,
    DESERIALFUNC = @extschema@._pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_next_node(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, VARIADIC "any") IS
    'per actor: the event_column value of the event after the chain of events matching event_conditions 1..N in turn from the base row (head, tail, first_match, last_match), forward or backward in time (ClickHouse sequenceNextNode)';
CREATE AGGREGATE @extschema@.sequence_next_node(direction pg_catalog.text, base pg_catalog.text, ts pg_catalog.timestamp, event_column pg_catalog.text, base_condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_next_node_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_next_node_final,
    COMBINEFUNC = @extschema@._pgg_next_node_combine, SERIALFUNC = @extschema@._pgg_next_node_serialize,
    DESERIALFUNC = @extschema@._pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_next_node(pg_catalog.text, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.bool) IS
    'per actor: the event_column value of the base row (head or tail) when base_condition holds on it (ClickHouse sequenceNextNode without event conditions)';
CREATE AGGREGATE @extschema@.sequence_next_node(direction pg_catalog.text, base pg_catalog.text, ts pg_catalog.timestamp, event_column pg_catalog.text, base_condition pg_catalog.bool, VARIADIC event_conditions "any") (
    SFUNC = @extschema@._pgg_next_node_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_next_node_final,
    COMBINEFUNC = @extschema@._pgg_next_node_combine, SERIALFUNC = @extschema@._pgg_next_node_serialize,
    DESERIALFUNC = @extschema@._pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_next_node(pg_catalog.text, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.bool, VARIADIC "any") IS
    'per actor: the event_column value of the event after the chain of events matching event_conditions 1..N in turn from the base row (head, tail, first_match, last_match), forward or backward in time (ClickHouse sequenceNextNode)';
CREATE FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.text) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.text) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.text) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_trans(pg_catalog.internal, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.text) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_user_path_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_serialize(pg_catalog.internal) IS
    'internal: serialize function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of user_path(); not for direct use';
CREATE FUNCTION @extschema@._pgg_user_path_final(pg_catalog.internal) RETURNS pg_catalog.text[]
    AS 'MODULE_PATHNAME', 'pgg_user_path_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_user_path_final(pg_catalog.internal) IS
    'internal: final function of user_path(); not for direct use';
CREATE AGGREGATE @extschema@.user_path(ts pg_catalog.timestamptz, event pg_catalog.text, start_event pg_catalog.text, max_events pg_catalog.int4) (
    SFUNC = @extschema@._pgg_user_path_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_user_path_final,
    COMBINEFUNC = @extschema@._pgg_user_path_combine, SERIALFUNC = @extschema@._pgg_user_path_serialize,
    DESERIALFUNC = @extschema@._pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.user_path(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event); NULL when it has no start event; read the edges with path_steps()';
CREATE AGGREGATE @extschema@.user_path(ts pg_catalog.timestamptz, event pg_catalog.text, start_event pg_catalog.text, max_events pg_catalog.int4, merge_repeats pg_catalog.bool) (
    SFUNC = @extschema@._pgg_user_path_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_user_path_final,
    COMBINEFUNC = @extschema@._pgg_user_path_combine, SERIALFUNC = @extschema@._pgg_user_path_serialize,
    DESERIALFUNC = @extschema@._pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.user_path(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats of one event merged when merge_repeats; read the edges with path_steps()';
CREATE AGGREGATE @extschema@.user_path(ts pg_catalog.timestamptz, event pg_catalog.text, start_event pg_catalog.text, max_events pg_catalog.int4, merge_repeats pg_catalog.bool, end_event pg_catalog.text) (
    SFUNC = @extschema@._pgg_user_path_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_user_path_final,
    COMBINEFUNC = @extschema@._pgg_user_path_combine, SERIALFUNC = @extschema@._pgg_user_path_serialize,
    DESERIALFUNC = @extschema@._pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.user_path(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.text) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats merged when merge_repeats, ending at the first end_event after the start; read the edges with path_steps()';
CREATE AGGREGATE @extschema@.user_path(ts pg_catalog.timestamp, event pg_catalog.text, start_event pg_catalog.text, max_events pg_catalog.int4) (
    SFUNC = @extschema@._pgg_user_path_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_user_path_final,
    COMBINEFUNC = @extschema@._pgg_user_path_combine, SERIALFUNC = @extschema@._pgg_user_path_serialize,
    DESERIALFUNC = @extschema@._pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.user_path(pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event); NULL when it has no start event; read the edges with path_steps()';
CREATE AGGREGATE @extschema@.user_path(ts pg_catalog.timestamp, event pg_catalog.text, start_event pg_catalog.text, max_events pg_catalog.int4, merge_repeats pg_catalog.bool) (
    SFUNC = @extschema@._pgg_user_path_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_user_path_final,
    COMBINEFUNC = @extschema@._pgg_user_path_combine, SERIALFUNC = @extschema@._pgg_user_path_serialize,
    DESERIALFUNC = @extschema@._pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.user_path(pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats of one event merged when merge_repeats; read the edges with path_steps()';
CREATE AGGREGATE @extschema@.user_path(ts pg_catalog.timestamp, event pg_catalog.text, start_event pg_catalog.text, max_events pg_catalog.int4, merge_repeats pg_catalog.bool, end_event pg_catalog.text) (
    SFUNC = @extschema@._pgg_user_path_trans, STYPE = pg_catalog.internal, SSPACE = 400, FINALFUNC = @extschema@._pgg_user_path_final,
    COMBINEFUNC = @extschema@._pgg_user_path_combine, SERIALFUNC = @extschema@._pgg_user_path_serialize,
    DESERIALFUNC = @extschema@._pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.user_path(pg_catalog.timestamp, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.text) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats merged when merge_repeats, ending at the first end_event after the start; read the edges with path_steps()';
CREATE FUNCTION @extschema@.path_steps(path pg_catalog.text[])
    RETURNS TABLE (step pg_catalog.int4, from_event pg_catalog.text, to_event pg_catalog.text)
    AS 'MODULE_PATHNAME', 'pgg_path_steps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.path_steps(pg_catalog.text[]) IS
    'rows of a path (a user_path() value): one per move, step k from its k-th to its (k+1)-th event';
-- ---- end of: engagement: paths ----

-- ---- engagement: stored activity ----
-- ---- Stored activity ---------------------------------------------------------
-- activity: one actor's active local days in a pinned time zone, run-length
-- encoded (src/engagement/activity.c, doc/engagement.md "Stored activity").
-- activity(ts, tz) and activity_merge(act) share an internal state (the run
-- set of streaks) with combine, serialize, deserialize; the summaries over a
-- table of activities feed the states of the raw-event aggregates and return
-- the same values: retention_matrix(act, options), active_users(act),
-- lifecycle(act, period), streaks(act, unit [, as_of]); active_users(act) keeps
-- DAU/WAU/MAU difference arrays of its own.
CREATE TYPE @extschema@.activity;
CREATE FUNCTION @extschema@._pgg_activity_in(cstring) RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_activity_out(@extschema@.activity) RETURNS cstring
    AS 'MODULE_PATHNAME', 'pgg_activity_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_activity_recv(internal) RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_activity_send(@extschema@.activity) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_activity_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.activity (
    INPUT = @extschema@._pgg_activity_in, OUTPUT = @extschema@._pgg_activity_out,
    RECEIVE = @extschema@._pgg_activity_recv, SEND = @extschema@._pgg_activity_send,
    INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = extended);
COMMENT ON TYPE @extschema@.activity IS
    'one actor''s active local days in a pinned time zone, run-length encoded, with the latest event time; build with activity(ts, tz), update with activity_union()';
COMMENT ON FUNCTION @extschema@._pgg_activity_in(cstring) IS
    'internal: input function of type activity; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_activity_out(@extschema@.activity) IS
    'internal: output function of type activity; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_activity_recv(internal) IS
    'internal: binary input function of type activity; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_activity_send(@extschema@.activity) IS
    'internal: binary output function of type activity; not for direct use';

CREATE FUNCTION @extschema@.activity_union(a @extschema@.activity, b @extschema@.activity)
    RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_union' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.activity_union(@extschema@.activity, @extschema@.activity) IS
    'the active days of both activities (same time zone), the later latest event; NULL counts as no activity';
CREATE FUNCTION @extschema@.activity_days(act @extschema@.activity) RETURNS date[]
    AS 'MODULE_PATHNAME', 'pgg_activity_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.activity_days(@extschema@.activity) IS
    'the active days of an activity, ascending, as local dates of its time zone';

CREATE FUNCTION @extschema@._pgg_activity_trans(internal, timestamptz, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_trans(internal, timestamptz, text) IS
    'internal: transition function of activity(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_merge_trans(internal, @extschema@.activity) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_merge_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_merge_trans(internal, @extschema@.activity) IS
    'internal: transition function of activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_combine(internal, internal) IS
    'internal: combine function of activity(), activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_activity_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_serialize(internal) IS
    'internal: serialize function of activity(), activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_deserialize(bytea, internal) IS
    'internal: deserialize function of activity(), activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_final(internal) RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_final(internal) IS
    'internal: final function of activity(), activity_merge(); not for direct use';
CREATE AGGREGATE @extschema@.activity(ts timestamptz, tz text) (
    SFUNC = @extschema@._pgg_activity_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_activity_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_activity_combine,
    SERIALFUNC = @extschema@._pgg_activity_serialize,
    DESERIALFUNC = @extschema@._pgg_activity_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.activity(timestamptz, text) IS
    'one actor''s activity: the local days of time zone tz with an event, and the latest event time; NULL and infinite timestamps are skipped';
CREATE AGGREGATE @extschema@.activity_merge(act @extschema@.activity) (
    SFUNC = @extschema@._pgg_activity_merge_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_activity_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_activity_combine,
    SERIALFUNC = @extschema@._pgg_activity_serialize,
    DESERIALFUNC = @extschema@._pgg_activity_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.activity_merge(@extschema@.activity) IS
    'the union of activities of one time zone (activity_union() as an aggregate)';

-- the summaries over a table of activities, one row per actor; their states
-- are pgg_state values (families retention_matrix_activity and
-- active_users_activity: a matrix, per-day counts), so Citus splits them
CREATE FUNCTION @extschema@._pgg_activity_retention_trans(@extschema@.pgg_state, @extschema@.activity, text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_retention_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_retention_trans(@extschema@.pgg_state, @extschema@.activity, text) IS
    'internal: transition function of retention_matrix() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_retention_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_retention_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_retention_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of retention_matrix() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_retention_final(@extschema@.pgg_state) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_activity_retention_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_retention_final(@extschema@.pgg_state) IS
    'internal: final function of retention_matrix() over activities; not for direct use';
CREATE AGGREGATE @extschema@.retention_matrix(act @extschema@.activity, options text) (
    SFUNC = @extschema@._pgg_activity_retention_trans, STYPE = @extschema@.pgg_state,
    FINALFUNC = @extschema@._pgg_activity_retention_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_activity_retention_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention_matrix(@extschema@.activity, text) IS
    'first-time cohort retention matrix over a table of activities (one row per actor): the value retention_matrix(actor, ts, options) returns over their events, for day, week and month periods';

CREATE FUNCTION @extschema@._pgg_activity_active_users_trans(@extschema@.pgg_state, @extschema@.activity) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_active_users_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_active_users_trans(@extschema@.pgg_state, @extschema@.activity) IS
    'internal: transition function of active_users() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_active_users_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_active_users_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_active_users_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of active_users() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_active_users_final(@extschema@.pgg_state) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_activity_active_users_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_active_users_final(@extschema@.pgg_state) IS
    'internal: final function of active_users() over activities; not for direct use';
CREATE AGGREGATE @extschema@.active_users(act @extschema@.activity) (
    SFUNC = @extschema@._pgg_activity_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_activity_active_users_combine,
    FINALFUNC = @extschema@._pgg_activity_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(@extschema@.activity) IS
    'DAU, WAU and MAU over a table of activities (one row per actor): the value active_users(actor, ts, tz) returns over their events; read with active_users_rows()';
CREATE FUNCTION @extschema@.streaks(act @extschema@.activity, unit text) RETURNS @extschema@.streaks
    AS 'MODULE_PATHNAME', 'pgg_activity_streaks' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.streaks(@extschema@.activity, text) IS
    'one actor''s streaks of consecutive active days or ISO weeks from its activity: what streaks(ts, unit, tz) returns over its events';
CREATE FUNCTION @extschema@.streaks(act @extschema@.activity, unit text, as_of date) RETURNS @extschema@.streaks
    AS 'MODULE_PATHNAME', 'pgg_activity_streaks' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.streaks(@extschema@.activity, text, date) IS
    'one actor''s streaks of consecutive active days or ISO weeks from its activity, the current one as of a date: what streaks(ts, unit, tz, as_of) returns over its events';
-- ---- end of: engagement: stored activity ----

-- ---- engagement: recipes and speed ----
-- ---- end of: engagement: recipes and speed ----

-- ---- citus: shippable states (funnel, retention) ----
-- funnel_counts: overloads with exact argument types and a pgg_state state,
-- which Citus can split.  The forms with an anyelement actor keep their
-- internal state (Citus pulls them; with pgg_state it would try to split them
-- and refuse the pseudo-type argument on the workers); their support
-- functions run the same C code, which keeps the state as an expanded
-- pgg_state.
CREATE FUNCTION @extschema@._pgg_funnel_counts_final(@extschema@.pgg_state) RETURNS pg_catalog.int8[]
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_final(@extschema@.pgg_state) IS
    'internal: final function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_final(pg_catalog.internal) IS
    'internal: final function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_serialize(pg_catalog.internal) IS
    'internal: serialize function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of funnel_counts() with an anyelement actor; not for direct use';
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int2, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", VARIADIC steps pg_catalog.bool[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog."timestamp", event pg_catalog.text, step_names pg_catalog.text[]) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", VARIADIC pg_catalog.bool[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog."timestamp", pg_catalog.text, pg_catalog.text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
-- retention_matrix and retention_actor: state pgg_state instead of internal
-- (CREATE OR REPLACE keeps the aggregates and the views over them); their
-- argument types are exact already, so Citus splits retention_matrix
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int4' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_int2' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_text' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans_uuid' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_actor_trans(@extschema@.pgg_state, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_actor_trans(@extschema@.pgg_state, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_actor_trans(@extschema@.pgg_state, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_cohort_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_cohort_combine' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_cohort_final(@extschema@.pgg_state) RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'pgg_cohort_final' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int8, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int4, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int4, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int4, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int2, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int2, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.int2, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.text, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.text, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.text, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.uuid, ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.uuid, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_matrix(actor pg_catalog.uuid, ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_matrix_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text) (
    SFUNC = @extschema@._pgg_retention_actor_trans, STYPE = @extschema@.pgg_state, SSPACE = 1640,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_actor_trans, STYPE = @extschema@.pgg_state, SSPACE = 1640,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.retention_actor(ts pg_catalog.timestamptz, options pg_catalog.text, start_event pg_catalog.bool, return_event pg_catalog.bool, value pg_catalog.float8) (
    SFUNC = @extschema@._pgg_retention_actor_trans, STYPE = @extschema@.pgg_state, SSPACE = 1640,
    COMBINEFUNC = @extschema@._pgg_retention_cohort_combine,
    FINALFUNC = @extschema@._pgg_retention_cohort_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION @extschema@._pgg_retention_matrix_trans(internal, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_retention_actor_trans(internal, pg_catalog.timestamptz, pg_catalog.text);
DROP FUNCTION @extschema@._pgg_retention_actor_trans(internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION @extschema@._pgg_retention_actor_trans(internal, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_retention_cohort_combine(internal, internal);
DROP FUNCTION @extschema@._pgg_retention_cohort_final(internal);
DROP FUNCTION @extschema@._pgg_retention_cohort_serialize(internal);
DROP FUNCTION @extschema@._pgg_retention_cohort_deserialize(pg_catalog.bytea, internal);
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.int2, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_matrix_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_actor_trans(@extschema@.pgg_state, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_actor_trans(@extschema@.pgg_state, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_actor_trans(@extschema@.pgg_state, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'internal: transition function of retention_actor(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_cohort_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of retention_actor(), retention_matrix(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_cohort_final(@extschema@.pgg_state) IS
    'internal: final function of retention_actor(), retention_matrix(); not for direct use';
-- ---- funnel_counts with one to eight boolean conditions as separate arguments
-- (bigint, integer, text or uuid actors, timestamptz): a call with boolean
-- conditions resolves to these rather than to the VARIADIC boolean[] form
-- (PostgreSQL prefers a non-variadic match), so no array is built per row (the
-- array form costs about 25% more), and their exact types let Citus split them.
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int8, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.int4, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.text, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.funnel_counts(actor pg_catalog.uuid, window_size pg_catalog."interval", mode pg_catalog.text, ts pg_catalog.timestamptz, step1 pg_catalog.bool, step2 pg_catalog.bool, step3 pg_catalog.bool, step4 pg_catalog.bool, step5 pg_catalog.bool, step6 pg_catalog.bool, step7 pg_catalog.bool, step8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_funnel_counts_trans, STYPE = @extschema@.pgg_state, FINALFUNC = @extschema@._pgg_funnel_counts_final,
    COMBINEFUNC = @extschema@._pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE @extschema@.funnel_counts(pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_funnel_counts_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog."interval", pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of funnel_counts(); not for direct use';
-- retention(cond1 boolean, ..., condN boolean), N = 1 to 8: calls with up to
-- eight boolean conditions resolve to these rather than to VARIADIC boolean[]
-- (PostgreSQL prefers a non-variadic match), so no array is built per row (the
-- array form costs 10-25% more); exact types, so Citus splits them too.
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'pgg_retention_trans_fixed' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool, cond3 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool, cond3 pg_catalog.bool, cond4 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool, cond3 pg_catalog.bool, cond4 pg_catalog.bool, cond5 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool, cond3 pg_catalog.bool, cond4 pg_catalog.bool, cond5 pg_catalog.bool, cond6 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool, cond3 pg_catalog.bool, cond4 pg_catalog.bool, cond5 pg_catalog.bool, cond6 pg_catalog.bool, cond7 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.retention(cond1 pg_catalog.bool, cond2 pg_catalog.bool, cond3 pg_catalog.bool, cond4 pg_catalog.bool, cond5 pg_catalog.bool, cond6 pg_catalog.bool, cond7 pg_catalog.bool, cond8 pg_catalog.bool) (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.int8, COMBINEFUNC = @extschema@._pgg_retention_combine,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 1 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 2 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 3 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 4 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 5 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 6 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 7 conditions';
COMMENT ON AGGREGATE @extschema@.retention(pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention); 8 conditions';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool) IS
    'internal: transition function of retention() with 1 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 2 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 3 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 4 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 5 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 6 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 7 boolean conditions; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'internal: transition function of retention() with 8 boolean conditions; not for direct use';
-- retention(VARIADIC "any"), kept for views of 0.2: its bigint state moves
-- into an internal cell, so that Citus pulls its rows instead of trying to
-- split it (its workers refuse the "any" argument).  CREATE OR REPLACE keeps
-- the views over it.
CREATE FUNCTION @extschema@._pgg_retention_trans(pg_catalog.internal, VARIADIC pg_catalog."any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_retention_any_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_retention_any_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_retention_any_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_retention_any_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_retention_final(pg_catalog.internal) RETURNS pg_catalog.int4[]
    AS 'MODULE_PATHNAME', 'pgg_retention_any_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.retention(VARIADIC conditions pg_catalog."any") (
    SFUNC = @extschema@._pgg_retention_trans, STYPE = pg_catalog.internal,
    COMBINEFUNC = @extschema@._pgg_retention_combine,
    SERIALFUNC = @extschema@._pgg_retention_serialize,
    DESERIALFUNC = @extschema@._pgg_retention_deserialize,
    FINALFUNC = @extschema@._pgg_retention_final, PARALLEL = SAFE);
DROP FUNCTION @extschema@._pgg_retention_trans(pg_catalog.int8, VARIADIC pg_catalog."any");
COMMENT ON FUNCTION @extschema@._pgg_retention_trans(pg_catalog.internal, VARIADIC pg_catalog."any") IS
    'internal: transition function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_combine(pg_catalog.internal, pg_catalog.internal) IS
    'internal: combine function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_serialize(pg_catalog.internal) IS
    'internal: serialize function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'internal: deserialize function of retention(VARIADIC "any"); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_retention_final(pg_catalog.internal) IS
    'internal: final function of retention(VARIADIC "any"); not for direct use';
-- ---- end of: citus: shippable states (funnel, retention) ----

-- ---- citus: shippable states (clv, engagement) ----
-- bgnbd_fit and gamma_gamma_fit: state pgg_state instead of internal
CREATE FUNCTION @extschema@._pgg_clv_fit_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_clv_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_bgnbd_fit_trans(@extschema@.pgg_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_fit_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_bgnbd_fit_final(@extschema@.pgg_state) RETURNS @extschema@.bgnbd_params
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_fit_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.bgnbd_fit(frequency pg_catalog.float8, recency pg_catalog.float8, age pg_catalog.float8) (
    SFUNC = @extschema@._pgg_bgnbd_fit_trans, STYPE = @extschema@.pgg_state,
    FINALFUNC = @extschema@._pgg_bgnbd_fit_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_clv_fit_combine, PARALLEL = SAFE);
CREATE FUNCTION @extschema@._pgg_gamma_gamma_fit_trans(@extschema@.pgg_state, pg_catalog.float8, pg_catalog.float8) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_fit_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_gamma_gamma_fit_final(@extschema@.pgg_state) RETURNS @extschema@.gamma_gamma_params
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_fit_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.gamma_gamma_fit(frequency pg_catalog.float8, monetary pg_catalog.float8) (
    SFUNC = @extschema@._pgg_gamma_gamma_fit_trans, STYPE = @extschema@.pgg_state,
    FINALFUNC = @extschema@._pgg_gamma_gamma_fit_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_clv_fit_combine, PARALLEL = SAFE);
DROP FUNCTION @extschema@._pgg_bgnbd_fit_trans(internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_bgnbd_fit_final(internal);
DROP FUNCTION @extschema@._pgg_gamma_gamma_fit_trans(internal, pg_catalog.float8, pg_catalog.float8);
DROP FUNCTION @extschema@._pgg_gamma_gamma_fit_final(internal);
DROP FUNCTION @extschema@._pgg_clv_fit_combine(internal, internal);
DROP FUNCTION @extschema@._pgg_clv_fit_serialize(internal);
DROP FUNCTION @extschema@._pgg_clv_fit_deserialize(pg_catalog.bytea, internal);
COMMENT ON FUNCTION @extschema@._pgg_clv_fit_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of bgnbd_fit(), gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_bgnbd_fit_trans(@extschema@.pgg_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
    'internal: transition function of bgnbd_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_bgnbd_fit_final(@extschema@.pgg_state) IS
    'internal: final function of bgnbd_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_gamma_gamma_fit_trans(@extschema@.pgg_state, pg_catalog.float8, pg_catalog.float8) IS
    'internal: transition function of gamma_gamma_fit(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_gamma_gamma_fit_final(@extschema@.pgg_state) IS
    'internal: final function of gamma_gamma_fit(); not for direct use';
-- active_users() and lifecycle() (new in 0.3.0): state pgg_state, so that
-- Citus splits them (src/engagement/engagement.sql)
CREATE FUNCTION @extschema@._pgg_active_days_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_days_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_active_users_final(@extschema@.pgg_state) RETURNS pg_catalog.int8[]
    AS 'MODULE_PATHNAME', 'pgg_active_users_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_lifecycle_final(@extschema@.pgg_state) RETURNS pg_catalog.int8[]
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_days_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of active_users() and lifecycle(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_active_users_final(@extschema@.pgg_state) IS
    'internal: final function of active_users(); not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_final(@extschema@.pgg_state) IS
    'internal: final function of lifecycle(); not for direct use';

-- active_users(actor, ts, tz [, condition])
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_active_users_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of active_users(); not for direct use';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.int8, ts pg_catalog.timestamptz, tz pg_catalog.text) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.int8, ts pg_catalog.timestamptz, tz pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.int4, ts pg_catalog.timestamptz, tz pg_catalog.text) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.int4, ts pg_catalog.timestamptz, tz pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.text, ts pg_catalog.timestamptz, tz pg_catalog.text) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.text, ts pg_catalog.timestamptz, tz pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.uuid, ts pg_catalog.timestamptz, tz pg_catalog.text) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE @extschema@.active_users(actor pg_catalog.uuid, ts pg_catalog.timestamptz, tz pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';

-- lifecycle(actor, ts, tz, period [, condition])
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_lifecycle_trans(@extschema@.pgg_state, pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.int8, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.int8, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.int4, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.int4, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.text, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.text, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.uuid, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE @extschema@.lifecycle(actor pg_catalog.uuid, ts pg_catalog.timestamptz, tz pg_catalog.text, period pg_catalog.text, condition pg_catalog.bool) (
    SFUNC = @extschema@._pgg_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine,
    FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(pg_catalog.uuid, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.bool) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
-- lifecycle() over stored activities: the active-days state (pgg_state) of lifecycle()
CREATE FUNCTION @extschema@._pgg_activity_lifecycle_trans(@extschema@.pgg_state, @extschema@.activity, text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_lifecycle_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_lifecycle_trans(@extschema@.pgg_state, @extschema@.activity, text) IS
    'internal: transition function of lifecycle() over activities; not for direct use';
CREATE AGGREGATE @extschema@.lifecycle(act @extschema@.activity, period text) (
    SFUNC = @extschema@._pgg_activity_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine, FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(@extschema@.activity, text) IS
    'lifecycle per period (day, week, month) over a table of activities (one row per actor): the value lifecycle(actor, ts, tz, period) returns over their events; read with lifecycle_rows()';
-- ---- end of: citus: shippable states (clv, engagement) ----
