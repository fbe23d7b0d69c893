"""Score boilerplate removal on the two main-text benchmarks, for HTML and pasted-text input.

Run `python -m evaluation.boilerplate [--limit N]`. For each benchmark it prints precision,
recall and F1 (with the metric its README describes) of:
  html:   plain trafilatura (defaults) vs sourcebook's HTML cleaner
  pasted: the whole page as a browser would copy it vs sourcebook's `clean_pasted`
on all pages, on the dev half (even indexes, used for tuning and training) and on the held-out
half (odd indexes, never looked at while tuning), next to the published anchor figures.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Iterator
from multiprocessing import Pool

import trafilatura

from evaluation.datasets import (
    SCRAPINGHUB,
    TRAFILATURA,
    Page,
    available,
    datasets_dir,
    scrapinghub_pages,
    trafilatura_pages,
)
from evaluation.metrics.boilerplate import (
    Scores,
    macro_prf,
    micro_prf,
    normalise_space,
    segment_counts,
    shingle_counts,
)
from sourcebook.ingest.clean.charset import decode_html
from sourcebook.ingest.clean.html import extract_page
from sourcebook.ingest.clean.pasted import clean_pasted
from sourcebook.ingest.clean.render import render_text

SYSTEMS = ("html:trafilatura", "html:sourcebook", "pasted:whole-page", "pasted:sourcebook")
ANCHORS = {
    SCRAPINGHUB: "trafilatura 2.0.0 F1 0.958; AutoExtract 0.970; html-text (all text) 0.665",
    TRAFILATURA: "trafilatura 2.2.0 F1 0.924; html_text (all text) 0.691",
}
MIN_PARAGRAPH = 80  # gold paragraphs at least this long are checked for being kept whole


def run_page(page: Page) -> tuple[int, dict[str, str], float]:
    """Outputs of the four systems on one page, and the time clean_pasted took."""
    text, _ = decode_html(page.html)
    rendered = render_text(text)
    start = time.perf_counter()
    pasted, _ = clean_pasted(rendered)
    took = time.perf_counter() - start
    outputs = {
        "html:trafilatura": trafilatura.extract(text) or "",
        "html:sourcebook": extract_page(text).text,
        "pasted:whole-page": rendered,
        "pasted:sourcebook": pasted,
    }
    return page.index, outputs, took


def _scores(
    name: str, pages: list[Page], outputs: dict[int, dict[str, str]], system: str
) -> Iterator[tuple[str, Scores]]:
    """(split, scores) of one system on all pages, the dev half and the held-out half."""
    splits = (
        ("all", pages),
        ("dev", [p for p in pages if p.dev]),
        ("held-out", [p for p in pages if not p.dev]),
    )
    for split, chosen in splits:
        if name == SCRAPINGHUB:
            yield (
                split,
                macro_prf([shingle_counts(outputs[p.index][system], p.body or "") for p in chosen]),
            )
        else:
            yield (
                split,
                micro_prf(
                    [segment_counts(outputs[p.index][system], p.with_, p.without) for p in chosen]
                ),
            )


def paragraph_keep_rate(pages: list[Page], outputs: dict[int, dict[str, str]]) -> float:
    """Share of gold paragraphs (>= MIN_PARAGRAPH chars) that clean_pasted kept whole."""
    kept = total = 0
    for page in pages:
        flat = normalise_space(outputs[page.index]["pasted:sourcebook"])
        for paragraph in (page.body or "").split("\n"):
            if len(paragraph.strip()) >= MIN_PARAGRAPH:
                total += 1
                kept += normalise_space(paragraph) in flat
    return kept / total if total else 1.0


def evaluate(name: str, pages: list[Page], workers: int) -> None:
    with Pool(workers) as pool:
        results = list(pool.imap(run_page, pages, chunksize=4))
    outputs = {index: out for index, out, _ in results}
    times = sorted(took for _, _, took in results)
    print(f"\n{name}: {len(pages)} pages   published: {ANCHORS[name]}")
    print(f"{'system':20} {'split':9} {'P':>6} {'R':>6} {'F1':>6}")
    for system in SYSTEMS:
        for split, s in _scores(name, pages, outputs, system):
            print(f"{system:20} {split:9} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    print(
        f"clean_pasted time per page: median {statistics.median(times) * 1000:.1f} ms, "
        f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.1f} ms"
    )
    if name == SCRAPINGHUB:
        for split, chosen in (("all", pages), ("held-out", [p for p in pages if not p.dev])):
            rate = paragraph_keep_rate(chosen, outputs)
            print(
                f"gold paragraphs (>= {MIN_PARAGRAPH} chars) kept whole by clean_pasted, "
                f"{split}: {rate:.3f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    args = parser.parse_args()
    for name, loader in ((SCRAPINGHUB, scrapinghub_pages), (TRAFILATURA, trafilatura_pages)):
        if not available(name):
            print(f"\n{name}: not found under {datasets_dir()} (set SOURCEBOOK_DATASETS); skipped")
            continue
        evaluate(name, list(loader(args.limit)), args.workers)


if __name__ == "__main__":
    main()
