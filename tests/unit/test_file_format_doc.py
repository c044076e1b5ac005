"""The example in docs/file-format.md is a valid article, written in the canonical layout."""

import re

from cipeditor.article import cipformat
from tests.conftest import ROOT


def test_documented_example_loads_and_is_canonical():
    text = (ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.DOTALL).group(1)
    article = cipformat.loads(example.encode("utf-8"), source="docs/file-format.md")
    assert article.meta.category.en == "Latest News › CIP Dynamic"
    assert cipformat.dumps(article) == example
