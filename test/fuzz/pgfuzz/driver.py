"""Driving psql: batches of statements, SQLSTATE per statement, crash recovery.

Every statement of a batch is followed by
    \\echo @@R <id> :SQLSTATE      (stdout: outcome)
    \\warn @@R <id>                (stderr: ends the messages of that statement)
so one psql process runs a few hundred statements and the outcome of each is
known.  When the server dies, psql exits with status 2 (a non-interactive psql
does not reconnect): the first statement without an outcome is the crasher,
the rest of the batch is run again once the server accepts connections.
"""
import os
import re
import subprocess
import time

MARK_RE = re.compile(r'^@@R (\d+) (\S*)$')


class Outcome:
    __slots__ = ('sqlstate', 'message', 'crashed', 'seconds', 'output')

    def __init__(self, sqlstate, message='', crashed=False, seconds=0.0, output=None):
        self.sqlstate = sqlstate
        self.message = message
        self.crashed = crashed
        self.seconds = seconds
        self.output = output


class Driver:
    def __init__(self, timeout_ms=5000, server_log=None, verbose=False):
        self.timeout_ms = timeout_ms
        self.server_log = server_log
        self.verbose = verbose
        self.crashes = 0
        self.log_offset = self._log_size()
        self.pg_major = int(self.query_value("SHOW server_version_num")) // 10000

    # ---- single queries (setup, states) ------------------------------------
    def psql_cmd(self, extra=()):
        return ['psql', '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=0', *extra]

    def query(self, sql, check=True, timeout=600):
        p = subprocess.run(self.psql_cmd(['-v', 'ON_ERROR_STOP=1', '-f', '-']), input=sql,
                           capture_output=True, text=True, timeout=timeout)
        if check and p.returncode != 0:
            raise RuntimeError('psql failed (%d): %s\n%s' % (p.returncode, p.stderr.strip(), sql[:2000]))
        return p.stdout

    def query_value(self, sql):
        return self.query(sql).strip()

    def query_rows(self, sql):
        """Rows of a query, fields separated by the unit separator."""
        out = self.query("\\pset fieldsep '\\037'\n\\pset recordsep '\\036'\n" + sql)
        return [r.split('\x1f') for r in out.split('\x1e') if r.strip('\n') != '']

    # ---- crash detection -----------------------------------------------------
    def _log_size(self):
        if self.server_log and os.path.exists(self.server_log):
            return os.path.getsize(self.server_log)
        return 0

    def signal_lines(self):
        """New 'terminated by signal' lines of the server log since the last call."""
        if not (self.server_log and os.path.exists(self.server_log)):
            return []
        with open(self.server_log, 'rb') as f:
            f.seek(self.log_offset)
            data = f.read().decode('utf-8', 'replace')
            self.log_offset = f.tell()
        return [l for l in data.splitlines() if 'terminated by signal' in l]

    def wait_for_server(self, limit=120):
        t0 = time.time()
        while time.time() - t0 < limit:
            p = subprocess.run(self.psql_cmd(['-c', 'SELECT 1']), capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip() == '1':
                return True
            time.sleep(0.5)
        return False

    # ---- batches ---------------------------------------------------------------
    def run_batch(self, items, preamble, capture_output=False):
        """items: list of (id, setup_lines, sql).  setup_lines are SET statements
        emitted only when they differ from the previous item's.  Returns
        {id: Outcome}."""
        results = {}
        todo = list(items)
        while todo:
            got, rc, elapsed = self._run_once(todo, preamble, capture_output)
            results.update(got)
            rest = [it for it in todo if it[0] not in got]
            if not rest:
                break
            lost = rc == 2 or rc < 0
            first = rest[0]
            if lost:
                self.crashes += 1
                sig = self.signal_lines()
                results[first[0]] = Outcome('CRASH', 'server connection lost; ' + ' | '.join(sig[-2:]),
                                            crashed=True)
                if not self.wait_for_server():
                    raise RuntimeError('the server did not come back after a crash')
            else:
                # psql ended without a crash (should not happen): count as failure
                results[first[0]] = Outcome('NOMARK', 'psql exited %d without an outcome' % rc)
            todo = rest[1:]
        return results

    def _run_once(self, items, preamble, capture_output):
        lines = [preamble, "SET statement_timeout = %d;" % self.timeout_ms]
        if not capture_output:
            lines.append('\\o /dev/null')
        cur = None
        for iid, setup, sql in items:
            if setup != cur:
                lines.append('RESET ALL;')
                lines.append(preamble)
                lines.append("SET statement_timeout = %d;" % self.timeout_ms)
                lines.extend(setup)
                cur = setup
            if capture_output:
                lines.append('\\echo @@B %d' % iid)
            lines.append(sql.rstrip().rstrip(';') + ';')
            lines.append('\\echo @@R %d :SQLSTATE' % iid)
            lines.append('\\warn @@R %d' % iid)
        script = '\n'.join(lines) + '\n'
        t0 = time.time()
        limit = 60 + len(items) * (self.timeout_ms / 1000.0 + 1)
        try:
            p = subprocess.run(self.psql_cmd(['-f', '-']), input=script.encode(),
                               capture_output=True, timeout=limit)
            rc, out, err = p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired as e:
            rc, out = -1, (e.stdout or b'').decode('utf-8', 'replace')
            err = (e.stderr or b'').decode('utf-8', 'replace')
        elapsed = time.time() - t0
        got = {}
        # messages per id from stderr
        msgs = {}
        buf = []
        for l in err.splitlines():
            if l.startswith('@@R '):
                iid = int(l.split()[1])
                msgs[iid] = '\n'.join(buf).strip()
                buf = []
            else:
                buf.append(l)
        outputs = {}
        obuf = None
        for l in out.splitlines():
            if capture_output and l.startswith('@@B '):
                obuf = []
                continue
            m = MARK_RE.match(l)
            if m:
                iid = int(m.group(1))
                got[iid] = Outcome(m.group(2) or '00000', msgs.get(iid, ''))
                if capture_output:
                    got[iid].output = '\n'.join(obuf or [])
                obuf = None
            elif obuf is not None:
                obuf.append(l)
        return got, rc, elapsed
