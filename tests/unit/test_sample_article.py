"""The bundled sample: complete metadata, and the same text as the sample pages it came from."""

from cipeditor import paths
from cipeditor.article import cipformat
from cipeditor.article.model import Status
from cipeditor.importers import read_document
from cipeditor.importers.pairing import pair_sides

SAMPLES = paths.RESOURCES / "samples"


def test_sample_loads_with_full_bilingual_metadata():
    meta = cipformat.load(paths.SAMPLE_ARTICLE).meta
    for value in (meta.title, meta.summary, meta.category):
        assert value.zh
        assert value.en
    assert meta.title.en.endswith("of the Chinese")  # as the site cut it
    assert meta.category.en == "Latest News › CIP Dynamic"
    assert meta.published.isoformat() == "2019-11-02T18:40:10+08:00"
    assert meta.views is None
    assert meta.contact
    assert meta.source
    assert meta.tags
    assert meta.status is Status.IN_REVIEW
    assert meta.source_lang == "zh"


def test_sample_body_is_the_pairing_of_the_sample_pages():
    sample = cipformat.load(paths.SAMPLE_ARTICLE)
    paired = pair_sides(
        read_document(SAMPLES / "cip-ruan-xiangping-visit-zh.txt", "zh"),
        read_document(SAMPLES / "cip-ruan-xiangping-visit-en.txt", "en"),
    )
    assert paired.warnings == []
    assert sample.body == paired.article.body


def test_sample_sides_agree_on_dates_and_ordinals():
    body = cipformat.load(paths.SAMPLE_ARTICLE).body
    assert "2019年10月29日至30日" in body[0].zh
    assert "October 29 to 30, 2019" in body[0].en
    assert "第四次" in body[2].zh
    assert "fourth" in body[2].en


def test_sample_is_saved_canonically():
    data = paths.SAMPLE_ARTICLE.read_bytes()
    assert cipformat.dumps(cipformat.loads(data)).encode("utf-8") == data
