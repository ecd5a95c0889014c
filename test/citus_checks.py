#!/usr/bin/env python3
"""test/citus_checks.py: the checks of test/citus.sh (run by it, on its cluster).

Each query is written once with {T} for the events table (events, distributed
by user_id, or events_plain, its local copy), {X} for the text-actor table
(events_text, distributed by actor, or events_text_plain) and {A} for the table
of stored activities (activities, one row per user, distributed by user_id, or
activities_plain).  Per query:

  <name>/result  the distributed query runs and equals the plain one; numbers
                 within a relative RTOL (a split or pulled aggregate adds in
                 another order: doc/citus.md, "Floating point");
  <name>/plan    EXPLAIN (VERBOSE) of the distributed query has the expected
                 shape: whole, split, or pulled (see shape()).  Every summary
                 aggregate is expected split; the one documented pulled form
                 (funnel_counts' anyelement overload, for an actor type without
                 an exact overload) is expected pulled.  A split query must
                 also run with 'disabled' (below), and its line gives the
                 bytes of the partial states that cross the network (text,
                 summed over the shards: partial_bytes()).
The line also tells what citus.coordinator_aggregation_strategy = 'disabled'
does with the query (ok, or the error).  Last line: "N passed, M failed".
"""
import os
import re
import subprocess
import sys

RTOL = 1e-11          # relative tolerance of floats (doc/citus.md: 1e-15 typical, 1e-12 seen)
ATOL = 1e-12          # absolute floor, for values that are 0 on one side

W4 = ("event_name = 'page_view', event_name = 'add_to_cart', "
      "event_name = 'checkout', event_name = 'purchase'")
STEPS = "ARRAY['page_view', 'add_to_cart', 'checkout', 'purchase']"
PER_USER = """(SELECT user_id, min(variant) AS variant,
           max((event_name = 'purchase')::int)::float8 AS converted,
           coalesce(sum(revenue) FILTER (WHERE event_name = 'purchase'), 0)::float8 AS revenue
    FROM {T} GROUP BY user_id)"""
CLV = """(SELECT user_id, clv_summary(event_time, revenue::float8, timestamptz '2026-07-01 00:00+00', 'weeks', 'UTC') AS c
    FROM {T} WHERE event_name = 'purchase' AND revenue IS NOT NULL
      AND event_time < timestamptz '2026-07-01 00:00+00'
    GROUP BY user_id)"""

