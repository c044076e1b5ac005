"""Compiling the interface catalogs: on first run when missing or stale, cheaply otherwise."""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cipeditor import catalogs
from tests.conftest import ROOT


@pytest.fixture
def root(tmp_path):
    """A translations folder holding a copy of the zh_CN catalog and no compiled file."""
    source = catalogs.source_path("zh_CN")
    target = catalogs.source_path("zh_CN", tmp_path)
    target.parent.mkdir(parents=True)
    shutil.copy(source, target)
    return tmp_path


def chinese_for(mo_path, message: str) -> str:
    with mo_path.open("rb") as stream:
        return gettext.GNUTranslations(stream).gettext(message)


def test_a_missing_compiled_catalog_is_compiled_on_first_run(root):
    mo_path = catalogs.ensure_compiled("zh_CN", root)
    assert mo_path == catalogs.source_path("zh_CN", root).with_suffix(".mo")
    assert chinese_for(mo_path, "no such file") == "文件不存在"


def test_a_compiled_catalog_older_than_its_source_is_compiled_again(root):
    mo_path = catalogs.ensure_compiled("zh_CN", root)
    po_path = catalogs.source_path("zh_CN", root)
    po_path.write_text(
        po_path.read_text(encoding="utf-8").replace("文件不存在", "找不到文件"), encoding="utf-8"
    )
    old = mo_path.stat().st_mtime - 60
    os.utime(mo_path, (old, old))
    assert chinese_for(catalogs.ensure_compiled("zh_CN", root), "no such file") == "找不到文件"


def test_an_up_to_date_catalog_is_used_without_importing_babel(root):
    catalogs.ensure_compiled("zh_CN", root)
    probe = (
        "import sys; from pathlib import Path; from cipeditor import catalogs; "
        f"catalogs.ensure_compiled('zh_CN', Path({str(root)!r})); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_locale_without_a_catalog_has_nothing_to_load(root):
    assert catalogs.ensure_compiled("fr", root) is None


def test_a_read_only_installation_compiles_into_the_user_cache(root, tmp_path):
    """Run in a child process; as root, without the capability that lets root write anywhere."""
    cache = tmp_path / "cache"
    folder = catalogs.source_path("zh_CN", root).parent
    folder.chmod(0o555)
    probe = (
        "import sys; from pathlib import Path; from cipeditor import catalogs; "
        f"print(catalogs.ensure_compiled('zh_CN', Path({str(root)!r})))"
    )
    prefix = ["setpriv", "--bounding-set=-dac_override"] if os.geteuid() == 0 else []
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-c", probe],
            cwd=ROOT,
            env={**os.environ, "XDG_CACHE_HOME": str(cache)},
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        folder.chmod(0o755)
    mo_path = Path(result.stdout.strip())
    assert mo_path.is_relative_to(cache)
    assert chinese_for(mo_path, "no such file") == "文件不存在"


def test_compiled_catalogs_are_ignored_by_git():
    result = subprocess.run(
        ["git", "check-ignore", "-q", str(catalogs.source_path("zh_CN").with_suffix(".mo"))],
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
