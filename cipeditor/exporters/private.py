"""What stays in the editor: notes on pairs and the reviewers' accepted QA decisions.

Our DOCX and HTML files carry the whole article for a faithful import (see
:mod:`docx_embed` and the HTML data island), and whoever receives them can read
it: a web page's source, a Word file's parts. Notes ("check the minister's title
with the office") and accepted findings are working material of the press
office, so documents meant to leave it — every HTML page and the one-language
press release in DOCX — carry the article without them. Only the bilingual
review table, which reviewers annotate in house, keeps them.
"""

from __future__ import annotations

from cipeditor.article.model import Article


def without_working_notes(article: Article) -> Article:
    """A copy of ``article`` with no pair notes and no accepted QA decisions."""
    public = article.copy()
    for pair in public.body:
        pair.note = ""
    public.accepted.clear()
    return public
