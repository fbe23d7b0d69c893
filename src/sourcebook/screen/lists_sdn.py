"""The US Treasury OFAC SDN list, in its CSV (sdn.csv, alt.csv) and XML (sdn.xml) layouts.

Individuals are written "LAST, First"; the name is kept as the list writes it and "First LAST"
is added as an alias, so a document's "Tomas Renko" meets the list's "RENKO, Tomas".
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from sourcebook.errors import IngestError
from sourcebook.screen.entries import (
    ORGANIZATION,
    OTHER,
    PERSON,
    ListEntry,
    ListRead,
    csv_rows,
    reordered,
    unique,
)

LIST = "OFAC SDN"
COLUMNS = 12  # ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, ..., Remarks
KEPT = (4, "title"), (5, "call_sign"), (6, "vessel_type"), (9, "vessel_flag"), (11, "remarks")
EMPTY = "-0-"  # OFAC's "no value"


def kind_of(sdn_type: str) -> str:
    """sdn.csv writes "individual" or "-0-" (an entity); sdn.xml "Individual" or "Entity"."""
    sdn_type = sdn_type.strip().lower()
    if sdn_type == "individual":
        return PERSON
    return ORGANIZATION if sdn_type in ("", EMPTY, "entity") else OTHER


def names_for(name: str, kind: str) -> list[str]:
    """The name as listed, then the "First LAST" order an individual's name is written in."""
    natural = reordered(name) if kind == PERSON else None
    return [name, natural] if natural else [name]


def read_sdn_csv(path: Path, encoding: str, alt: Path | None = None) -> ListRead:
    """Read sdn.csv (no header, 12 columns); a short or broken row is an error, the rest go on."""
    read = ListRead(layout="sdn-csv")
    aliases = _read_alt(alt, encoding, read) if alt else {}
    for where, row in csv_rows(path, encoding, read):
        if len(row) != COLUMNS:
            read.errors.append(f"{where}: {len(row)} of {COLUMNS} columns (a truncated row?)")
            continue
        cells = [_clean(cell) for cell in row]
        if not cells[0].isdigit() or not cells[1]:
            read.errors.append(f"{where}: no entry number or no name")
            continue
        kind = kind_of(cells[2])
        names = names_for(cells[1], kind)
        for alias in aliases.get(cells[0], ()):
            names += names_for(alias, kind)
        read.entries.append(
            ListEntry(
                id=f"ofac-sdn-{cells[0]}",
                name=cells[1],
                kind=kind,
                aliases=unique(names, cells[1]),
                list=LIST,
                program=_programs([cells[3]]),
                reference=cells[0],
                source=where,
                metadata=tuple((key, cells[i]) for i, key in KEPT if cells[i]),
            )
        )
    return read


def _read_alt(path: Path, encoding: str, read: ListRead) -> dict[str, list[str]]:
    """alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks; names by entry number."""
    aliases: dict[str, list[str]] = {}
    for where, row in csv_rows(path, encoding, read):
        if len(row) < 4 or not _clean(row[0]).isdigit() or not _clean(row[3]):
            read.errors.append(f"{where}: not an alt.csv row (entry number, ..., name)")
            continue
        aliases.setdefault(_clean(row[0]), []).append(_clean(row[3]))
    return aliases


def _clean(cell: str) -> str:
    cell = " ".join(cell.split())
    return "" if cell == EMPTY else cell


def _programs(values: list[str]) -> str | None:
    """sdn.csv joins programmes as "SDGT] [IRGC"; give "SDGT; IRGC"."""
    parts = [p.strip(" []") for v in values for p in v.split("] [")]
    return "; ".join(dict.fromkeys(p for p in parts if p)) or None


def read_sdn_xml(path: Path, encoding: str) -> ListRead:
    """Stream sdn.xml entry by entry; XML that breaks off keeps the entries before it."""
    read = ListRead(layout="sdn-xml")
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    root: Element | None = None
    line = start = 0
    try:
        with path.open("rb") as handle:
            for line, data in enumerate(handle, 1):
                parser.feed(data)
                for item in parser.read_events():
                    event, elem = item[0], item[-1]
                    if not isinstance(elem, Element):
                        continue  # namespace events carry no element
                    tag = _local(elem.tag)
                    if root is None:
                        root = elem
                        if tag != "sdnList":
                            raise IngestError(
                                str(path),
                                f"XML with root <{tag}>, not an OFAC SDN list",
                                "sdn.xml's root is <sdnList>; convert other lists to CSV",
                            )
                    elif event == "start" and tag == "sdnEntry":
                        start = line
                    elif event == "end" and tag == "sdnEntry":
                        _xml_entry(elem, f"{path.name}:{start}", read)
                        root.clear()  # stream: drop what was read
        parser.close()
    except ParseError as exc:
        at = exc.position[0] if exc.position else line
        read.errors.append(f"{path.name}:{at}: XML breaks off ({exc}); entries after it are lost")
    return read


def _xml_entry(elem: Element, where: str, read: ListRead) -> None:
    fields = _texts(elem)
    name = _xml_name(fields)
    if not fields.get("uid") or not name:
        read.errors.append(f"{where}: <sdnEntry> without a uid or a name")
        return
    kind = kind_of(fields.get("sdnType", ""))
    names = names_for(name, kind)
    for aka in _children(elem, "akaList", "aka"):
        names += names_for(_xml_name(_texts(aka)), kind)
    programs = [p.text or "" for p in _children(elem, "programList", "program")]
    read.entries.append(
        ListEntry(
            id=f"ofac-sdn-{fields['uid']}",
            name=name,
            kind=kind,
            aliases=unique(names, name),
            list=LIST,
            program=_programs(programs),
            reference=fields["uid"],
            source=where,
            metadata=tuple((k, fields[k]) for k in ("title", "remarks") if fields.get(k)),
        )
    )


def _xml_name(fields: dict[str, str]) -> str:
    """Written as sdn.csv writes it: "LAST, First" for a person, the last name for the rest."""
    last, first = fields.get("lastName", ""), fields.get("firstName", "")
    return f"{last}, {first}" if last and first else last or first


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _texts(elem: Element) -> dict[str, str]:
    return {_local(c.tag): " ".join(c.text.split()) for c in elem if c.text and c.text.strip()}


def _children(elem: Element, group: str, tag: str) -> list[Element]:
    return [c for g in elem if _local(g.tag) == group for c in g if _local(c.tag) == tag]
