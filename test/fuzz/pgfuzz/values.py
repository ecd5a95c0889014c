"""Hostile argument values, as SQL expressions, per type."""
import math

BIG_N = 100000

TIME_ZONES = ['UTC', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu', 'UTC+14', 'UTC-12',
              'Pacific/Kiritimati', 'Australia/Lord_Howe', 'America/New_York', 'Europe/Dublin',
              'Pacific/Apia', 'Antarctica/Troll']

FLOAT_SPECIAL = ['0', '-0', '1', '-1', '0.5', '2', '0.05', '0.95', '0.999999', '1e-300', '5e-324',
                 '-5e-324', '1e308', '-1e308', '1.7976931348623157e308', 'NaN', 'Infinity', '-Infinity',
                 '1e30', '-1e30', '1e-30', '3', '10', '100', '1e6', '0.0001', '1e15']
INT_SPECIAL = ['0', '1', '-1', '2', '3', '5', '7', '9', '10', '32', '33', '64', '65', '1000', '10000',
               '100000', '2147483647', '-2147483648', '2147483646']
BIGINT_SPECIAL = ['0', '1', '-1', '2', '10', '100', '1000', '1000000', '2147483648', '4294967296',
                  '9223372036854775807', '-9223372036854775808', '9223372036854775806', '4503599627370497']
NUMERIC_SPECIAL = ['0', '-1', '1.5', '1e100', '-1e100', "'NaN'", "'Infinity'", "'-Infinity'",
                   '123456789012345678901234567890.123456789', '0.000000000000000000001', '1e308', '1e309']
INTERVALS = ['0', '30 days', '7 days', '1 year', '1 microsecond', '-1 microsecond', '1 second', '1 hour', '1 day', '-1 day', '7 days',
             '30 days', '1 month', '1 mon -30 days', '1 year', '-1 year', '178000000 years',
             '-178000000 years', '2147483647 days', '-2147483648 days', '2147483647 months',
             '-2147483648 months', '1 day -86400 seconds', '23:59:59.999999', '9223372036 seconds']
TIMESTAMPS = ['infinity', '-infinity', '2024-01-01 00:00:00+00', '2024-03-10 02:30:00 America/New_York',
              '2024-11-03 01:30:00 America/New_York', '2024-04-07 03:30:00 Pacific/Chatham',
              '1970-01-01 00:00:00+00', '2000-01-01 00:00:00+00', '4714-11-24 00:00:00+00 BC',
              '294276-12-31 23:59:59+00', '294276-12-31 23:59:59.999999+00', '0001-01-01 00:00:00+00',
              '2024-02-29 23:59:59.999999+00', '2023-12-31 23:00:00+00', '2024-06-30 12:00:00+00']
DATES = ['infinity', '-infinity', '2024-01-01', '2024-02-29', '1970-01-01', '4714-11-24 BC',
         '5874897-12-31', '2000-01-01', '2024-12-31', '0001-01-01']

FUNNEL_MODES = ['default', 'strict_order', 'strict_deduplication', 'strict_increase', 'strict_once',
                'allow_reentry', 'any_order', 'strict', 'exclude=1:2', 'exclude=1:99', 'exclude=0:0',
                'exclude=2:1', 'exclude=-1:2', 'exclude=1:2147483647', 'exclude=-2147483648:1',
                'exclude=1:', 'exclude=', 'exclude=1:2:3', 'exclude=a:b', 'STRICT_ORDER', ' strict_order ',
                'strict_order,allow_reentry', 'any_order,strict_once']
