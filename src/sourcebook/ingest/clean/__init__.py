"""Boilerplate removal: main text from HTML pages and from articles pasted out of a browser."""
