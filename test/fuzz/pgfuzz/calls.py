"""Item 2: hostile calls of every function and aggregate found in the catalog."""
import collections
import random

from .values import Values, TIME_ZONES, q, BIG_N

TABLES = ['t_empty', 't_one', 't_two', 't_null', 't_small', 't_skew', 't_big']
TABLE_W = [12, 10, 8, 12, 18, 18, 22]
WINDOW_TABLES = ['t_empty', 't_one', 't_two', 't_null', 't_small']

# plausible values by argument name: a call mixes them with hostile ones, so
# that it gets past the first argument check
PLAUSIBLE = {
    'frequency': ['0', '1', '2', '10'], 'recency': ['0', '10', '30', '37'], 'age': ['0.5', '38', '365'],
    'monetary': ['20', '35.5'], 't': ['12', '52'], 'periods': ['12', '1'], 'discount_rate': ['0', '0.01'],
    'period_length': ['1', '4.345'], 'alpha': ['0.05', '0.1'], 'power': ['0.8', '0.9'], 'tuning': ['5000'],
    'x_a': ['100', '0'], 'n_a': ['1000', '1'], 'x_b': ['120', '1'], 'n_b': ['1000', '2'], 'rate_a': ['0.1', '0.5'],
    'rel_mde': ['0.05'], 'rel_effect': ['0.05', '-0.1'], 'mean': ['10'], 'variance': ['4', '0'],
    'n_per_arm': ['1000', '2'], 'n_bins': ['5', '3', '1'], 'percent_rank': ['0', '0.5', '1'], 'se': ['0.1'],
    'estimate': ['0.1'], 'n': ['100', '2'], 'x': ['1.96', '0', '-3'], 'df': ['10', '1', '0.5'],
    'p': ['0.5', '0.975', '0.025'], 'mean_a': ['10'], 'mean_b': ['11'], 'var_a': ['4'], 'var_b': ['5'],
    'prior_mean': ['0'], 'prior_sd': ['0.3'], 'effect': ['0.2'], 'theta': ['0.5'], 'center_x': ['3'],
    'r': ['5', '1', '3'], 'f': ['5', '2'], 'm': ['1', '4'], 'a': ['1', '2'], 'b': ['2', '3'], 'c': ['3', '4'],
    'z': ['0.5', '-1', '0.999'],
}
VALID_FUNNEL_MODES = ['default', 'strict_order', 'strict_deduplication', 'strict_increase', 'strict_once',
                      'strict_order, allow_reentry', 'any_order', 'exclude=1:2', 'exclude=1:3', 'exclude=2:3',
                      'strict_order, exclude=1:2', 'strict_once, exclude=1:2', 'strict_increase, strict_deduplication']
VALID_RET_OPTS = ['period=day', 'period=week', 'period=month', 'period=hour max_period=48', 'period=day cohort=recurring',
                  'period=week count=on_or_after', 'period=day brackets=[0,1-3,4-7]', 'period=day window=rolling',
                  'period=week week_start=sunday tz=Pacific/Chatham', 'period=month tz=Asia/Kathmandu',
                  'period=day tz=America/St_Johns max_period=30', 'period=hour tz=UTC+14',
                  'period=month cohort=recurring count=on_or_after', 'period=week window=rolling max_period=3',
                  'period=week tz=Europe/Berlin as_of=2024-03-31', 'period=day as_of="2024-06-01 12:00+02"']

# oracles on scalar results: name -> SQL predicate on v (checked only when
# every numeric input is finite)
PROB = 'v IS NULL OR v = \'NaN\'::float8 OR (v >= 0 AND v <= 1)'
ORACLES = {
    'norm_cdf': PROB, 'norm_sf': PROB, 't_cdf': PROB, 't_sf': PROB, 'chi2_cdf': PROB, 'chi2_sf': PROB,
    'prob_beat_control': PROB, 'srm_test': PROB, 'bgnbd_prob_alive': PROB, 'test_power': PROB,
    'power_proportions': PROB, 'power_mean': PROB,
    # the value scales with the monetary input, so the bound is finiteness
    # (corpus.sql keeps the 1e15 check at a monetary value of 20)
    'clv_customer_value': "v IS NULL OR (v >= 0 AND v < 'Infinity')",
    'bgnbd_expected_purchases': "v IS NULL OR (v >= 0 AND v < 'Infinity')",
    'sample_size_proportions': 'v IS NULL OR v >= 0',
    'moments_n': 'v IS NULL OR v >= 0',
}
# record / table results: columns that are probabilities
PROB_COLS = {'p_value', 'chance_to_win', 'prob_beat_control', 'srm_p_value', 'seq_p_value', 'p_adjusted'}

