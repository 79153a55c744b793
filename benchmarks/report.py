#!/usr/bin/env python3
"""Turns a JMH JSON result (java -jar benchmarks.jar ... -prof gc -rf json -rff result.json) into the markdown
tables of docs/benchmarks.md, with the ratios to the baselines and to the targets of issue 6.

Usage: python3 benchmarks/report.py result.json [more.json ...]   (later files override earlier ones)
"""
import json
import sys

results = {}
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        name = r["benchmark"].split(".")
        key = (name[-2], name[-1], tuple(sorted(r.get("params", {}).items())))
        gc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        results[key] = {
            "score": r["primaryMetric"]["score"],
            "error": r["primaryMetric"]["scoreError"],
            "unit": r["primaryMetric"]["scoreUnit"],
            "bytes": gc["score"] if gc else None,
            "threads": r.get("threads", 1),
        }


def get(cls, method, **params):
    return results.get((cls, method, tuple(sorted((k, str(v)) for k, v in params.items()))))


def num(x, digits=0):
    if x is None or x != x:
        return "n/a"
    return f"{x:,.{digits}f}"


def pm(r, digits=0):
    if r is None:
        return "not run"
    error = r["error"]
    return f"{num(r['score'], digits)} ± {num(error, digits) if error == error else 'n/a'}"


def ops(r):
    """Operations per second of an average-time result in ns/op."""
    return None if r is None else 1e9 / r["score"]


def ratio(a, b, digits=1):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:,.{digits}f}×"


def hit(ok):
    return "**hit**" if ok else "**miss**"


sizes = sorted({int(dict(k[2]).get("participants", 0)) for k in results if "participants" in dict(k[2])})
out = []

out.append("### Decider, one command on the prebuilt room (livestage `StageDecider.handle`)\n")
out.append("| command | participants | ns/op (± 99.9% CI) | commands/s | B/op | cost vs 10 participants |")
out.append("|---|---:|---:|---:|---:|---:|")
single = [
    ("HandsBenchmark", "raiseHand", "raise hand"),
    ("HandsBenchmark", "lowerHand", "lower hand (withdraw)"),
    ("RolesBenchmark", "promote", "promote (role changed)"),
    ("RolesBenchmark", "demote", "demote (role changed)"),
    ("PresenceBenchmark", "join", "join"),
    ("PresenceBenchmark", "leave", "leave"),
    ("QuestionsBenchmark", "submitQuestion", "submit question"),
    ("QuestionsBenchmark", "dismissQuestion", "dismiss question"),
]
for cls, method, label in single:
    small = get(cls, method, participants=10)
    for n in sizes:
        r = get(cls, method, participants=n)
        if r is None:
            continue
        growth = ratio(r["score"], small["score"], 2) if small and n != 10 else ""
        out.append(f"| {label} | {n:,} | {pm(r)} | {num(ops(r))} | {num(r['bytes'])} | {growth} |")

out.append("\n### Decider beside the baselines: command pairs that leave the room as found, per command\n")
out.append("| pair | participants | livestage ns | mutable ns | copy-on-write ns | livestage ÷ mutable (≤ 2×) "
           "| copy-on-write ÷ livestage (≥ 100× at 100k) | B/op livestage / mutable / copy-on-write |")
out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
pairs = [
    ("HandsBenchmark", "raiseThenLower", "raise + lower hand"),
    ("RolesBenchmark", "promoteThenDemote", "promote + demote"),
    ("PresenceBenchmark", "joinThenLeave", "join + leave"),
    ("MixedAmaBenchmark", "mixed", "mixed AMA workload (1 command)"),
]
for cls, prefix, label in pairs:
    for n in sizes:
        live = get(cls, prefix + "_livestage", participants=n)
        mutable = get(cls, prefix + "_mutable", participants=n)
        cow = get(cls, prefix + "_copyOnWrite", participants=n)
        if live is None and mutable is None:
            continue
        out.append(
            f"| {label} | {n:,} | {pm(live)} | {pm(mutable)} | {pm(cow)} | "
            f"{ratio(live and live['score'], mutable and mutable['score'])} | "
            f"{ratio(cow and cow['score'], live and live['score'], 0)} | "
            f"{num(live and live['bytes'])} / {num(mutable and mutable['bytes'])} / {num(cow and cow['bytes'])} |")
for n in sizes:
    submit = get("QuestionsBenchmark", "submitQuestion", participants=n)
    dismiss = get("QuestionsBenchmark", "dismissQuestion", participants=n)
    mutable = get("QuestionsBenchmark", "submitThenDismiss_mutable", participants=n)
    cow = get("QuestionsBenchmark", "submitThenDismiss_copyOnWrite", participants=n)
    if submit is None or dismiss is None:
        continue
    mean = (submit["score"] + dismiss["score"]) / 2
    mean_bytes = (submit["bytes"] + dismiss["bytes"]) / 2 if submit["bytes"] and dismiss["bytes"] else None
    out.append(
        f"| submit + dismiss question (livestage: mean of the two single commands) | {n:,} | {num(mean)} | "
        f"{pm(mutable)} | {pm(cow)} | {ratio(mean, mutable and mutable['score'])} | "
        f"{ratio(cow and cow['score'], mean, 0)} | "
        f"{num(mean_bytes)} / {num(mutable and mutable['bytes'])} / {num(cow and cow['bytes'])} |")

out.append("\n### Facade with in-memory adapters (hand commands, room of 1,000)\n")
out.append("| implementation | threads, rooms | commands/s (± 99.9% CI) | vs 1 thread | B/op |")
out.append("|---|---|---:|---:|---:|")
for impl in ["livestage", "mutable", "copyOnWrite"]:
    one = get("FacadeBenchmark", "oneThread", implementation=impl, roomSize=1000)
    for method, label in [("oneThread", "1 thread"), ("twoThreadsDistinctRooms", "2 threads, distinct rooms"),
                          ("twoThreadsOneRoom", "2 threads, one room")]:
        r = get("FacadeBenchmark", method, implementation=impl, roomSize=1000)
        if r is None:
            continue
        vs = ratio(r["score"], one and one["score"], 2) if method != "oneThread" else ""
        out.append(f"| {impl} | {label} | {pm(r)} | {vs} | {num(r['bytes'])} |")

out.append("\n### Replay (200,000 events folded from nothing)\n")
out.append("| implementation | participants | events/s (± 99.9% CI) | B/event |")
out.append("|---|---:|---:|---:|")
for n in sizes + [1000]:
    for impl in ["livestage", "mutable"]:
        r = get("ReplayBenchmark", impl, participants=n)
        if r is not None and f"| {impl} | {n:,} |" not in "\n".join(out):
            out.append(f"| {impl} | {n:,} | {pm(r)} | {num(r['bytes'])} |")

out.append("\n### Building an audience by joins (single shot, per join)\n")
out.append("| implementation | members joined | ns per join (± 99.9% CI) | whole build, ms | joins/s | B per join |")
out.append("|---|---:|---:|---:|---:|---:|")
for impl, members in [("livestage", 100_000), ("mutable", 100_000), ("copyOnWrite", 10_000)]:
    r = get("AudienceBuildBenchmark", impl)
    if r is not None:
        out.append(f"| {impl} | {members:,} | {pm(r)} | {num(r['score'] * members / 1e6)} | {num(ops(r))} | "
                   f"{num(r['bytes'])} |")

print("\n".join(out))