# (name, expected plan shape, query).  Shapes: whole, split, pulled,
# none (the aggregate runs inside a function the query calls: rfm()).  The
# aggregate judged is the first part of the name (funnel_report: funnel_counts).
CHECKS = [
    # ---- funnels ----
    ("window_funnel/per_actor", "whole",
     f"SELECT user_id, window_funnel(interval '1 day', event_time, {W4}) FROM {{T}} GROUP BY user_id ORDER BY 1"),
    ("window_funnel/event_names", "whole",
     f"SELECT user_id, window_funnel(interval '1 day', event_time, event_name, {STEPS}) FROM {{T}} GROUP BY user_id ORDER BY 1"),
    ("window_funnel/text_actor", "whole",
     f"SELECT actor, window_funnel(interval '1 day', 'strict_order', event_time, {W4}) FROM {{X}} GROUP BY actor ORDER BY 1"),
    ("window_funnel/two_stage_levels", "whole",
     f"""SELECT count(*) FILTER (WHERE lvl >= 1), count(*) FILTER (WHERE lvl >= 2),
               count(*) FILTER (WHERE lvl >= 3), count(*) FILTER (WHERE lvl >= 4)
        FROM (SELECT user_id, window_funnel(interval '1 day', event_time, {W4}) AS lvl
              FROM {{T}} GROUP BY user_id) f"""),
    ("window_funnel_times/per_actor", "whole",
     f"SELECT user_id, window_funnel_times(interval '1 day', event_time, {W4}) FROM {{T}} GROUP BY user_id ORDER BY 1"),
    ("window_funnel_value/per_actor", "whole",
     f"SELECT user_id, window_funnel_value(interval '1 day', 'default', event_time, 0, revenue, {W4}) FROM {{T}} GROUP BY user_id ORDER BY 1"),
    ("funnel_counts/steps", "split",
     f"SELECT funnel_counts(user_id, interval '1 day', event_time, {W4}) FROM {{T}}"),
    ("funnel_counts/event_names", "split",
     f"SELECT funnel_counts(user_id, interval '1 day', event_time, event_name, {STEPS}) FROM {{T}}"),
    ("funnel_counts/by_variant", "split",
     f"SELECT variant, funnel_counts(user_id, interval '1 day', event_time, {W4}) FROM {{T}} GROUP BY 1 ORDER BY 1"),
    ("funnel_counts/text_actor", "split",
     f"SELECT funnel_counts(actor, interval '1 day', event_time, {W4}) FROM {{X}}"),
    ("funnel_counts/nine_conditions_array", "split",
     "SELECT funnel_counts(user_id, interval '1 day', event_time, " + ", ".join(
         f"event_name = '{e}'" for e in ['page_view', 'add_to_cart', 'checkout', 'purchase', 'login',
                                         'page_view', 'add_to_cart', 'checkout', 'purchase']) + ") FROM {T}"),
    ("funnel_counts/numeric_actor", "pulled",
     f"SELECT funnel_counts(user_id::numeric, interval '1 day', event_time, {W4}) FROM {{T}}"),
    ("funnel_counts/per_actor_grouped", "whole",
     f"SELECT user_id, funnel_counts(user_id, interval '1 day', event_time, {W4}) FROM {{T}} GROUP BY user_id ORDER BY 1"),
    ("funnel_report/readme", "split",
     f"""SELECT * FROM funnel_report((SELECT funnel_counts(user_id, '1 day', event_time, {W4}) FROM {{T}}),
                                  {STEPS})"""),
    # ---- retention ----
    ("retention/per_actor", "whole",
     "SELECT user_id, retention(event_name = 'page_view', event_name = 'add_to_cart', event_name = 'purchase') FROM {T} GROUP BY user_id ORDER BY 1"),
    ("retention/by_variant", "split",
     "SELECT variant, retention(event_name = 'page_view', event_name = 'add_to_cart', event_name = 'purchase') FROM {T} GROUP BY 1 ORDER BY 1"),
    ("retention/all_rows", "split",
     "SELECT retention(event_time >= '2026-02-01', event_time >= '2026-03-01', revenue > 100) FROM {T}"),
    ("retention/variadic_array", "split",
     "SELECT retention(VARIADIC ARRAY[event_name = 'login', event_name = 'purchase']) FROM {T}"),
    ("retention/nine_conditions_array", "split",
     "SELECT variant, retention(" + ", ".join(f"event_time >= '2026-0{m}-01'" for m in range(1, 10)) +
     ") FROM {T} GROUP BY 1 ORDER BY 1"),
    ("retention_matrix/week_utc", "split",
     "SELECT retention_matrix(user_id, event_time, 'period=week tz=UTC') FROM {T}"),
    ("retention_matrix/day_new_york", "split",
     "SELECT retention_matrix(user_id, event_time, 'period=day tz=America/New_York') FROM {T}"),
    ("retention_matrix/conditions_value", "split",
     "SELECT retention_matrix(user_id, event_time, 'period=week tz=Europe/Berlin', event_name = 'page_view', event_name = 'purchase', revenue::float8) FROM {T}"),
    ("retention_matrix/text_actor", "split",
     "SELECT retention_matrix(actor, event_time, 'period=month tz=UTC') FROM {X}"),
    ("retention_actor/per_actor", "whole",
     "SELECT user_id, retention_actor(event_time, 'period=week tz=UTC') FROM {T} GROUP BY user_id ORDER BY 1"),
    ("retention_merge/two_stage_doc", "split",
     """SELECT r.* FROM (SELECT retention_merge(m) AS m
              FROM (SELECT retention_actor(event_time, 'period=week tz=UTC') AS m
                    FROM {T} GROUP BY user_id) per_actor) t,
             LATERAL retention_rows(t.m) r"""),
    # ---- RFM ----
    ("rfm_breaks/float8", "split",
     "SELECT rfm_breaks(revenue::float8) FROM {T} WHERE event_name = 'purchase'"),
    ("rfm_breaks/numeric_bins", "split",
     "SELECT rfm_breaks(revenue, 4) FROM {T} WHERE event_name = 'purchase'"),
    ("rfm_breaks/bigint", "split",
     "SELECT rfm_breaks(user_id) FROM {T}"),
    ("rfm_breaks/timestamptz_by_variant", "split",
     "SELECT variant, rfm_breaks(event_time, 3) FROM {T} GROUP BY 1 ORDER BY 1"),
    ("rfm/function", "none",
     "SELECT * FROM rfm('{T}', timestamptz '2026-07-01 00:00+00') ORDER BY customer_id"),
    # ---- A/B statistics ----
    ("moments/all_rows", "split",
     "SELECT moments(revenue::float8) FROM {T}"),
    ("moments/by_variant", "split",
     "SELECT variant, moments(revenue::float8) FROM {T} GROUP BY 1 ORDER BY 1"),
    ("moments_merge/per_user_states", "split",
     "SELECT moments_merge(s) FROM (SELECT moments(revenue::float8) AS s FROM {T} GROUP BY user_id) q"),
    ("comoments/all_rows", "split",
     "SELECT comoments(revenue::float8, extract(epoch FROM event_time)::float8 / 86400) FROM {T}"),
    ("comoments_merge/per_user_states", "split",
     "SELECT comoments_merge(s) FROM (SELECT comoments(revenue::float8, user_id::float8) AS s FROM {T} GROUP BY user_id) q"),
    ("experiment_summary/rows", "split",
     "SELECT experiment_summary(variant, revenue::float8) FROM {T}"),
    ("experiment_summary/doc_compare_arms", "split",
     "WITH per_user AS " + PER_USER + """
      SELECT c.* FROM (SELECT experiment_summary(variant, revenue) AS s FROM per_user) q,
                      compare_arms(q.s, 'A') c"""),
    ("experiment_summary_merge/per_user_states", "split",
     "SELECT experiment_summary_merge(s) FROM (SELECT experiment_summary(variant, revenue::float8) AS s FROM {T} GROUP BY user_id) q"),
    # ---- CLV ----
    ("clv_summary/per_actor", "whole",
     "SELECT * FROM " + CLV + " s ORDER BY user_id"),
    ("bgnbd_fit/doc", "split",
     "WITH s AS " + CLV + " SELECT (f).* FROM (SELECT bgnbd_fit((c).frequency, (c).recency, (c).age) AS f FROM s) q"),
    ("bgnbd_fit/star_expansion", "split",
     "WITH s AS " + CLV + " SELECT (bgnbd_fit((c).frequency, (c).recency, (c).age)).* FROM s"),
    ("gamma_gamma_fit/doc", "split",
     "WITH s AS " + CLV + " SELECT (f).* FROM (SELECT gamma_gamma_fit((c).frequency, (c).monetary) AS f FROM s WHERE (c).frequency > 0) q"),
    # ---- engagement ----
    ("active_users/doc", "split",
     "SELECT * FROM active_users_rows((SELECT active_users(user_id, event_time, 'UTC') FROM {T})) ORDER BY day"),
    ("active_users/condition", "split",
     "SELECT * FROM active_users_rows((SELECT active_users(user_id, event_time, 'UTC', event_name = 'purchase') FROM {T}), '2026-01-01', '2026-08-01') ORDER BY day"),
    ("active_users/zone_shanghai", "split",
     "SELECT active_users(user_id, event_time, 'Asia/Shanghai') FROM {T}"),
    ("active_users/int4_new_york", "split",
     "SELECT active_users((user_id % 100000)::int, event_time, 'America/New_York') FROM {T}"),
    ("active_users/text_actor", "split",
     "SELECT active_users(actor, event_time, 'Europe/Berlin', revenue > 10) FROM {X}"),
    ("active_users/by_variant", "split",
     "SELECT variant, active_users(user_id, event_time, 'UTC') FROM {T} GROUP BY 1 ORDER BY 1"),
    ("active_users/per_actor_day", "split",
     """SELECT count(*), sum(dau), max(mau)
        FROM active_users_rows((SELECT active_users(user_id, day::timestamp AT TIME ZONE 'UTC', 'UTC')
              FROM (SELECT DISTINCT user_id, (event_time AT TIME ZONE 'UTC')::date AS day FROM {T}) d))"""),
    ("lifecycle/doc_week", "split",
     "SELECT * FROM lifecycle_rows((SELECT lifecycle(user_id, event_time, 'UTC', 'week') FROM {T}))"),
    ("lifecycle/doc_month", "split",
     "SELECT * FROM lifecycle_rows((SELECT lifecycle(user_id, event_time, 'UTC', 'month') FROM {T}))"),
    ("lifecycle/day_condition", "split",
     "SELECT lifecycle(user_id, event_time, 'America/New_York', 'day', event_name <> 'page_view') FROM {T}"),
    ("lifecycle/text_actor", "split",
     "SELECT lifecycle(actor, event_time, 'UTC', 'week') FROM {X}"),
    ("lifecycle/uuid_actor", "split",
     "SELECT lifecycle(md5(user_id::text)::uuid, event_time, 'Asia/Kathmandu', 'week') FROM {T}"),
    ("lifecycle/by_variant", "split",
     "SELECT variant, lifecycle(user_id, event_time, 'UTC', 'month') FROM {T} GROUP BY 1 ORDER BY 1"),
    # ---- stored activity (a table of activities, one row per user) ----
    ("activity/build", "whole",
     "SELECT user_id, activity(event_time, 'UTC') FROM {T} GROUP BY user_id ORDER BY 1"),
    ("activity_merge/refresh", "whole",
     """SELECT user_id, activity_merge(a) FROM (SELECT user_id, activity(event_time, 'Asia/Kathmandu') AS a
              FROM {T} GROUP BY user_id, event_name) q GROUP BY user_id ORDER BY 1"""),
    ("retention_matrix/activity_week", "split",
     "SELECT retention_matrix(act, 'period=week') FROM {A}"),
    ("retention_matrix/activity_day_new_york", "split",
     "SELECT * FROM retention_rows((SELECT retention_matrix(act_ny, 'period=day') FROM {A})) ORDER BY 1, 2"),
    ("retention_matrix/activity_month_on_or_after", "split",
     "SELECT retention_matrix(act, 'period=month count=on_or_after') FROM {A}"),
    ("active_users/activity", "split",
     "SELECT * FROM active_users_rows((SELECT active_users(act) FROM {A})) ORDER BY day"),
    ("active_users/activity_new_york", "split",
     "SELECT active_users(act_ny) FROM {A}"),
    ("lifecycle/activity_week", "split",
     "SELECT * FROM lifecycle_rows((SELECT lifecycle(act, 'week') FROM {A}))"),
    ("lifecycle/activity_month_new_york", "split",
     "SELECT lifecycle(act_ny, 'month') FROM {A}"),
    ("streaks/activity_distribution", "whole",
     "SELECT (streaks(act, 'day')).longest, count(*) FROM {A} GROUP BY 1 ORDER BY 1"),
    ("sequence_match/per_actor", "whole",
     "SELECT user_id, sequence_match('(?1).*(?2)', event_time, event_name = 'add_to_cart', event_name = 'purchase') FROM {T} GROUP BY user_id ORDER BY 1"),
    ("sequence_count/per_actor", "whole",
     "SELECT user_id, sequence_count('(?1)(?2)', event_time, event_name = 'page_view', event_name = 'add_to_cart') FROM {T} GROUP BY user_id ORDER BY 1"),
    ("sequence_match_events/per_actor", "whole",
     "SELECT user_id, sequence_match_events('(?1).*(?2)', event_time, event_name = 'checkout', event_name = 'purchase') FROM {T} GROUP BY user_id ORDER BY 1"),
]



