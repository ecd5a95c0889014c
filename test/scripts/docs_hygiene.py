#!/usr/bin/env python3
"""The user documentation stays about the product (test/test.sh, check/docs_user_facing).

  python3 test/scripts/docs_hygiene.py [--root DIR] [FILE ...]

Checks README.md and doc/*.md (or the files named), line by line:

- every Markdown link that is not a web address or an anchor points to a
  file inside the repository that exists;
- no path outside the repository: `../shared`, `/work/` (the shared
  project notes and work directories are not part of the repository);
- no internal work-item number: "issue 13", "issue #13", "item 4", "#14".
  Upstream projects' issues and pull requests may be cited when the project
  is named just before the number (ClickHouse issue #53853, GrowthBook PR
  #6658, pandas qcut issues #7751 and #15069).

Prints one line per finding (FILE:LINE: what) and exits 1 when there is one.
"""
import argparse
import glob
import os
import re
import sys

UPSTREAM = re.compile(r'(ClickHouse|GrowthBook|Doris|pandas|PostHog|duckdb|scipy|statsmodels|'
                      r'PostgreSQL|Citus|lifetimes|PyMC|R package)', re.I)
LINK = re.compile(r'\]\(([^)\s]+)\)')
OUTSIDE = re.compile(r'\.\./shared|(?<![\w.])/work/')
# "issue 13", "issues #13 and #14", "item 4", "PR #6658", a bare "#14"
NUMBERED = re.compile(r'\b(?:issues?|items?|PRs?|pull requests?)\s+#?\d+|(?<![\w&/])#\d+\b', re.I)


def check(root, path):
    bad = []
    rel = os.path.relpath(path, root)
    in_code = False
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for no, line in enumerate(lines, 1):
        if re.match(r'^\s*(```|~~~)', line):
            in_code = not in_code
        if OUTSIDE.search(line):
            bad.append('%s:%d: path outside the repository: %s' % (rel, no, OUTSIDE.search(line).group(0)))
        if not in_code:
            for m in LINK.finditer(line):
                target = m.group(1)
                if re.match(r'^(https?|mailto):', target) or target.startswith('#'):
                    continue
                file_part = target.split('#', 1)[0]
                full = os.path.normpath(os.path.join(os.path.dirname(path), file_part))
                if not full.startswith(root + os.sep) and full != root:
                    bad.append('%s:%d: link leaves the repository: %s' % (rel, no, target))
                elif not os.path.exists(full):
                    bad.append('%s:%d: link to a missing file: %s' % (rel, no, target))
        for m in NUMBERED.finditer(line):
            # an upstream project named in the 80 characters before the number
            # (the previous line too, when the number opens a line)
            before = line[max(0, m.start() - 80):m.start()]
            if m.start() < 80 and no > 1:
                before = lines[no - 2][-(80 - m.start()):] + ' ' + before
            if not UPSTREAM.search(before):
                bad.append('%s:%d: internal work-item number: %s' % (rel, no, m.group(0)))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', default=os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..')))
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    files = a.files or [os.path.join(root, 'README.md')] + sorted(glob.glob(os.path.join(root, 'doc', '*.md')))
    bad = []
    for p in files:
        bad += check(root, os.path.abspath(p))
    for b in bad:
        print(b)
    if not bad:
        print('%d pages: links inside the repository, no internal work-item numbers' % len(files))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
