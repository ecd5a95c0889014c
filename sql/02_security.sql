-- Trusted-install safety: a database owner who is not a superuser installs the
-- extension, then plants look-alike operators and functions in a schema on the
-- callers' search_path (public).  Nothing the owner planted may run when
--   (A2) the owner updates the extension (update scripts run as the superuser),
--   (A1) a superuser calls the extension's SQL and PL/pgSQL functions.
-- Each planted object records that it ran in public.pgg_planted and then
-- returns the genuine answer, so a call that used it still succeeds.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pgg_security_db;
DROP ROLE IF EXISTS pgg_security_owner;
CREATE ROLE pgg_security_owner NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE pgg_security_db OWNER pgg_security_owner;
\set regress_db :DBNAME
\c pgg_security_db
SET client_min_messages = warning;
SET ROLE pgg_security_owner;

-- ---- the owner plants look-alikes in public --------------------------------------
CREATE TABLE public.pgg_planted (what text, who name DEFAULT current_user);
CREATE FUNCTION public.pgg_plant_div(a float8, b bigint) RETURNS float8 LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('/(float8,bigint)');
      RETURN a OPERATOR(pg_catalog./) b::float8; END $$;
CREATE OPERATOR public./ (LEFTARG = float8, RIGHTARG = bigint, FUNCTION = public.pgg_plant_div);
CREATE FUNCTION public.pgg_plant_minus(a integer, b float8) RETURNS float8 LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('-(integer,float8)');
      RETURN a::float8 OPERATOR(pg_catalog.-) b; END $$;
