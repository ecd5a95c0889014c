"""What pass means, the allow-list, known failures, the report."""
import collections
import fnmatch
import re

# ---------------------------------------------------------------------------
# The allow-list of SQLSTATEs an extension function may raise on bad input.
#
# From the sources (grep -rhoE 'ERRCODE_[A-Z_]+' src | sort | uniq -c), mapped:
#   ERRCODE_INVALID_PARAMETER_VALUE        22023
#   ERRCODE_PROGRAM_LIMIT_EXCEEDED         54000
#   ERRCODE_INVALID_BINARY_REPRESENTATION  22P03  (stored states that do not decode)
#   ERRCODE_FEATURE_NOT_SUPPORTED          0A000
#   ERRCODE_NULL_VALUE_NOT_ALLOWED         22004
#   ERRCODE_DATATYPE_MISMATCH              42804
#   ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE     22003
#   ERRCODE_ARRAY_SUBSCRIPT_ERROR          2202E
#   ERRCODE_DATETIME_VALUE_OUT_OF_RANGE    22008
#   ERRCODE_DATA_EXCEPTION                 22000
#   ERRCODE_UNDEFINED_FUNCTION             42883  (also: the fuzzer's argument-type mismatches)
#   ERRCODE_INTERNAL_ERROR                 XX000  NOT allowed (cannot-happen cases only)
#   ERRCODE_WARNING                        01000  not an error
# plus the PL/pgSQL functions' RAISE ... USING ERRCODE (funnel_report, rfm,
# compare_arms: 2202E, 22023, 22004) and the states PostgreSQL itself raises
# while building the fuzzer's arguments or running rfm()'s dynamic query on
# the table and columns it was given:
#   22P02 invalid_text_representation   22007 invalid_datetime_format
#   22008 datetime_field_overflow       22012 division_by_zero
#   22015 interval_field_overflow       22001 string_data_right_truncation
#   42P01 undefined_table (regclass)    42703 undefined_column (rfm column names)
#   42846 cannot_coerce (rfm: a column that does not cast to bigint/numeric)
#   42725 ambiguous_function (a fuzzer call with untyped NULLs)
#   54001 statement_too_complex         53200 out_of_memory (100,000-element arguments)
# Everything else fails, in particular the classes XX (internal error), 58
# (system error), 57014 (statement timeout: too slow), a lost connection
# (crash) and 42601 (syntax error: a query built from user input).
ALLOWED = {
    '22023': 'invalid_parameter_value',
    '54000': 'program_limit_exceeded',
    '22P03': 'invalid_binary_representation',
    '0A000': 'feature_not_supported',
    '22004': 'null_value_not_allowed',
    '42804': 'datatype_mismatch',
    '22003': 'numeric_value_out_of_range',
    '2202E': 'array_subscript_error',
    '22008': 'datetime_field_overflow',
    '22000': 'data_exception',
    '42883': 'undefined_function',
    '22P02': 'invalid_text_representation',
    '22007': 'invalid_datetime_format',
    '22012': 'division_by_zero',
    '22015': 'interval_field_overflow',
    '22001': 'string_data_right_truncation',
    '42P01': 'undefined_table',
    '42703': 'undefined_column',
    '42846': 'cannot_coerce',
    '42725': 'ambiguous_function',
    '54001': 'statement_too_complex',
    '53200': 'out_of_memory',
}


def classify(outcome):
    """None when the outcome passes, else a short failure kind."""
    s = outcome.sqlstate
    if s == '00000':
        return None
    if s == 'CRASH':
        return 'crash'
    if s == 'NOMARK':
        return 'no-outcome'
    if s == '57014':
        return 'timeout'
    if s.startswith('XX') or s.startswith('58'):
        return 'internal'
    if s == 'FZ001':
        return 'oracle'
    if s in ALLOWED:
        return None
    return 'sqlstate'


class Known:
    """Known-failure signatures: one glob per line (fnmatch on the failure
    signature 'kind|function|sqlstate|message', the message being the first
    80 characters of the error's first line), '#' comments."""

    def __init__(self, path=None):
        self.pats = []
        if path:
            with open(path) as f:
                for l in f:
                    l = l.split('#', 1)[0].strip()
                    if l:
                        self.pats.append(l)
        self.hits = collections.Counter()

    def match(self, sig):
        for p in self.pats:
            if fnmatch.fnmatchcase(sig, p):
                self.hits[p] += 1
                return p
        return None


class Report:
    def __init__(self, name, known):
        self.name = name
        self.known = known
        self.calls = collections.Counter()
        self.errors = collections.defaultdict(collections.Counter)
        self.failures = []          # (sig, kind, func, outcome, repro, known_pattern)
        self.seen_sigs = collections.Counter()

    def record(self, func, outcome, repro, kind=None):
        self.calls[func] += 1
        if outcome.sqlstate != '00000':
            self.errors[func][outcome.sqlstate] += 1
        kind = kind or classify(outcome)
        if kind:
            self.fail(func, kind, outcome.sqlstate, outcome.message, repro)
        return kind

    def fail(self, func, kind, sqlstate, message, repro):
        m = re.sub(r'^psql:<stdin>:\d+: ', '', (message or '').strip().split('\n')[0])
        m = re.sub(r'\s+', ' ', m)[:80]
        sig = '%s|%s|%s|%s' % (kind, func, sqlstate, m)
        kp = self.known.match(sig)
        self.seen_sigs[sig] += 1
        self.failures.append((sig, kind, func, sqlstate, message, repro, kp))

    def totals(self):
        n = sum(self.calls.values())
        by = collections.Counter()
        for c in self.errors.values():
            by.update(c)
        e = sum(by.values())
        return n, e, by

    def print(self, out, elapsed, crashes, extra_lines=()):
        n, e, by = self.totals()
        w = out.write
        w('\n== per function: calls, errors by SQLSTATE\n')
        for f in sorted(self.calls):
            errs = ', '.join('%s %d' % kv for kv in sorted(self.errors[f].items()))
            w('%-78s %6d  %s\n' % (f, self.calls[f], errs))
        for l in extra_lines:
            w(l + '\n')
        new = [x for x in self.failures if not x[6]]
        known = [x for x in self.failures if x[6]]
        w('\n== failures: %d new, %d known (matched by --known)\n' % (len(new), len(known)))
        shown = collections.Counter()
        for sig, kind, func, st, msg, repro, kp in new + known:
            shown[sig] += 1
            if shown[sig] > 2:
                continue
            w('-- %s%s (%d times)\n' % ('KNOWN ' if kp else 'FAIL ', sig, self.seen_sigs[sig]))
            if msg:
                w('--   ' + re.sub(r'\s+', ' ', msg)[:400] + '\n')
            w(repro.strip() + '\n')
        if known:
            w('\n== known-failure patterns that matched (remove each once its bug is fixed)\n')
            for p, c in self.known.hits.items():
                w('  %-70s %d\n' % (p, c))
        unmatched = [p for p in self.known.pats if p not in self.known.hits]
        if unmatched:
            w('== known-failure patterns that did not match this run (fixed? or not reached)\n')
            for p in unmatched:
                w('  %s\n' % p)
        w('\n%d crashes, %.1f s\n' % (crashes, elapsed))
        states = ', '.join('%s %d' % kv for kv in sorted(by.items())) or 'none'
        w('%s: %d calls, %d errors (by SQLSTATE: %s), %d failures\n' % (self.name, n, e, states, len(new)))
        return len(new)