# aggregate argument columns per type
COLS = {
    'bigint': ['actor', 'vi'],
    'timestamp with time zone': ['ts'],
    'timestamp without time zone': ['tsn'],
    'date': ['d'],
    'boolean': ['c1', 'c2', 'c3', "(ev = 'a')"],
    'double precision': ['val', 'x', 'freq', 'rec', 'age', 'mon', 'vi::float8'],
    'numeric': ['vn'],
    'text': ['variant', 'ev', 'actor_t'],
    'integer': ['(vi % 7)::int'],
    'anyelement': ['actor', 'actor_t', 'actor_u', 'val', 'ev', 'vn', 'ts', 'c1'],
}
# the state-merging aggregates read states made by another aggregate per actor
STATE_SRC = {
    'moments_merge': 'moments(val)',
    'comoments_merge': 'comoments(val, x)',
    'experiment_summary_merge': 'experiment_summary(variant, val)',
}
RET_STATE = "retention_actor(ts, %s, c1, c2, val)"


def parallel_setup(pg_major, leader_off):
    s = ['SET parallel_setup_cost = 0;', 'SET parallel_tuple_cost = 0;', 'SET min_parallel_table_scan_size = 0;',
         'SET max_parallel_workers_per_gather = 2;',
         'SET %s = on;' % ('debug_parallel_query' if pg_major >= 16 else 'force_parallel_mode')]
    if leader_off:
        s.append('SET parallel_leader_participation = off;')
    return s


def arg_names(e):
    """Names of the input arguments, from the identity argument list."""
    if not hasattr(e, '_names'):
        parts = [x for x in e.ident.split(', ') if x and not x.startswith('OUT ')]
        names = []
        for i, part in enumerate(parts):
            part = part.replace('VARIADIC ', '')
            t = e.types[i] if i < len(e.types) else ''
            names.append(part[:-len(t)].strip() if t and part.endswith(t) and part != t else '')
        e._names = names
    return e._names


class Call:
    __slots__ = ('id', 'entry', 'setup', 'sql', 'twin', 'table', 'parallel')

    def __init__(self, entry, setup, sql, table=None, parallel=False):
        self.entry, self.setup, self.sql, self.table, self.parallel = entry, setup, sql, table, parallel
        self.twin = None
        self.id = None

    def repro(self):
        return '\n'.join(list(self.setup) + [self.sql.rstrip(';') + ';'])


