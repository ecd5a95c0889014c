
-- ---------------------------------------------------------------------------
-- Distributions and the fixed A/B tests (doc/lift.md; C in src/lift/stats.c)
-- ---------------------------------------------------------------------------

-- Distribution functions with scipy's names and meaning.  Tails are computed
-- directly (sf is not 1 - cdf).  p = 0 or 1 give -Infinity / Infinity.
CREATE FUNCTION norm_cdf(x float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_norm_cdf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION norm_cdf(float8) IS 'standard normal cumulative distribution P(Z <= x)';

CREATE FUNCTION norm_sf(x float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_norm_sf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION norm_sf(float8) IS 'standard normal survival function P(Z > x), computed directly';

CREATE FUNCTION norm_ppf(p float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_norm_ppf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION norm_ppf(float8) IS 'standard normal quantile (inverse of norm_cdf)';

CREATE FUNCTION t_cdf(x float8, df float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_t_cdf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION t_cdf(float8, float8) IS 'Student t cumulative distribution with df degrees of freedom';

CREATE FUNCTION t_sf(x float8, df float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_t_sf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION t_sf(float8, float8) IS 'Student t survival function P(T > x), computed directly';

CREATE FUNCTION t_ppf(p float8, df float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_t_ppf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION t_ppf(float8, float8) IS 'Student t quantile (inverse of t_cdf)';

CREATE FUNCTION chi2_cdf(x float8, df float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_chi2_cdf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION chi2_cdf(float8, float8) IS 'chi-squared cumulative distribution with df degrees of freedom';

CREATE FUNCTION chi2_sf(x float8, df float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_chi2_sf_sql'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION chi2_sf(float8, float8) IS 'chi-squared survival function P(X > x), computed directly';

-- Two-proportion z-test (A = control, B = treatment).
CREATE FUNCTION proportion_ztest(x_a bigint, n_a bigint, x_b bigint, n_b bigint,
                                 alpha float8 DEFAULT 0.05,
                                 OUT rate_a float8, OUT rate_b float8,
                                 OUT abs_lift float8, OUT abs_lift_low float8, OUT abs_lift_high float8,
                                 OUT rel_lift float8, OUT rel_lift_low float8, OUT rel_lift_high float8,
                                 OUT z float8, OUT p_value float8)
    RETURNS record
    AS 'MODULE_PATHNAME', 'pgg_proportion_ztest'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_ztest(bigint, bigint, bigint, bigint, float8) IS
    'two-proportion z-test (pooled z, two-sided p) with Wald and delta-method lift intervals';

-- Welch's t-test from per-arm summary statistics (sample variances).
CREATE FUNCTION welch_ttest(n_a bigint, mean_a float8, var_a float8,
                            n_b bigint, mean_b float8, var_b float8,
                            alpha float8 DEFAULT 0.05,
                            OUT diff float8, OUT diff_low float8, OUT diff_high float8,
                            OUT rel_lift float8, OUT rel_lift_low float8, OUT rel_lift_high float8,
                            OUT t float8, OUT df float8, OUT p_value float8)
    RETURNS record
    AS 'MODULE_PATHNAME', 'pgg_welch_ttest'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION welch_ttest(bigint, float8, float8, bigint, float8, float8, float8) IS
    'Welch t-test from summary statistics with t intervals for the difference and the delta-method relative lift';

CREATE FUNCTION srm_test(observed bigint[], weights float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_srm_test'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION srm_test(bigint[], float8[]) IS
    'sample-ratio-mismatch p-value: Pearson chi-squared goodness of fit, df = arms - 1';

CREATE FUNCTION p_adjust(p float8[], method text) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_p_adjust'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION p_adjust(float8[], text) IS
    'multiple-comparison adjusted p-values: holm, bonferroni, bh or fdr_bh (Benjamini-Hochberg), or none; any letter case';

-- The checks of the SQL and PL/pgSQL functions below, in C so that every
-- function words them the same way: alpha in (0, 0.5] (core/args.c), and the
-- one list of corrections of p_adjust (src/lift/stats.c).
CREATE FUNCTION _pgg_check_alpha(alpha float8, caller text) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_check_alpha_sql'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_check_correction(correction text, caller text) RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_check_correction'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION prob_beat_control(x_a bigint, n_a bigint, x_b bigint, n_b bigint) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_prob_beat_control'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION prob_beat_control(bigint, bigint, bigint, bigint) IS
    'P(rate_b > rate_a) under independent Beta(1 + x, 1 + n - x) posteriors';

CREATE FUNCTION sample_size_proportions(rate_a float8, rel_mde float8,
                                        alpha float8 DEFAULT 0.05, power float8 DEFAULT 0.8)
    RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_sample_size_proportions'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sample_size_proportions(float8, float8, float8, float8) IS
    'actors per arm for a two-sided two-proportion test of a relative lift rel_mde';
-- ---------------------------------------------------------------------------
-- Lift beyond the fixed tests (doc/lift_advanced.md): mergeable accumulators,
-- every-arm comparison, sequential and Bayesian results, power and MDE,
-- CUPED and ratio metrics.  Uses the functions of the section above.
-- ---------------------------------------------------------------------------

-- ---- moments(value): {n, mean, m2}, Welford updates, Chan et al. combine ----
CREATE FUNCTION _pgg_moments_trans(float8[], float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_moments_trans'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION moments_combine(a float8[], b float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_moments_combine'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_combine(float8[], float8[]) IS
    'merge two moments() states (Chan, Golub and LeVeque pairwise update)';
CREATE AGGREGATE moments(value float8) (
    SFUNC = _pgg_moments_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = moments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE moments(float8) IS
    'mergeable accumulator {n, mean, sum of squared deviations} of the non-NULL values (Welford updates)';
CREATE AGGREGATE moments_merge(state float8[]) (
    SFUNC = moments_combine,
    STYPE = float8[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = moments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE moments_merge(float8[]) IS
    'merge moments() states, e.g. daily states of a materialized view';

CREATE FUNCTION moments_n(state float8[]) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_moments_n'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_n(float8[]) IS 'number of values in a moments() state';
CREATE FUNCTION moments_mean(state float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_moments_mean'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_mean(float8[]) IS 'mean of a moments() state (NULL when empty)';
CREATE FUNCTION moments_variance(state float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_moments_variance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_variance(float8[]) IS 'sample variance of a moments() state (NULL when n < 2), as var_samp';
CREATE FUNCTION moments_stddev(state float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_moments_stddev'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_stddev(float8[]) IS 'sample standard deviation of a moments() state (NULL when n < 2), as stddev_samp';

-- welch_ttest(moments_a, moments_b): the fixed Welch test fed by two states
CREATE FUNCTION welch_ttest(a float8[], b float8[], alpha float8 DEFAULT 0.05,
    OUT diff float8, OUT diff_low float8, OUT diff_high float8,
    OUT rel_lift float8, OUT rel_lift_low float8, OUT rel_lift_high float8,
    OUT t float8, OUT df float8, OUT p_value float8)
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
COMMENT ON FUNCTION welch_ttest(float8[], float8[], float8) IS
    'Welch t-test of B (second state) against A (first state) from two moments() states';

-- ---- comoments(y, x): {n, mean_y, mean_x, m2_y, m2_x, c_xy} ----------------
CREATE FUNCTION _pgg_comoments_trans(float8[], float8, float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_comoments_trans'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION comoments_combine(a float8[], b float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_comoments_combine'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION comoments_combine(float8[], float8[]) IS 'merge two comoments() states';
CREATE AGGREGATE comoments(y float8, x float8) (
    SFUNC = _pgg_comoments_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0,0,0,0}',
    COMBINEFUNC = comoments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE comoments(float8, float8) IS
    'mergeable accumulator {n, mean_y, mean_x, m2_y, m2_x, c_xy} of the pairs with neither value NULL';
CREATE AGGREGATE comoments_merge(state float8[]) (
    SFUNC = comoments_combine,
    STYPE = float8[],
    INITCOND = '{0,0,0,0,0,0}',
    COMBINEFUNC = comoments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE comoments_merge(float8[]) IS 'merge comoments() states';
CREATE FUNCTION _pgg_comoments_margin(state float8[], margin integer) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_comoments_margin'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION comoments_y(state float8[]) RETURNS float8[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT @extschema@._pgg_comoments_margin($1, 0) $$;
COMMENT ON FUNCTION comoments_y(float8[]) IS 'moments() state of y from a comoments() state';
CREATE FUNCTION comoments_x(state float8[]) RETURNS float8[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT @extschema@._pgg_comoments_margin($1, 1) $$;
COMMENT ON FUNCTION comoments_x(float8[]) IS 'moments() state of x from a comoments() state';
CREATE FUNCTION comoments_covariance(state float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_comoments_covariance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION comoments_covariance(float8[]) IS 'sample covariance of y and x (NULL when n < 2), as covar_samp';

-- ---- ratio metrics and CUPED ------------------------------------------------
CREATE FUNCTION ratio_moments(state float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_ratio_moments'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ratio_moments(float8[]) IS
    'moments state {n, sum(y)/sum(x), delta-method variance * (n-1)} of a ratio metric from comoments(y, x)';
CREATE FUNCTION ratio_ttest(a float8[], b float8[], alpha float8 DEFAULT 0.05,
    OUT ratio_a float8, OUT ratio_b float8,
    OUT diff float8, OUT diff_low float8, OUT diff_high float8,
    OUT rel_lift float8, OUT rel_lift_low float8, OUT rel_lift_high float8,
    OUT t float8, OUT df float8, OUT p_value float8)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT @extschema@.moments_mean(ra), @extschema@.moments_mean(rb), w.*
    FROM (SELECT @extschema@.ratio_moments(a) ra, @extschema@.ratio_moments(b) rb) r,
         LATERAL @extschema@.welch_ttest(r.ra, r.rb, @extschema@._pgg_check_alpha(alpha, 'ratio_ttest')) w
    $$;
COMMENT ON FUNCTION ratio_ttest(float8[], float8[], float8) IS
    'Welch test of a ratio metric sum(y)/sum(x) (delta method with covariance) from two comoments(y, x) states';

CREATE FUNCTION cuped_theta(state float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_cuped_theta'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cuped_theta(float8[]) IS 'CUPED coefficient cov(y, x)/var(x) of a comoments(y, x) state (NULL when var(x) = 0)';
CREATE FUNCTION cuped_moments(state float8[], theta float8, center_x float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_cuped_moments'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cuped_moments(float8[], float8, float8) IS
    'moments state of y - theta * (x - center_x) from a comoments(y, x) state';
CREATE FUNCTION cuped_ttest(a float8[], b float8[], alpha float8 DEFAULT 0.05,
    OUT theta float8, OUT variance_reduction float8,
    OUT diff float8, OUT diff_low float8, OUT diff_high float8,
    OUT rel_lift float8, OUT rel_lift_low float8, OUT rel_lift_high float8,
    OUT t float8, OUT df float8, OUT p_value float8)
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
COMMENT ON FUNCTION cuped_ttest(float8[], float8[], float8) IS
    'CUPED-adjusted Welch test from two comoments(metric, pre_period_covariate) states (theta pooled over both arms)';

-- ---- experiment_summary(variant, value) and compare_arms -----------------------
CREATE TYPE experiment_state AS (variants text[], stats float8[]);
COMMENT ON TYPE experiment_state IS
    'state of experiment_summary(): sorted arm names (NULL, the rows without a variant, last) and a k x 6 array {n, mean, m2, ones, others, units} per arm (k x 5 states of 0.2 are read with units = n)';
CREATE FUNCTION _pgg_experiment_summary_trans(experiment_state, text, float8) RETURNS experiment_state
    AS 'MODULE_PATHNAME', 'pgg_experiment_summary_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION experiment_summary_combine(a experiment_state, b experiment_state) RETURNS experiment_state
    AS 'MODULE_PATHNAME', 'pgg_experiment_summary_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION experiment_summary_combine(experiment_state, experiment_state) IS
    'merge two experiment_summary() states arm by arm';
CREATE AGGREGATE experiment_summary(variant text, value float8) (
    SFUNC = _pgg_experiment_summary_trans,
    STYPE = experiment_state,
    COMBINEFUNC = experiment_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE experiment_summary(text, float8) IS
    'per-arm mergeable moments of one value per actor; every row is a unit of its arm, a NULL value included, rows with a NULL variant form an arm of their own';
CREATE AGGREGATE experiment_summary_merge(state experiment_state) (
    SFUNC = experiment_summary_combine,
    STYPE = experiment_state,
    COMBINEFUNC = experiment_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE experiment_summary_merge(experiment_state) IS 'merge experiment_summary() states';
CREATE FUNCTION experiment_arms(state experiment_state, nulls text DEFAULT 'zero',
    OUT variant text, OUT units bigint, OUT n_values bigint, OUT n bigint, OUT mean float8,
    OUT variance float8, OUT successes bigint, OUT is_binary boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'pgg_experiment_arms'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION experiment_arms(experiment_state, text) IS
    'one row per arm of an experiment_summary() state: units, non-NULL values, n, mean, sample variance, successes of 0/1 metrics; nulls => ''zero'' (NULL = 0, per unit) or ''ignore'' (per non-NULL value)';
CREATE FUNCTION _pgg_experiment_arms(state experiment_state, nulls text, caller text,
    OUT variant text, OUT units bigint, OUT n_values bigint, OUT n bigint, OUT mean float8,
    OUT variance float8, OUT successes bigint, OUT is_binary boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'pgg_experiment_arms'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 2;

-- ---- sequential (always-valid) inference -----------------------------------------
CREATE FUNCTION sequential_interval(estimate float8, se float8, n bigint,
    alpha float8 DEFAULT 0.05, tuning float8 DEFAULT 5000,
    OUT ci_low float8, OUT ci_high float8, OUT p_value float8)
    AS 'MODULE_PATHNAME', 'pgg_sequential_interval'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sequential_interval(float8, float8, bigint, float8, float8) IS
    'always-valid interval and p-value (normal-mixture confidence sequence) of an estimate with standard error se after n actors';
CREATE FUNCTION sequential_ttest(n_a bigint, mean_a float8, var_a float8,
    n_b bigint, mean_b float8, var_b float8,
    alpha float8 DEFAULT 0.05, tuning float8 DEFAULT 5000, relative boolean DEFAULT true,
    OUT estimate float8, OUT se float8, OUT ci_low float8, OUT ci_high float8, OUT p_value float8)
    AS 'MODULE_PATHNAME', 'pgg_sequential_ttest'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sequential_ttest(bigint, float8, float8, bigint, float8, float8, float8, float8, boolean) IS
    'always-valid test of the relative (default) or absolute difference of two means (GrowthBook sequential testing)';
CREATE FUNCTION sequential_ztest(x_a bigint, n_a bigint, x_b bigint, n_b bigint,
    alpha float8 DEFAULT 0.05, tuning float8 DEFAULT 5000, relative boolean DEFAULT true,
    OUT estimate float8, OUT se float8, OUT ci_low float8, OUT ci_high float8, OUT p_value float8)
    AS 'MODULE_PATHNAME', 'pgg_sequential_ztest'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sequential_ztest(bigint, bigint, bigint, bigint, float8, float8, boolean) IS
    'always-valid test of the relative (default) or absolute difference of two conversion rates';

-- ---- Bayesian normal effect model ---------------------------------------------------
CREATE FUNCTION bayes_effect(n_a bigint, mean_a float8, var_a float8,
    n_b bigint, mean_b float8, var_b float8,
    relative boolean DEFAULT true, prior_mean float8 DEFAULT 0, prior_sd float8 DEFAULT NULL,
    alpha float8 DEFAULT 0.05,
    OUT effect float8, OUT effect_sd float8, OUT ci_low float8, OUT ci_high float8,
    OUT chance_to_win float8, OUT risk_control float8, OUT risk_treatment float8)
    AS 'MODULE_PATHNAME', 'pgg_bayes_effect'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bayes_effect(bigint, float8, float8, bigint, float8, float8, boolean, float8, float8, float8) IS
    'Bayesian normal effect model (GrowthBook): posterior of the lift, chance to beat control, expected losses; prior_sd NULL = flat prior';
CREATE FUNCTION bayes_proportions(x_a bigint, n_a bigint, x_b bigint, n_b bigint,
    relative boolean DEFAULT true, prior_mean float8 DEFAULT 0, prior_sd float8 DEFAULT NULL,
    alpha float8 DEFAULT 0.05,
    OUT effect float8, OUT effect_sd float8, OUT ci_low float8, OUT ci_high float8,
    OUT chance_to_win float8, OUT risk_control float8, OUT risk_treatment float8)
    AS 'MODULE_PATHNAME', 'pgg_bayes_proportions'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bayes_proportions(bigint, bigint, bigint, bigint, boolean, float8, float8, float8) IS
    'Bayesian normal effect model for conversion rates (variance p(1-p)); prior_sd NULL = flat prior';

-- ---- power and minimum detectable effect ------------------------------------------
CREATE FUNCTION test_power(effect float8, se float8, alpha float8 DEFAULT 0.05) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_test_power'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION test_power(float8, float8, float8) IS
    'power of a two-sided z test to detect effect when the estimate has standard error se';
CREATE FUNCTION power_mean(rel_effect float8, mean float8, variance float8, n_per_arm float8,
    alpha float8 DEFAULT 0.05, tuning float8 DEFAULT NULL) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_power_mean'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION power_mean(float8, float8, float8, float8, float8, float8) IS
    'power to detect a relative lift of a mean with n_per_arm actors per arm (tuning NULL = fixed horizon, else sequential)';
CREATE FUNCTION mde_mean(mean float8, variance float8, n_per_arm float8,
    alpha float8 DEFAULT 0.05, power float8 DEFAULT 0.8, tuning float8 DEFAULT NULL) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_mde_mean'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION mde_mean(float8, float8, float8, float8, float8, float8) IS
    'minimum detectable relative lift of a mean with n_per_arm actors per arm (NULL when none is detectable)';
CREATE FUNCTION power_proportions(rate_a float8, rel_effect float8, n_per_arm float8,
    alpha float8 DEFAULT 0.05) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_power_proportions'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION power_proportions(float8, float8, float8, float8) IS
    'power of the two-proportion test to detect a relative lift with n_per_arm actors per arm';
CREATE FUNCTION mde_proportions(rate_a float8, n_per_arm float8, alpha float8 DEFAULT 0.05,
    power float8 DEFAULT 0.8) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_mde_proportions'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION mde_proportions(float8, float8, float8, float8) IS
    'minimum detectable relative lift of a conversion rate with n_per_arm actors per arm (NULL when none is detectable)';

-- ---- compare_arms: every arm against a named control ------------------------------
CREATE FUNCTION compare_arms(state experiment_state, control text,
    alpha float8 DEFAULT 0.05, correction text DEFAULT 'holm',
    weights float8[] DEFAULT NULL, tuning float8 DEFAULT 5000, nulls text DEFAULT 'zero')
RETURNS TABLE (variant text, is_control boolean, units bigint, n_values bigint, n bigint,
    mean float8, stddev float8,
    test text, abs_lift float8, abs_lift_low float8, abs_lift_high float8,
    rel_lift float8, rel_lift_low float8, rel_lift_high float8,
    statistic float8, df float8, p_value float8, p_adjusted float8,
    seq_abs_lift_low float8, seq_abs_lift_high float8, seq_p_value float8,
    chance_to_win float8, risk_control float8, risk_treatment float8,
    prob_beat_control float8, srm_p_value float8)
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
COMMENT ON FUNCTION compare_arms(experiment_state, text, float8, text, float8[], float8, text) IS
    'every arm of an experiment_summary() state against the control: lift, intervals, z or Welch test, adjusted, sequential and Bayesian results, SRM on units; nulls => ''zero'' (default) or ''ignore''';

-- Internal support functions (transition, combine, final, serialize,
-- deserialize, helpers): the _pgg_ prefix and these comments tell them from
-- the user API in \df.
COMMENT ON FUNCTION _pgg_check_alpha(alpha double precision, caller text) IS
    'internal: alpha if it is in (0, 0.5], else an error naming caller; not for direct use';
COMMENT ON FUNCTION _pgg_check_correction(correction text, caller text) IS
    'internal: correction if p_adjust knows it (any letter case), else an error naming caller; not for direct use';
COMMENT ON FUNCTION _pgg_comoments_margin(state double precision[], margin integer) IS
    'internal: the moments() state of one margin of a comoments() state, body of comoments_y() and comoments_x(); not for direct use';
COMMENT ON FUNCTION _pgg_comoments_trans(double precision[], double precision, double precision) IS
    'internal: transition function of comoments(); not for direct use';
COMMENT ON FUNCTION _pgg_experiment_arms(state experiment_state, nulls text, caller text) IS
    'internal: body of experiment_arms() and the arms of compare_arms(), errors naming caller; not for direct use';
COMMENT ON FUNCTION _pgg_experiment_summary_trans(experiment_state, text, double precision) IS
    'internal: transition function of experiment_summary(); not for direct use';
COMMENT ON FUNCTION _pgg_moments_trans(double precision[], double precision) IS
    'internal: transition function of moments(); not for direct use';
