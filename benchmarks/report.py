"""Summaries and the printed table of an ingest benchmark run (the JSON holds the same)."""

from __future__ import annotations

import statistics
from typing import Any

BUILD_GOAL = 0.8  # sourcebook build throughput, at least this share of the bare baseline
SEARCH_GOAL = 1.25  # sourcebook search p95, at most this multiple of bare FTS5
RSS_GOAL = 1.2  # peak RSS at the largest size, at most this multiple of the smallest size's


def latency_summary(latencies: list[float], hits: list[int], kinds: list[str]) -> dict[str, Any]:
    def cut(values: list[float]) -> dict[str, float]:
        if len(values) < 2:
            return {"p50": values[0] if values else 0.0, "p95": values[0] if values else 0.0}
        q = statistics.quantiles(values, n=100, method="inclusive")
        return {"p50": q[49], "p95": q[94]}

    by_kind = {
        kind: cut([ms for ms, k in zip(latencies, kinds, strict=True) if k == kind])
        for kind in sorted(set(kinds))
    }
    return {
        **cut(latencies),
        "mean": statistics.fmean(latencies),
        "max": max(latencies),
        "queries": len(latencies),
        "zero_hit_queries": sum(1 for h in hits if h == 0),
        "mean_hits": statistics.fmean(hits),
        "by_kind": by_kind,
    }


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def add_ratios(size_result: dict[str, Any]) -> None:
    build, search = size_result["build"], size_result["search"]
    for row in build.values():
        row["ratio"] = _ratio(row["docs_per_s"], build["baseline"]["docs_per_s"])
        row["cpu_ratio"] = _ratio(build["baseline"]["cpu_ms_per_doc"], row["cpu_ms_per_doc"])
    for row in search.values():
        row["p50_ratio"] = _ratio(row["p50"], search["baseline"]["p50"])
        row["p95_ratio"] = _ratio(row["p95"], search["baseline"]["p95"])


def goals(sizes: dict[str, dict[str, Any]], systems: list[str]) -> list[dict[str, Any]]:
    keys = sorted(sizes, key=int)
    small, large = keys[0], keys[-1]
    out = []
    built = bool(sizes[large]["build"])
    for system in systems if built else []:
        ratio = sizes[large]["build"][system]["ratio"]
        out.append(
            {
                "goal": f"build throughput >= {BUILD_GOAL}x baseline",
                "size": int(large),
                "system": system,
                "value": ratio,
                "met": ratio >= BUILD_GOAL,
            }
        )
    for system in systems:
        ratio = sizes[large]["search"][system]["p95_ratio"]
        out.append(
            {
                "goal": f"search p95 <= {SEARCH_GOAL}x bare FTS5",
                "size": int(large),
                "system": system,
                "value": ratio,
                "met": ratio <= SEARCH_GOAL,
            }
        )
    if small != large and built:
        for system in ["baseline", *systems]:
            for field in ("rss_self_mb", "rss_children_mb", "pss_tree_peak_mb"):
                a = sizes[small]["build"][system][field]
                b = sizes[large]["build"][system][field]
                if a == 0 and b == 0:
                    continue
                ratio = _ratio(b, a)
                out.append(
                    {
                        "goal": f"peak RSS {int(large):,}/{int(small):,} docs <= {RSS_GOAL}x "
                        f"({field})",
                        "size": int(large),
                        "system": system,
                        "value": ratio,
                        "met": ratio <= RSS_GOAL,
                    }
                )
    return out


def _mb(value: float) -> str:
    return f"{value:,.0f}" if value else "-"


def table(result: dict[str, Any]) -> str:
    meta, sizes = result["meta"], result["sizes"]
    lines = [
        f"sourcebook ingest benchmark  {meta['started']}  commit {meta['commit']}"
        f"{' + uncommitted changes (working tree)' if meta['dirty'] else ''}",
        f"seed {meta['seed']}, HTML share {meta['html_share']:.0%}, {meta['queries']} queries, "
        f"{meta['cpus']} CPUs, load average at start {meta['load_average']}",
        f"python {meta['python']}, SQLite {meta['sqlite']}, trafilatura {meta['trafilatura']}",
        "vs base: docs/s ratio (wall time); CPU vs base: baseline CPU ms/doc over this one's, "
        "all processes counted",
    ]
    if any(data["build"] for data in sizes.values()):
        lines += [
            "",
            "BUILD (ingest)        docs  corpus MB  seconds    docs/s   MB/s  vs base"
            "  CPU ms/doc  CPU vs base  RSS main  RSS worker  PSS tree  DB MB",
        ]
    for size, data in sorted(sizes.items(), key=lambda kv: int(kv[0])):
        for system, row in data["build"].items():
            lines.append(
                f"{system:<16}{int(size):>10,} {data['corpus']['bytes'] / 1e6:>10,.1f}"
                f" {row['seconds']:>8,.1f} {row['docs_per_s']:>9,.1f} {row['mb_per_s']:>6.2f}"
                f" {row['ratio']:>7.3f}x {row['cpu_ms_per_doc']:>11.2f} {row['cpu_ratio']:>11.3f}x"
                f" {_mb(row['rss_self_mb']):>9} {_mb(row['rss_children_mb']):>11}"
                f" {_mb(row['pss_tree_peak_mb']):>9} {row['db_mb']:>6,.0f}"
            )
    lines += [
        "",
        f"SEARCH ({meta['queries']} queries with snippets; each query's median of "
        f"{meta.get('search_passes', 1)} interleaved passes)",
        f"{'':<33}      docs   p50 ms   p95 ms  mean ms   max ms  p50 vs base  p95 vs base  zero-hit",
    ]
    for size, data in sorted(sizes.items(), key=lambda kv: int(kv[0])):
        for system, row in data["search"].items():
            label = "baseline (bare FTS5)" if system == "baseline" else f"{system} (its DB)"
            lines.append(
                f"{label:<33}{int(size):>10,} {row['p50']:>8.2f} {row['p95']:>8.2f}"
                f" {row['mean']:>8.2f} {row['max']:>8.1f} {row['p50_ratio']:>11.2f}x"
                f" {row['p95_ratio']:>11.2f}x {row['zero_hit_queries']:>9}"
            )
    largest = max(sizes, key=int)
    kinds = sizes[largest]["search"]["baseline"]["by_kind"]
    lines += ["", f"SEARCH p50 / p95 ms by query kind at {int(largest):,} docs"]
    lines.append(f"{'':<20}" + "".join(f"{kind:>16}" for kind in kinds))
    for system, row in sizes[largest]["search"].items():
        lines.append(
            f"{system:<20}"
            + "".join(
                f"{row['by_kind'][k]['p50']:>7.1f} /{row['by_kind'][k]['p95']:>7.1f}" for k in kinds
            )
        )
    lines += ["", "GOALS"]
    for goal in result["goals"]:
        lines.append(
            f"{'met   ' if goal['met'] else 'MISSED'}  {goal['goal']:<58} {goal['system']:<15}"
            f" {goal['value']:.3f}x  (at {goal['size']:,} docs)"
        )
    for note in result.get("notes", []):
        lines.append(f"note: {note}")
    return "\n".join(lines)