def psql(sql, strategy=None):
    env = dict(os.environ)
    if strategy:
        env["PGOPTIONS"] = env.get("PGOPTIONS", "") + f" -c citus.coordinator_aggregation_strategy={strategy}"
    p = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                       capture_output=True, text=True, env=env)
    if p.returncode != 0:
        err = p.stderr.strip().splitlines()
        return None, (err[0] if err else f"psql exit {p.returncode}")
    return p.stdout, None


NUM = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|-?Infinity|NaN")


def same(a, b):
    """Equal text, numbers within RTOL; returns (ok, largest relative difference)."""
    ta, tb = NUM.split(a), NUM.split(b)
    na, nb = NUM.findall(a), NUM.findall(b)
    if ta != tb or len(na) != len(nb):
        return False, None
    worst = 0.0
    for x, y in zip(na, nb):
        if x == y:
            continue
        try:
            fx, fy = float(x), float(y)
        except ValueError:
            return False, None
        d = abs(fx - fy)
        scale = max(abs(fx), abs(fy))
        if d > max(RTOL * scale, ATOL):
            return False, d / scale if scale else d
        if scale:
            worst = max(worst, d / scale)
    return True, worst


def shape(plan, agg):
    """How Citus runs aggregate agg, from the EXPLAIN (VERBOSE) text of its plan:
    split  the shard queries call worker_partial_agg('...agg(...)'::regprocedure, ...)
           and the coordinator coord_combine_agg;
    whole  the shard queries call agg itself;
    pulled the shard queries return its arguments, the coordinator runs agg;
    none   agg is in no part of the plan (it runs inside a function called)."""
    remote = "\n".join(l for l in plan.splitlines() if l.strip().startswith("Query:"))
    if re.search(r"worker_partial_agg\('[\w.]*\b" + agg + r"\(", remote):
        return "split"
    if re.search(r"\b" + agg + r"\(", remote):
        return "whole"
    if re.search(r"\b" + agg + r"\(", plan):
        return "pulled"
    return "none"


