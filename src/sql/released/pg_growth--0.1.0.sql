-- pg_growth install script, assembled at build time from src/sql/NN_*.sql.
-- Objects are created in the schema chosen by CREATE EXTENSION (the extension
-- is not relocatable, so SQL-language functions may refer to @extschema@).

\echo Use "CREATE EXTENSION pg_growth" to load this file. \quit

-- pg_growth_version(): the version of the loaded shared library
CREATE FUNCTION pg_growth_version() RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_growth_version() IS 'version of the pg_growth shared library';

-- ---------------------------------------------------------------------------
-- statcore: distributions and the fixed A/B tests (doc/lift.md)
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
    'multiple-comparison adjusted p-values: bonferroni, holm or bh (Benjamini-Hochberg)';

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
-- CUPED and ratio metrics.  Uses the statcore functions of 10_statcore.sql.
-- ---------------------------------------------------------------------------

-- ---- moments(value): {n, mean, m2}, Welford updates, Chan et al. combine ----
CREATE FUNCTION moments_trans(float8[], float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_moments_trans'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION moments_combine(float8[], float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_moments_combine'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_combine(float8[], float8[]) IS
    'merge two moments() states (Chan, Golub and LeVeque pairwise update)';
CREATE AGGREGATE moments(float8) (
    SFUNC = moments_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = moments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE moments(float8) IS
    'mergeable accumulator {n, mean, sum of squared deviations} of the non-NULL values (Welford updates)';
CREATE AGGREGATE moments_merge(float8[]) (
    SFUNC = moments_combine,
    STYPE = float8[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = moments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE moments_merge(float8[]) IS
    'merge moments() states, e.g. daily states of a materialized view';

CREATE FUNCTION moments_n(float8[]) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_moments_n'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_n(float8[]) IS 'number of values in a moments() state';
CREATE FUNCTION moments_mean(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_moments_mean'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_mean(float8[]) IS 'mean of a moments() state (NULL when empty)';
CREATE FUNCTION moments_variance(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_moments_variance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION moments_variance(float8[]) IS 'sample variance of a moments() state (NULL when n < 2), as var_samp';
CREATE FUNCTION moments_stddev(float8[]) RETURNS float8
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
                                 alpha) w
    $$;
COMMENT ON FUNCTION welch_ttest(float8[], float8[], float8) IS
    'Welch t-test of B (second state) against A (first state) from two moments() states';

-- ---- comoments(y, x): {n, mean_y, mean_x, m2_y, m2_x, c_xy} ----------------
CREATE FUNCTION comoments_trans(float8[], float8, float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_comoments_trans'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION comoments_combine(float8[], float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_comoments_combine'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION comoments_combine(float8[], float8[]) IS 'merge two comoments() states';
CREATE AGGREGATE comoments(y float8, x float8) (
    SFUNC = comoments_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0,0,0,0}',
    COMBINEFUNC = comoments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE comoments(float8, float8) IS
    'mergeable accumulator {n, mean_y, mean_x, m2_y, m2_x, c_xy} of the pairs with neither value NULL';
CREATE AGGREGATE comoments_merge(float8[]) (
    SFUNC = comoments_combine,
    STYPE = float8[],
    INITCOND = '{0,0,0,0,0,0}',
    COMBINEFUNC = comoments_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE comoments_merge(float8[]) IS 'merge comoments() states';
CREATE FUNCTION comoments_margin(float8[], integer) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'pgg_comoments_margin'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION comoments_y(float8[]) RETURNS float8[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT @extschema@.comoments_margin($1, 0) $$;
COMMENT ON FUNCTION comoments_y(float8[]) IS 'moments() state of y from a comoments() state';
CREATE FUNCTION comoments_x(float8[]) RETURNS float8[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT @extschema@.comoments_margin($1, 1) $$;
COMMENT ON FUNCTION comoments_x(float8[]) IS 'moments() state of x from a comoments() state';
CREATE FUNCTION comoments_covariance(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_comoments_covariance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION comoments_covariance(float8[]) IS 'sample covariance of y and x (NULL when n < 2), as covar_samp';

-- ---- ratio metrics and CUPED ------------------------------------------------
CREATE FUNCTION ratio_moments(float8[]) RETURNS float8[]
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
         LATERAL @extschema@.welch_ttest(r.ra, r.rb, alpha) w
    $$;
COMMENT ON FUNCTION ratio_ttest(float8[], float8[], float8) IS
    'Welch test of a ratio metric sum(y)/sum(x) (delta method with covariance) from two comoments(y, x) states';

CREATE FUNCTION cuped_theta(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'pgg_cuped_theta'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cuped_theta(float8[]) IS 'CUPED coefficient cov(y, x)/var(x) of a comoments(y, x) state (NULL when var(x) = 0)';
CREATE FUNCTION cuped_moments(float8[], theta float8, center_x float8) RETURNS float8[]
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
           1 - (@extschema@.moments_variance(ya) / @extschema@.moments_n(ya)
                + @extschema@.moments_variance(yb) / @extschema@.moments_n(yb))
             / nullif(@extschema@.moments_variance(@extschema@.comoments_y(a)) / @extschema@.moments_n(ya)
                + @extschema@.moments_variance(@extschema@.comoments_y(b)) / @extschema@.moments_n(yb), 0),
           w.*
    FROM (SELECT coalesce(@extschema@.cuped_theta(@extschema@.comoments_combine(a, b)), 0) AS theta,
                 @extschema@.moments_mean(@extschema@.comoments_x(@extschema@.comoments_combine(a, b))) AS cx) p,
         LATERAL (SELECT @extschema@.cuped_moments(a, p.theta, p.cx) ya,
                         @extschema@.cuped_moments(b, p.theta, p.cx) yb) m,
         LATERAL @extschema@.welch_ttest(m.ya, m.yb, alpha) w
    $$;
COMMENT ON FUNCTION cuped_ttest(float8[], float8[], float8) IS
    'CUPED-adjusted Welch test from two comoments(metric, pre_period_covariate) states (theta pooled over both arms)';

-- ---- experiment_summary(variant, value) and compare_arms -----------------------
CREATE TYPE experiment_state AS (variants text[], stats float8[]);
COMMENT ON TYPE experiment_state IS
    'state of experiment_summary(): sorted arm names and a k x 5 array {n, mean, m2, ones, others} per arm';
CREATE FUNCTION experiment_summary_trans(experiment_state, text, float8) RETURNS experiment_state
    AS 'MODULE_PATHNAME', 'pgg_experiment_summary_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION experiment_summary_combine(experiment_state, experiment_state) RETURNS experiment_state
    AS 'MODULE_PATHNAME', 'pgg_experiment_summary_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION experiment_summary_combine(experiment_state, experiment_state) IS
    'merge two experiment_summary() states arm by arm';
CREATE AGGREGATE experiment_summary(variant text, value float8) (
    SFUNC = experiment_summary_trans,
    STYPE = experiment_state,
    COMBINEFUNC = experiment_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE experiment_summary(text, float8) IS
    'per-arm mergeable moments of one value per actor (rows with a NULL variant or value are skipped)';
CREATE AGGREGATE experiment_summary_merge(experiment_state) (
    SFUNC = experiment_summary_combine,
    STYPE = experiment_state,
    COMBINEFUNC = experiment_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE experiment_summary_merge(experiment_state) IS 'merge experiment_summary() states';
CREATE FUNCTION experiment_arms(experiment_state,
    OUT variant text, OUT n bigint, OUT mean float8, OUT variance float8,
    OUT successes bigint, OUT is_binary boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'pgg_experiment_arms'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION experiment_arms(experiment_state) IS
    'one row per arm of an experiment_summary() state: n, mean, sample variance, successes of 0/1 metrics';

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
CREATE FUNCTION sequential_ztest_c(bigint, bigint, bigint, bigint, float8, float8,
    alpha float8, tuning float8, relative boolean,
    OUT estimate float8, OUT se float8, OUT ci_low float8, OUT ci_high float8, OUT p_value float8)
    AS 'MODULE_PATHNAME', 'pgg_sequential_ztest'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION sequential_ztest(x_a bigint, n_a bigint, x_b bigint, n_b bigint,
    alpha float8 DEFAULT 0.05, tuning float8 DEFAULT 5000, relative boolean DEFAULT true,
    OUT estimate float8, OUT se float8, OUT ci_low float8, OUT ci_high float8, OUT p_value float8)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT * FROM @extschema@.sequential_ztest_c(x_a, n_a, x_b, n_b, 0, 0, alpha, tuning, relative) $$;
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
CREATE FUNCTION bayes_proportions_c(bigint, bigint, bigint, bigint, float8, float8,
    relative boolean, prior_mean float8, prior_sd float8, alpha float8,
    OUT effect float8, OUT effect_sd float8, OUT ci_low float8, OUT ci_high float8,
    OUT chance_to_win float8, OUT risk_control float8, OUT risk_treatment float8)
    AS 'MODULE_PATHNAME', 'pgg_bayes_proportions'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION bayes_proportions(x_a bigint, n_a bigint, x_b bigint, n_b bigint,
    relative boolean DEFAULT true, prior_mean float8 DEFAULT 0, prior_sd float8 DEFAULT NULL,
    alpha float8 DEFAULT 0.05,
    OUT effect float8, OUT effect_sd float8, OUT ci_low float8, OUT ci_high float8,
    OUT chance_to_win float8, OUT risk_control float8, OUT risk_treatment float8)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT * FROM @extschema@.bayes_proportions_c(x_a, n_a, x_b, n_b, 0, 0, relative,
                                                        prior_mean, prior_sd, alpha) $$;
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
    weights float8[] DEFAULT NULL, tuning float8 DEFAULT 5000)
RETURNS TABLE (variant text, is_control boolean, n bigint, mean float8, stddev float8,
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
        RAISE EXCEPTION 'control must not be NULL'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Name the control arm, e.g. compare_arms(s, ''A'').';
    END IF;
    SELECT array_agg(a.variant ORDER BY a.variant COLLATE "C") INTO arms
    FROM @extschema@.experiment_arms(state) a;
    IF NOT control = ANY (arms) THEN
        RAISE EXCEPTION 'control arm "%" is not in the experiment', control
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The arms are: %s.', array_to_string(arms, ', '));
    END IF;
    IF alpha IS NULL OR NOT (alpha > 0 AND alpha < 1) THEN
        RAISE EXCEPTION 'alpha must be between 0 and 1 (exclusive), got %', alpha
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF correction IS NULL OR correction NOT IN ('holm', 'bonferroni', 'bh', 'none') THEN
        RAISE EXCEPTION 'unknown correction "%"', correction
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use holm, bonferroni, bh or none.';
    END IF;
    IF weights IS NOT NULL AND (array_ndims(weights) IS DISTINCT FROM 1
            OR cardinality(weights) <> cardinality(arms)) THEN
        RAISE EXCEPTION 'weights must have one element per arm (% arms, in the order %)',
                cardinality(arms), array_to_string(arms, ', ')
            USING ERRCODE = 'array_subscript_error';
    END IF;
    IF tuning IS NULL OR NOT (tuning > 0 AND tuning < 'infinity') THEN
        RAISE EXCEPTION 'tuning must be a positive finite number, got %', tuning
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    RETURN QUERY
    WITH a AS (
        SELECT * FROM @extschema@.experiment_arms(state)
    ), c AS (
        SELECT * FROM a WHERE a.variant = control
    ), srm AS (
        SELECT CASE WHEN count(*) >= 2 THEN
                   @extschema@.srm_test(array_agg(a.n ORDER BY a.variant COLLATE "C"),
                                        coalesce(weights, array_fill(1::float8, ARRAY[count(*)::int]))) END AS p
        FROM a
    ), r AS (
        SELECT a.variant, a.variant = control AS is_control, a.n, a.mean, sqrt(a.variance) AS sd,
               CASE WHEN a.variant = control THEN NULL
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
             LATERAL unnest(s.vs, CASE WHEN correction = 'none' THEN s.ps
                                       ELSE @extschema@.p_adjust(s.ps, correction) END) AS u(v, padj)
    )
    SELECT t.variant, t.is_control, t.n, t.mean, t.sd, t.test,
           t.abs_lift, t.abs_lift_low, t.abs_lift_high, t.rel_lift, t.rel_lift_low, t.rel_lift_high,
           t.statistic, t.df, t.p_value, adj.padj,
           t.seq_low, t.seq_high, t.seq_p, t.ctw, t.risk_c, t.risk_t, t.pbc, srm.p
    FROM t CROSS JOIN srm LEFT JOIN adj ON adj.v = t.variant
    ORDER BY t.is_control DESC, t.variant COLLATE "C";
END
$fn$;
COMMENT ON FUNCTION compare_arms(experiment_state, text, float8, text, float8[], float8) IS
    'every arm of an experiment_summary() state against the control: lift, intervals, z or Welch test, adjusted, sequential and Bayesian results, SRM';

-- ---------------------------------------------------------------------------
-- Funnels (doc/funnel.md)
-- ---------------------------------------------------------------------------
-- Per-actor aggregates keep a 16-byte entry per row matching some step
-- (internal state, with combine/serialize/deserialize for parallel plans);
-- the step conditions are VARIADIC "any" (each one boolean, checked once), so
-- the executor builds no array per row.

CREATE FUNCTION window_funnel_trans(internal, interval, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_trans(internal, interval, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_trans(internal, interval, text, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_trans(internal, interval, text, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_final(internal) RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_times_final(internal) RETURNS timestamptz[]
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_times_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_times_ts_final(internal) RETURNS timestamp[]
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_times_ts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION window_funnel_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- window_funnel(window, ts, cond1, ..., condN): deepest step reached (ClickHouse windowFunnel)
CREATE AGGREGATE window_funnel(interval, timestamptz, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(interval, timestamp, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(interval, text, timestamptz, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(interval, text, timestamp, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE window_funnel(interval, timestamptz, VARIADIC "any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel)';
COMMENT ON AGGREGATE window_funnel(interval, text, timestamptz, VARIADIC "any") IS
    'per actor: deepest funnel step reached, with modes (strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';

-- window_funnel_times(...): the step times of the chosen chain
CREATE AGGREGATE window_funnel_times(interval, timestamptz, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, timestamp, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_ts_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, text, timestamptz, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, text, timestamp, VARIADIC "any") (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_ts_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE window_funnel_times(interval, text, timestamptz, VARIADIC "any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first)';

-- window_funnel_value(window, mode, ts, step, value, cond1, ...): value at a step of the chosen chain
CREATE FUNCTION window_funnel_value_trans(internal, interval, text, timestamptz, integer, anyelement, VARIADIC "any")
    RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_value_trans(internal, interval, text, timestamp, integer, anyelement, VARIADIC "any")
    RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_value_final(internal, interval, text, timestamptz, integer, anyelement, VARIADIC "any")
    RETURNS anyelement
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_value_final(internal, interval, text, timestamp, integer, anyelement, VARIADIC "any")
    RETURNS anyelement
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE window_funnel_value(interval, text, timestamptz, integer, anyelement, VARIADIC "any") (
    SFUNC = window_funnel_value_trans, STYPE = internal, SSPACE = 600, FINALFUNC = window_funnel_value_final,
    FINALFUNC_EXTRA, COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_value(interval, text, timestamp, integer, anyelement, VARIADIC "any") (
    SFUNC = window_funnel_value_trans, STYPE = internal, SSPACE = 600, FINALFUNC = window_funnel_value_final,
    FINALFUNC_EXTRA, COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE window_funnel_value(interval, text, timestamptz, integer, anyelement, VARIADIC "any") IS
    'per actor: the value a column had on the row of step k (0 = deepest step) of the chosen chain (first/last-touch attribution)';

-- funnel_counts(actor, window, [mode,] ts, cond1, ...): actors reaching each step, one pass, no GROUP BY
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, text, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, text, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_final(internal) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION funnel_counts_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE funnel_counts(anyelement, interval, timestamptz, VARIADIC "any") (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, timestamp, VARIADIC "any") (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, text, timestamptz, VARIADIC "any") (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, text, timestamp, VARIADIC "any") (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, timestamptz, VARIADIC "any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';


-- ---- the event-name form: (event text, steps text[]) instead of one boolean per step.
-- One hash probe per row (binary equality of the names) instead of N comparisons.

CREATE FUNCTION window_funnel_trans(internal, interval, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_trans(internal, interval, text, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, text, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE window_funnel(interval, timestamptz, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, timestamptz, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, timestamptz, text, text[]) (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(interval, text, timestamptz, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, text, timestamptz, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, text, timestamptz, text, text[]) (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
CREATE FUNCTION window_funnel_trans(internal, interval, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION window_funnel_trans(internal, interval, text, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION funnel_counts_trans(internal, anyelement, interval, text, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE window_funnel(interval, timestamp, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, timestamp, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_ts_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, timestamp, text, text[]) (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(interval, text, timestamp, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(interval, text, timestamp, text, text[]) (
    SFUNC = window_funnel_trans, STYPE = internal, SSPACE = 400, FINALFUNC = window_funnel_times_ts_final,
    COMBINEFUNC = window_funnel_combine, SERIALFUNC = window_funnel_serialize,
    DESERIALFUNC = window_funnel_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(anyelement, interval, text, timestamp, text, text[]) (
    SFUNC = funnel_counts_trans, STYPE = internal, FINALFUNC = funnel_counts_final,
    COMBINEFUNC = funnel_counts_combine, SERIALFUNC = funnel_counts_serialize,
    DESERIALFUNC = funnel_counts_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE window_funnel(interval, timestamptz, text, text[]) IS
    'per actor: deepest step reached, steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, timestamptz, text, text[]) IS
    'over all actors in one pass, steps given as event names: element k = actors whose deepest step is at least k';

-- funnel_report(counts, step_names): one row per step, ready for BI tools
CREATE FUNCTION funnel_report(counts bigint[], step_names text[] DEFAULT NULL)
RETURNS TABLE (step integer, step_name text, actors bigint, conversion_from_previous double precision,
               conversion_from_first double precision, drop_off bigint)
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
    RETURN QUERY
    SELECT k::integer,
           step_names[k],
           counts[k],
           CASE WHEN k = 1 THEN CASE WHEN counts[1] > 0 THEN 1.0::float8 END
                WHEN counts[k - 1] > 0 THEN counts[k]::float8 / counts[k - 1] END,
           CASE WHEN counts[1] > 0 THEN counts[k]::float8 / counts[1] END,
           CASE WHEN k = 1 THEN 0::bigint ELSE counts[k - 1] - counts[k] END
    FROM generate_subscripts(counts, 1) AS k
    ORDER BY k;
END
$$;
COMMENT ON FUNCTION funnel_report(bigint[], text[]) IS
    'one row per funnel step: actors, conversion from the previous and the first step, drop-off';

-- ---------------------------------------------------------------------------
-- Retention (doc/retention.md)
-- ---------------------------------------------------------------------------

-- retention(cond1, ..., condN): ClickHouse-compatible per-actor retention.
-- The state is a bigint bit mask, so the aggregate needs no serialization and
-- Citus can combine it across nodes.
CREATE FUNCTION retention_trans(bigint, VARIADIC "any") RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION retention_combine(bigint, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION retention_final(bigint) RETURNS integer[]
    AS 'MODULE_PATHNAME', 'pgg_retention_final'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE retention(VARIADIC "any") (
    SFUNC = retention_trans,
    STYPE = bigint,
    COMBINEFUNC = retention_combine,
    FINALFUNC = retention_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE retention(VARIADIC "any") IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention)';
-- ---------------------------------------------------------------------------
-- Retention: the cohort x period matrix (doc/retention.md)
-- ---------------------------------------------------------------------------
-- A retention matrix is a float8[] (header + one row per cohort) so that it
-- can be stored, merged with retention_merge() (a plain-type aggregate that
-- Citus can split) and read with retention_rows(), retention_array() and
-- retention_average().

-- shared support functions of retention_matrix() and retention_actor()
CREATE FUNCTION retention_matrix_trans(internal, bigint, timestamptz, text)
    RETURNS internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_matrix_trans(internal, bigint, timestamptz, text, boolean, boolean)
    RETURNS internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_matrix_trans(internal, bigint, timestamptz, text, boolean, boolean, double precision)
    RETURNS internal AS 'MODULE_PATHNAME', 'pgg_cohort_matrix_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_actor_trans(internal, timestamptz, text)
    RETURNS internal AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_actor_trans(internal, timestamptz, text, boolean, boolean)
    RETURNS internal AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_actor_trans(internal, timestamptz, text, boolean, boolean, double precision)
    RETURNS internal AS 'MODULE_PATHNAME', 'pgg_cohort_actor_trans'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_cohort_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_cohort_combine'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION retention_cohort_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_cohort_serialize'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION retention_cohort_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_cohort_deserialize'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION retention_cohort_final(internal) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_cohort_final'
    LANGUAGE C STABLE PARALLEL SAFE;

-- retention_matrix(actor, ts, options [, start, return [, value]]): the whole
-- cohort matrix in one pass over the raw events
CREATE AGGREGATE retention_matrix(actor bigint, ts timestamptz, options text) (
    SFUNC = retention_matrix_trans, STYPE = internal,
    COMBINEFUNC = retention_cohort_combine,
    SERIALFUNC = retention_cohort_serialize, DESERIALFUNC = retention_cohort_deserialize,
    FINALFUNC = retention_cohort_final, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor bigint, ts timestamptz, options text,
                                  start_event boolean, return_event boolean) (
    SFUNC = retention_matrix_trans, STYPE = internal,
    COMBINEFUNC = retention_cohort_combine,
    SERIALFUNC = retention_cohort_serialize, DESERIALFUNC = retention_cohort_deserialize,
    FINALFUNC = retention_cohort_final, PARALLEL = SAFE);
CREATE AGGREGATE retention_matrix(actor bigint, ts timestamptz, options text,
                                  start_event boolean, return_event boolean, value double precision) (
    SFUNC = retention_matrix_trans, STYPE = internal,
    COMBINEFUNC = retention_cohort_combine,
    SERIALFUNC = retention_cohort_serialize, DESERIALFUNC = retention_cohort_deserialize,
    FINALFUNC = retention_cohort_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_matrix(bigint, timestamptz, text) IS
    'cohort x period retention matrix (float8[]) over raw events, any event starts and returns';
COMMENT ON AGGREGATE retention_matrix(bigint, timestamptz, text, boolean, boolean) IS
    'cohort x period retention matrix (float8[]) with start and return conditions';
COMMENT ON AGGREGATE retention_matrix(bigint, timestamptz, text, boolean, boolean, double precision) IS
    'cohort x period retention matrix (float8[]) with conditions and a value summed per cell';

-- retention_actor(ts, options [, start, return [, value]]): the matrix of one
-- actor (GROUP BY actor), the per-actor stage of the two-stage (Citus) plan
CREATE AGGREGATE retention_actor(ts timestamptz, options text) (
    SFUNC = retention_actor_trans, STYPE = internal,
    COMBINEFUNC = retention_cohort_combine,
    SERIALFUNC = retention_cohort_serialize, DESERIALFUNC = retention_cohort_deserialize,
    FINALFUNC = retention_cohort_final, PARALLEL = SAFE);
CREATE AGGREGATE retention_actor(ts timestamptz, options text,
                                 start_event boolean, return_event boolean) (
    SFUNC = retention_actor_trans, STYPE = internal,
    COMBINEFUNC = retention_cohort_combine,
    SERIALFUNC = retention_cohort_serialize, DESERIALFUNC = retention_cohort_deserialize,
    FINALFUNC = retention_cohort_final, PARALLEL = SAFE);
CREATE AGGREGATE retention_actor(ts timestamptz, options text,
                                 start_event boolean, return_event boolean, value double precision) (
    SFUNC = retention_actor_trans, STYPE = internal,
    COMBINEFUNC = retention_cohort_combine,
    SERIALFUNC = retention_cohort_serialize, DESERIALFUNC = retention_cohort_deserialize,
    FINALFUNC = retention_cohort_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_actor(timestamptz, text) IS
    'retention matrix of one actor (use with GROUP BY actor, then retention_merge)';
COMMENT ON AGGREGATE retention_actor(timestamptz, text, boolean, boolean) IS
    'retention matrix of one actor with start and return conditions';
COMMENT ON AGGREGATE retention_actor(timestamptz, text, boolean, boolean, double precision) IS
    'retention matrix of one actor with conditions and a value column';

-- retention_merge(matrix): the sum of retention matrices of one definition;
-- plain float8[] state, so Citus can split it across nodes
CREATE FUNCTION retention_merge_trans(double precision[], double precision[])
    RETURNS double precision[] AS 'MODULE_PATHNAME', 'pgg_retention_merge_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE retention_merge(double precision[]) (
    SFUNC = retention_merge_trans, STYPE = double precision[],
    COMBINEFUNC = retention_merge_trans, PARALLEL = SAFE);
COMMENT ON AGGREGATE retention_merge(double precision[]) IS
    'sum of retention matrices (the summary stage after retention_actor ... GROUP BY actor)';

-- retention_rows(matrix [, include_empty]): long-format rows
CREATE FUNCTION retention_rows(matrix double precision[], include_empty boolean DEFAULT false,
    OUT cohort timestamptz, OUT period integer, OUT period_end integer,
    OUT cohort_size bigint, OUT retained bigint, OUT rate double precision,
    OUT value double precision)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'pgg_retention_rows'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION retention_rows(double precision[], boolean) IS
    'long-format rows of a retention matrix: cohort, period, period_end, cohort_size, retained, rate, value';

-- retention_array(matrix [, what]): cohorts x periods as a 2-D array
CREATE FUNCTION retention_array(matrix double precision[], what text DEFAULT 'retained')
    RETURNS double precision[] AS 'MODULE_PATHNAME', 'pgg_retention_array'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION retention_array(double precision[], text) IS
    'retention matrix as a 2-D array (rows = cohorts, columns = periods) of retained counts, rates or values';

-- retention_average(matrix): weighted average retention per period
CREATE FUNCTION retention_average(matrix double precision[],
    OUT period integer, OUT period_end integer, OUT cohorts integer,
    OUT cohort_size bigint, OUT retained bigint, OUT rate double precision,
    OUT mean_rate double precision)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'pgg_retention_average'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION retention_average(double precision[]) IS
    'per period: weighted average retention (sum retained / sum cohort size) over the cohorts that reached it, and the simple mean';

-- ---------------------------------------------------------------------------
-- RFM segmentation (doc/rfm.md)
-- ---------------------------------------------------------------------------

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
CREATE FUNCTION rfm_breaks_trans(double precision[], double precision) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], double precision, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], bigint) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], bigint, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], numeric) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], numeric, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], timestamptz) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_trans(double precision[], timestamptz, integer) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_combine(double precision[], double precision[]) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rfm_breaks_final(double precision[]) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_rfm_breaks_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE rfm_breaks(double precision) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(double precision, integer) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(bigint) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(bigint, integer) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(numeric) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(numeric, integer) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(timestamptz) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
CREATE AGGREGATE rfm_breaks(timestamptz, integer) (
    SFUNC = rfm_breaks_trans, STYPE = double precision[],
    COMBINEFUNC = rfm_breaks_combine, FINALFUNC = rfm_breaks_final, PARALLEL = SAFE);
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
-- passed as identifiers and quoted with format(%I); the table as regclass,
-- printed schema-qualified under the fixed search_path.
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
        $q$, customer_column, time_column, amount_column, events, cond)
        USING as_of, n_bins;
END
$fn$;
COMMENT ON FUNCTION rfm(regclass, timestamptz, integer, name, name, name, name, text) IS
    'per customer: last purchase, recency in days, frequency, monetary, R/F/M scores and segment, from a purchase/event table';

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

-- shared support functions of the two fit aggregates (histogram state)
CREATE FUNCTION clv_fit_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_fit_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION clv_fit_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_clv_fit_serialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION clv_fit_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_fit_deserialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- bgnbd_fit(frequency, recency, age): maximum likelihood BG/NBD fit
CREATE FUNCTION bgnbd_fit_trans(internal, float8, float8, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_fit_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION bgnbd_fit_final(internal) RETURNS bgnbd_params
    AS 'MODULE_PATHNAME', 'pgg_bgnbd_fit_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE bgnbd_fit(frequency float8, recency float8, age float8) (
    SFUNC = bgnbd_fit_trans,
    STYPE = internal,
    FINALFUNC = bgnbd_fit_final,
    COMBINEFUNC = clv_fit_combine,
    SERIALFUNC = clv_fit_serialize,
    DESERIALFUNC = clv_fit_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bgnbd_fit(float8, float8, float8) IS
    'maximum likelihood BG/NBD parameters over customers (frequency = repeat purchases, recency, age in one time unit)';

-- gamma_gamma_fit(frequency, monetary): maximum likelihood Gamma-Gamma fit
CREATE FUNCTION gamma_gamma_fit_trans(internal, float8, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_fit_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION gamma_gamma_fit_final(internal) RETURNS gamma_gamma_params
    AS 'MODULE_PATHNAME', 'pgg_gamma_gamma_fit_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE gamma_gamma_fit(frequency float8, monetary float8) (
    SFUNC = gamma_gamma_fit_trans,
    STYPE = internal,
    FINALFUNC = gamma_gamma_fit_final,
    COMBINEFUNC = clv_fit_combine,
    SERIALFUNC = clv_fit_serialize,
    DESERIALFUNC = clv_fit_deserialize,
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

-- clv_summary(purchase time, amount, observation end, unit): per-customer summary
CREATE FUNCTION clv_summary_trans(internal, timestamptz, float8, timestamptz, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_trans_tz'
    LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION clv_summary_trans(internal, date, float8, date, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_trans_date'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION clv_summary_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION clv_summary_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_serialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION clv_summary_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_deserialize'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION clv_summary_final(internal) RETURNS clv_summary
    AS 'MODULE_PATHNAME', 'pgg_clv_summary_final'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE clv_summary(purchase_time timestamptz, amount float8,
                             observation_end timestamptz, unit text) (
    SFUNC = clv_summary_trans,
    STYPE = internal,
    FINALFUNC = clv_summary_final,
    COMBINEFUNC = clv_summary_combine,
    SERIALFUNC = clv_summary_serialize,
    DESERIALFUNC = clv_summary_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE clv_summary(timestamptz, float8, timestamptz, text) IS
    'per customer: (frequency, recency, age, monetary) from purchase rows, purchases on one day (session time zone) merged';
CREATE AGGREGATE clv_summary(purchase_date date, amount float8,
                             observation_end date, unit text) (
    SFUNC = clv_summary_trans,
    STYPE = internal,
    FINALFUNC = clv_summary_final,
    COMBINEFUNC = clv_summary_combine,
    SERIALFUNC = clv_summary_serialize,
    DESERIALFUNC = clv_summary_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE clv_summary(date, float8, date, text) IS
    'per customer: (frequency, recency, age, monetary) from purchase dates, purchases on one day merged';