RET_OPTS = ['period=hour', 'period=day', 'period=week', 'period=month', 'period=year', 'period=',
            'cohort=first', 'cohort=recurring', 'cohort=first_time', 'count=on', 'count=on_or_after',
            'count=brackets', 'brackets=[0,1-3,4-7]', 'brackets=[0-100000]', 'brackets=[5-1]',
            'brackets=[0,0]', 'brackets=[]', 'brackets=[-1-2]', 'brackets=[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65]',
            'window=calendar', 'window=rolling', 'week_start=monday', 'week_start=sunday',
            'tz=Pacific/Chatham', 'tz=America/St_Johns', 'tz=Asia/Kathmandu', 'tz=UTC+14', 'tz=Not/AZone',
            'tz=', 'timezone=UTC', 'max_period=0', 'max_period=-1', 'max_period=10000',
            'as_of=2024-03-31', 'as_of="2024-01-01 00:00+14"', 'as_of=now', 'as_of=294277-01-01', 'as_of=',
            'max_period=99999999999', 'max_period=abc', 'day', 'week', 'first', 'recurring', 'on_or_after',
            'rolling', 'monday', 'sunday', '=', 'period=day period=week', 'period = day', 'bogus=1']


def q(s):
    return "'" + s.replace("'", "''") + "'"


