"""Fixtures for the exporter tests: the realistic bilingual press release, and a hostile one."""

from __future__ import annotations

import pytest

from tests.unit.exporters.press_article import hostile_article, press_article


@pytest.fixture
def article():
    return press_article()


@pytest.fixture
def hostile():
    return hostile_article()
