"""FollowTheMoney entity files, one JSON entity per line, as OpenSanctions publishes them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sourcebook.screen.entries import ORGANIZATION, OTHER, PERSON, ListEntry, ListRead, unique

# FtM schemata of parties that can be listed; others in a full export (Sanction, Address,
# Ownership, ...) describe those parties and carry no name to screen, so they are passed over.
KINDS = {
    "Person": PERSON,
    "Organization": ORGANIZATION,
    "Company": ORGANIZATION,
    "LegalEntity": ORGANIZATION,
    "PublicBody": ORGANIZATION,
    "Vessel": OTHER,
    "Airplane": OTHER,
    "CryptoWallet": OTHER,
}
ALIASES = ("alias", "weakAlias", "previousName")
PROGRAMS = ("program", "programId")
KEPT = ("topics", "birthDate", "country", "nationality", "position", "sourceUrl")


def read_ftm(path: Path, encoding: str) -> ListRead:
    """Read every named party; a line that is not an entity is an error and the rest go on."""
    read = ListRead(layout="ftm")
    with path.open(encoding=encoding, errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                read.errors.append(
                    f"{where}: not a JSON entity ({exc.msg.removesuffix(' at')} at column {exc.colno})"
                )
                continue
            try:
                entry = _entry(data, where, path.stem)
            except ValueError as exc:
                read.errors.append(f"{where}: {exc}")
                continue
            if entry is not None:
                read.entries.append(entry)
    return read


def _entry(data: Any, where: str, stem: str) -> ListEntry | None:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    schema, props = data.get("schema"), data.get("properties", {})
    if not isinstance(schema, str) or not isinstance(props, dict):
        raise ValueError('no "schema" name or "properties" object')
    names = _values(props, ("name",))
    caption = data.get("caption")
    if not names and schema in KINDS and isinstance(caption, str) and caption.strip():
        names = [caption]
    if not names:
        if schema in KINDS:
            raise ValueError(f"{schema} entity without a name")
        return None  # a Sanction, Address, ... : context for a party, not a party
    entity_id = data.get("id")
    if not isinstance(entity_id, str) or not entity_id:
        raise ValueError("entity without an id")
    name = caption if isinstance(caption, str) and caption in names else names[0]
    datasets = [d for d in data.get("datasets", ()) if isinstance(d, str)]
    programs = _values(props, PROGRAMS)
    metadata = tuple((key, "; ".join(_values(props, (key,)))) for key in KEPT if props.get(key))
    return ListEntry(
        id=entity_id,
        name=name,
        kind=KINDS.get(schema, OTHER),
        aliases=unique(names + _values(props, ALIASES), name),
        list=", ".join(datasets) or stem,
        program="; ".join(dict.fromkeys(programs)) or None,
        reference=entity_id,
        source=where,
        metadata=(("schema", schema), *metadata),
    )


def _values(props: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    """FtM keeps every property as a list of strings; tolerate a bare string."""
    values: list[str] = []
    for key in keys:
        value = props.get(key, [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        values.extend(v.strip() for v in items if isinstance(v, str) and v.strip())
    return values
