#!/usr/bin/env bash
# test/scripts/api_index.sh: doc/api.md, the one-page index of the user API,
# generated from the catalog of an installed pg_growth.
#
#   bash test/scripts/api_index.sh              # rewrite doc/api.md
#   bash test/scripts/api_index.sh --check DB   # compare doc/api.md with DB
#
# The server is the one of PGHOST/PGPORT/PGUSER (psql's defaults).  Without
# --check it creates a scratch database (pgg_api_index), runs CREATE EXTENSION
# pg_growth there (the build installed on that server), writes doc/api.md and
# drops the database again: rerun it after adding, removing or renaming a
# function or aggregate, or after changing a signature or a COMMENT.
#
# With --check DB (test/test.sh runs it on a fresh install) it writes nothing
# and compares the function NAMES only: every user-facing function and
# aggregate of the catalog has a row in doc/api.md, every row names one, and
# no internal function (a name starting with "_": transition, final, combine,
# serialize, deserialize functions and helpers) appears.  Exit 0 when they
# agree, 1 with the differences otherwise.
#
# One row per signature (a timestamptz signature and its timestamp twin share
# one), grouped by capability: the capability is the folder
# src/CAP/ whose SQL creates the name, the order is the order of the first
# CREATE in that file (then shorter signatures first), the description is the
# COMMENT, and the link goes to the capability's page (to the heading naming
# the function when there is one).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
mode=write db=
if [ "${1:-}" = --check ]; then
    mode=check; db=${2:?usage: api_index.sh --check DBNAME}
fi
if [ "$mode" = write ]; then
    db=pgg_api_index
    psql -X -q -d postgres -v ON_ERROR_STOP=1 \
        -c "SET client_min_messages = warning" \
        -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 2
    trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
    psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION pg_growth" || exit 2
fi
python3 - "$ROOT" "$mode" "$db" <<'PY'
import os, re, subprocess, sys

root, mode, db = sys.argv[1:4]
api = os.path.join(root, 'doc', 'api.md')
SEP = '\x1f'

# user-facing: a member of the extension not named with a leading "_" (support
# functions and helpers are named _pgg_*; test/pgtap/api_catalog.sql checks that
# every other one has argument names and a comment)
Q = r"""
SELECT p.proname, p.prokind, p.pronargs,
       pg_get_function_arguments(p.oid),
       p.proretset,
       CASE WHEN p.proallargtypes IS NULL THEN NULL ELSE
            (SELECT string_agg(p.proargnames[i], ', ' ORDER BY i)
             FROM generate_subscripts(p.proallargtypes, 1) i
             WHERE p.proargmodes[i] IN ('o', 't')) END,
       format_type(p.prorettype, NULL),
       (SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_type t
        JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE t.oid = p.prorettype AND t.typtype = 'c'),
       coalesce(replace(obj_description(p.oid, 'pg_proc'), E'\n', ' '), '')
FROM pg_proc p
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_growth'
WHERE p.proname !~ '^_'
ORDER BY 1, 3, 4
"""
Q_INTERNAL = r"""
SELECT DISTINCT p.proname FROM pg_proc p
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_growth'
WHERE p.proname ~ '^_'
"""


