"""sourcebook: a local-first workbench for document investigations."""

__version__ = "0.1.0"
