"""Per-document analysis: each analyzer reads one parsed document and returns records."""

#: Bump when any analyzer changes what it finds: stored annotations of older versions are
#: stale, and the next `build` analyses those documents again. It lives here, not beside the
#: analyzers, so that reading it does not import spaCy.
ANALYZER_VERSION = 12
