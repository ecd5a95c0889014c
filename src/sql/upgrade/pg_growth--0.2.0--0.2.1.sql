-- pg_growth 0.2.0 -> 0.2.1: trusted-install hardening (a security release)
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.2.1'" to load this file. \quit

-- Every SQL and PL/pgSQL function of the extension now runs with a pinned
-- search_path (pg_catalog, pg_temp).  Before, their bodies resolved built-in
-- operators and functions through the caller's search_path: where pg_catalog
-- has no exact match (float8 / bigint, array_ndims(bigint[]), ...), a
-- look-alike planted in a schema on that path (by a database owner who
-- installed the trusted extension, say) won and ran with the privileges of
-- whoever called the function, a superuser included.
--
-- Functions whose bodies did not change get the setting with ALTER FUNCTION;
-- the three whose bodies now also qualify mixed-type operators
-- (OPERATOR(pg_catalog./)) are replaced.  Signatures, comments and the
-- objects that depend on them (views) are unchanged.
ALTER FUNCTION @extschema@.welch_ttest(pg_catalog.float8[], pg_catalog.float8[], pg_catalog.float8)
    SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.comoments_y(pg_catalog.float8[])
    SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.comoments_x(pg_catalog.float8[])
    SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.ratio_ttest(pg_catalog.float8[], pg_catalog.float8[], pg_catalog.float8)
    SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.sequential_ztest(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.float8, pg_catalog.float8, pg_catalog.bool)
    SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.bayes_proportions(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.bool, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8)
    SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.clv_customer_value(@extschema@.bgnbd_params, @extschema@.gamma_gamma_params, @extschema@.clv_summary, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8)
    SET search_path = pg_catalog, pg_temp;

CREATE OR REPLACE FUNCTION @extschema@.cuped_ttest(a float8[], b float8[], alpha float8 DEFAULT 0.05,
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
         LATERAL @extschema@.welch_ttest(m.ya, m.yb, alpha) w
    $$;

CREATE OR REPLACE FUNCTION @extschema@.compare_arms(state @extschema@.experiment_state, control text,
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
    IF alpha IS NULL OR NOT (alpha > 0::float8 AND alpha < 1::float8) THEN
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
    IF tuning IS NULL OR NOT (tuning > 0::float8 AND tuning < 'infinity'::float8) THEN
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

CREATE OR REPLACE FUNCTION @extschema@.funnel_report(counts bigint[], step_names text[] DEFAULT NULL)
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
                WHEN counts[k - 1] > 0 THEN counts[k]::float8 OPERATOR(pg_catalog./) counts[k - 1]::float8 END,
           CASE WHEN counts[1] > 0 THEN counts[k]::float8 OPERATOR(pg_catalog./) counts[1]::float8 END,
           CASE WHEN k = 1 THEN 0::bigint ELSE counts[k - 1] - counts[k] END
    FROM generate_subscripts(counts, 1) AS k
    ORDER BY k;
END
$$;
