"""Shared fixtures for the ingest tests."""

from __future__ import annotations

import pytest

from sourcebook.ingest.limits import Limits


@pytest.fixture
def limits() -> Limits:
    return Limits()
