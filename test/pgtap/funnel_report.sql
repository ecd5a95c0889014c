-- pgTAP: funnel_report (src/funnel/funnel.sql) against hand-computed conversions
\ir helpers/setup.psql
SELECT plan(2);

-- funnel_report: conversions and drop-off from a counts array
SELECT results_eq(
    $$SELECT step, step_name, actors, conversion_from_previous, conversion_from_first, drop_off
      FROM funnel_report(ARRAY[200, 50, 20, 20]::bigint[], ARRAY['a', 'b', 'c', 'd'])$$,
    $$VALUES (1, 'a', 200::bigint, 1::float8, 1::float8, 0::bigint), (2, 'b', 50, 0.25, 0.25, 150),
             (3, 'c', 20, 0.4, 0.1, 30), (4, 'd', 20, 1, 0.1, 0)$$,
    'funnel_report: actors, conversion from previous and first step, drop-off');
SELECT is((SELECT array_agg(actors ORDER BY step) FROM funnel_report(
              (SELECT funnel_counts(u, '1 hour', t, k = 1, k = 2) FROM (VALUES (1, 1, now()), (1, 2, now()), (2, 1, now())) v(u, k, t)))),
          ARRAY[2, 1]::bigint[], 'funnel_report over funnel_counts of a tiny table');

SELECT * FROM finish();
ROLLBACK;