CREATE OPERATOR public.- (LEFTARG = integer, RIGHTARG = float8, FUNCTION = public.pgg_plant_minus);
CREATE FUNCTION public.pgg_plant_gt(a float8, b integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('>(float8,integer)');
      RETURN a OPERATOR(pg_catalog.>) b::float8; END $$;
CREATE OPERATOR public.> (LEFTARG = float8, RIGHTARG = integer, FUNCTION = public.pgg_plant_gt);
CREATE FUNCTION public.pgg_plant_lt(a float8, b integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('<(float8,integer)');
      RETURN a OPERATOR(pg_catalog.<) b::float8; END $$;
CREATE OPERATOR public.< (LEFTARG = float8, RIGHTARG = integer, FUNCTION = public.pgg_plant_lt);
-- what the first 0.1.0 -> 0.2.0 script compared: aggtransfn = p.oid, pronamespace = regnamespace
CREATE FUNCTION public.pgg_plant_eq_regproc(a regproc, b oid) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('=(regproc,oid)');
      RETURN a::oid OPERATOR(pg_catalog.=) b; END $$;
CREATE OPERATOR public.= (LEFTARG = regproc, RIGHTARG = oid, FUNCTION = public.pgg_plant_eq_regproc);
CREATE FUNCTION public.pgg_plant_eq_regns(a oid, b regnamespace) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('=(oid,regnamespace)');
      RETURN a OPERATOR(pg_catalog.=) b::oid; END $$;
CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regnamespace, FUNCTION = public.pgg_plant_eq_regns);
-- built-in functions that pg_catalog declares only for anyarray / anyelement:
-- a look-alike with the exact argument types is the better match
CREATE FUNCTION public.array_ndims(a bigint[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('array_ndims(bigint[])');
      RETURN pg_catalog.array_ndims(a); END $$;
CREATE FUNCTION public.array_ndims(a text[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('array_ndims(text[])');
      RETURN pg_catalog.array_ndims(a); END $$;
CREATE FUNCTION public.array_ndims(a float8[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('array_ndims(float8[])');
      RETURN pg_catalog.array_ndims(a); END $$;
CREATE FUNCTION public.cardinality(a text[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('cardinality(text[])');
      RETURN pg_catalog.cardinality(a); END $$;
CREATE FUNCTION public.cardinality(a bigint[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('cardinality(bigint[])');
      RETURN pg_catalog.cardinality(a); END $$;
CREATE FUNCTION public.cardinality(a float8[]) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('cardinality(float8[])');
      RETURN pg_catalog.cardinality(a); END $$;
CREATE FUNCTION public.array_to_string(a text[], s text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('array_to_string(text[],text)');
      RETURN pg_catalog.array_to_string(a, s); END $$;
CREATE FUNCTION public.array_fill(v float8, d integer[]) RETURNS float8[] LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('array_fill(float8,integer[])');
      RETURN pg_catalog.array_fill(v, d); END $$;
CREATE FUNCTION public.unnest(a bigint[]) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('unnest(bigint[])');
      RETURN QUERY SELECT pg_catalog.unnest(a); END $$;
CREATE FUNCTION public.generate_subscripts(a bigint[], d integer) RETURNS SETOF integer LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.pgg_planted(what) VALUES ('generate_subscripts(bigint[],integer)');
      RETURN QUERY SELECT pg_catalog.generate_subscripts(a, d); END $$;

-- the plants work: called by the owner with the default search_path, they run
SELECT 1::float8 / 2::bigint AS half, array_ndims('{1}'::bigint[]) AS ndims;
SELECT what, who, count(*) AS calls FROM public.pgg_planted GROUP BY 1, 2 ORDER BY 1, 2;
DELETE FROM public.pgg_planted;

-- ---- A2: install the oldest version and update to the default one ----------------
SELECT format('CREATE EXTENSION pg_growth VERSION %L', (array_agg(version ORDER BY string_to_array(version, '.')::int[]))[1])
FROM pg_available_extension_versions WHERE name = 'pg_growth' \gexec
ALTER EXTENSION pg_growth UPDATE;
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_growth') AS updated
FROM pg_extension WHERE extname = 'pg_growth';
-- nothing the owner planted ran during the update
SELECT what, who, count(*) AS calls FROM public.pgg_planted GROUP BY 1, 2 ORDER BY 1, 2;

-- ---- A1: a superuser calls every SQL and PL/pgSQL function of the extension -------
CREATE TABLE public.pgg_orders (user_id bigint, event_time timestamptz, revenue numeric, event_name text);
INSERT INTO public.pgg_orders
SELECT 1 + i % 7, timestamptz '2026-01-01 00:00+00' + i * interval '1 day', i, 'purchase'
FROM generate_series(1, 30) i;
RESET ROLE;
SHOW search_path;
SELECT step, actors, conversion_from_previous
FROM funnel_report(ARRAY[100, 40, 10]::bigint[], ARRAY['view', 'cart', 'buy']);
WITH m AS (SELECT moments(x) FILTER (WHERE x <= 10) a, moments(x) FILTER (WHERE x > 10) b
           FROM generate_series(1, 25) x)
SELECT round(w.diff::numeric, 6) AS welch_diff FROM m, welch_ttest(m.a, m.b) w;
WITH c AS (SELECT comoments(x * 2, x) FILTER (WHERE x <= 10) a, comoments(x * 3 + x % 2, x) FILTER (WHERE x > 10) b
           FROM generate_series(1, 25) x)
SELECT moments_n(comoments_y(c.a)) AS ny, moments_n(comoments_x(c.b)) AS nx,
       round(r.diff::numeric, 6) AS ratio_diff, round(u.theta::numeric, 6) AS cuped_theta,
       round(u.variance_reduction::numeric, 6) AS cuped_reduction
FROM c, ratio_ttest(c.a, c.b) r, cuped_ttest(c.a, c.b) u;
SELECT round(p_value::numeric, 6) AS seq_p FROM sequential_ztest(100, 1000, 130, 1000);
SELECT round(chance_to_win::numeric, 6) AS ctw FROM bayes_proportions(100, 1000, 130, 1000);
SELECT variant, n, round(p_value::numeric, 6) AS p, round(srm_p_value::numeric, 6) AS srm
FROM compare_arms((SELECT experiment_summary(CASE WHEN x % 2 = 0 THEN 'A' ELSE 'B' END, (x % 5)::float8)
                   FROM generate_series(1, 200) x), 'A', weights => ARRAY[1, 1]::float8[]);
SELECT round(clv_customer_value(ROW(0.24, 4.41, 0.79, 2.43)::bgnbd_params, ROW(6.25, 3.74, 15.44)::gamma_gamma_params,
                                ROW(2, 30.43, 38.86, 22.35)::clv_summary, 12)::numeric, 6) AS clv;
SELECT customer_id, frequency, segment FROM rfm('public.pgg_orders') ORDER BY customer_id LIMIT 3;
-- nothing the owner planted ran as the superuser
SELECT what, who, count(*) AS calls FROM public.pgg_planted GROUP BY 1, 2 ORDER BY 1, 2;

-- every SQL and PL/pgSQL function pins search_path; none is SECURITY DEFINER.
-- The list is the set of functions called above: a new one must be added there.
SELECT p.oid::regprocedure AS sql_function, l.lanname, p.proconfig
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pg_growth')
  AND l.lanname IN ('sql', 'plpgsql')
ORDER BY p.oid::regprocedure::text;
SELECT count(*) AS security_definer
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pg_growth') AND p.prosecdef;

\c :regress_db
SET client_min_messages = warning;
DROP DATABASE pgg_security_db;
DROP ROLE pgg_security_owner;
