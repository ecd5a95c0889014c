"""Item 3: crafted states and summaries.

Valid values are made by the aggregates first (retention matrices, moments
and comoments states, experiment states, CLV fits and summaries, RFM breaks,
funnel counts), then every reader is fed random, truncated and
element-flipped variants of them.

pgg_state values (the partial states of the summary aggregates Citus splits:
the CLV fits, active_users, lifecycle, ...) CAN come from SQL: their text
form "<family>:<base64>" goes through the type's input function, their
binary form through its receive function (COPY ... FORMAT binary), and the
final and combine functions take them directly.  For every family present
(PGG_STATE_FAMILIES: the ones whose transition function exists), helper
aggregates without a final function (pgg_fuzz.st_*) make valid states, which
are mutated (base64-decoded, bytes flipped, truncated, extended, spliced
from another state or family, version and count fields bumped, re-encoded;
also wrong prefixes and broken base64) and fed to '...'::pgg_state, to the
final functions, to the combine function through a helper aggregate
(pgg_fuzz.cb_*, the coordinator's side of a Citus split) and to the receive
function.  A pass is a clean SQLSTATE or a result, never a crash or XX000.

Internal (bytea) states cannot be passed from SQL; their deserialize
functions run when the aggregates run under a forced parallel plan (item 2
does that for every aggregate; this module adds the state-merging
aggregates over crafted states under a parallel plan)."""
import base64
import random
import re

from .calls import parallel_setup, Call, ORACLES
from .values import q, FLOAT_SPECIAL

FLIPS = ['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '0', '-0', '-1', '1e-320', '9007199254740993',
         '2147483648', '-2147483649', '1e30', '0.5']


class Pseudo:
    """Stands in for a catalog entry in the report."""

    def __init__(self, label, is_agg=False):
        self.label = label
        self.is_agg = is_agg


def parse_array(txt):
    """(elements as strings, dims) of a float8[] / bigint[] text; 1-D or 2-D."""
    txt = txt.strip()
    m = re.match(r'^\[[^\]]*\](\[[^\]]*\])?=', txt)
    if m:
        txt = txt[m.end():]
    if txt.startswith('{{'):
        rows = re.findall(r'\{([^{}]*)\}', txt)
        els = [x.split(',') for x in rows]
        return [e for r in els for e in r], (len(els), len(els[0]) if els else 0)
    inner = txt.strip('{}')
    return ([x for x in inner.split(',')] if inner else []), None


def fmt_array(els, dims=None, typ='float8[]'):
    if dims and dims[0] * dims[1] == len(els) and dims[1] > 0:
        rows = ['{%s}' % ','.join(els[i * dims[1]:(i + 1) * dims[1]]) for i in range(dims[0])]
        return "'{%s}'::%s" % (','.join(rows), typ)
    return "'{%s}'::%s" % (','.join(els), typ)