class Values:
    def __init__(self, rnd, pg_major):
        self.r = rnd
        self.pg_major = pg_major

    def pick(self, seq):
        return self.r.choice(seq)

    def rfloat(self):
        r = self.r.random()
        if r < 0.5:
            return self.pick(FLOAT_SPECIAL)
        if r < 0.8:
            return repr(round(self.r.uniform(-10, 100), self.r.choice([0, 1, 3, 6])))
        return repr(self.r.uniform(-1, 1) * 10 ** self.r.randint(-320, 308))

    def rint(self):
        return self.pick(INT_SPECIAL) if self.r.random() < 0.6 else str(self.r.randint(-5, 40))

    def rbigint(self):
        return self.pick(BIGINT_SPECIAL) if self.r.random() < 0.6 else str(self.r.randint(-5, 10 ** self.r.randint(1, 18)))

    # ---- per type: returns (sql expression, finite?) ---------------------------
    def value(self, typ, ctx=None, small=False):
        """A hostile SQL expression of type typ; ctx hints at the argument's role."""
        r = self.r
        if r.random() < 0.08:
            return 'NULL::%s' % self.cast_name(typ), False
        if typ == 'double precision':
            v = self.rfloat()
            fin = v not in ('NaN', 'Infinity', '-Infinity') and abs(float(v)) < 1e300
            return "%s::float8" % q(v), fin
        if typ == 'integer':
            return '(%s)::integer' % self.rint(), True
        if typ == 'bigint':
            return '(%s)::bigint' % self.rbigint(), True
        if typ == 'numeric':
            return '(%s)::numeric' % self.pick(NUMERIC_SPECIAL), True
        if typ == 'boolean':
            return self.pick(['true', 'false', 'NULL::boolean']), True
        if typ == 'text':
            return self.text(ctx, small), True
        if typ == 'name':
            return '%s::name' % q(self.pick(['user_id', 'event_time', 'revenue', 'event_name', '', 'nope',
                                                'actor', 'ts', 'val', 'ev', 'vi', 'vn', 'actor_u', 'actor_t',
                                                'weird"name', 'x' * 70, 'd'])), True
        if typ == 'interval':
            pool = INTERVALS + (['infinity', '-infinity'] if self.pg_major >= 17 else [])
            return '%s::interval' % q(self.pick(pool)), True
        if typ == 'timestamp with time zone':
            return '%s::timestamptz' % q(self.ts()), True
        if typ == 'timestamp without time zone':
            return '%s::timestamp' % q(self.ts().split('+')[0].replace(' America/New_York', '').replace(' Pacific/Chatham', '')), True
        if typ == 'date':
            return '%s::date' % q(self.pick(DATES)), True
        if typ == 'double precision[]':
            return self.float_array(), False
        if typ == 'bigint[]':
            return self.bigint_array(), True
        if typ == 'text[]':
            return self.text_array(ctx), True
        if typ == 'regclass':
            return self.pick(["0::oid::regclass", "'pgg_fuzz.t_rfm'::regclass", "'pgg_fuzz.t_empty'::regclass",
                              "'pgg_fuzz.t_skew'::regclass", "'pg_class'::regclass", "4294967295::oid::regclass",
                              "'pgg_fuzz.t_rfm_text'::regclass", "12345::oid::regclass",
                              "'pgg_fuzz.\"we\"\"ird\"'::regclass"]), True
        if typ == 'uuid':
            return self.pick(["'00000000-0000-0000-0000-000000000000'::uuid", "gen_random_uuid()",
                              "'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid"]), True
        if typ in ('bgnbd_params', 'gamma_gamma_params', 'clv_summary'):
            n = {'bgnbd_params': 4, 'gamma_gamma_params': 3, 'clv_summary': 4}[typ]
            good = {'bgnbd_params': ['0.24', '4.41', '0.79', '2.43'],
                    'gamma_gamma_params': ['6.25', '3.74', '15.44'],
                    'clv_summary': ['2', '30', '38', '20']}[typ]
            fields, fin = [], True
            for i in range(n):
                x = r.random()
                if x < 0.55:
                    v = good[i]
                elif x < 0.8:
                    v = self.pick(['1e30', '1e-30', '1e10', '1e-10', '0', '-1', 'NaN', 'Infinity', '1e300'])
                    fin = fin and v not in ('NaN', 'Infinity', '1e300')
                else:
                    v = self.rfloat()
                    if v in ('NaN', 'Infinity', '-Infinity') or abs(float(v)) >= 1e300:
                        fin = False
                fields.append(v if r.random() > 0.05 else None)
            if None in fields:
                fin = False
            return 'ROW(%s)::%s' % (', '.join('NULL::float8' if v is None else '%s::float8' % q(v) for v in fields), typ), fin
        if typ == 'experiment_state':
            return self.experiment_state(), False
        if typ == 'oid':
            return '0::oid', True
        # anything else: NULL of that type
        return 'NULL::%s' % self.cast_name(typ), False

    def cast_name(self, typ):
        return {'"any"': 'text', 'anyelement': 'bigint'}.get(typ, typ)

    def ts(self):
        if self.r.random() < 0.6:
            return self.pick(TIMESTAMPS)
        return '2024-%02d-%02d %02d:%02d:%02d+00' % (self.r.randint(1, 12), self.r.randint(1, 28),
                                                    self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))

    def text(self, ctx=None, small=False):
        r = self.r.random()
        if r < 0.1 and not small:
            return self.pick(["''", "repeat('x', 100000)", "repeat('strict_order,', 10000)",
                              "repeat('period=day ', 5000)", "' '", "'\u00fc\u00df\u20ac'", "E'\\t\\n'",
                              "repeat('a', 64)", "repeat('a', 63)"])
        if ctx == 'options' or (ctx is None and r < 0.35):
            k = self.r.randint(1, 4)
            return q(' '.join(self.pick(RET_OPTS) for _ in range(k)))
        if ctx == 'mode' or (ctx is None and r < 0.6):
            k = self.r.randint(1, 3)
            return q(', '.join(self.pick(FUNNEL_MODES) for _ in range(k)))
        return q(self.pick(['days', 'weeks', 'day', 'week', 'DAYS', 'months', 'holm', 'bonferroni', 'bh',
                            'fdr_bh', 'none', 'retained', 'rate', 'value', 'A', 'B', 'C', 'control', 'a',
                            'purchase', 'garbage', 'NaN', 'hour', 'x' * 300]))

    def float_array(self):
        r = self.r.random()
        if r < 0.3:
            return self.pick(["'{}'::float8[]", "'{NULL}'::float8[]", "'{0,0,0}'::float8[]",
                              "'{1,2,3}'::float8[]", "'{{1,2},{3,4}}'::float8[]", "'{NaN,NaN,NaN}'::float8[]",
                              "'[0:2]={1,2,3}'::float8[]", "'{0,0,0,0,0,0}'::float8[]",
                              "'{3,1,0.5,1,0.5,0.25}'::float8[]", "'{-1,0,0}'::float8[]",
                              "'{1e308,1e308,1e308}'::float8[]", "'{Infinity,1,1}'::float8[]",
                              "'{5,0.2,0.4,0.6,0.8}'::float8[]", "'{{{1}}}'::float8[]",
                              "array_fill(1.5::float8, ARRAY[%d])" % BIG_N,
                              "ARRAY(SELECT (g %% 97)::float8 FROM generate_series(1, %d) g)" % BIG_N,
                              "array_fill(0::float8, ARRAY[300, 300])",
                              "'{1,NULL,3}'::float8[]", "'{2,1,0.5}'::float8[]", "'{9007199254740993,1,0}'::float8[]"])
        n = self.r.choice([1, 2, 3, 4, 5, 6, 7, 8, 11, 16, 25, 40])
        return "'{%s}'::float8[]" % ','.join(self.rfloat() for _ in range(n))

    def bigint_array(self):
        r = self.r.random()
        if r < 0.4:
            return self.pick(["'{}'::bigint[]", "'{NULL}'::bigint[]", "'{100,50,10}'::bigint[]",
                              "'{10,50,100}'::bigint[]", "'{-1,0}'::bigint[]", "'{0,0,0}'::bigint[]",
                              "'{{1,2},{3,4}}'::bigint[]", "'{9223372036854775807,1}'::bigint[]",
                              "'{-9223372036854775808,9223372036854775807}'::bigint[]",
                              "'[5:6]={10,5}'::bigint[]", "'{1,NULL,1}'::bigint[]",
                              "array_fill(7::bigint, ARRAY[%d])" % BIG_N])
        n = self.r.choice([1, 2, 3, 5, 8])
        return "'{%s}'::bigint[]" % ','.join(self.rbigint() for _ in range(n))

    def text_array(self, ctx=None):
        return self.pick(["'{}'::text[]", "'{NULL}'::text[]", "'{a,b,c}'::text[]", "'{a}'::text[]",
                          "'{{a,b},{c,d}}'::text[]", "'{\"\"}'::text[]", "'{a,a,a}'::text[]",
                          "ARRAY(SELECT 'e' || g FROM generate_series(1, %d) g)" % BIG_N,
                          "ARRAY(SELECT 'e' || g FROM generate_series(1, 40) g)",
                          "'{{\"5.\",champ},{\"[1-3].\",lost},{\"...\",other}}'::text[]",
                          "'{{\"[45][45]\",x}}'::text[]", "'{{\"[5-1].\",x}}'::text[]", "'{{\"0.\",x}}'::text[]",
                          "'{{\"[\",x}}'::text[]", "'{{NULL,x}}'::text[]", "'{{\"1234\",x}}'::text[]",
                          "'{{a,b,c}}'::text[]", "'{A,B}'::text[]", "'{\"a\",NULL,\"b\"}'::text[]"])

    def experiment_state(self):
        r = self.r.random()
        if r < 0.3:
            return "(SELECT experiment_summary(v, x) FROM (VALUES ('A', 1.0), ('B', 0.0), ('B', 1.0), ('A', 0.0)) t(v, x))"
        arms = self.pick([['A'], ['A', 'B'], ['B', 'A'], ['A', 'A'], [], ['A', 'B', 'C'], ['A', None], ['', 'A']])
        k = len(arms)
        rows = []
        for _ in range(max(k, 1) if self.r.random() < 0.7 else self.r.randint(0, 4)):
            rows.append([self.rfloat() if self.r.random() < 0.5 else self.pick(['10', '0.5', '2.5', '5', '5'])
                         for _ in range(5 if self.r.random() < 0.8 else self.r.randint(1, 7))])
        va = 'ARRAY[%s]::text[]' % ','.join('NULL' if a is None else q(a) for a in arms)
        if rows and len(set(len(x) for x in rows)) == 1:
            st = "'{%s}'::float8[]" % ','.join('{%s}' % ','.join(x) for x in rows)
        else:
            st = "'{%s}'::float8[]" % ','.join(self.rfloat() for _ in range(self.r.randint(0, 10)))
        return 'ROW(%s, %s)::experiment_state' % (va, st)
