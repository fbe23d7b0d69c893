"""The extractor registry: one reader per media type.

Built-in extractors register the same way outside ones do (entry-point group
`sourcebook.extractors`), and each stored document keeps the key and version of the extractor
that read it, so a version bump tells `build` what to read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from importlib.metadata import entry_points

from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.limits import Limits

ExtractFn = Callable[[bytes, str, Limits], Extracted]

BUILTIN_MODULES = (
    "sourcebook.ingest.extractors.text",
    "sourcebook.ingest.extractors.html",
    "sourcebook.ingest.extractors.pdf",
    "sourcebook.ingest.extractors.image",
    "sourcebook.ingest.extractors.docx",
    "sourcebook.ingest.extractors.email",
    "sourcebook.ingest.extractors.archive",
)


@dataclass(frozen=True, slots=True)
class Extractor:
    media_type: str
    version: int
    extract: ExtractFn

    @property
    def key(self) -> str:
        return self.extract.__module__.rsplit(".", 1)[-1]


_registry: dict[str, Extractor] = {}
_loaded = False


def register(*media_types: str, version: int) -> Callable[[ExtractFn], ExtractFn]:
    """Register `fn(data, name, limits) -> Extracted` for one or more media types."""

    def decorator(fn: ExtractFn) -> ExtractFn:
        for media_type in media_types:
            _registry[media_type] = Extractor(media_type, version, fn)
        return fn

    return decorator


def load(plugins: bool = True) -> None:
    """Import the built-in extractors, then any installed plugins, once per process."""
    global _loaded
    if _loaded:
        return
    for module in BUILTIN_MODULES:
        import_module(module)
    if plugins:
        for entry in entry_points(group="sourcebook.extractors"):
            entry.load()
    _loaded = True


def get(media_type: str) -> Extractor | None:
    load()
    return _registry.get(media_type)


def get_by_key(key: str) -> Extractor | None:
    """The extractor a stored document names (its module name), to compare versions."""
    load()
    return next((extractor for extractor in _registry.values() if extractor.key == key), None)


def media_types() -> list[str]:
    load()
    return sorted(_registry)