def partial_aliases(sql):
    """The output names of the worker_partial_agg(...) calls of a shard query."""
    names = []
    for m in re.finditer(r"worker_partial_agg\(", sql):
        i, depth, quote = m.end(), 1, False
        while i < len(sql) and depth:
            c = sql[i]
            if c == "'":
                quote = not quote
            elif not quote:
                depth += (c == "(") - (c == ")")
            i += 1
        a = re.match(r"\s+AS\s+(\w+)", sql[i:])
        if a:
            names.append(a.group(1))
    return names


def partial_bytes(plan):
    """Bytes of text of the partial states the shard queries of a split plan
    return, summed over the shards: the first shard query that calls
    worker_partial_agg is run on every shard of its table
    (run_command_on_shards), and the text of its worker_partial_agg columns
    measured.  None when it cannot be measured."""
    for line in plan.splitlines():
        line = line.strip()
        if not line.startswith("Query:") or "worker_partial_agg" not in line:
            continue
        sql = line[len("Query:"):].strip()
        m = re.search(r"\b(?:public\.)?(events_text|events|activities)_\d+\b", sql)
        if not m or "read_intermediate_result" in sql:
            return None
        table = m.group(1)
        cols = partial_aliases(sql)
        if not cols:
            return None
        size = " + ".join("coalesce(octet_length(w.%s::text), 0)" % c for c in cols)
        sql = sql.replace("%", "%%")
        sql = re.sub(r"\b(?:public\.)?(events_text|events|activities)_\d+\b", "%s", sql)
        out, err = psql("SELECT sum(result::bigint) FROM run_command_on_shards('%s', $pgg$"
                        "SELECT coalesce(sum(%s), 0) FROM (%s) w$pgg$) WHERE success"
                        % (table, size.replace("%", "%%"), sql))
        if err or not out.strip():
            return None
        return int(out.strip())
    return None


