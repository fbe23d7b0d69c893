"""Text helpers shared by ingest, the store and analysis: folding, normalising, passages."""
