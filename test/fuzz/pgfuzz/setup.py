"""The fuzzer's own schema pgg_fuzz: event tables and the oracle helper.
All data are generated deterministically (no random()), so a seed reproduces
a run exactly."""

COLS = """actor bigint, actor_t text, actor_u uuid, ts timestamptz, tsn timestamp, d date, ev text,
    c1 boolean, c2 boolean, c3 boolean, val float8, vi bigint, vn numeric, variant text, x float8,
    freq float8, rec float8, age float8, mon float8"""


def fill(name, n, actor_expr, span_days):
    # g = row number; h = a cheap deterministic hash of g
    return f"""
INSERT INTO pgg_fuzz.{name}
SELECT a, 'u' || a, md5(a::text)::uuid,
       timestamptz '2024-01-01 00:00:00+00' + ((h % ({span_days} * 86400)) || ' seconds')::interval,
       timestamp '2024-01-01 00:00:00' + ((h % ({span_days} * 86400)) || ' seconds')::interval,
       date '2024-01-01' + (h % {span_days})::int,
       (ARRAY['a','b','c','d','purchase'])[1 + h % 5],
       h % 3 = 0, h % 4 = 1, h % 7 < 3,
       CASE WHEN h % 50 = 0 THEN NULL ELSE (h % 1000) / 10.0 END,
       h % 100, (h % 10000) / 100.0,
       (ARRAY['A','B','C'])[1 + h % 3], (h % 777) / 7.0,
       (h % 10)::float8, ((h % 10) * 3)::float8, ((h % 10) * 3 + 1 + h % 30)::float8, (10 + h % 50)::float8
FROM (SELECT g, {actor_expr} AS a, (g::bigint * 2654435761 % 4294967291) AS h
      FROM generate_series(1, {n}) g) s;
"""


def setup_sql(big_rows=30000):
    s = ["SET client_min_messages = warning;",
         "DROP SCHEMA IF EXISTS pgg_fuzz CASCADE;",
         "CREATE SCHEMA pgg_fuzz;"]
    for t in ('t_empty', 't_one', 't_two', 't_null', 't_small', 't_skew', 't_big'):
        s.append(f"CREATE TABLE pgg_fuzz.{t} ({COLS});")
    s.append(fill('t_one', 1, '1', 10))
    s.append(fill('t_two', 2, '1', 1))   # one actor, two rows on one day: one partial state in parallel
    s.append("INSERT INTO pgg_fuzz.t_null SELECT FROM generate_series(1, 20);")
    s.append(fill('t_small', 300, 'g % 20', 40))
    # skewed: actor 1 has 4,000 of the 5,000 rows (within 20 days)
    s.append(fill('t_skew', 5000, 'CASE WHEN g <= 4000 THEN 1 ELSE 2 + g % 100 END', 20))
    s.append(fill('t_big', big_rows, 'g % 3000', 60))
    # rfm(): a purchase table, one with columns of the wrong types, one oddly named
    s.append("""CREATE TABLE pgg_fuzz.t_rfm AS
        SELECT actor AS user_id, ts AS event_time, vn AS revenue, ev AS event_name FROM pgg_fuzz.t_small;
        CREATE TABLE pgg_fuzz.t_rfm_text AS
        SELECT actor_u AS user_id, ts::text AS event_time, ev AS revenue, vi AS event_name FROM pgg_fuzz.t_small;
        CREATE TABLE pgg_fuzz."we""ird" AS SELECT * FROM pgg_fuzz.t_rfm;""")
    s.append("""CREATE FUNCTION pgg_fuzz.chk(ok boolean, what text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
        BEGIN
            IF NOT coalesce(ok, false) THEN
                RAISE EXCEPTION 'fuzz oracle violated: %', what USING ERRCODE = 'FZ001';
            END IF;
            RETURN true;
        END $$;""")
    # partial (parallel) aggregation even over the tiny tables
    for t in ('t_empty', 't_one', 't_two', 't_null', 't_small', 't_skew', 't_big'):
        s.append(f"ALTER TABLE pgg_fuzz.{t} SET (parallel_workers = 2);")
    s.append("ANALYZE pgg_fuzz.t_empty, pgg_fuzz.t_one, pgg_fuzz.t_two, pgg_fuzz.t_null, pgg_fuzz.t_small, "
             "pgg_fuzz.t_skew, pgg_fuzz.t_big, pgg_fuzz.t_rfm;")
    return '\n'.join(s)


CATALOG_SQL = r"""
SELECT p.oid, p.proname, p.prokind,
       pg_get_function_identity_arguments(p.oid),
       array_to_string(ARRAY(SELECT format_type(t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, o)
                             ORDER BY o), '|'),
       p.provariadic <> 0, p.pronargdefaults, p.proretset, format_type(p.prorettype, NULL),
       CASE WHEN p.proargmodes IS NULL THEN '' ELSE
           array_to_string(ARRAY(SELECT p.proargnames[i] FROM generate_subscripts(p.proargmodes, 1) i
                                 WHERE p.proargmodes[i] IN ('o', 't') ORDER BY i), '|') END,
       'internal'::regtype = ANY (p.proargtypes::oid[]) OR p.prorettype = 'internal'::regtype
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_growth'
ORDER BY p.proname, p.oid
"""


class Entry:
    def __init__(self, row):
        (self.oid, self.name, kind, self.ident, types, variadic, ndef, retset, self.rettype,
         outs, internal) = row
        self.kind = kind
        self.is_agg = kind == 'a'
        self.types = types.split('|') if types else []
        self.variadic = variadic == 't'
        self.ndefaults = int(ndef)
        self.retset = retset == 't'
        self.outs = outs.split('|') if outs else []
        # aggregate support functions taking or returning internal: not callable from SQL
        self.internal = internal == 't' or 'internal' in self.types or self.rettype == 'internal'
        self.label = '%s%s(%s)' % ('agg ' if self.is_agg else '', self.name, self.ident)


def catalog(driver):
    return [Entry(r) for r in driver.query_rows(CATALOG_SQL)]
