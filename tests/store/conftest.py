"""A fresh SQLite store per test."""

import pytest

from sourcebook.store import open_store


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "corpus.db")
    yield store
    store.close()