def main():
    passed = failed = 0
    table = []
    worst_all = 0.0
    for name, expect, q in CHECKS:
        qd = q.replace("{T}", "events").replace("{X}", "events_text").replace("{A}", "activities")
        qp = q.replace("{T}", "events_plain").replace("{X}", "events_text_plain").replace("{A}", "activities_plain")
        dist, err = psql(qd)
        plain, perr = psql(qp)
        if err or perr:
            ok, detail = False, f"error: {err or perr}" + ("" if not perr else " (plain copy)")
        else:
            ok, worst = same(dist, plain)
            if ok:
                worst_all = max(worst_all, worst)
                detail = f"{len(plain.splitlines())} rows equal" + (f", max rel diff {worst:.1e}" if worst else ", exact")
            else:
                d1 = dist.splitlines()[:1]
                d2 = plain.splitlines()[:1]
                detail = f"differs (rel {worst:.1e})" if worst else f"differs: {d1} vs {d2}"
        print(f"{'citus/' + name + '/result':58s} {'ok' if ok else 'FAILED'} ({detail})")
        passed += ok
        failed += not ok

        plan, perr = psql("EXPLAIN (VERBOSE, COSTS OFF) " + qd)
        if plan and os.environ.get("PGG_CITUS_PLANS"):
            with open(os.path.join(os.environ["PGG_CITUS_PLANS"], name.replace("/", "__") + ".txt"), "w") as f:
                f.write(qd + "\n\n" + plan)
        agg = name.split("/")[0]
        if agg in ("funnel_report", "rfm"):
            agg = {"funnel_report": "funnel_counts", "rfm": "rfm_breaks"}[agg]
        got = shape(plan, agg) if plan else "error"
        _, derr = psql(qd, strategy="disabled")
        disabled = "ok" if not derr else "error: " + derr.replace("ERROR:  ", "")
        if expect == "none":
            pok = got == "none"
            note = got + " (a function: its inner queries are not in the plan)"
        else:
            pok = got == expect
            note = got if pok else f"{got}, expected {expect}"
            if expect == "split" and derr:
                pok, note = False, note + ", but strategy 'disabled' fails"
        size = partial_bytes(plan) if plan and got == "split" else None
        if size is not None:
            note += f", partial states {size:,} bytes of text over the shards"
        if perr:
            pok, note = False, "EXPLAIN failed: " + perr
        print(f"{'citus/' + name + '/plan':58s} {'ok' if pok else 'FAILED'} ({note}; strategy 'disabled': {disabled})")
        passed += pok
        failed += not pok
        table.append((name, got + (f" ({size:,} bytes)" if size is not None else ""),
                      "ok" if ok else "FAILED", disabled))
    if os.environ.get("PGG_CITUS_TABLE"):
        with open(os.environ["PGG_CITUS_TABLE"], "w") as f:
            f.write("| query | plan | same answer | strategy 'disabled' |\n|---|---|---|---|\n")
            for r in table:
                f.write("| `%s` | %s | %s | %s |\n" % r)
            f.write(f"\nlargest relative float difference: {worst_all:.1e}\n")
    print(f"largest relative float difference of an equal result: {worst_all:.1e}", file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
