-- pgTAP: the core module (src/module.c)
\ir helpers/setup.psql
SELECT plan(1);

-- library version
SELECT is(pg_growth_version(), (SELECT extversion FROM pg_extension WHERE extname = 'pg_growth'),
          'pg_growth_version() is the installed extension version');

SELECT * FROM finish();
ROLLBACK;
