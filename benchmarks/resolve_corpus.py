"""Generate a news corpus whose corpus-level answers are known: entities, claims, quotes, relays.

    .venv/bin/python benchmarks/resolve_corpus.py OUT_DIR [--documents 2000] [--seed 1]

The resolver (entities across documents, quote and claim clusters, verdicts, independent
sources) needs gold at a scale no hand-made corpus reaches. Each story is one invented event
with one true count: an agency writes it first; other outlets syndicate it word for word,
rewrite it ("Meridian Wire reported") or report it themselves in other words ("at least 200",
"between 200 and 350"); in some stories an organisation denies it with a figure that fits
none of the others. People recur across stories under varied spellings, and many share a
surname. Texts go to OUT_DIR/documents/<outlet>_<story>_<YYYY-MM-DD>.txt (ingest reads the
date from the name); OUT_DIR/gold.json says what a perfect resolver produces (see its
`_comment`). Same seed and size, same bytes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import time
from pathlib import Path
from typing import Any

try:
    from benchmarks import resolve_corpus_words as words
    from benchmarks.resolve_corpus_text import Doc, Para, Writer
    from benchmarks.resolve_corpus_words import fold, people, slug
except ImportError:  # run as a script: benchmarks/ is on sys.path, the repository root is not
    import resolve_corpus_words as words  # type: ignore[no-redef]
    from resolve_corpus_text import Doc, Para, Writer  # type: ignore[no-redef]
    from resolve_corpus_words import fold, people, slug  # type: ignore[no-redef]

Figure = tuple[str, int | None, int | None, str | None]  # text, value_low, value_high, qualifier


def _forms(rng: random.Random, v: int) -> list[Figure]:
    """Ways a paper states a true count v, each as sourcebook reads it; the exact one first."""
    step = 10 ** (len(str(v)) - 1)
    step //= 2 if step > 1 and rng.random() < 0.5 else 1
    low, high = (v - 1) // step * step or v - 1, -(-(v + 1) // step) * step
    forms: list[Figure] = [
        (f"{v:,}", v, v, None),
        (f"at least {low:,}", low, None, "at least"),
        (f"more than {low:,}", low, None, "more than"),
        (f"between {low:,} and {high:,}", low, high, "between"),
    ]
    if 0.8 * high <= v < high:
        forms.append((f"nearly {high:,}", None, high, "nearly"))
    return forms


def _interval(claim: dict[str, Any]) -> tuple[float, float]:
    """The counts a claim allows, as the gold reads it (see words.GOLD_COMMENT)."""
    low, high, qualifier = claim["value_low"], claim["value_high"], claim["qualifier"]
    if qualifier == "more than":
        return low + 1, float("inf")
    if qualifier == "nearly":
        return -(-high * 4 // 5), high - 1
    return (float("-inf") if low is None else low), (float("inf") if high is None else high)


def _verdict(claims: list[dict[str, Any]]) -> str:
    if len(claims) == 1:
        return "single"
    if len({(c["value_low"], c["value_high"], c["qualifier"]) for c in claims}) == 1:
        return "agree"
    lows, highs = zip(*map(_interval, claims), strict=True)
    return "compatible" if max(lows) <= min(highs) else "conflict"


class Story:
    """One event and every document about it, in the order they appeared."""

    def __init__(self, corpus: Corpus, number: int):
        self.rng = rng = corpus.rng
        self.entity, self.entities = corpus.entity, corpus.entities
        self.kind_name = rng.choice(sorted(words.KINDS))
        self.kind = kind = words.KINDS[self.kind_name]
        self.place = place = rng.choice(corpus.places)
        self.id = f"{self.kind_name}-{slug(place)}-{number:05d}"
        self.place_id = self.entity("place", place, type="GPE")
        org = str(kind["org"]).format(place=place)
        self.org_id = self.entity(
            "org", org, type="ORG", acronym="".join(w[0] for w in org.split())
        )
        self.official = rng.choice([p for p in corpus.people if p.title])
        surname = self.official.spellings[0][1]
        self.spokes = rng.choice(
            [p for p in corpus.people if not p.title and surname not in p.name]
        )
        for _ in range(50):  # a statement no other story in this place made
            self.statement = (
                rng.choice(words.QUOTE_OPENINGS).format(place=place),
                rng.choice(words.QUOTE_PROMISES),
            )
            if self.statement not in corpus.statements:
                break
        corpus.statements.add(self.statement)
        self.v = rng.randint(*kind["range"])  # type: ignore[misc]
        self.v2 = rng.randint(*kind["range2"]) if rng.random() < 0.7 else None  # type: ignore[misc]
        self.v2 = None if self.v2 == self.v else self.v2  # one text, one claim, per document
        self.day = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 540))
        self.weekday = self.day.strftime("%A")
        self.stated: list[
            dict[str, Any]
        ] = []  # the claims of the main count, for a denial to contradict

    def docs(self) -> list[Doc]:
        """An original, then syndicated copies, rewrites, independent reports and maybe a denial."""
        rng = self.rng
        solo = rng.random() < 0.06
        plan = rng.choices(["agree", "compatible", "conflict"], [0.3, 0.45, 0.25])[0]
        counts = [0, 0, 0] if solo else [rng.randint(0, 3), rng.randint(1, 5), rng.randint(1, 3)]
        agency = rng.choice(words.AGENCIES)
        outlets = iter(rng.sample([o for o in words.OUTLETS if o != agency], sum(counts) + 1))
        forms = _forms(rng, self.v)
        origin_fig = forms[0] if plan == "agree" else rng.choice(forms)
        origin = self.doc("original", agency, 0, self.body("original", origin_fig, None, "full"))
        made = [origin]
        for _ in range(counts[0]):
            paras = origin.paras[2:-1]
            paras = paras[: len(paras) - (rng.random() < 0.3)]  # some drop the last paragraph
            made.append(self.doc("syndicated", next(outlets), rng.randint(0, 1), paras, origin))
            made[-1].near_duplicate_of = origin.file
        for _ in range(counts[1]):
            target = rng.choice([d for d in made if d.role in ("original", "rewrite")])
            variant = rng.choice(["full", "truncated", "reworded", "reworded-truncated"])
            paras = self.body("rewrite", origin_fig, target.outlet_name, variant)
            made.append(self.doc("rewrite", next(outlets), rng.randint(0, 2), paras, target))
        for _ in range(counts[2]):
            fig = forms[0] if plan == "agree" else rng.choice(forms)
            paras = self.body(
                "independent", fig, None, rng.choice(["full", "truncated", "reworded"])
            )
            made.append(self.doc("independent", next(outlets), rng.randint(0, 2), paras))
        if plan == "conflict" and not solo:
            denied = max(1, int(min(_interval(c)[0] for c in self.stated)) // 3)
            made.append(self.doc("denial", next(outlets), rng.randint(1, 2), self.denial(denied)))
        return made

    def claim(self, fig: Figure, claimant: str, second: bool = False) -> dict[str, Any]:
        measure = str(self.kind["measure2" if second else "measure"])
        subject = f"{measure} in the {self.place} {self.kind['event']}"
        text, low, high, qualifier = fig
        cluster = f"{self.id}/{'second' if second else 'primary'}"
        claim = dict(text=text, value_low=low, value_high=high, qualifier=qualifier, unit=None,
                     measure=measure, subject=subject, claimant=claimant, cluster=cluster)  # fmt: skip
        self.stated += [] if second else [claim]
        return claim

    def doc(
        self, role: str, outlet: str, offset: int, paras: list[Para], relays: Doc | None = None
    ) -> Doc:
        published = self.day + datetime.timedelta(days=offset)
        outlet_id = self.entity("outlet", outlet, type="ORG")
        head = [Para(f"{outlet} - {self.rng.choice(words.SECTIONS)}", {(outlet_id, outlet)})]
        headline = self.rng.choice(words.HEADLINES).format(
            place=self.place, event=self.kind["event"]
        )
        head.append(Para(headline[0].upper() + headline[1:], {(self.place_id, self.place)}))
        tail = Para(f"© {published.year} {outlet}", {(outlet_id, outlet)})
        if role == "syndicated" and relays:
            tail = Para(
                f"This story was provided by {relays.outlet_name}.",
                {(relays.outlet, relays.outlet_name)},
            )
        file = f"{slug(outlet)}_{self.id}_{published.isoformat()}.txt"
        relayed = relays.file if relays else None
        return Doc(
            file, self.id, role, outlet_id, outlet, published, head + paras + [tail], relayed
        )

    def body(self, role: str, fig: Figure, relay: str | None, variant: str) -> list[Para]:
        """Lead with the figure, the spokesperson's statement, maybe the second count, background."""
        rng, w = self.rng, Writer(self.rng, self.entities)
        text = fig[0][0].upper() + fig[0][1:]
        lead = str(self.kind["lead"]).format(fig=text, place=w.name(self.place_id, self.place))
        if relay:
            said = f"{w.name(self.entity('outlet', relay), relay)} reported on {self.weekday}"
            w.para.claims.append(self.claim((text, *fig[1:]), self.entity("outlet", relay)))
        else:
            lead = f"{w.name(self.place_id, self.place.upper())} — {lead}"
            verb = "said" if role == "original" else "told reporters"
            said = f"{w.person(self.official)} {verb} on {self.weekday}"
            w.para.claims.append(self.claim((text, *fig[1:]), self.official.id))
        paras = [w.add(f"{lead}, {said}.")]
        quoted, variant = self.quote(variant)
        w.name(self.place_id, self.place)  # every statement names the place
        w.para.quotes.append(
            dict(text=quoted, speaker=self.spokes.id, variant=variant, cluster=f"{self.id}/quote")
        )
        org = w.org(self.org_id, define=rng.random() < 0.5)
        whose = f"said {w.person(self.spokes)}, a spokesperson for {org}"
        cited = f", according to {w.name(self.entity('outlet', relay), relay)}" if relay else ""
        paras.append(w.add(f'"{quoted}," {whose}{cited}.'))
        if self.v2 is not None and (role == "original" or rng.random() < 0.5):
            figure = f"{self.v2:,}"
            w.para.claims.append(
                self.claim((figure, self.v2, self.v2, None), self.org_id, second=True)
            )
            second = str(self.kind["second"]).format(fig=figure)
            paras.append(w.add(f"{second}, according to {w.org(self.org_id)}."))
        fill = rng.sample(words.FILLER, 4) + ["{official} is expected to visit {place} this week."]
        paras += [self.filler(w, fill[:2]), self.filler(w, fill[2:])]
        return paras

    def quote(self, variant: str) -> tuple[str, str]:
        """The statement as one paper carries it: whole, cut after its first clause, or reworded."""
        opening, promise = self.statement
        text = opening if "truncated" in variant else f"{opening}, {promise}"
        if "reworded" in variant:
            for old, new in self.rng.sample(words.REWORDINGS, len(words.REWORDINGS)):
                if old in text:
                    return text.replace(old, new, 1), variant
            variant = variant.replace("reworded-", "").replace("reworded", "full")
        return text, variant

    def filler(self, w: Writer, sentences: list[str]) -> Para:
        text = " ".join(sentences)
        org = w.org(self.org_id)[4:] if "{org}" in text else ""
        place = w.name(self.place_id, self.place) if "{place}" in text else ""
        official = w.person(self.official) if "{official}" in text else ""
        return w.add(text.format(place=place, org=org, official=official))

    def denial(self, denied: int) -> list[Para]:
        w = Writer(self.rng, self.entities)
        w.para.claims.append(self.claim((f"{denied:,}", denied, denied, None), self.org_id))
        who = w.org(self.org_id)
        text = (
            f"{w.name(self.place_id, self.place.upper())} — {who[0].upper()}{who[1:]} said on "
            f"{self.weekday} that {denied:,} {self.kind['noun']}, rejecting what it called "
            "exaggerated reports."
        )
        return [w.add(text), w.add(f"{w.person(self.official)} did not comment on the figure.")]


