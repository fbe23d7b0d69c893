"""Which documents the corpus steps look at again after new documents arrive.

Clusters link documents that tell of one event, and events are close in time: a figure joins
another only within days (`claim_clusters.EVENT_DAYS`), a quote a statement within weeks
(`quote_clusters.QUOTE_DAYS`). Figures of one event also share a person, a place or a body.
So new documents can change only the facts of documents published within days of them that
share one of those (`around`, `related`), and only the statements of quotes within weeks that
share their words (`quote_clusters.related_quotes`): those claims and quotes are clustered
again, with every claim and quote of a cluster they belong to, and every other cluster stays
as stored. Undated documents cannot be placed in time and are always read again. Entities are
not scoped: they are resolved over distinct names, which costs little whatever the corpus's
size.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Collection, Iterable, Mapping

from sourcebook.text.isodate import first_day

#: Above this share of the corpus new, a whole run costs about the same and is simpler.
WHOLE_SHARE = 0.25

Outline = Iterable[tuple[str, str | None, str | None, str | None]]


def around(outline: Outline, touched: Collection[str], days: int) -> set[str]:
    """The touched documents, every document published within `days` of one, and every
    undated one."""
    dates = {doc_id: first_day(published) for doc_id, published, _, _ in outline}
    anchors = sorted({d for doc_id in touched if (d := dates.get(doc_id)) is not None})
    reach = datetime.timedelta(days=days)
    found = set(touched)
    for doc_id, day in dates.items():
        if day is None or _near(day, anchors, reach):
            found.add(doc_id)
    return found


def related(
    window: Collection[str], touched: Collection[str], involved: Mapping[str, frozenset[str]]
) -> set[str]:
    """Of the documents in `window`, the touched ones and those that share a person, place or
    body with one (`involved`: each document's, common names left out), or name none: no
    cluster joins documents that share nothing (`claim_clusters`, `quote_clusters`)."""
    named = set().union(*(involved.get(d, frozenset()) for d in touched))
    return set(touched) | {
        d for d in window if not involved.get(d) or not named.isdisjoint(involved[d])
    }


def _near(day: datetime.date, anchors: list[datetime.date], reach: datetime.timedelta) -> bool:
    i = bisect.bisect_left(anchors, day - reach)
    return i < len(anchors) and anchors[i] <= day + reach
