"""Corpus-level assessment: how sources relate and agree. Reads stored annotations and
entities; every judgement keeps the evidence it rests on."""