def psql(q):
    out = subprocess.run(['psql', '-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', '-F', SEP,
                          '-d', db, '-c', q], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit('api_index: psql failed: ' + out.stderr.strip())
    return [l.split(SEP) for l in out.stdout.split('\n') if l]


rows = psql(Q)
if not rows:
    sys.exit('api_index: no pg_growth function in database %s' % db)
names = {r[0] for r in rows}
row_name = re.compile(r'^\| `([A-Za-z_][A-Za-z0-9_]*)\(')

if mode == 'check':
    listed = set()
    with open(api, encoding='utf-8') as f:
        for line in f:
            m = row_name.match(line)
            if m:
                listed.add(m.group(1))
    internal = {r[0] for r in psql(Q_INTERNAL)}
    bad = []
    for n in sorted(names - listed):
        bad.append('missing from doc/api.md: %s' % n)
    for n in sorted(listed - names):
        bad.append(('internal function listed in doc/api.md: %s' if n in internal or n.startswith('_')
                    else 'doc/api.md lists %s, which the catalog does not have') % n)
    for b in bad:
        print(b)
    if bad:
        print('regenerate with: bash test/scripts/api_index.sh')
        sys.exit(1)
    print('doc/api.md lists the %d user-facing names of the catalog' % len(names))
    sys.exit(0)

# ---- write doc/api.md ----------------------------------------------------------
CAPS = [  # folder, section title, page (relative to doc/)
    ('core', 'General', '../README.md'),
    ('funnel', 'Funnels', 'funnel.md'),
    ('retention', 'Retention', 'retention.md'),
    ('rfm', 'RFM segmentation', 'rfm.md'),
    ('clv', 'Customer lifetime value', 'clv.md'),
    ('engagement', 'Engagement', 'engagement.md'),
    ('lift', 'A/B lift: distributions and fixed tests', 'lift.md'),
    ('lift+', 'A/B lift: accumulators, every-arm comparison, sequential, Bayesian, power, CUPED',
     'lift_advanced.md'),
]
create = re.compile(r'CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|AGGREGATE)\s+(?:@extschema@\.)?'
                    r'"?([A-Za-z_][A-Za-z0-9_]*)"?\s*\(', re.I)
where = {}   # name -> (cap, position)
for cap, _, _ in CAPS:
    path = os.path.join(root, 'src', cap, cap + '.sql')
    if not os.path.exists(path):
        continue
    text = open(path, encoding='utf-8').read()
    for m in create.finditer(text):
        where.setdefault(m.group(1), (cap, m.start()))


def page_text(page):
    p = os.path.normpath(os.path.join(root, 'doc', page))
    return open(p, encoding='utf-8').read() if os.path.exists(p) else ''


def reference_names(page):
    """names in the first cell of a row of the page's own reference table"""
    names = set()
    for line in page_text(page).split('\n'):
        if line.startswith('| `'):
            for n, a in re.findall(r'`([A-Za-z_][A-Za-z0-9_]*)\((\w*)', line.split(' | ')[0]):
                names |= {n, (n, a)}
    return names


lift_basic, lift_adv = reference_names('lift.md'), reference_names('lift_advanced.md')


def slug(heading):
    """GitHub's anchor of a heading"""
    s = heading.strip().lower()
    s = re.sub(r'[^\w\- ]', '', s)
    return s.replace(' ', '-')


def anchor(page, name):
    seen = {}
    for line in page_text(page).split('\n'):
        m = re.match(r'^#{2,4}\s+(.*)$', line)
        if not m:
            continue
        s = slug(m.group(1))
        n = seen.get(s, 0)
        seen[s] = n + 1
        first = re.match(r'`?([A-Za-z_][A-Za-z0-9_]*)', m.group(1).strip())
        if first and first.group(1) == name:
            return '#' + (s if n == 0 else '%s-%d' % (s, n))
    return ''


SHORT = [('timestamp with time zone', 'timestamptz'), ('timestamp without time zone', 'timestamp'),
         ('double precision', 'float8'), ('character varying', 'varchar')]


def short(s):
    for a, b in SHORT:
        s = s.replace(a, b)
    # DEFAULT 'holm'::text -> DEFAULT 'holm'; DEFAULT NULL::float8[] -> DEFAULT NULL
    s = re.sub(r"(DEFAULT (?:NULL|'[^']*'|[-0-9.]+))::[a-z0-9_ ]+(?:\[\])?", r'\1', s)
    return s


def cell(s):
    return s.replace('|', '\\|')


# a signature taking timestamp without time zone whose timestamptz twin exists
# (same name, same arguments otherwise) is folded into the twin's row
TZ, NOTZ = 'timestamp with time zone', 'timestamp without time zone'
sigs = {(r[0], r[3]) for r in rows}
twins = {(r[0], r[3].replace(NOTZ, TZ)) for r in rows if NOTZ in r[3] and (r[0], r[3].replace(NOTZ, TZ)) in sigs}

sections = {cap: [] for cap, _, _ in CAPS}
unknown = []
for name, kind, nargs, args, retset, outs, rettype, fields, comment in rows:
    if NOTZ in args and (name, args.replace(NOTZ, TZ)) in twins:
        continue
    if (name, args) in twins:
        args_shown = args.replace(TZ, 'timestamptz or timestamp')
        rettype = rettype.replace(TZ + '[]', 'timestamptz[] or timestamp[]').replace(TZ, 'timestamptz or timestamp')
        comment += ' (timestamp without time zone too)' if comment else ''
    else:
        args_shown = args
    if name not in where:
        unknown.append(name)
        continue
    cap, pos = where[name]
    first = args.split(' ')[0] if args else ''
    if cap == 'lift' and ((name in lift_adv and name not in lift_basic) or
                          ((name, first) in lift_adv and (name, first) not in lift_basic)):
        cap = 'lift+'
    ins = ', '.join(a for a in args_shown.split(', ') if a and not a.startswith('OUT ')) if args else ''
    if outs:
        ret = ('setof ' if retset == 't' else '') + '(' + outs + ')'
    else:
        ret = ('setof ' if retset == 't' else '') + short(rettype)
        if fields:
            ret += ' (' + fields + ')'
    sections[cap].append((pos, int(nargs), args, name, kind, short(ins), short(ret), comment))
if unknown:
    sys.exit('api_index: no src/CAP/CAP.sql creates %s' % ', '.join(sorted(set(unknown))))

out = ['# API index', '',
       'Every user-facing function and aggregate of pg_growth, one row per signature, grouped by',
       'capability, with its arguments, what it returns and a one-line description (the `COMMENT`',
       'that `\\df+` shows). A signature that exists for both `timestamptz` and `timestamp` is one row.',
       'Each capability\'s page has the semantics, worked examples and errors.',
       'Functions named `_pgg_*` are internal (aggregate support functions and helpers) and are not',
       'listed; they are not meant to be called directly.', '',
       'Functions that return a row are best called in row-expanded form, so that every field',
       'arrives as a plain column (psql, JDBC, psycopg, BI tools): `SELECT * FROM proportion_ztest(...)`',
       'or `SELECT (bgnbd_fit(frequency, recency, age)).* FROM ...`.', '',
       'This page is generated from the catalog of a fresh install by `test/scripts/api_index.sh`;',
       'the test suite checks that it lists every user-facing name and no internal one.', '']
for cap, title, page in CAPS:
    if not sections[cap]:
        continue
    label = 'README.md' if page.startswith('..') else page
    out += ['## %s ([%s](%s))' % (title, label, page), '',
            '| function | kind | returns | description | see |', '|---|---|---|---|---|']
    for pos, nargs, args, name, kind, ins, ret, comment in sorted(sections[cap]):
        link = '%s%s' % (page, anchor(page, name))
        out.append('| `%s(%s)` | %s | `%s` | %s | [%s](%s) |' % (
            name, cell(ins), 'aggregate' if kind == 'a' else 'function', cell(ret), cell(comment),
            label, link))
    out.append('')
with open(api, 'w', encoding='utf-8') as f:
    f.write('\n'.join(out))
print('wrote doc/api.md: %d signatures, %d names' % (len(rows), len(names)))
PY
