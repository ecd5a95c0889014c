-- baseline: PostgreSQL's own count/avg/var_samp of the revenue per variant
SELECT variant, count(revenue::float8), avg(revenue::float8), var_samp(revenue::float8)
FROM events GROUP BY variant;