class Mutator:
    def __init__(self, rnd, integer=False):
        self.r = rnd
        self.integer = integer

    def flip_value(self, old):
        r = self.r.random()
        if self.integer:
            return self.r.choice(['-1', '0', '9223372036854775807', '-9223372036854775808', '1', '2147483648',
                                  str(self.r.randint(-1000, 10 ** 6)), 'NULL'])
        if r < 0.5:
            return self.r.choice(FLIPS)
        if r < 0.6:
            return 'NULL'
        if r < 0.7:
            try:
                return repr(-float(old))
            except ValueError:
                return '-1'
        if r < 0.8:
            try:
                return repr(float(old) + 0.5)       # a non-integer where an integer is expected
            except ValueError:
                return '0.5'
        return repr(self.r.uniform(-1, 1) * 10 ** self.r.randint(-300, 300))

    def mutate(self, els, dims):
        """Returns (elements, dims, description)."""
        els = list(els)
        r = self.r.random()
        n = len(els)
        if r < 0.45 and n:
            k = self.r.randrange(n)
            for _ in range(1 if self.r.random() < 0.8 else 3):
                k = self.r.randrange(n)
                els[k] = self.flip_value(els[k])
            return els, dims, 'flip'
        if r < 0.6:
            k = self.r.randrange(n) if n else 0
            return els[:k], None, 'truncate'
        if r < 0.67 and n:
            k = self.r.randrange(n)
            return els[:k] + els[k + 1:], None, 'drop'
        if r < 0.74:
            return els + [self.flip_value('1') for _ in range(self.r.randint(1, 6))], None, 'extend'
        if r < 0.79:
            return els + els, None, 'double'
        if r < 0.84 and n >= 2 and n % 2 == 0:
            return els, (2, n // 2), 'reshape'
        if r < 0.88 and n >= 2:
            return els, (n, 1), 'reshape'
        if r < 0.93 and n >= 2:
            i, j = self.r.randrange(n), self.r.randrange(n)
            els[i], els[j] = els[j], els[i]
            return els, dims, 'swap'
        m = self.r.choice([0, 1, 2, 3, 5, 6, 9, 11, 17])
        return [self.flip_value('1') if self.r.random() < 0.5 else str(self.r.randint(0, 20)) for _ in range(m)], \
            None, 'random'


def finite_text(s):
    return not re.search(r'NaN|Infinity|NULL|e3\d\d|e-3\d\d|e30\b', s)


# pgg_state families: (family, transition function that must exist, helper
# aggregates making states: (name, argument types, transition), queries of
# valid states, finals: templates over @P@ (a pgg_state expression), the
# combine function).  A family whose transition function is missing (another
# branch, an older version) is left out.
PGG_STATE_FAMILIES = [
    ('clv_fit', '_pgg_bgnbd_fit_trans(pgg_state, float8, float8, float8)',
     [('st_bgnbd', 'float8, float8, float8', '_pgg_bgnbd_fit_trans'),
      ('st_gg', 'float8, float8', '_pgg_gamma_gamma_fit_trans')],
     ["SELECT pgg_fuzz.st_bgnbd(freq, rec, age)::text FROM pgg_fuzz.t_big",
      "SELECT pgg_fuzz.st_bgnbd(freq, rec, age)::text FROM pgg_fuzz.t_small GROUP BY actor % 4",
      "SELECT pgg_fuzz.st_gg(freq, mon)::text FROM pgg_fuzz.t_big",
      "SELECT pgg_fuzz.st_gg(freq, mon)::text FROM pgg_fuzz.t_one"],
     ['SELECT _pgg_bgnbd_fit_final(@P@)', 'SELECT _pgg_gamma_gamma_fit_final(@P@)'],
     '_pgg_clv_fit_combine'),
    ('active_days', '_pgg_active_users_trans(pgg_state, bigint, timestamptz, text)',
     [('st_au', 'bigint, timestamptz, text', '_pgg_active_users_trans'),
      ('st_au_t', 'text, timestamptz, text, boolean', '_pgg_active_users_trans'),
      ('st_au_u', 'uuid, timestamptz, text', '_pgg_active_users_trans'),
      ('st_lc', 'bigint, timestamptz, text, text', '_pgg_lifecycle_trans'),
      ('st_lc_t', 'text, timestamptz, text, text', '_pgg_lifecycle_trans')],
     ["SELECT pgg_fuzz.st_au(actor, ts, 'UTC')::text FROM pgg_fuzz.t_small",
      "SELECT pgg_fuzz.st_au(actor, ts, 'America/New_York')::text FROM pgg_fuzz.t_small GROUP BY actor % 3",
      "SELECT pgg_fuzz.st_au(actor, ts, 'UTC')::text FROM pgg_fuzz.t_one",
      "SELECT pgg_fuzz.st_au_t(actor_t, ts, 'Asia/Kathmandu', c1)::text FROM pgg_fuzz.t_small",
      "SELECT pgg_fuzz.st_au_u(actor_u, ts, 'UTC')::text FROM pgg_fuzz.t_small",
      "SELECT pgg_fuzz.st_lc(actor, ts, 'UTC', 'week')::text FROM pgg_fuzz.t_small",
      "SELECT pgg_fuzz.st_lc(actor, ts, 'Pacific/Chatham', 'month')::text FROM pgg_fuzz.t_skew",
      "SELECT pgg_fuzz.st_lc_t(actor_t, ts, 'UTC', 'day')::text FROM pgg_fuzz.t_small"],
     ['SELECT _pgg_active_users_final(@P@)', 'SELECT * FROM active_users_rows(_pgg_active_users_final(@P@))',
      'SELECT _pgg_lifecycle_final(@P@)', 'SELECT * FROM lifecycle_rows(_pgg_lifecycle_final(@P@))'],
     '_pgg_active_days_combine'),
    ('retention_matrix_activity', '_pgg_activity_retention_trans(pgg_state, activity, text)',
     [('st_ar', 'activity, text', '_pgg_activity_retention_trans')],
     ["SELECT pgg_fuzz.st_ar(a, 'period=week')::text FROM "
      "(SELECT activity(ts, 'UTC') a FROM pgg_fuzz.t_small GROUP BY actor) q",
      "SELECT pgg_fuzz.st_ar(a, 'period=day count=on_or_after')::text FROM "
      "(SELECT activity(ts, 'America/New_York') a FROM pgg_fuzz.t_skew GROUP BY actor) q",
      "SELECT pgg_fuzz.st_ar(a, 'period=month')::text FROM "
      "(SELECT activity(ts, 'Asia/Kathmandu') a FROM pgg_fuzz.t_one GROUP BY actor) q"],
     ['SELECT _pgg_activity_retention_final(@P@)',
      'SELECT * FROM retention_rows(_pgg_activity_retention_final(@P@))'],
     '_pgg_activity_retention_combine'),
    ('active_users_activity', '_pgg_activity_active_users_trans(pgg_state, activity)',
     [('st_aa', 'activity', '_pgg_activity_active_users_trans')],
     ["SELECT pgg_fuzz.st_aa(a)::text FROM "
      "(SELECT activity(ts, 'UTC') a FROM pgg_fuzz.t_small GROUP BY actor) q",
      "SELECT pgg_fuzz.st_aa(a)::text FROM "
      "(SELECT activity(ts, 'Pacific/Chatham') a FROM pgg_fuzz.t_skew GROUP BY actor) q"],
     ['SELECT _pgg_activity_active_users_final(@P@)',
      'SELECT * FROM active_users_rows(_pgg_activity_active_users_final(@P@))'],
     '_pgg_activity_active_users_combine'),
]


class StateMutator:
    """Mutations of a pgg_state text "<family>:<base64>"."""

    def __init__(self, rnd, families):
        self.r = rnd
        self.families = families

    def mutate_bytes(self, b, other):
        r, n = self.r, len(b)
        b = bytearray(b)
        x = r.random()
        if x < 0.3 and n:
            for _ in range(r.choice([1, 1, 1, 2, 4])):
                k = r.randrange(n)
                b[k] = r.choice([b[k] ^ (1 << r.randrange(8)), 0, 0xff, 0x7f, 0x80, r.randrange(256)])
            return bytes(b), 'flip'
        if x < 0.45:
            return bytes(b[:r.randrange(n + 1)]), 'truncate'
        if x < 0.55:
            return bytes(b) + bytes(r.randrange(256) for _ in range(r.choice([1, 2, 8, 33]))), 'extend'
        if x < 0.62 and n > 4:
            b[4] = r.choice([0, 2, 3, 255])          # the format version
            return bytes(b), 'version'
        if x < 0.72 and n > 8:
            # a count or length field: one of the first bytes after the header set high
            k = r.randrange(5, min(n, 24))
            b[k] = r.choice([0xff, 0x80, 0x7f, 0x00])
            return bytes(b), 'count'
        if x < 0.8 and other:
            k = r.randrange(min(n, len(other)) + 1)
            return bytes(b[:k]) + other[k:], 'splice'
        if x < 0.86 and n > 1:
            i, j = sorted(r.sample(range(n), 2))
            return bytes(b[:i]) + bytes(b[j:]), 'cut'
        if x < 0.92:
            return bytes(b) + bytes(b[5:]), 'double'
        return bytes(r.randrange(256) for _ in range(r.choice([0, 1, 4, 5, 9, 40]))), 'random'

    def mutate_text(self, fam, raw):
        """(text, how) of a mutated state of family fam from its flat bytes."""
        r = self.r
        x = r.random()
        enc = lambda b: base64.b64encode(b).decode()
        if x < 0.65:
            others = [o for f, os in self.families.items() for o in os]
            b, how = self.mutate_bytes(raw, base64.b64decode(r.choice(others).split(':', 1)[1]) if others else b'')
            return '%s:%s' % (fam, enc(b)), how
        if x < 0.75:
            names = list(self.families) + ['', 'unknown', fam.upper(), fam + ' ', 'funnel_counts']
            return '%s:%s' % (r.choice(names), enc(raw)), 'prefix'
        t = enc(raw)
        y = r.random()
        if y < 0.2:
            return '%s:%s' % (fam, t[:-1]), 'b64-length'
        if y < 0.4 and t:
            k = r.randrange(len(t))
            return '%s:%s%s%s' % (fam, t[:k], r.choice(['!', '-', '_', '=', '*', '\\', ' ']), t[k + 1:]), 'b64-char'
        if y < 0.55:
            return '%s%s' % (fam, t), 'no-colon'
        if y < 0.7:
            return '%s:%s' % (fam, t.rstrip('=') + '===='[:(-len(t.rstrip('='))) % 4 or 0]), 'b64-pad'
        if y < 0.85:
            return '%s:' % fam, 'empty'
        # a stray bit in the last character before the padding
        body = t.rstrip('=')
        if body:
            c = body[-1]
            alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
            body = body[:-1] + alpha[(alpha.index(c) | 1) % 64]
        return '%s:%s%s' % (fam, body, t[len(t.rstrip('=')):]), 'b64-bits'


class Crafter:
    def __init__(self, d, seed, pg_major):
        self.d = d
        self.r = random.Random(seed)
        self.pg_major = pg_major
        self.fm = Mutator(self.r)
        self.im = Mutator(self.r, integer=True)
        self.valid = {}

    # ---- valid values, made by the aggregates ------------------------------------
    def collect(self):
        d, v = self.d, self.valid
        mats = []
        for opts in ['period=day', 'period=week', 'period=month', 'period=day cohort=recurring',
                     'period=week count=on_or_after', 'period=day brackets=[0,1-3,4-7]', 'period=day window=rolling',
                     'period=hour max_period=5 tz=Asia/Kathmandu', 'period=week week_start=sunday tz=Pacific/Chatham']:
            mats += [r[0] for r in d.query_rows(
                "SELECT retention_matrix(actor, ts, %s, c1, c2, val) FROM pgg_fuzz.t_small "
                "UNION ALL SELECT retention_matrix(actor, ts, %s) FROM pgg_fuzz.t_one "
                "UNION ALL SELECT retention_actor(ts, %s, c1, true) FROM pgg_fuzz.t_small WHERE actor = 3"
                % (q(opts), q(opts), q(opts)))]
        v['matrix'] = [parse_array(m) for m in mats if m]
        v['moments'] = [parse_array(r[0]) for r in d.query_rows(
            "SELECT moments(val) FROM pgg_fuzz.t_small GROUP BY actor % 3 UNION ALL "
            "SELECT moments(val) FROM pgg_fuzz.t_one UNION ALL SELECT moments(val) FROM pgg_fuzz.t_empty")]
        v['comoments'] = [parse_array(r[0]) for r in d.query_rows(
            "SELECT comoments(val, x) FROM pgg_fuzz.t_small GROUP BY actor % 3 UNION ALL "
            "SELECT comoments(val, x) FROM pgg_fuzz.t_one")]
        v['experiment'] = [(parse_array(r[0])[0], parse_array(r[1])) for r in d.query_rows(
            "SELECT (s).variants, (s).stats FROM (SELECT experiment_summary(variant, val) s FROM pgg_fuzz.t_small "
            "UNION ALL SELECT experiment_summary(variant, (c1::int)::float8) FROM pgg_fuzz.t_small "
            "UNION ALL SELECT experiment_summary(variant, val) FROM pgg_fuzz.t_one) q WHERE s IS NOT NULL")]
        v['bgnbd'] = [r for r in d.query_rows(
            "SELECT (p).* FROM (SELECT bgnbd_fit(freq, rec, age) p FROM pgg_fuzz.t_big) q")]
        v['gg'] = [r for r in d.query_rows(
            "SELECT (p).* FROM (SELECT gamma_gamma_fit(freq, mon) p FROM pgg_fuzz.t_big WHERE freq > 0) q")]
        v['summary'] = [r for r in d.query_rows(
            "SELECT (s).* FROM (SELECT clv_summary(ts, mon, '2024-12-31', 'days') s FROM pgg_fuzz.t_small "
            "GROUP BY actor ORDER BY actor LIMIT 8) q")]
        v['breaks'] = [parse_array(r[0]) for r in d.query_rows(
            "SELECT rfm_breaks(val) FROM pgg_fuzz.t_small UNION ALL SELECT rfm_breaks(vi, 3) FROM pgg_fuzz.t_small "
            "UNION ALL SELECT rfm_breaks(ts, 4) FROM pgg_fuzz.t_small UNION ALL SELECT rfm_breaks(vn, 9) FROM pgg_fuzz.t_small")]
        v['counts'] = [parse_array(r[0]) for r in d.query_rows(
            "SELECT funnel_counts(actor, '7 days', ts, c1, c2, c3) FROM pgg_fuzz.t_big UNION ALL "
            "SELECT funnel_counts(actor_t, '1 day', 'strict_order', ts, ev, '{a,b,c,d}') FROM pgg_fuzz.t_small")]
        self.collect_states()
        return {k: len(x) for k, x in v.items()}

    def collect_states(self):
        """Valid pgg_state texts per family present, made by helper aggregates
        without a final function; the combine helper aggregates pgg_fuzz.cb_*."""
        d = self.d
        self.states = {}
        self.finals = {}
        self.superuser = d.query_value("SELECT usesuper FROM pg_user WHERE usename = current_user") == 't'
        for fam, probe, makers, queries, finals, combine in PGG_STATE_FAMILIES:
            if d.query_value("SELECT to_regprocedure(%s) IS NOT NULL" % q(probe)) != 't':
                continue
            ddl = ["SET client_min_messages = warning;"]
            for name, args, trans in makers:
                ddl.append("CREATE AGGREGATE pgg_fuzz.%s(%s) (SFUNC = %s, STYPE = pgg_state);"
                           % (name, args, trans))
            ddl.append("CREATE AGGREGATE pgg_fuzz.cb_%s(pgg_state) (SFUNC = %s, STYPE = pgg_state, "
                       "COMBINEFUNC = %s, PARALLEL = SAFE);" % (fam, combine, combine))
            d.query('\n'.join(ddl))
            got = [r[0] for r in d.query_rows(' UNION ALL '.join('(%s)' % x for x in queries)) if r and r[0]]
            if got:
                self.states[fam] = got
                self.finals[fam] = finals
                self.valid['pgg_state ' + fam] = got
        self.sm = StateMutator(self.r, self.states)
        if self.superuser and self.states:
            d.query("CREATE TABLE pgg_fuzz.st_recv (s pgg_state);")

    # ---- pgg_state values -------------------------------------------------------------
    def state_text(self, fam):
        """(text of a state of family fam, how): valid 15% of the time."""
        t = self.r.choice(self.states[fam])
        if self.r.random() < 0.15:
            return t, 'valid'
        raw = base64.b64decode(t.split(':', 1)[1])
        return self.sm.mutate_text(fam, raw)

    def state_raw(self, fam):
        """(flat bytes, how) for the receive function."""
        t = self.r.choice(self.states[fam])
        raw = base64.b64decode(t.split(':', 1)[1])
        if self.r.random() < 0.15:
            return raw, 'valid'
        return self.sm.mutate_bytes(raw, b'')

    def state_gen(self, n):
        fams = sorted(self.states)
        if not fams:
            return
        made = 0
        while made < n:
            fam = self.r.choice(fams)
            x = self.r.random()
            setup = []
            if x < 0.2:
                t, how = self.state_text(fam)
                label, sql = 'pgg_state input', 'SELECT %s::pgg_state::text' % q(t)
            elif x < 0.55:
                t, how = self.state_text(fam)
                # another family's final now and then: the state's family is checked
                tpl = self.r.choice(self.finals[fam if self.r.random() < 0.85 else self.r.choice(fams)])
                label = tpl.split('(')[0].replace('SELECT * FROM ', '').replace('SELECT ', '') + '(pgg_state)'
                sql = tpl.replace('@P@', '%s::pgg_state' % q(t))
            elif x < 0.8:
                rows = []
                hows = []
                for _ in range(self.r.choice([1, 2, 3, 4])):
                    f2 = fam if self.r.random() < 0.9 else self.r.choice(fams)
                    t, how = self.state_text(f2) if self.r.random() < 0.6 else (self.r.choice(self.states[f2]), 'valid')
                    rows.append('(%s)' % q(t))
                    hows.append(how)
                how = '+'.join(hows)
                final = self.r.choice(self.finals[fam])
                label = 'agg cb_%s (combine)' % fam
                merged = '(SELECT pgg_fuzz.cb_%s(s::pgg_state) FROM (VALUES %s) v(s))' % (fam, ', '.join(rows))
                sql = final.replace('@P@', merged)
            elif x < 0.9:
                t1, h1 = self.state_text(fam) if self.r.random() < 0.5 else (self.r.choice(self.states[fam]), 'valid')
                t2, h2 = self.state_text(fam)
                how = h1 + '+' + h2
                final = [f for f in self.finals[fam] if f.startswith('SELECT _pgg')]
                label = 'agg cb_%s (combine) [parallel]' % fam
                sql = self.r.choice(final).replace('@P@', 'pgg_fuzz.cb_%s((CASE WHEN c1 THEN %s ELSE %s END)::pgg_state)'
                                                   % (fam, q(t1), q(t2))) + ' FROM pgg_fuzz.t_small'
                setup = parallel_setup(self.pg_major, self.r.random() < 0.5)
            else:
                if not self.superuser:
                    continue
                raw, how = self.state_raw(fam)
                copy = (b'PGCOPY\n\xff\r\n\x00' + b'\x00' * 8 + b'\x00\x01' + len(raw).to_bytes(4, 'big') + raw
                        + b'\xff\xff')
                final = [f for f in self.finals[fam] if f.startswith('SELECT _pgg')]
                label = 'pgg_state receive'
                sql = ("DO $fz$ DECLARE o oid; f text := '/tmp/pgg_fuzz_recv_' || pg_backend_pid(); BEGIN "
                       "o := lo_from_bytea(0, '\\x%s'::bytea); PERFORM lo_export(o, f); PERFORM lo_unlink(o); "
                       "EXECUTE format('COPY pgg_fuzz.st_recv FROM %%L (FORMAT binary)', f); "
                       "PERFORM (%s) FROM pgg_fuzz.st_recv; DELETE FROM pgg_fuzz.st_recv; END $fz$"
                       % (copy.hex(), self.r.choice(final).replace('@P@', 's')))
            yield Call(Pseudo('%s <- pgg_state %s %s' % (label, fam, how), label.startswith('agg')), setup, sql)
            made += 1

    # ---- variants ---------------------------------------------------------------------
    def arr(self, kind, integer=False, typ='float8[]'):
        els, dims = self.r.choice(self.valid[kind])
        if self.r.random() < 0.2:
            return fmt_array(els, dims, typ), 'valid', True
        els2, dims2, how = (self.im if integer else self.fm).mutate(els, dims)
        s = fmt_array(els2, dims2, typ)
        return s, how, finite_text(s)

    def composite(self, kind, typ):
        fields = list(self.r.choice(self.valid[kind]))
        how = 'valid'
        if self.r.random() < 0.8:
            how = 'flip'
            for _ in range(self.r.choice([1, 1, 2])):
                k = self.r.randrange(len(fields))
                fields[k] = self.fm.flip_value(fields[k])
        s = 'ROW(%s)::%s' % (', '.join('NULL::float8' if f in ('', 'NULL') else '%s::float8' % q(f)
                                      for f in fields), typ)
        return s, how, finite_text(s)

    def experiment(self):
        names, (els, dims) = self.r.choice(self.valid['experiment'])
        names = list(names)
        how = 'valid'
        x = self.r.random()
        if x < 0.5:
            els, dims, how = self.fm.mutate(els, dims)
        elif x < 0.8:
            how = 'names'
            y = self.r.random()
            if y < 0.2 and names:
                names = names[:-1]
            elif y < 0.4:
                names = list(reversed(names))        # not sorted
            elif y < 0.55 and names:
                names = names + [names[0]]            # duplicate arm
            elif y < 0.7 and names:
                names[0] = 'NULL'
            elif y < 0.85:
                names = names + ['Z']
            else:
                names = ['""'] + names[1:]
        va = "'{%s}'::text[]" % ','.join(names)
        return 'ROW(%s, %s)::experiment_state' % (va, fmt_array(els, dims)), how, False

    def gen(self, n):
        S = {
            'matrix': lambda: self.arr('matrix'),
            'moments': lambda: self.arr('moments'),
            'comoments': lambda: self.arr('comoments'),
            'breaks': lambda: self.arr('breaks'),
            'counts': lambda: self.arr('counts', integer=True, typ='bigint[]'),
            'experiment': self.experiment,
            'bgnbd': lambda: self.composite('bgnbd', 'bgnbd_params'),
            'gg': lambda: self.composite('gg', 'gamma_gamma_params'),
            'summary': lambda: self.composite('summary', 'clv_summary'),
        }
        T = [  # (label, kind, template, parallel?)  @S@, @T@: states of that kind; @B@, @G@, @C@: clv values
            ('retention_rows', 'matrix', 'SELECT * FROM retention_rows(@S@)', 0),
            ('retention_rows', 'matrix', 'SELECT * FROM retention_rows(@S@, true)', 0),
            ('retention_array', 'matrix', "SELECT retention_array(@S@, 'retained')", 0),
            ('retention_array', 'matrix', "SELECT retention_array(@S@, 'rate')", 0),
            ('retention_array', 'matrix', "SELECT retention_array(@S@, 'value')", 0),
            ('retention_average', 'matrix', 'SELECT * FROM retention_average(@S@)', 0),
            ('_pgg_retention_merge_trans', 'matrix', 'SELECT _pgg_retention_merge_trans(@S@, @T@)', 0),
            ('agg retention_merge', 'matrix', 'SELECT retention_merge(m) FROM (VALUES (@S@), (@T@), (@S@)) v(m)', 0),
            ('agg retention_merge [parallel]', 'matrix',
             'SELECT retention_merge(CASE WHEN c1 THEN @S@ ELSE @T@ END) FROM pgg_fuzz.t_small', 1),
            ('moments_n', 'moments', 'SELECT moments_n(@S@)', 0),
            ('moments_mean', 'moments', 'SELECT moments_mean(@S@)', 0),
            ('moments_variance', 'moments', 'SELECT moments_variance(@S@)', 0),
            ('moments_stddev', 'moments', 'SELECT moments_stddev(@S@)', 0),
            ('moments_combine', 'moments', 'SELECT moments_combine(@S@, @T@)', 0),
            ('_pgg_moments_trans', 'moments', 'SELECT _pgg_moments_trans(@S@, 2.5)', 0),
            ('welch_ttest(float8[])', 'moments', 'SELECT * FROM welch_ttest(@S@, @T@)', 0),
            ('agg moments_merge', 'moments', 'SELECT moments_merge(m) FROM (VALUES (@S@), (@T@)) v(m)', 0),
            ('agg moments_merge [parallel]', 'moments',
             'SELECT moments_merge(CASE WHEN c2 THEN @S@ ELSE @T@ END) FROM pgg_fuzz.t_small', 1),
            ('comoments_combine', 'comoments', 'SELECT comoments_combine(@S@, @T@)', 0),
            ('_pgg_comoments_trans', 'comoments', 'SELECT _pgg_comoments_trans(@S@, 1.5, 2.5)', 0),
            ('_pgg_comoments_margin', 'comoments', 'SELECT _pgg_comoments_margin(@S@, %s)' % self.r.choice(['0', '1']), 0),
            ('_pgg_comoments_margin', 'comoments', 'SELECT _pgg_comoments_margin(@S@, 2)', 0),
            ('comoments_y', 'comoments', 'SELECT comoments_y(@S@)', 0),
            ('comoments_x', 'comoments', 'SELECT comoments_x(@S@)', 0),
            ('comoments_covariance', 'comoments', 'SELECT comoments_covariance(@S@)', 0),
            ('ratio_moments', 'comoments', 'SELECT ratio_moments(@S@)', 0),
            ('ratio_ttest', 'comoments', 'SELECT * FROM ratio_ttest(@S@, @T@)', 0),
            ('cuped_theta', 'comoments', 'SELECT cuped_theta(@S@)', 0),
            ('cuped_moments', 'comoments', 'SELECT cuped_moments(@S@, 0.5, 3)', 0),
            ('cuped_ttest', 'comoments', 'SELECT * FROM cuped_ttest(@S@, @T@)', 0),
            ('agg comoments_merge [parallel]', 'comoments',
             'SELECT comoments_merge(CASE WHEN c3 THEN @S@ ELSE @T@ END) FROM pgg_fuzz.t_small', 1),
            ('experiment_arms', 'experiment', 'SELECT * FROM experiment_arms(@S@)', 0),
            ('experiment_arms', 'experiment', "SELECT * FROM experiment_arms(@S@, nulls => 'ignore')", 0),
            ('compare_arms', 'experiment', "SELECT * FROM compare_arms(@S@, 'A', nulls => 'ignore')", 0),
            ('compare_arms', 'experiment', "SELECT * FROM compare_arms(@S@, 'A')", 0),
            ('compare_arms', 'experiment', "SELECT * FROM compare_arms(@S@, 'B', 0.1, 'bh', NULL, 100)", 0),
            ('compare_arms', 'experiment', "SELECT * FROM compare_arms(@S@, 'C', 0.05, 'none', '{1,1,2}')", 0),
            ('experiment_summary_combine', 'experiment', 'SELECT experiment_summary_combine(@S@, @T@)', 0),
            ('_pgg_experiment_summary_trans', 'experiment', "SELECT _pgg_experiment_summary_trans(@S@, 'B', 1)", 0),
            ('agg experiment_summary_merge', 'experiment',
             'SELECT experiment_summary_merge(s) FROM (VALUES (@S@), (@T@)) v(s)', 0),
            ('agg experiment_summary_merge [parallel]', 'experiment',
             'SELECT experiment_summary_merge(CASE WHEN c1 THEN @S@ ELSE @T@ END) FROM pgg_fuzz.t_small', 1),
            ('bgnbd_expected_purchases', 'bgnbd', 'SELECT bgnbd_expected_purchases(@S@, 12, 2, 30, 38)', 0),
            ('bgnbd_prob_alive', 'bgnbd', 'SELECT bgnbd_prob_alive(@S@, 2, 30, 38)', 0),
            ('bgnbd_log_likelihood', 'bgnbd', 'SELECT bgnbd_log_likelihood(@S@, 0, 0, 38)', 0),
            ('gamma_gamma_expected_value', 'gg', 'SELECT gamma_gamma_expected_value(@S@, 2, 20)', 0),
            ('gamma_gamma_log_likelihood', 'gg', 'SELECT gamma_gamma_log_likelihood(@S@, 2, 20)', 0),
            ('clv_customer_value', 'bgnbd', 'SELECT clv_customer_value(@S@, @G@, @C@, 12, 0.01, 1)', 0),
            ('clv_customer_value', 'gg', 'SELECT clv_customer_value(@B@, @S@, @C@, 12, 0, 1)', 0),
            ('clv_customer_value', 'summary', 'SELECT clv_customer_value(@B@, @G@, @S@, 12, 0.01, 1)', 0),
            ('clv_summary input', 'summary', 'SELECT (@S@)::text::clv_summary', 0),
            ('rfm_score', 'breaks', 'SELECT rfm_score(50.5::float8, @S@)', 0),
            ('rfm_score', 'breaks', 'SELECT rfm_score(7::bigint, @S@)', 0),
            ('rfm_score', 'breaks', "SELECT rfm_score('2024-01-15'::timestamptz, @S@)", 0),
            ('_pgg_rfm_breaks_final', 'breaks', 'SELECT _pgg_rfm_breaks_final(@S@)', 0),
            ('_pgg_rfm_breaks_combine', 'breaks', 'SELECT _pgg_rfm_breaks_combine(@S@, @T@)', 0),
            ('funnel_report', 'counts', 'SELECT * FROM funnel_report(@S@)', 0),
            ('funnel_report', 'counts', "SELECT * FROM funnel_report(@S@, '{s1,s2,s3}')", 0),
        ]
        made = 0
        while made < n:
            label, kind, tpl, par = self.r.choice(T)
            s, how, fin = S[kind]()
            t, how2, fin2 = S[kind]() if self.r.random() < 0.5 else (None, None, True)
            if t is None:
                els, dims = (self.r.choice(self.valid[kind]) if kind not in ('experiment', 'bgnbd', 'gg', 'summary')
                             else (None, None))
                t = fmt_array(els, dims, 'bigint[]' if kind == 'counts' else 'float8[]') if els is not None \
                    else S[kind]()[0]
            b = self.composite('bgnbd', 'bgnbd_params')[0] if self.r.random() < 0.3 else \
                'ROW(%s)::bgnbd_params' % ', '.join(self.valid['bgnbd'][0])
            g = 'ROW(%s)::gamma_gamma_params' % ', '.join(self.valid['gg'][0])
            c = 'ROW(%s)::clv_summary' % ', '.join(self.valid['summary'][0])
            sql = tpl.replace('@S@', s).replace('@T@', t).replace('@B@', b).replace('@G@', g).replace('@C@', c)
            name = label.split(' [')[0].split('(')[0].replace('agg ', '')
            if fin and name in ORACLES and sql.startswith('SELECT %s(' % name) and '@B@' not in tpl:
                sql = 'SELECT pgg_fuzz.chk(%s, %s || v::text) FROM (%s AS v) s' % (
                    ORACLES[name], q(name + ' = '), sql)
            setup = parallel_setup(self.pg_major, self.r.random() < 0.5) if par else []
            yield Call(Pseudo('%s <- %s %s' % (label, kind, how), label.startswith('agg')), setup, sql)
            made += 1
        # type input functions: text forms of the composite types
        return


def type_inputs(r, n):
    forms = ['(1,2,3,4)', '(1,2,3)', '(1,2,3,4,5)', '()', '(,,,)', '(a,b,c,d)', '(NaN,Infinity,-Infinity,1e308)',
             '(1e309,1,1,1)', '("1",2,3,4)', '(1,2,3,4', '1,2,3,4', '', ' ', '("{A,B}","{{1,2,3,4,5}}")',
             '("{A}","{1,2,3}")', '(,)', '("{}","{}")', '("{A,A}","{{1,0,0,0,0},{1,0,0,0,0}}")',
             '(' + ','.join(['1'] * 5000) + ')', '(' + 'x' * 20000 + ')']
    types = ['bgnbd_params', 'gamma_gamma_params', 'clv_summary', 'experiment_state', 'activity']
    for _ in range(n):
        t = r.choice(types)
        f = activity_form(r) if t == 'activity' else r.choice(forms)
        yield Call(Pseudo('%s input' % t), [], 'SELECT %s::%s' % (q(f), t))


ACTIVITY_FORMS = [
    '{tz="UTC",unit=day,last_event="2024-01-03 10:00:00+00",days=[2024-01-01..2024-01-03]}',
    '{tz="Europe/Berlin",unit=day,last_event="2024-03-31 12:00:00.5+00",days=[2024-03-01,2024-03-03..2024-03-31]}',
    '{tz="America/New_York",unit=day,last_event="0044-03-17 10:00:00+00 BC",days=[0044-03-15 BC,0044-03-17 BC]}',
]


def activity_form(r):
    """The text form of an activity (type activity), valid or altered: truncated, a character
    changed, a piece repeated, days out of order or far apart."""
    f = r.choice(ACTIVITY_FORMS)
    k = r.random()
    if k < 0.2:
        return f
    if k < 0.4:
        return f[:r.randint(0, len(f))]
    if k < 0.7:
        i = r.randrange(len(f))
        return f[:i] + r.choice(['0', '9', '-', '.', ',', '"', ']', '..', ' BC', '\u00fc', '']) + f[i + 1:]
    if k < 0.8:
        i = r.randrange(len(f))
        return f[:i] + f[i:i + 12] * r.randint(2, 50) + f[i:]
    if k < 0.9:
        return f.replace('2024-01-01..', r.choice(['2024-01-04..', '1900-01-01..', '9999-12-31..', '0001-01-01 BC..']))
    return f.replace('days=[', 'days=[' + ','.join('2023-%02d-01' % m for m in range(1, 13)) + ',')


def run_crafted(d, entries, args, n, preamble, rep):
    cr = Crafter(d, args.seed, d.pg_major)
    got = cr.collect()
    ns = n // 3 if cr.states else 0
    calls = list(cr.gen(n - n // 20 - ns)) + list(cr.state_gen(ns)) + list(type_inputs(cr.r, n // 20))
    next_id = 0
    for i in range(0, len(calls), args.batch):
        batch = calls[i:i + args.batch]
        for c in batch:
            c.id = next_id
            next_id += 1
        res = d.run_batch([(c.id, c.setup, c.sql) for c in batch], preamble)
        for c in batch:
            rep.record(c.entry.label, res[c.id], c.repro())
    return ['', 'valid values made by the aggregates: ' + ', '.join('%s %d' % kv for kv in sorted(got.items())),
            'pgg_state families: %s; crafted states fed to the type input%s, the final functions and '
            'the combine function (helper aggregates pgg_fuzz.cb_*, serial and parallel): %d calls'
            % (', '.join(sorted(cr.states)) or 'none', ' and receive (COPY binary)' if cr.superuser else '', ns),
            'internal states (bytea, *_deserialize): not callable from SQL; covered by running the aggregates '
            'under forced parallel plans (fuzz.py, every aggregate, serial and parallel) and here by the '
            'state-merging aggregates over crafted states under forced parallel plans']
