"""Screening names in the corpus against sanctions and watch lists."""
