"""Corpus-level resolution: one entity per person or body across documents, with the evidence
for every merge. Reads stored annotations; writes nothing the analyzers wrote."""
