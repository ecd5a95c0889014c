-- A database owner who is not a superuser can CREATE EXTENSION pg_growth
-- (the extension is trusted) and use it.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS pgg_trusted_db;
DROP ROLE IF EXISTS pgg_trusted_owner;
CREATE ROLE pgg_trusted_owner NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE pgg_trusted_db OWNER pgg_trusted_owner;
\set regress_db :DBNAME
\c pgg_trusted_db
SET ROLE pgg_trusted_owner;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
CREATE EXTENSION pg_growth;
SELECT extname, extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_growth') AS current
FROM pg_extension WHERE extname = 'pg_growth';
SELECT retention(x > 0, x > 1) FROM generate_series(1, 3) x;
DROP EXTENSION pg_growth;
-- the same owner can install the oldest version and update to the default one
-- (update scripts run as superuser; sql/02_security.sql checks that they run nothing the owner planted)
SELECT format('CREATE EXTENSION pg_growth VERSION %L', (array_agg(version ORDER BY string_to_array(version, '.')::int[]))[1])
FROM pg_available_extension_versions WHERE name = 'pg_growth' \gexec
ALTER EXTENSION pg_growth UPDATE;
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_growth') AS updated
FROM pg_extension WHERE extname = 'pg_growth';
SELECT window_funnel('1 day', t, x > 0, x > 1) FROM generate_series(1, 3) x, LATERAL (SELECT now() + x * interval '1 hour') v(t);
DROP EXTENSION pg_growth;
RESET ROLE;
\c :regress_db
DROP DATABASE pgg_trusted_db;
DROP ROLE pgg_trusted_owner;
