-- The first pg_regress test: install the oldest released version and walk the
-- whole upgrade chain, one version at a time, up to the default version.  Each
-- later version must ship pg_growth--A--B.sql (src/sql/upgrade/).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS pg_growth CASCADE;
CREATE TEMP TABLE pgg_versions AS
    SELECT version, string_to_array(version, '.')::int[] AS v
    FROM pg_available_extension_versions WHERE name = 'pg_growth';
DO $$
DECLARE
    vs text[];
    i int;
    f regprocedure;
    n_reset int := 0;
BEGIN
    SELECT array_agg(version ORDER BY v) INTO vs FROM pgg_versions;
    EXECUTE format('CREATE EXTENSION pg_growth VERSION %L', vs[1]);
    -- the 0.1.0 and 0.2.0 scripts as first released did not pin search_path
    -- in the SQL and PL/pgSQL functions (except rfm): start from that state, so
    -- that the chain must pin them (0.2.0 -> 0.2.1)
    FOR f IN SELECT p.oid::regprocedure
    FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
    JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pg_growth')
      AND l.lanname IN ('sql', 'plpgsql') AND p.proname <> 'rfm'
    LOOP
        EXECUTE format('ALTER FUNCTION %s RESET search_path', f);
        n_reset := n_reset + 1;
    END LOOP;
    RAISE WARNING 'search_path reset in % functions of version %', n_reset, vs[1];
    FOR i IN 2 .. coalesce(array_length(vs, 1), 1) LOOP
        EXECUTE format('ALTER EXTENSION pg_growth UPDATE TO %L', vs[i]);
    END LOOP;
END $$;
RESET client_min_messages;
-- every version has an upgrade path to the default version
SELECT count(*) AS versions_without_path
FROM pgg_versions p, pg_available_extensions a
WHERE a.name = 'pg_growth' AND p.version <> a.default_version
  AND NOT EXISTS (SELECT FROM pg_extension_update_paths('pg_growth') u
                  WHERE u.source = p.version AND u.target = a.default_version AND u.path IS NOT NULL);
-- after the chain: the installed version is the default one and matches the library
SELECT e.extversion = a.default_version AS at_default_version,
       pg_growth_version() = e.extversion AS library_matches
FROM pg_extension e JOIN pg_available_extensions a ON a.name = e.extname
WHERE e.extname = 'pg_growth';
-- the extension is trusted and not relocatable (it refers to @extschema@)
SELECT trusted, relocatable FROM pg_available_extension_versions
WHERE name = 'pg_growth' AND version = (SELECT extversion FROM pg_extension WHERE extname = 'pg_growth');
-- every function of the extension carries an explicit parallel label that is SAFE
SELECT p.oid::regprocedure AS not_parallel_safe
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pg_growth')
  AND d.deptype = 'e' AND p.proparallel <> 's'
ORDER BY p.oid::regprocedure::text;
-- an installation upgraded through the chain has the same catalog as a fresh
-- install of the default version: functions, aggregates (with SSPACE), types
CREATE TEMP VIEW pgg_signature AS
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'pg_growth'),
members AS (SELECT d.classid, d.objid FROM pg_depend d, ext
            WHERE d.refobjid = ext.oid AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e')
SELECT 'function' AS kind, p.oid::regprocedure::text AS name,
       concat_ws('|', p.prorettype::regtype, p.prokind, p.provolatile, p.proparallel, p.proisstrict,
                 p.proretset, p.procost, p.prorows, p.prosrc, p.proargnames,
                 pg_get_expr(p.proargdefaults, 0), obj_description(p.oid, 'pg_proc'),
                 p.proconfig, p.prosecdef) AS def
FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
UNION ALL
SELECT 'aggregate', a.aggfnoid::regprocedure::text,
       concat_ws('|', a.aggkind, a.aggtransfn::regproc, a.aggfinalfn::regproc, a.aggcombinefn::regproc,
                 a.aggserialfn::regproc, a.aggdeserialfn::regproc, a.aggtranstype::regtype,
                 a.aggtransspace, a.agginitval, a.aggfinalextra, a.aggfinalmodify)
FROM pg_aggregate a JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = a.aggfnoid
UNION ALL
SELECT 'type', t.oid::regtype::text,
       concat_ws('|', t.typtype, t.typlen, (SELECT string_agg(attname || ' ' || atttypid::regtype, ', ' ORDER BY attnum)
                                             FROM pg_attribute WHERE attrelid = t.typrelid AND attnum > 0))
FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid;
CREATE TEMP TABLE pgg_upgraded AS SELECT * FROM pgg_signature;
SET client_min_messages = warning;
DROP EXTENSION pg_growth CASCADE;
CREATE EXTENSION pg_growth;
RESET client_min_messages;
SELECT count(*) > 100 AS many_objects FROM pgg_upgraded;
(SELECT 'only after upgrade' AS diff, * FROM pgg_upgraded EXCEPT SELECT 'only after upgrade', * FROM pgg_signature)
UNION ALL
(SELECT 'only in fresh install', * FROM pgg_signature EXCEPT SELECT 'only in fresh install', * FROM pgg_upgraded)
ORDER BY 1, 2, 3;
-- the per-actor funnels tell the planner their compact state size
SELECT DISTINCT a.aggtransspace FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggtransfn
WHERE p.proname = '_pgg_window_funnel_trans';
