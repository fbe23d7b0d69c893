"""Corpus-level resolution: one entity per person or body across documents, with the evidence
for every merge, and the quotes and claims that state one thing. Reads stored annotations;
writes nothing the analyzers wrote."""

#: Bump when resolution or assessment changes what it finds: the next `build` then runs the
#: corpus steps over the whole corpus instead of around the new documents only.
CORPUS_VERSION = 2  # 2: apostrophes join the letters of a name ("O'Brien")
