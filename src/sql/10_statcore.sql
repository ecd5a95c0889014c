
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
