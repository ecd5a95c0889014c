#!/usr/bin/env python3
"""Run the SQL examples of the documentation as pasted (issue #13, item 6).

  run.py [--root DIR] [--owner ROLE] [--db NAME] [PAGE ...]

PAGE is a Markdown file relative to the repository root (README.md,
doc/funnel.md, ...); without one, README.md then doc/*.md sorted.  Python 3
standard library, psql through subprocess; the server is the one of PGHOST/
PGPORT/PGDATABASE/PGUSER (a role that may create databases and roles).

Per page: DROP/CREATE DATABASE (owned by ROLE, a non-superuser, default
pgg_tap_owner), then as ROLE: CREATE EXTENSION pg_growth and
test/docs/setup.sql, then every fenced ```sql block of the page in file
order, each in its own psql session (ON_ERROR_STOP, TimeZone UTC, role ROLE).

- A block fails when psql reports an error, unless its first line is
  `-- error`: such a block must fail, and when it shows the message in a
  comment line `-- ERROR:  message`, with that message.
- Where the block is followed (after blank lines only) by a result, the last
  result set of the block is compared with it.  Two forms: a Markdown table
  (`| col | ... |`, its `|---|` line, one line per row) and a ```text block
  holding psql's aligned output (header, `----+----`, rows, optional
  `(N rows)`).  Cells are compared after trimming spaces and backticks; when
  both the shown cell and the actual one are numbers, the actual one is
  rounded to the decimals shown (105 matches 105.00, 3.58 matches
  3.5833333333333335); column names are compared too.

Prints one line per page, `docs/PAGE ok (B blocks, R results compared)` or
`docs/PAGE FAILED (...)` followed by each failure with the line number of the
block in the page.  Exit status 0 when every page passed.
"""
import argparse
import decimal
import glob
import os
import re
import subprocess
import sys

FENCE = re.compile(r'^(\s*)(```+|~~~+)\s*([A-Za-z0-9_+-]*)\s*$')
SEP = '\x1f'


class Block:
    def __init__(self, lang, line, text):
        self.lang, self.line, self.text = lang, line, text
        self.result = None          # (kind, line, rows: list of list of str) or None


def parse_page(path):
    """Fenced blocks of a Markdown page, each with the result shown right after it."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    blocks, i = [], 0
    items = []      # ('block', Block, end_index) in order
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang, start = m.group(2), m.group(3).lower(), i
        j = i + 1
        while j < len(lines) and not re.match(r'^\s*' + re.escape(fence[0]) + '{%d,}\\s*$' % len(fence), lines[j]):
            j += 1
        b = Block(lang, start + 1, '\n'.join(lines[start + 1:j]) + '\n')
        items.append((b, j))
        i = j + 1
    for b, end in items:
        if b.lang != 'sql':
            continue
        blocks.append(b)
        k = end + 1
        while k < len(lines) and lines[k].strip() == '':
            k += 1
        if k >= len(lines):
            continue
        if lines[k].lstrip().startswith('|'):
            tab = []
            while k < len(lines) and lines[k].lstrip().startswith('|'):
                tab.append(lines[k])
                k += 1
            b.result = ('table', end + 2, markdown_rows(tab))
        else:
            m = FENCE.match(lines[k])
            if m and m.group(3).lower() == 'text':
                nxt = next(x for x, e in items if x.line == k + 1)
                b.result = ('text', k + 1, aligned_rows(nxt.text.split('\n')))
    return blocks


def split_cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|') and not s.endswith('\\|'):
        s = s[:-1]
    cells = re.split(r'(?<!\\)\|', s)
    return [c.replace('\\|', '|') for c in cells]


def markdown_rows(tab):
    rows = [split_cells(t) for t in tab]
    # drop the |---|---| line
    return [r for r in rows if not all(re.match(r'^\s*:?-+:?\s*$', c) for c in r)]


def aligned_rows(text_lines):
    rows = []
    for t in text_lines:
        if t.strip() == '' or re.match(r'^\s*\(\d+ rows?\)\s*$', t) or re.match(r'^[-+\s]+$', t):
            continue
        rows.append(t.split('|'))
    return rows


def norm(cell):
    return cell.strip().strip('`').strip()


def number(s):
    if not re.match(r'^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$', s):
        return None
    try:
        return decimal.Decimal(s)
    except decimal.InvalidOperation:
        return None


def cell_equal(shown, actual):
    shown, actual = norm(shown), norm(actual)
    if shown == actual:
        return True
    ds, da = number(shown), number(actual)
    if ds is None or da is None:
        return False
    if 'e' in shown.lower():
        # shown in scientific notation: compare the significant digits shown
        digits = len(shown.lower().split('e')[0].replace('-', '').replace('+', '').replace('.', '').lstrip('0'))
        q = decimal.Decimal(1).scaleb(ds.adjusted() - max(digits, 1) + 1)
    else:
        q = decimal.Decimal(1).scaleb(ds.as_tuple().exponent)
    return abs(da - ds) <= q / 2 * (1 + decimal.Decimal('1e-9'))


def compare(shown, header, rows):
    """List of differences between the shown table and the actual result."""
    diffs = []
    want_head, want_rows = [norm(c) for c in shown[0]], shown[1:]
    if want_head != [norm(c) for c in header]:
        diffs.append('columns: shown %s, actual %s' % (want_head, header))
        return diffs
    if len(want_rows) != len(rows):
        diffs.append('rows: shown %d, actual %d' % (len(want_rows), len(rows)))
    for n, (w, a) in enumerate(zip(want_rows, rows), 1):
        if len(w) != len(a) or not all(cell_equal(x, y) for x, y in zip(w, a)):
            diffs.append('row %d: shown | %s |, actual | %s |'
                         % (n, ' | '.join(norm(c) for c in w), ' | '.join(a)))
    return diffs


def last_result(out):
    """Header and rows of the last result set in psql's unaligned output."""
    lines = out.split('\n')
    for idx in range(len(lines) - 1, -1, -1):
        m = re.match(r'^\((\d+) rows?\)$', lines[idx])
        if m:
            n = int(m.group(1))
            if idx - n - 1 < 0:
                return None
            return lines[idx - n - 1].split(SEP), [l.split(SEP) for l in lines[idx - n:idx]]
    return None


