"""A built package works on its own: the wheel carries the templates, glossary, sample and catalogs.

The sdist is built from a copy of the checkout, the wheel from that sdist (as
``pip install cipeditor-X.tar.gz`` would), offline with this environment's own
setuptools and babel. The wheel is then unpacked into a folder that is the only
entry of ``PYTHONPATH`` and run from a folder outside the checkout.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cipeditor

pytestmark = pytest.mark.slow

SAMPLE = Path("resources", "samples", "cip-ruan-xiangping-visit.cip")
CATALOG = Path("translations", "zh_CN", "LC_MESSAGES", "cipeditor.po")
BUNDLED = Path("cipeditor", "_data")
# What a checkout may hold besides its sources: none of it belongs in a build.
NOT_SOURCES = (
    ".git", ".venv", "venv", "build", "dist", "tmp", "*.egg-info", "__pycache__",
    ".pytest_cache", ".ruff_cache", ".hypothesis", "tests", "benchmarks",
)  # fmt: skip


def build(command: list[str], cwd: Path) -> None:
    done = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """A folder holding the sdist and the wheel built from it."""
    top = tmp_path_factory.mktemp("packaging")
    source, out = top / "source", top / "dist"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    sdist = "import sys, setuptools.build_meta as b; b.build_sdist(sys.argv[1])"
    build([sys.executable, "-c", sdist, str(out)], cwd=source)
    (archive,) = out.glob("cipeditor-*.tar.gz")
    wheel = ["wheel", str(archive), "--no-deps", "--no-build-isolation", "--no-index"]
    build([sys.executable, "-m", "pip", *wheel, "--no-cache-dir", "-q", "-w", str(out)], top)
    return out


@pytest.fixture(scope="module")
def wheel(dist) -> Path:
    (path,) = dist.glob("cipeditor-*-py3-none-any.whl")
    return path


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    """The wheel unpacked, as ``pip install`` would lay it out in site-packages."""
    folder = tmp_path_factory.mktemp("site-packages")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def fresh_env(folder: Path) -> dict[str, str]:
    """This test's own settings and cache: no language chosen by an earlier test."""
    return {
        **os.environ,
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_CACHE_HOME": str(folder / "cache"),
    }


def run_installed(unpacked: Path, cwd: Path, *args: str | Path) -> subprocess.CompletedProcess:
    """Python with the unpacked wheel as its only extra path, outside the checkout."""
    env = {**fresh_env(cwd), "PYTHONPATH": str(unpacked)}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def resource_files() -> list[Path]:
    return sorted(
        path.relative_to(ROOT)
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    )


def test_the_wheel_carries_every_bundled_file_and_the_compiled_chinese_catalog(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in resource_files():
        assert (BUNDLED / path).as_posix() in names
    assert (BUNDLED / CATALOG).with_suffix(".mo").as_posix() in names
    # Help › User Guide reads the guide, and shows its screenshots, from the package.
    guides = ("user-guide.md", "screenshot-editor.png", "glossary-in-the-editor.md")
    chinese = ("user-guide.zh_CN.md", "screenshot-editor-zh.png", "glossary-in-the-editor.zh_CN.md")
    for guide in guides + chinese:
        assert (BUNDLED / "docs" / guide).as_posix() in names
    # The .po left out: an installed program must not try to recompile into site-packages.
    assert not [name for name in names if name.endswith((".po", ".pot"))]


def test_the_sdist_carries_the_sources_of_the_build_step_but_no_compiled_catalog(dist):
    (archive,) = dist.glob("cipeditor-*.tar.gz")
    with tarfile.open(archive) as sdist:
        names = {Path(name).relative_to(Path(name).parts[0]) for name in sdist.getnames()}
    assert {Path("setup.py"), Path("babel.cfg"), CATALOG, *resource_files()} <= names
    assert not [name for name in names if name.suffix == ".mo"]


def test_the_installed_copy_is_the_one_that_runs(unpacked, tmp_path):
    done = run_installed(unpacked, tmp_path, "-c", "import cipeditor; print(cipeditor.__file__)")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).is_relative_to(unpacked)


def test_the_installed_copy_checks_its_sample_with_its_glossary_as_the_checkout_does(
    unpacked, tmp_path
):
    sample = unpacked / BUNDLED / SAMPLE
    installed = run_installed(unpacked, tmp_path, "-m", "cipeditor", "check", "--json", sample)
    checkout = run_cipeditor("check", "--json", SAMPLE, env=fresh_env(tmp_path))
    assert checkout.returncode == 1, checkout.stderr  # the website's cut headline
    assert (installed.returncode, installed.stderr) == (checkout.returncode, checkout.stderr)

    def findings(output: str) -> list[dict]:
        return [{**issue, "file": None} for issue in json.loads(output)["issues"]]

    assert findings(installed.stdout) == findings(checkout.stdout)


def test_the_installed_copy_exports_html_through_its_own_templates(unpacked, tmp_path):
    sample = unpacked / BUNDLED / SAMPLE
    page = tmp_path / "visit.html"
    done = run_installed(unpacked, tmp_path, "-m", "cipeditor", "export", sample, "-o", page)
    assert done.returncode == 0, done.stderr
    reference = tmp_path / "reference.html"
    assert run_cipeditor("export", SAMPLE, "-o", reference, env=fresh_env(tmp_path)).returncode == 0
    assert page.read_bytes() == reference.read_bytes()


def test_the_installed_copy_speaks_chinese_from_its_shipped_catalog(unpacked, tmp_path):
    from babel.messages.pofile import read_po

    with (ROOT / CATALOG).open("rb") as stream:
        expected = read_po(stream).get("no such file").string
    script = (
        "from cipeditor.ui_language import install_language\n"
        "from cipeditor.i18n import _\n"
        "print(install_language('zh_CN'), _('no such file'))\n"
    )
    done = run_installed(unpacked, tmp_path, "-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["zh_CN", expected]
    assert not (tmp_path / "cache").exists()  # used as shipped, not compiled again


def test_the_catalog_tools_say_they_need_a_checkout(unpacked, tmp_path):
    done = run_installed(unpacked, tmp_path, "-m", "cipeditor.catalogs", "extract")
    assert done.returncode == 2
    assert "source checkout" in done.stderr


def test_the_installed_cipeditor_command_runs_the_program(unpacked, tmp_path):
    (entry_points,) = unpacked.glob("cipeditor-*.dist-info/entry_points.txt")
    scripts = configparser.ConfigParser()
    scripts.read_string(entry_points.read_text(encoding="utf-8"))
    module, function = scripts["console_scripts"]["cipeditor"].split(":")
    # What the `cipeditor` script pip writes does: import the entry point and call it.
    script = f"import sys; sys.argv[0] = 'cipeditor'; from {module} import {function}; {function}()"
    done = run_installed(unpacked, tmp_path, "-c", script, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cipeditor ")
