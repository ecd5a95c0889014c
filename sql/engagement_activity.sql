-- Stored activity: the text form, binary send/receive, and crafted binary values.
-- Crafted bytes reach activity's receive function through COPY ... (FORMAT binary): every
-- truncation and byte flip of valid values, other format versions, non-shortest varints.
-- Each must be refused with 22P03 or, when accepted, be a valid value that round-trips.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_growth;
RESET client_min_messages;
SET TimeZone = 'UTC';

CREATE TABLE acts (name text, act activity);
INSERT INTO acts
SELECT 'three days, UTC', activity(ts, 'UTC')
FROM (VALUES (timestamptz '2024-01-01 10:00+00'), ('2025-06-01 10:00+00'), ('2025-12-30 23:00+00')) v(ts)
UNION ALL
SELECT 'runs, Berlin, DST', activity(ts, 'Europe/Berlin')
FROM generate_series(timestamptz '2024-03-28 12:00+00', '2024-04-02 12:00+00', interval '1 day') ts
UNION ALL
SELECT 'BC, New York', activity(ts, 'America/New_York')
FROM (VALUES (timestamptz '0044-03-15 10:00+00 BC'), ('0044-03-17 10:00:00.25+00 BC')) v(ts);
SELECT name, act, pg_column_size(act) AS bytes, activity_days(act) FROM acts ORDER BY name;
-- the bytes of the binary form: version, unit, zone, latest event, runs
SELECT name, _pgg_activity_send(act) FROM acts ORDER BY name;

-- crafted binary values through COPY (FORMAT binary)
CREATE TABLE crafted (id serial, b bytea);
CREATE FUNCTION setb(b bytea, pos int, v int) RETURNS bytea LANGUAGE sql AS
$$ SELECT set_byte(b, pos, v) $$;
INSERT INTO crafted (b)
SELECT substr(s, 1, n) FROM (SELECT _pgg_activity_send(act) s FROM acts) q, generate_series(0, length(s) - 1) n;
INSERT INTO crafted (b)
SELECT setb(s, p, CASE k WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 127 WHEN 3 THEN 128 WHEN 4 THEN 255
                         ELSE (get_byte(s, p) + 1) % 256 END)
FROM (SELECT _pgg_activity_send(act) s FROM acts) q, generate_series(0, length(s) - 1) p, generate_series(0, 5) k;
INSERT INTO crafted (b)
SELECT s || '\x00'::bytea FROM (SELECT _pgg_activity_send(act) s FROM acts) q
UNION ALL SELECT setb(s, 0, 2) FROM (SELECT _pgg_activity_send(act) s FROM acts) q
UNION ALL SELECT '\x'::bytea
UNION ALL SELECT '\x01020355544301'::bytea
-- a run count written in two bytes (0x81 0x00): not the shortest form
UNION ALL SELECT '\x0102035554438000000100'::bytea;

CREATE TABLE received (act activity);
CREATE TABLE outcome (id int, result text);
DO $$
DECLARE
    r record;
    f text := '/tmp/pgg_activity_crafted_' || pg_backend_pid() || '.bin';
    a activity;
BEGIN
    FOR r IN SELECT id, b FROM crafted ORDER BY id LOOP
        BEGIN
            EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', r.b, f);
            TRUNCATE received;
            EXECUTE format('COPY received FROM %L (FORMAT binary)', f);
            SELECT act INTO a FROM received;
            -- accepted: a valid value, the same bytes back, text round trip
            IF _pgg_activity_send(a) = r.b AND a::text::activity::text = a::text THEN
                INSERT INTO outcome VALUES (r.id, 'accepted, round-trips');
            ELSE
                INSERT INTO outcome VALUES (r.id, 'accepted, DIFFERS');
            END IF;
        EXCEPTION WHEN OTHERS THEN
            INSERT INTO outcome VALUES (r.id, SQLSTATE);
        END;
    END LOOP;
END $$;
SELECT result, count(*) FROM outcome GROUP BY result ORDER BY result;
SELECT count(*) = (SELECT count(*) FROM crafted) AS every_value_tried FROM outcome;

-- the messages (a file of this backend's own, removed below)
\set VERBOSITY default
SELECT '/tmp/pgg_activity_v2_' || pg_backend_pid() || '.bin' AS v2file,
       'rm -f /tmp/pgg_activity_v2_' || pg_backend_pid() || '.bin /tmp/pgg_activity_crafted_' || pg_backend_pid() || '.bin' AS rmfiles \gset
COPY (SELECT setb(_pgg_activity_send(act), 0, 2) FROM acts WHERE name = 'three days, UTC') TO :'v2file' (FORMAT binary);
COPY received FROM :'v2file' (FORMAT binary);
COPY (SELECT substr(_pgg_activity_send(act), 1, 12) FROM acts WHERE name = 'three days, UTC') TO :'v2file' (FORMAT binary);
COPY received FROM :'v2file' (FORMAT binary);
COPY (SELECT 1) TO PROGRAM :'rmfiles';
SELECT '{tz="Europe/Berlin",unit=day,last_event="2024-03-31 22:30:00+00",days=[2024-03-31]}'::activity;
SELECT activity(ts, 'UTC') FROM (VALUES (timestamptz '1700-01-01 00:00+00'), ('2024-01-01 00:00+00')) v(ts);
SELECT activity_union(a.act, b.act) FROM acts a, acts b WHERE a.name = 'three days, UTC' AND b.name = 'runs, Berlin, DST';
\set VERBOSITY terse
DROP TABLE acts, crafted, received, outcome;
DROP FUNCTION setb(bytea, int, int);