class Generator:
    def __init__(self, entries, seed, pg_major):
        self.r = random.Random(seed)
        self.v = Values(self.r, pg_major)
        self.pg_major = pg_major
        self.entries = [e for e in entries if not e.internal]
        self.skipped = [e for e in entries if e.internal]
        self.nullpos = collections.Counter()      # systematic NULL-in-position-i calls done
        self.quarantine = set()                   # (label, table) with repeated timeouts/crashes

    # ---- settings ---------------------------------------------------------------
    def tz_setup(self):
        tz = 'UTC' if self.r.random() < 0.5 else self.v.pick(TIME_ZONES)
        return ["SET TimeZone = %s;" % q(tz)] if tz != 'UTC' else []

    # ---- plain functions ------------------------------------------------------------
    def func_args(self, e, nullpos=None):
        types = list(e.types)
        if e.variadic:
            types = types[:-1]
        n = len(types)
        if e.ndefaults and self.r.random() < 0.3 and nullpos is None:
            n -= self.r.randint(0, e.ndefaults)
        args, finite = [], True
        names = arg_names(e)
        for i, t in enumerate(types[:n]):
            nm = names[i] if i < len(names) else ''
            if nullpos != i and nm in PLAUSIBLE and t in ('double precision', 'integer', 'bigint') \
                    and self.r.random() < 0.4:
                args.append('%s::%s' % (q(self.v.pick(PLAUSIBLE[nm])), t))
                continue
            if nullpos == i:
                args.append('NULL::%s' % self.v.cast_name(t))
                finite = False
                continue
            if self.r.random() < 0.02 and t != '"any"':      # an argument-type mismatch attempt (42883)
                args.append(self.v.pick(["'{}'::int[]", "'x'::text", "1::smallint", "'01:00'::time"]))
                continue
            ctx = None
            if t == 'text':
                ctx = {'p_adjust': 'plain', 'retention_array': 'plain', 'compare_arms': 'plain',
                       'rfm': 'plain', '_pgg_experiment_summary_trans': 'plain'}.get(e.name)
            a, fin = self.v.value(t, ctx)
            finite = finite and fin
            args.append(a)
        if e.variadic:
            args += self.any_args(plain=True)
        return args, finite

    def any_args(self, plain=False, cols=False):
        r = self.r.random()
        k = 0 if r < 0.03 else (40 if r < 0.05 else (33 if r < 0.07 else self.r.randint(1, 5)))
        out = []
        for _ in range(k):
            x = self.r.random()
            if x < 0.03:
                out.append(self.v.pick(['1', "'x'::text", '1.5::float8', "'t'"]))   # not boolean
            elif cols and x < 0.5:
                out.append(self.v.pick(COLS['boolean']))
            else:
                out.append(self.v.pick(['true', 'true', 'false', 'false', 'NULL::boolean']))
        return out

    def func_call(self, e):
        nargs = len(e.types) - (1 if e.variadic else 0)
        nullpos = None
        if self.nullpos[e.label] < nargs:
            nullpos = self.nullpos[e.label]
            self.nullpos[e.label] += 1
        args, finite = self.func_args(e, nullpos)
        call = '%s(%s)' % (e.name, ', '.join(args))
        sql = None
        if finite and e.name in ORACLES and not e.retset and e.rettype in ('double precision', 'bigint', 'integer'):
            sql = 'SELECT pgg_fuzz.chk(%s, %s || v::text) FROM (SELECT %s AS v) s' % (
                ORACLES[e.name], q(e.name + ' = '), call)
        elif e.name == 'rfm_bin' and finite and len(args) == 2:
            sql = ('SELECT pgg_fuzz.chk(v IS NULL OR (v >= 1 AND v <= greatest(%s, 1)), %s || v::text) '
                   'FROM (SELECT %s AS v) s' % (args[1], q('rfm_bin = '), call))
        elif finite and set(e.outs) & PROB_COLS:
            cols = sorted(set(e.outs) & PROB_COLS)
            pred = ' AND '.join("(r.%s IS NULL OR r.%s = 'NaN'::float8 OR r.%s BETWEEN 0 AND 1)" % (c, c, c)
                                for c in cols)
            sql = 'SELECT bool_and(pgg_fuzz.chk(%s, %s || r::text)) FROM %s r' % (
                pred, q(e.name + ' probability out of [0, 1]: '), call)
        if sql is None:
            sql = 'SELECT * FROM %s' % call if (e.retset or e.outs) else 'SELECT %s' % call
        return Call(e, self.tz_setup(), sql)

    # ---- aggregates -----------------------------------------------------------------
    def agg_arg(self, e, i, t, table):
        r = self.r.random()
        # no 100,000-character constants as per-row arguments over thousands
        # of groups: that is a user-made multi-GB hash aggregate, not a bug
        small = table in ('t_big', 't_skew')
        if t == '"any"':
            return None
        if t == 'text':
            if e.name in ('window_funnel', 'window_funnel_times', 'window_funnel_value', 'funnel_counts'):
                # the mode, or the event name (a column) in the event-name form
                if i + 2 == len(e.types) and e.types[-1] == 'text[]':
                    return self.v.pick(['ev', 'ev', "'a'", 'NULL::text', 'actor_t'])
                if r < 0.5:
                    return q(self.v.pick(VALID_FUNNEL_MODES))
                return self.v.text('mode', small) if r < 0.9 else self.v.value('text', small=small)[0]
            if e.name in ('retention_matrix', 'retention_actor'):
                if r < 0.5:
                    return q(self.v.pick(VALID_RET_OPTS))
                return self.v.text('options', small) if r < 0.9 else self.v.value('text', small=small)[0]
            if e.name == 'clv_summary' and i == 4:
                # the time zone (tz) of clv_summary(..., unit, tz)
                return self.v.pick(["'UTC'", "'Europe/Berlin'", "'America/New_York'", "'Asia/Kathmandu'",
                                    "'Mars/Base'", "''", 'NULL::text', 'ev'])
            if e.name == 'streaks':
                # unit (argument 2), then the zone (argument 3)
                if i == 1:
                    return self.v.pick(["'day'", "'week'", "'day'", "'WEEK'", "'month'", "''", 'NULL::text', 'ev'])
                return self.v.pick([q(self.v.pick(TIME_ZONES)), "'UTC'", "'Mars/Olympus'", 'NULL::text', 'ev'])
            if e.name == 'clv_summary':
                return self.v.pick(["'days'", "'weeks'", "'DAYS'", "'months'", "''", 'NULL::text', 'ev'])
            if e.name in ('active_users', 'lifecycle') and i == 2:
                # the time zone: unknown, empty and NULL zones are 22023 and 22004
                return self.v.pick(["'UTC'", "'America/New_York'", "'Asia/Kathmandu'", "'Mars/Base'",
                                    "''", 'NULL::text', "CASE WHEN ev IS NULL THEN 'UTC' ELSE 'UTC' END"])
            if e.name == 'lifecycle' and i == 3:
                return self.v.pick(["'day'", "'week'", "'month'", "'MONTH'", "'fortnight'", 'NULL::text'])
            if e.name == 'sequence_next_node':
                # direction (argument 1), base (argument 2), event_column (argument 4):
                # unknown names are 22023, NULL is 22004; first_match and last_match
                # without a condition are 22023
                if i == 0:
                    return self.v.pick(["'forward'", "'backward'", "'BACKWARD'", "'sideways'", 'NULL::text'])
                if i == 1:
                    return self.v.pick(["'head'", "'tail'", "'first_match'", "'last_match'", "'middle'",
                                        'NULL::text'])
                return self.v.pick(['ev', 'ev', "'a'", 'NULL::text', 'actor_t'])
            if e.name == 'user_path':
                # the event (argument 2), start_event (3), end_event (6): columns or constants
                return self.v.pick(['ev', 'ev', "'a'", "'b'", 'NULL::text', 'actor_t'])
            if e.name in ('sequence_match', 'sequence_count', 'sequence_match_events'):
                # the pattern: a syntax error is 42601 (its documented answer, not in the
                # allow-list), so only well-formed patterns; (?2) and (?32) may name a
                # condition not given (22023); NULL is 22004; the CASE is not a constant
                return self.v.pick(["'(?1)'", "'(?1)(?2)'", "'(?1).*(?2)'", "'(?1)(?t<=3600)(?2)'",
                                    "'(?2)(?t>60)(?1).'", "'(?1)(?t==0)(?1)'", "''", "'.*'", "'.'",
                                    "'(?32)'", "'(?1)(?t>=0).*.*'", "'(?1)(?t<99999999999)(?1)'",
                                    'NULL::text', "CASE WHEN ev IS NULL THEN '(?1)(?2)' ELSE '(?1)(?2)' END"])
        if t == 'text[]':
            return self.v.pick(["'{a,b,c}'::text[]", "'{purchase}'::text[]", "'{a,a,b}'::text[]",
                                "'{d,c,b,a}'::text[]", self.v.text_array()])
        if t == 'double precision[]':
            if e.name in STATE_SRC or e.name == 'retention_merge':
                return 's' if r < 0.85 else self.v.float_array()
            return self.v.float_array()
        if t == 'experiment_state':
            return 's' if r < 0.85 else self.v.experiment_state()
        if t in COLS and r < 0.65:
            c = self.v.pick(COLS[t])
            if e.name == 'clv_summary' and t in ('timestamp with time zone', 'date') and i == 2:
                return self.v.pick(["'2024-03-31'::%s" % ('date' if t == 'date' else 'timestamptz'), c])
            return c
        if t == 'anyelement':
            return self.v.value(self.v.pick(['bigint', 'text', 'double precision', 'uuid', 'numeric']))[0]
        if t == 'date' and r < 0.8:
            return self.v.value('date')[0]
        return self.v.value(t, small=small)[0]

    def agg_call(self, e):
        table = self.r.choices(TABLES, TABLE_W)[0]
        args = []
        for i, t in enumerate(e.types):
            a = self.agg_arg(e, i, t, table)
            if a is not None:
                args.append(a)
        if e.variadic:
            args += self.any_args(cols=True)
        src = 'pgg_fuzz.%s' % table
        group = self.v.pick([None, None, 'actor', 'actor', 'actor_t', 'actor_u'])
        if e.name in STATE_SRC or (e.name == 'retention_merge'):
            inner = STATE_SRC.get(e.name) or RET_STATE % self.v.text('options')
            src = '(SELECT actor, %s AS s FROM pgg_fuzz.%s GROUP BY actor) q' % (inner, table)
            group = self.v.pick([None, None, None, 'actor'])
        call = '%s(%s)' % (e.name, ', '.join(args))
        x = self.r.random()
        if x < 0.07:
            call += ' FILTER (WHERE %s)' % self.v.pick(COLS['boolean'] + ['false'])
        elif x < 0.12 and table != 't_big' and 'q' not in src and args and \
                not any(str(BIG_N) in a for a in args):
            # not with a 100,000-element array argument: PostgreSQL sorts a copy
            # of every argument per row before the aggregate sees one (5,000
            # rows of t_skew: 3 GB of sort, 19 s, against 0.1 s unsorted), a
            # cost of the query, not of pg_growth
            call += ' ORDER BY ts DESC'   # aggregate with ORDER BY: no parallel plan but sorted input
            call = call.replace(') ORDER BY', ' ORDER BY', 1) + ')'
        window = self.r.random() < 0.08 and table in WINDOW_TABLES and ' ORDER BY ts' not in call
        if window:
            over = self.v.pick(['OVER ()', 'OVER (ORDER BY %s)' % ('ts' if 'q' not in src else 'actor'),
                                'OVER (PARTITION BY actor ORDER BY %s ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)'
                                % ('ts' if 'q' not in src else 'actor')])
            sql = 'SELECT %s %s FROM %s' % (call, over, src)
        elif group:
            sql = 'SELECT %s, %s FROM %s GROUP BY 1' % (group, call, src)
        else:
            sql = 'SELECT %s FROM %s' % (call, src)
        return Call(e, self.tz_setup(), sql, table=table)

    # ---- window functions (sessionize) ----------------------------------------------
    def window_call(self, e):
        """A window function over a table, rows ordered by ts as its contract
        says (out-of-order rows are the documented 42P20, not fuzzed)."""
        table = self.r.choice(WINDOW_TABLES + ['t_skew'])
        args = [self.agg_arg(e, i, t, table) for i, t in enumerate(e.types)]
        part = self.v.pick(['', 'PARTITION BY actor ', 'PARTITION BY actor_t ', 'PARTITION BY actor_u '])
        order = self.v.pick(['ts', 'ts NULLS FIRST', 'ts ASC NULLS LAST'])
        frame = self.v.pick(['', '', ' ROWS BETWEEN 1 PRECEDING AND CURRENT ROW'])
        call = '%s(%s) OVER (%sORDER BY %s%s)' % (e.name, ', '.join(a for a in args if a is not None),
                                                  part, order, frame)
        sql = 'SELECT max(w), count(w) FROM (SELECT %s AS w FROM pgg_fuzz.%s) q' % (call, table)
        return Call(e, self.tz_setup(), sql, table=table)

    def calls(self, n):
        """Yields about n calls: every entry in turn (shuffled each round),
        aggregates sometimes followed by a parallel twin."""
        made = 0
        order = []
        while made < n:
            if not order:
                order = list(self.entries)
                self.r.shuffle(order)
            e = order.pop()
            if e.is_agg:
                c = self.agg_call(e)
                if (e.label, c.table) in self.quarantine:
                    continue
                yield c
                made += 1
                if self.r.random() < 0.5 and ' ORDER BY ts DESC' not in c.sql and ' OVER ' not in c.sql:
                    p = Call(e, c.setup + parallel_setup(self.pg_major, self.r.random() < 0.5), c.sql,
                             table=c.table, parallel=True)
                    p.twin = c
                    yield p
                    made += 1
            elif e.kind == 'w':
                yield self.window_call(e)
                made += 1
            else:
                yield self.func_call(e)
                made += 1
