"""Stored dates are ISO strings truncated to their precision ("2026", "2026-03", "2026-03-08");
comparing them needs a day."""

from __future__ import annotations

import datetime


def first_day(iso: str | None) -> datetime.date | None:
    """The first day a truncated date can mean ("2026-03" → 1 March 2026); None if unreadable."""
    if not iso:
        return None
    parts = iso[:10].split("-")
    try:
        return datetime.date(*(int(p) for p in parts + ["1"] * (3 - len(parts))))
    except ValueError:
        return None
