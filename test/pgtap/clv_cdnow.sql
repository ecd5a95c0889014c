-- pgTAP: the CDNOW sample (Fader, Hardie and Lee 2005; lifetimes' datasets),
-- read from $PGG_CDNOW_DIR (test/test.sh sets it to ../shared/datasets/cdnow;
-- the data are never copied into the repository).  The file is loaded with a
-- client-side \copy (FROM PROGRAM 'cat ...', run by psql, not the server),
-- since the suites run as a non-superuser.  Published
-- maximum likelihood fits (README of the data folder, lifetimes Quickstart):
--   BG/NBD      r = 0.2426, alpha = 4.4136, a = 0.7929, b = 2.4259
--   Gamma-Gamma p = 6.2496, q = 3.7442, v = 15.4435 (946 repeat customers)
-- When the folder is missing every test is reported as skipped, with why.
\ir helpers/setup.psql
SELECT plan(19);

\getenv cdnow_dir PGG_CDNOW_DIR
\if :{?cdnow_dir}
\set cdnow_file :cdnow_dir '/CDNOW_sample.txt'
\set have_cdnow `test -r "$PGG_CDNOW_DIR/CDNOW_sample.txt" && echo 1 || echo 0`
\set cdnow_where :cdnow_file
\else
\set cdnow_where '$PGG_CDNOW_DIR/CDNOW_sample.txt (PGG_CDNOW_DIR is not set)'
\set have_cdnow 0
\endif

\if :have_cdnow
CREATE TABLE cdnow_raw (line text);
-- (\copy does not interpolate psql variables, so the client-side shell reads
-- the path from the same environment variable)
\copy cdnow_raw FROM PROGRAM 'cat "$PGG_CDNOW_DIR/CDNOW_sample.txt"' WITH (FORMAT text, DELIMITER E'\x01')
-- columns: original id, customer id 1..2357, date YYYYMMDD, CDs, dollars
CREATE TABLE cdnow_tx AS
SELECT f[2]::int AS customer, to_date(f[3], 'YYYYMMDD') AS day, f[5]::numeric AS dollars
FROM (SELECT regexp_split_to_array(btrim(line, E' \t\r\n'), '\s+') AS f FROM cdnow_raw) s;
-- calibration period 1997-01-01 .. 1997-09-30, weeks, purchases on one day merged
CREATE TABLE cdnow_summary AS
SELECT customer, (s).frequency, (s).recency, (s).age, (s).monetary
FROM (SELECT customer, clv_summary(day, dollars::float8, date '1997-09-30', 'weeks') AS s
      FROM cdnow_tx GROUP BY customer) q;
CREATE TEMP TABLE cdnow_bg AS SELECT (bgnbd_fit(frequency, recency, age)).* FROM cdnow_summary;
CREATE TEMP TABLE cdnow_gg AS SELECT (gamma_gamma_fit(frequency, monetary)).* FROM cdnow_summary;
-- |estimate - published| within half a unit of the third significant digit
CREATE FUNCTION pg_temp.sig3(est float8, pub float8) RETURNS boolean LANGUAGE sql AS $$
    SELECT abs(est - pub) <= 0.5 * power(10, floor(log(abs(pub))) - 2)
$$;

SELECT is((SELECT count(*) FROM cdnow_tx), 6919::bigint, 'CDNOW sample: 6919 purchase rows');
SELECT is((SELECT count(*) FROM cdnow_summary), 2357::bigint, 'clv_summary: 2357 customers');
SELECT is((SELECT count(*) FROM cdnow_summary WHERE frequency > 0), 946::bigint, 'clv_summary: 946 repeat customers');
-- customer 1: purchases on 1997-01-01 (29.33), 1997-01-18 (29.73), 1997-08-02 (14.96)
SELECT is((SELECT ARRAY[frequency, round(recency::numeric, 4)::float8, round(age::numeric, 4)::float8, monetary]
           FROM cdnow_summary WHERE customer = 1),
          ARRAY[2, round(213 / 7.0, 4), round(272 / 7.0, 4), (29.73 + 14.96) / 2]::float8[],
          'customer 1: frequency 2, recency 213/7 weeks, age 272/7 weeks, monetary (29.73 + 14.96)/2');
SELECT ok(pg_temp.sig3(r, 0.2426), format('BG/NBD r = %s matches 0.2426 to 3 significant digits', round(r::numeric, 5))) FROM cdnow_bg;
SELECT ok(pg_temp.sig3(alpha, 4.4136), format('BG/NBD alpha = %s matches 4.4136 to 3 significant digits', round(alpha::numeric, 5))) FROM cdnow_bg;
SELECT ok(pg_temp.sig3(a, 0.7929), format('BG/NBD a = %s matches 0.7929 to 3 significant digits', round(a::numeric, 5))) FROM cdnow_bg;
SELECT ok(pg_temp.sig3(b, 2.4259), format('BG/NBD b = %s matches 2.4259 to 3 significant digits', round(b::numeric, 5))) FROM cdnow_bg;
SELECT ok(pg_temp.sig3(p, 6.2496), format('Gamma-Gamma p = %s matches 6.2496 to 3 significant digits', round(p::numeric, 5))) FROM cdnow_gg;
SELECT ok(pg_temp.sig3(q, 3.7442), format('Gamma-Gamma q = %s matches 3.7442 to 3 significant digits', round(q::numeric, 5))) FROM cdnow_gg;
SELECT ok(pg_temp.sig3(v, 15.4435), format('Gamma-Gamma v = %s matches 15.4435 to 3 significant digits', round(v::numeric, 5))) FROM cdnow_gg;
-- stricter: every published digit (they are rounded to 4 decimals)
SELECT ok(abs(r - 0.2426) <= 5e-5 AND abs(alpha - 4.4136) <= 5e-5 AND abs(a - 0.7929) <= 5e-5 AND abs(b - 2.4259) <= 5e-5,
          'BG/NBD: all four parameters agree to the 4 published decimals') FROM cdnow_bg;
SELECT ok(abs(p - 6.2496) <= 5e-5 AND abs(q - 3.7442) <= 5e-5 AND abs(v - 15.4435) <= 5e-5,
          'Gamma-Gamma: all three parameters agree to the 4 published decimals') FROM cdnow_gg;
-- customer 1 over the next 39 weeks: 1.2259944554591651 purchases, computed
-- independently (mpmath 1.3 hyp2f1 at 30 digits, FHL 2005 eq. 10) at the
-- parameters fitted here
SELECT ok(abs(bgnbd_expected_purchases(row(r, alpha, a, b), 39, 2, 213 / 7.0, 272 / 7.0) - 1.2259944554591651) < 1e-6,
          format('expected purchases of customer 1 in 39 weeks = %s (mpmath: 1.2259945)',
                 round(bgnbd_expected_purchases(row(r, alpha, a, b), 39, 2, 213 / 7.0, 272 / 7.0)::numeric, 7)))
FROM cdnow_bg;
-- the purchases as timestamptz, at 06:00 or 22:30 in Los Angeles (Tokyo's same
-- day or the next one): clv_summary(..., tz => 'America/Los_Angeles') under
-- session TimeZone Asia/Tokyo gives the date summary exactly, and so the
-- published fits
SET LOCAL TimeZone = 'Asia/Tokyo';
CREATE TEMP TABLE cdnow_tz_summary AS
SELECT customer, (s).frequency, (s).recency, (s).age, (s).monetary
FROM (SELECT customer,
             clv_summary((day + CASE WHEN (dollars * 100)::int % 2 = 0 THEN time '06:00' ELSE time '22:30' END) AT TIME ZONE 'America/Los_Angeles', dollars::float8,
                         (date '1997-09-30' + time '23:59:59') AT TIME ZONE 'America/Los_Angeles', 'weeks',
                         'America/Los_Angeles') AS s
      FROM cdnow_tx GROUP BY customer) q;
SELECT is((SELECT count(*) FROM cdnow_summary a FULL JOIN cdnow_tz_summary b USING (customer)
           WHERE (a.frequency, a.recency, a.age, a.monetary) IS DISTINCT FROM (b.frequency, b.recency, b.age, b.monetary)),
          0::bigint, 'CDNOW as timestamptz, tz => America/Los_Angeles, session Asia/Tokyo: every summary equals the date summary');
SELECT ok((SELECT count(*) FROM (SELECT customer, clv_summary((day + CASE WHEN (dollars * 100)::int % 2 = 0 THEN time '06:00' ELSE time '22:30' END) AT TIME ZONE 'America/Los_Angeles',
                                                      dollars::float8, (date '1997-09-30' + time '23:59:59') AT TIME ZONE 'America/Los_Angeles',
                                                      'weeks') AS s
                                 FROM cdnow_tx GROUP BY customer) q JOIN cdnow_summary c USING (customer)
           WHERE ((q.s).frequency, (q.s).recency, (q.s).age) IS DISTINCT FROM (c.frequency, c.recency, c.age)) > 0,
          'CDNOW without tz under session Asia/Tokyo: days split and summaries differ (why tz exists)');
SELECT ok(abs(r - 0.2426) <= 5e-5 AND abs(alpha - 4.4136) <= 5e-5 AND abs(a - 0.7929) <= 5e-5 AND abs(b - 2.4259) <= 5e-5,
          format('CDNOW with tz: BG/NBD fit (%s, %s, %s, %s) agrees to the 4 published decimals',
                 round(r::numeric, 4), round(alpha::numeric, 4), round(a::numeric, 4), round(b::numeric, 4)))
FROM (SELECT (bgnbd_fit(frequency, recency, age)).* FROM cdnow_tz_summary) f;
SET LOCAL TimeZone = 'UTC';
-- forced parallel over the summaries: same fit as serial
ANALYZE cdnow_summary;
\ir helpers/force_parallel.psql
SELECT ok(pg_temp.pgg_plan_has('SELECT bgnbd_fit(frequency, recency, age) FROM cdnow_summary', 'Partial Aggregate'),
          'CDNOW: bgnbd_fit runs as a Partial Aggregate under forced parallelism');
SELECT ok(pg_temp.pgg_parallel('SELECT bgnbd_fit(frequency, recency, age) FROM cdnow_summary')
          = (SELECT row(r, alpha, a, b)::bgnbd_params::text FROM cdnow_bg),
          'CDNOW: the parallel BG/NBD fit equals the serial one');
\else
SELECT skip(format('CDNOW data not found: %s is not readable (set PGG_CDNOW_DIR to the folder holding CDNOW_sample.txt)',
                   :'cdnow_where'), 19);
\endif

SELECT * FROM finish();
ROLLBACK;
