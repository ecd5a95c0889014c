#!/usr/bin/env python3
"""pg_growth fuzzer (issue #17, items 2 and 3).  Python 3 standard library,
psql through subprocess; the server is the one of PGHOST/PGPORT/PGDATABASE/
PGUSER.  See README.md.

  fuzz.py [--calls N] [--seed S] [--known FILE]             item 2: hostile calls
  fuzz.py --crafted [--calls N] [--seed S] [--known FILE]   item 3: crafted states
"""
import argparse
import collections
import itertools
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pgfuzz import setup as fsetup          # noqa: E402
from pgfuzz.calls import Generator           # noqa: E402
from pgfuzz.common import Known, Report, classify, ALLOWED   # noqa: E402
from pgfuzz.driver import Driver             # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--calls', type=int, default=None, help='number of calls (default 20000)')
    ap.add_argument('--seed', type=int, default=17)
    ap.add_argument('--known', help='file of known-failure signatures (globs), not counted as failures')
    ap.add_argument('--crafted', action='store_true', help='item 3: crafted states and summaries')
    ap.add_argument('--timeout-ms', type=int, default=10000, help='statement_timeout (default 10000: a bound, not a timing; loaded CI machines run the 3,000-group fits in 1-5 s)')
    ap.add_argument('--batch', type=int, default=150, help='statements per psql process')
    ap.add_argument('--server-log', default=os.environ.get('PGG_FUZZ_SERVER_LOG'),
                    help='server log, read for "terminated by signal"')
    ap.add_argument('--big-rows', type=int, default=30000, help='rows of the table for parallel plans')
    ap.add_argument('--log-sql', help='write every statement and its SQLSTATE to this file')
    ap.add_argument('--keep', action='store_true', help='keep the schema pgg_fuzz afterwards')
    ap.add_argument('--quarantine', type=int, default=2,
                    help='stop calling a function on a table after this many timeouts or crashes (default 2)')
    args = ap.parse_args()
    n = args.calls if args.calls is not None else 20000

    t0 = time.time()
    d = Driver(timeout_ms=args.timeout_ms, server_log=args.server_log)
    d.query("CREATE EXTENSION IF NOT EXISTS pg_growth;")
    ext_schema = d.query_value("SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'pg_growth'")
    d.query(fsetup.setup_sql(args.big_rows))
    preamble = "SET search_path = %s, pgg_fuzz, public;\n\\set VERBOSITY default" % ext_schema
    entries = fsetup.catalog(d)
    known = Known(args.known)
    name = 'crafted' if args.crafted else 'fuzz'
    rep = Report(name, known)
    out = sys.stdout
    out.write('== pg_growth %s: PostgreSQL %d, seed %d, %d calls, statement_timeout %d ms\n'
              % (name, d.pg_major, args.seed, n, args.timeout_ms))
    extra = []
    if args.crafted:
        from pgfuzz.crafted import run_crafted
        extra = run_crafted(d, entries, args, n, preamble, rep)
    else:
        extra = run_calls(d, entries, args, n, preamble, rep)
    extra.append('parallel plan check: %s' % parallel_check(d, preamble))
    bad = rep.print(out, time.time() - t0, d.crashes, extra)
    if not args.keep:
        d.query("SET client_min_messages = warning; DROP SCHEMA IF EXISTS pgg_fuzz CASCADE;", check=False)
    return 0 if bad == 0 else 1


def parallel_check(d, preamble):
    """Show that forced parallel plans really aggregate partially (so the
    internal states go through serialize/deserialize)."""
    from pgfuzz.calls import parallel_setup
    sql = '\n'.join([preamble.split('\n')[0]] + parallel_setup(d.pg_major, False) + [
        "EXPLAIN (COSTS OFF) SELECT retention_matrix(actor, ts, 'period=day'), "
        "window_funnel_times('1 day', ts, c1, c2), funnel_counts(actor, '1 day', ts, c1, c2), "
        "clv_summary(ts, val, '2024-12-31', 'days'), bgnbd_fit(freq, rec, age) FROM pgg_fuzz.t_big;"])
    plan = d.query(sql, check=False)
    return ('Partial Aggregate under Gather: yes' if 'Partial Aggregate' in plan and 'Gather' in plan
            else 'NO partial aggregation seen:\n' + plan)


