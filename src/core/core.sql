-- pg_growth install script, assembled at build time from src/sql/NN_*.sql.
-- Objects are created in the schema chosen by CREATE EXTENSION (the extension
-- is not relocatable, so SQL-language functions may refer to @extschema@).

\echo Use "CREATE EXTENSION pg_growth" to load this file. \quit

-- pg_growth_version(): the version of the loaded shared library
CREATE FUNCTION pg_growth_version() RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_growth_version() IS 'version of the pg_growth shared library';
