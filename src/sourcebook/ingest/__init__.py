"""Ingest: files, folders and archives in, clean `Document` records out."""
