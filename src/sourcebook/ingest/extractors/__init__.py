"""One reader per file format; each registers itself with `ingest.registry.register`.

Extractors are pure (bytes in, `Extracted` out): no store, clock or network, so they run in a
worker pool and tests call them on files built by `tests/fixtures/factory.py`.
"""
