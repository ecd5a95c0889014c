#!/usr/bin/env python3
"""test/scripts/code_stats.py: size and comment figures of the C sources.

    python3 test/scripts/code_stats.py [DIR]      (default: src)

Prints the number of C files, the largest file, the longest functions and
the comment density: comment lines per code line, where a line holding
only a comment (or part of a block comment) is a comment line and any
other non-blank line is a code line.  Functions are found the PostgreSQL
way: a line starting with a name and "(" at column 0 whose body opens with
"{" at column 0 and closes with "}" at column 0.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "src"
files = []
for d, _, names in os.walk(root):
    for n in names:
        if n.endswith((".c", ".h")):
            files.append(os.path.join(d, n))
files.sort()

tot_code = tot_comment = 0
sizes = []
funcs = []
for path in files:
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    sizes.append((len(lines) - 1, path))
    in_block = False
    code = comment = 0
    for ln in lines:
        s = ln.strip()
        if in_block:
            comment += 1
            if "*/" in s:
                in_block = False
            continue
        if not s:
            continue
        if s.startswith("/*"):
            comment += 1
            if "*/" not in s:
                in_block = True
            continue
        if s.startswith("//"):
            comment += 1
            continue
        code += 1
        if "/*" in s and "*/" not in s[s.index("/*"):]:
            in_block = True
    tot_code += code
    tot_comment += comment
    name = None
    start = None
    for i, ln in enumerate(lines):
        m = re.match(r"^([A-Za-z_][A-Za-z_0-9]*)\(", ln)
        if m:
            name = m.group(1)
        elif ln.startswith("{") and name:
            start = i
        elif ln.startswith("}") and start is not None:
            funcs.append((i - start + 1, name, path))
            name = start = None

c_files = [p for p in files if p.endswith(".c")]
print("C files: %d, headers: %d, lines: %d" % (len(c_files), len(files) - len(c_files), sum(s for s, _ in sizes)))
sizes.sort(reverse=True)
print("largest files: " + ", ".join("%s %d" % (p, s) for s, p in sizes[:3]))
funcs.sort(reverse=True)
print("longest functions: " + ", ".join("%s %d" % (n, s) for s, n, _ in funcs[:5]))
print("functions over 80 lines: %d" % sum(1 for s, _, _ in funcs if s > 80))
print("comment density: %.2f comment lines per code line (%d / %d)" % (tot_comment / max(tot_code, 1), tot_comment, tot_code))