def psql(args, sql, env=None):
    p = subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1'] + args, input=sql,
                       capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


def run_page(root, page, owner, db, setup):
    path = os.path.join(root, page)
    blocks = parse_page(path)
    fails = []
    if not blocks:
        return 0, 0, fails
    admin = ['-d', os.environ.get('PGDATABASE') or 'postgres']
    rc, _, err = psql(admin, """SET client_min_messages = warning;
DROP DATABASE IF EXISTS %(db)s;
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%(o)s') THEN
        CREATE ROLE %(o)s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
END $$;
CREATE DATABASE %(db)s OWNER %(o)s;
""" % {'db': db, 'o': owner})
    if rc != 0:
        return len(blocks), 0, ['cannot create database %s: %s' % (db, err.strip())]
    env = dict(os.environ)
    env['PGOPTIONS'] = (env.get('PGOPTIONS', '') + ' -c role=%s -c TimeZone=UTC' % owner).strip()
    env['PGDATABASE'] = db
    env['PGAPPNAME'] = 'pg_growth docs'
    rc, _, err = psql(['-f', '-'], "SET client_min_messages = warning;\nCREATE EXTENSION pg_growth;\n\\i '%s'\n"
                      % setup.replace("'", "''"), env)
    if rc != 0:
        return len(blocks), 0, ['setup failed: %s' % err.strip()[-2000:]]
    compared = 0
    for b in blocks:
        first = b.text.lstrip('\n').split('\n', 1)[0].strip().lower()
        want_error = first == '-- error' or first.startswith('-- error ') or first.startswith('-- error:')
        rc, out, err = psql(['-A', '-F', SEP, '-f', '-'], b.text, env)
        where = '%s:%d' % (page, b.line)
        if want_error:
            if rc == 0:
                fails.append('%s: block marked "-- error" ran without an error' % where)
            elif 'ERROR:' not in err:
                fails.append('%s: block marked "-- error" failed without an SQL error: %s' % (where, err.strip()))
            else:
                shown = re.search(r'^\s*--\s*ERROR:\s*(.*)$', b.text, re.M)
                actual = re.search(r'ERROR:\s*(.*)$', err, re.M).group(1).strip()
                if shown and ' '.join(shown.group(1).split()) != ' '.join(actual.split()):
                    fails.append('%s: error shown "%s", actual "%s"' % (where, shown.group(1).strip(), actual))
            continue
        if rc != 0:
            msg = err.strip()
            m = re.search(r'psql:<stdin>:(\d+): ', msg)
            if m:
                where = '%s:%d' % (page, b.line + int(m.group(1)))
            fails.append('%s: %s' % (where, re.sub(r'psql:<stdin>:\d+: ', '', msg)[:1500]))
            continue
        if b.result is None:
            continue
        kind, rline, shown = b.result
        compared += 1
        got = last_result(out)
        if got is None:
            fails.append('%s: the block shows a result (line %d) but returned no rows' % (where, rline))
            continue
        diffs = compare(shown, got[0], got[1])
        if diffs:
            fails.append('%s: result shown at line %d differs:\n      %s' % (where, rline, '\n      '.join(diffs)))
    return len(blocks), compared, fails


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(here)))
    ap.add_argument('--owner', default='pgg_tap_owner', help='non-superuser owner of the database')
    ap.add_argument('--db', default='pgg_docs')
    ap.add_argument('--setup', default=os.path.join(here, 'setup.sql'))
    ap.add_argument('pages', nargs='*')
    args = ap.parse_args()
    pages = args.pages or (['README.md'] + sorted(os.path.relpath(p, args.root)
                                                   for p in glob.glob(os.path.join(args.root, 'doc', '*.md'))))
    bad = 0
    for page in pages:
        n, compared, fails = run_page(args.root, page, args.owner, args.db, os.path.abspath(args.setup))
        label = 'docs/' + os.path.basename(page)
        if fails:
            bad += 1
            print('%-40s FAILED (%d blocks, %d results compared, %d failed)' % (label, n, compared, len(fails)))
            for f in fails:
                print('    ' + f)
        else:
            print('%-40s ok (%d blocks, %d results compared)' % (label, n, compared))
        sys.stdout.flush()
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
