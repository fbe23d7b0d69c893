"""The SQLite backend: one file, FTS5 word index plus a trigram index for CJK text."""
