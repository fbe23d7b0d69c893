"""Per-document analysis: each analyzer reads one parsed document and returns records."""