def load_corpus(gen, pg_major):
    """The seed corpus (corpus.sql): LABEL|SQL lines."""
    from pgfuzz.calls import Call, parallel_setup
    from pgfuzz.crafted import Pseudo
    out = []
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus.sql')
    for line in open(path):
        if not line.strip() or line.startswith('--'):
            continue
        label, sql = line.rstrip('\n').split('|', 1)
        e = Pseudo(label, label.startswith('agg '))
        c = Call(e, [], sql)
        out.append(c)
        if e.is_agg:
            p = Call(e, parallel_setup(pg_major, False), sql, parallel=True)
            p.twin = c
            out.append(p)
    return out


def run_calls(d, entries, args, n, preamble, rep):
    gen = Generator(entries, args.seed, d.pg_major)
    corpus = load_corpus(gen, d.pg_major)
    strikes = collections.Counter()
    it = itertools.chain(corpus, gen.calls(n - len(corpus)))
    next_id = 0
    done = 0
    pairs = collections.Counter()
    logf = open(args.log_sql, 'w') if args.log_sql else None
    byid = {}     # outcome of every call so far (a parallel twin follows its serial call)
    last_print = time.time()
    while True:
        batch = []
        for c in it:
            c.id = next_id
            next_id += 1
            batch.append(c)
            if len(batch) >= args.batch:
                break
        if not batch:
            break
        res = d.run_batch([(c.id, c.setup, c.sql) for c in batch], preamble)
        for c in batch:
            o = res[c.id]
            byid[c.id] = o
            if logf:
                logf.write('-- %d %s %s\n%s\n' % (c.id, o.sqlstate, c.entry.label, c.repro()))
            kind = rep.record(c.entry.label + (' [parallel]' if c.parallel else ''), o, c.repro())
            if kind in ('timeout', 'crash') and c.table:
                strikes[(c.entry.label, c.table)] += 1
                if strikes[(c.entry.label, c.table)] >= args.quarantine:
                    gen.quarantine.add((c.entry.label, c.table))
            if c.twin is not None and c.twin.id in byid:
                s = byid[c.twin.id]
                pairs['compared'] += 1
                # one succeeds where the other fails (two different errors are
                # fine: which bad row is met first depends on the plan)
                if ((s.sqlstate == '00000') != (o.sqlstate == '00000')
                        and classify(s) is None and classify(o) is None):
                    pairs['mismatch'] += 1
                    rep.fail(c.entry.label, 'parallel-mismatch', '%s/%s' % (s.sqlstate, o.sqlstate),
                             'serial: %s %s | parallel: %s %s' % (s.sqlstate, s.message, o.sqlstate, o.message),
                             '-- serial:\n' + c.twin.repro() + '\n-- parallel:\n' + c.repro())
        done += len(batch)
        if time.time() - last_print > 15:
            sys.stderr.write('  ... %d calls, %d failures\n' % (done, len(rep.failures)))
            last_print = time.time()
    lines = ['',
             'aggregates compared serial vs forced-parallel: %d pairs, %d disagreements' % (
                 pairs['compared'], pairs['mismatch']),
             'catalog: %d functions and aggregates, %d called, %d skipped (take or return internal: %s)' % (
                 len(entries), len(gen.entries), len(gen.skipped),
                 ', '.join(sorted(set(e.name for e in gen.skipped))))]
    if gen.quarantine:
        lines.append('quarantined after %d timeouts/crashes (not called again on that table): %s' % (
            args.quarantine, '; '.join('%s on %s' % x for x in sorted(gen.quarantine))))
    return lines


if __name__ == '__main__':
    sys.exit(main())