class Corpus:
    """Stories written one after another until there are enough documents; then the answers."""

    def __init__(self, documents: int, seed: int):
        self.rng = random.Random(seed)
        self.people = people(self.rng, max(40, documents // 8))
        self.entities: dict[str, dict[str, Any]] = {}
        for p in self.people:
            surname = p.spellings[0][1]
            self.entities[p.id] = dict(id=p.id, name=p.name, type="PERSON", surname=surname)
        places = [head + tail for head in words.PLACE_HEADS for tail in words.PLACE_TAILS]
        self.rng.shuffle(places)
        self.places = places[: max(20, documents // 40)]
        self.statements: set[tuple[str, str]] = set()
        self.docs: list[Doc] = []
        stories = 0
        while len(self.docs) < documents:
            self.docs += Story(self, stories).docs()
            stories += 1
        del self.docs[documents:]
        self.relays = {d.file: d.relays for d in self.docs}

    def entity(self, kind: str, name: str, **extra: str) -> str:
        entity_id = f"{kind}-{slug(name)}"
        self.entities.setdefault(entity_id, {"id": entity_id, "name": name, **extra})
        return entity_id

    def texts(self) -> dict[str, str]:
        return {d.file: "\n\n".join(p.text for p in d.paras) + "\n" for d in self.docs}

    def gold(self) -> dict[str, Any]:
        """The answers, read off the documents as written (the last story may be cut short)."""
        claims: list[dict[str, Any]] = []
        quotes: list[dict[str, Any]] = []
        seen: dict[str, dict[tuple[str, str], None]] = {}
        for d in self.docs:
            for para in d.paras:
                for c in para.claims:
                    claims.append({"id": f"c{len(claims) + 1:06d}", "file": d.file, **c})
                for q in para.quotes:
                    quotes.append({"id": f"q{len(quotes) + 1:06d}", "file": d.file, **q})
                for entity_id, surface in para.names:
                    seen.setdefault(entity_id, {})[(d.file, surface)] = None
        grouped: dict[str, list[dict[str, Any]]] = {}
        in_file: dict[str, list[dict[str, Any]]] = {}
        for c in claims:
            grouped.setdefault(c["cluster"], []).append(c)
            in_file.setdefault(c["file"], []).append(c)
        clusters = [
            self.cluster(cid, members, _verdict(members), members[0]["subject"])
            for cid, members in grouped.items()
        ]
        for d in self.docs:  # an original giving both counts of its event
            pair = in_file.get(d.file, [])
            if d.role == "original" and len(pair) == 2:
                event = pair[0]["subject"].split(" in the ", 1)[1]
                subject = f"{pair[0]['measure']} vs {pair[1]['measure']} in the {event}"
                clusters.append(
                    self.cluster(f"{d.story}/measures", pair, "differing-measure", subject)
                )
        quote_clusters: dict[str, dict[str, Any]] = {}
        for q in quotes:
            story = q["cluster"].split("/")[0]
            new = {"id": q["cluster"], "story": story, "speaker": q["speaker"], "members": []}
            quote_clusters.setdefault(q["cluster"], new)["members"].append(q["id"])
        entities = []
        for entity_id, pairs in sorted(seen.items()):
            entity = {
                k: v for k, v in self.entities[entity_id].items() if k in ("id", "name", "type")
            }
            entity["aliases"] = sorted({surface for _, surface in pairs})
            entity["occurrences"] = sorted(pairs)
            entities.append(entity)
        return {
            "_comment": words.GOLD_COMMENT,
            "documents": {d.file: d.meta() for d in self.docs},
            "entities": entities,
            "confusables": self.confusables(seen),
            "claims": claims,
            "claim_clusters": clusters,
            "quotes": quotes,
            "quote_clusters": list(quote_clusters.values()),
        }

    def root(self, file: str) -> str:
        """Where a document's story reached it from: follow what it copies or cites to the end."""
        while self.relays[file]:
            file = self.relays[file]  # type: ignore[assignment]
        return file

    def cluster(
        self, cid: str, members: list[dict[str, Any]], verdict: str, subject: str
    ) -> dict[str, Any]:
        """A claim cluster with its sources and their relay-graph roots (the independent ones)."""
        sources = sorted({c["file"] for c in members})
        roots = sorted({self.root(f) for f in sources})
        note = "; ".join(sorted({c["text"].lower() for c in members}))
        if len(roots) == 1 and verdict != "differing-measure":
            verdict = "single"  # copies of one report: one source, however many print it
        return dict(id=cid, story=cid.split("/")[0], subject=subject, verdict=verdict,
                    members=[c["id"] for c in members], sources=sources, roots=roots,
                    independent_sources=len(roots), note=note)  # fmt: skip

    def confusables(self, seen: dict[str, Any]) -> list[dict[str, Any]]:
        """Entities in the corpus that share a surname (diacritics folded) or an acronym."""
        groups: dict[tuple[str, str], list[str]] = {}
        for entity_id in sorted(seen):
            entity = self.entities[entity_id]
            if "surname" in entity:
                groups.setdefault(("surname", fold(entity["surname"])), []).append(entity_id)
            if "acronym" in entity:
                groups.setdefault(("acronym", entity["acronym"]), []).append(entity_id)
        return [
            dict(key=key, why=why, entities=ids)
            for (why, key), ids in sorted(groups.items())
            if len(ids) > 1
        ]


def write(out: Path, documents: int = 2000, seed: int = 1) -> dict[str, Any]:
    """Write the texts into `out`/documents and the answers into `out`/gold.json; return the gold.

    gold.json sits beside the documents, not among them, so `sourcebook build OUT/documents`
    reads only the corpus.
    """
    corpus = Corpus(documents, seed)
    folder = out / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    texts = corpus.texts()
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
    gold = corpus.gold()
    gold["words"] = sum(len(text.split()) for text in texts.values())
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for documents/ and gold.json")
    parser.add_argument("--documents", type=int, default=2000, help="how many (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    started = time.perf_counter()
    gold = write(args.out, args.documents, args.seed)
    print(
        f"{len(gold['documents']):,} documents, {gold['words']:,} words, "
        f"{len(gold['entities']):,} entities, {len(gold['claim_clusters']):,} claim clusters, "
        f"{len(gold['quote_clusters']):,} quote clusters ({time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
