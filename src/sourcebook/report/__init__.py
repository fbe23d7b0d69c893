"""Fact sheets for editors and lawyers: every line cites its document and passage."""
