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
BEGIN
    SELECT array_agg(version ORDER BY v) INTO vs FROM pgg_versions;
    EXECUTE format('CREATE EXTENSION pg_growth VERSION %L', vs[1]);
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
ORDER BY 1::text;
