-- retention_definition(matrix): the definition a matrix value records, as
-- plain columns; what a 0.2 matrix (format 1) did not record reads NULL
CREATE TABLE rd_ev (uid text, ts timestamptz);
INSERT INTO rd_ev VALUES ('0123', '2026-03-02 08:00+00'), ('123', '2026-03-03 09:00+00'),
                         ('0123', '2026-03-10 23:30+00'), ('123', '2026-03-18 12:00+00');
SET TimeZone = 'America/New_York';
-- pinned zone, last event as the observation end
SELECT * FROM retention_definition((SELECT retention_matrix(uid, ts, 'period=week tz=Asia/Shanghai') FROM rd_ev));
-- the session's zone (not pinned), Sunday weeks, brackets, as_of, max_period
SELECT * FROM retention_definition((SELECT retention_matrix(uid, ts,
    'period=week week_start=sunday count=brackets brackets=[0,1-2] as_of=2026-03-20') FROM rd_ev));
SELECT period, week_start, window_kind, cohort, counting, max_period, value_column, tz, tz_pinned
FROM retention_definition((SELECT retention_matrix(uid, ts, 'period=day window=rolling max_period=3 tz=UTC', true, true, 1.0)
                           FROM rd_ev));
SELECT period, cohort, counting, observation, observed_until, cohorts
FROM retention_definition((SELECT retention_matrix(uid, ts, 'period=month cohort=recurring count=on_or_after tz=UTC')
                           FROM rd_ev));
-- no rows: the matrix is NULL, and so is its definition
SELECT d IS NULL AS no_definition
FROM retention_definition((SELECT retention_matrix(uid, ts, 'period=day tz=UTC') FROM rd_ev WHERE false)) d;
RESET TimeZone;
-- a matrix stored by 0.2 (format 1): no zone, max_period or observation end
SELECT format, period, tz, tz_pinned, max_period, observation, observed_until, cohorts, columns
FROM retention_definition('{7341,1,3,0,2,0,1,0, 2928,1772409600,2, 2,1}'::float8[]);
-- not a matrix
SELECT * FROM retention_definition('{1,2,3}'::float8[]);
DROP TABLE rd_ev;
