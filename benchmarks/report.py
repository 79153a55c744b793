#!/usr/bin/env python3
"""Turns a JMH JSON result (java -jar benchmarks.jar ... -prof gc -rf json -rff result.json) into the markdown
tables of docs/benchmarks.md, with the ratios to the baselines and to the targets of issue 6.

Usage: python3 benchmarks/report.py [--memory retained.txt] result.json [more.json ...]
(later files override earlier ones; --memory reads the output of RetainedMemory for the memory target)
"""
import json
import re
import sys

args = sys.argv[1:]
memory = None
if args and args[0] == "--memory":
    memory, args = args[1], args[2:]

results = {}
for path in args:
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


def summary():
    rows = ["| target | measured | verdict |", "|---|---|---|"]
    hand_role = [("HandsBenchmark", "raiseHand", "raise hand"), ("HandsBenchmark", "lowerHand", "lower hand"),
                 ("RolesBenchmark", "promote", "promote"), ("RolesBenchmark", "demote", "demote")]
    big = [(label, get(c, m, participants=100000)) for c, m, label in hand_role]
    if all(r for _, r in big):
        text = "; ".join(f"{label} {num(ops(r) / 1e6, 2)} M" for label, r in big)
        rows.append(f"| decider at 100,000: ≥ 2,000,000 commands/s, hand and role commands | {text} | "
                    f"{hit(all(ops(r) >= 2e6 for _, r in big))} |")
    growth = [(label, get(c, m, participants=100000), get(c, m, participants=10)) for c, m, label in hand_role]
    if all(a and b for _, a, b in growth):
        text = "; ".join(f"{label} {a['score'] / b['score']:.2f}×" for label, a, b in growth)
        rows.append(f"| cost at 100,000 ≤ 2.5 × cost at 10 (hand and role) | {text} | "
                    f"{hit(all(a['score'] / b['score'] <= 2.5 for _, a, b in growth))} |")
    role = [(label, get("RolesBenchmark", m, participants=100000), get("RolesBenchmark", m, participants=10))
            for m, label in [("promote", "promote"), ("demote", "demote")]]
    if all(a and b and a["bytes"] and b["bytes"] for _, a, b in role):
        text = "; ".join(f"{label} {num(a['bytes'])} B vs {num(b['bytes'])} B = {a['bytes'] / b['bytes']:.2f}×"
                         for label, a, b in role)
        rows.append(f"| role changed (broadcast) allocates at 100,000 ≤ 1.2 × at 10 | {text} | "
                    f"{hit(all(a['bytes'] / b['bytes'] <= 1.2 for _, a, b in role))} |")
    one = get("FacadeBenchmark", "oneThread", implementation="livestage", roomSize=1000)
    if one:
        rows.append(f"| facade, one thread: ≥ 500,000 commands/s | {pm(one)} commands/s | "
                    f"{hit(one['score'] >= 5e5)} |")
        two = get("FacadeBenchmark", "twoThreadsDistinctRooms", implementation="livestage", roomSize=1000)
        if two:
            rows.append(f"| facade, two threads on distinct rooms: ≥ 1.6 × one thread | {pm(two)} commands/s = "
                        f"{two['score'] / one['score']:.2f}× | {hit(two['score'] / one['score'] >= 1.6)} |")
    replays = [(n, get("ReplayBenchmark", "livestage", participants=n)) for n in (10, 1000, 100000)]
    replays = [(n, r) for n, r in replays if r]
    if replays:
        text = "; ".join(f"{n:,} participants {num(r['score'] / 1e6, 2)} M" for n, r in replays)
        rows.append(f"| replay ≥ 5,000,000 events/s | {text} | {hit(all(r['score'] >= 5e6 for _, r in replays))} |")
    if memory:
        found = re.search(r"livestage Room .*?retained per member: ([\d.]+) B", open(memory).read())
        if found:
            rows.append(f"| ≤ 200 B retained per audience member (12-character ids) | {found.group(1)} B | "
                        f"{hit(float(found.group(1)) <= 200)} |")
    pair_names = [("HandsBenchmark", "raiseThenLower"), ("RolesBenchmark", "promoteThenDemote"),
                  ("PresenceBenchmark", "joinThenLeave"), ("MixedAmaBenchmark", "mixed")]
    vs_mutable, vs_cow = [], []
    for cls, prefix in pair_names:
        for n in (10, 1000, 100000):
            live = get(cls, prefix + "_livestage", participants=n)
            mutable = get(cls, prefix + "_mutable", participants=n)
            cow = get(cls, prefix + "_copyOnWrite", participants=n)
            if live and mutable:
                vs_mutable.append((prefix, n, live["score"] / mutable["score"]))
            if live and cow and n == 100000:
                vs_cow.append((prefix, cow["score"] / live["score"]))
    if vs_mutable:
        low, high = min(r for *_, r in vs_mutable), max(r for *_, r in vs_mutable)
        rows.append(f"| ≤ 2 × the mutable baseline's time per command | {low:.1f}× to {high:.1f}× "
                    f"(pairs and mixed workload, 10 and 100,000) | {hit(high <= 2)} |")
    if vs_cow:
        low = min(r for _, r in vs_cow)
        rows.append(f"| ≥ 100 × faster than copy-on-write at 100,000 | {num(low)}× or more | {hit(low >= 100)} |")
    return rows


sizes = sorted({int(dict(k[2]).get("participants", 0)) for k in results if "participants" in dict(k[2])})
out = ["### Summary\n"] + summary() + [""]

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
