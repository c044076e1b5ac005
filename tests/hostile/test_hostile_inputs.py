"""Every command refuses hostile and broken files cleanly.

Each file of ``tests/data/hostile`` goes through every command that reads its
kind of file, as a user would run it: exit status 2, one clear line on stderr
naming the file, no traceback, no output file, the input left untouched, and
all within seconds.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT

HOSTILE = DATA / "hostile"
SAMPLE = ROOT / "resources" / "samples" / "cip-ruan-xiangping-visit.cip"
TIME_LIMIT_SECONDS = 20


def commands_for(path: Path, out: Path) -> list[list[str]]:
    """The command lines a user could point at ``path``."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".cip":
        return [
            ["check", str(path)],
            ["import", str(path), "-o", str(out / "a.cip")],
            ["export", str(path), "--format", "html", "--lang", "en", "-o", str(out / "a.html")],
        ]
    if suffix in {".tbx", ".csv", ".utx", ".tab", ".utf8"}:
        return [
            ["glossary", "convert", str(path), str(out / "g.csv")],
            ["check", str(SAMPLE), "--glossary", str(path)],
        ]
    commands = [["import", str(path), "-o", str(out / "a.cip")]]
    if name.endswith(".txt"):
        commands.append(["import", "--zh", str(path), "--en", str(path), "-o", str(out / "b.cip")])
        # .txt is also OmegaT's glossary extension
        commands.append(["glossary", "convert", str(path), str(out / "g.csv")])
    return commands


def zip_bomb(folder: Path) -> Path:
    """A .docx whose one member inflates from a few hundred KB to 300 MB."""
    path = folder / "zip-bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(block)
    return path


def many_members(folder: Path) -> Path:
    path = folder / "many-members.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for index in range(20_000):
            archive.writestr(f"word/m{index}.xml", "")
    return path


CASES = sorted(HOSTILE.iterdir())


def run_cli(arguments: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cipeditor", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_SECONDS,
        check=False,
    )


def assert_refused(path: Path, out: Path, arguments: list[str]) -> None:
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    result = run_cli(arguments)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, (arguments, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert path.name in lines[0], lines[0]
    assert list(out.iterdir()) == [], "a refused input must not leave an output file"
    if before is not None:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.slow
@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_hostile_file_is_refused_by_every_command(path, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for arguments in commands_for(path, out):
        assert_refused(path, out, arguments)


@pytest.mark.slow
@pytest.mark.parametrize("make", [zip_bomb, many_members], ids=["zip-bomb", "many-members"])
def test_hostile_zip_is_refused(make, tmp_path):
    path = make(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert_refused(path, out, ["import", str(path), "-o", str(out / "a.cip")])


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_unusable_paths_are_refused(kind, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "article.cip"
    if kind == "folder":
        target.mkdir()
    for arguments in commands_for(target, out):
        assert_refused(target, out, arguments)


@pytest.mark.slow
def test_unreadable_file_is_refused(tmp_path):
    """Root reads any file, so as root the command runs without the capabilities to do so."""
    target = tmp_path / "article.cip"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0)
    prefix = (
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    )
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "cipeditor", "check", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_SECONDS,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "permission denied" in result.stderr
    assert "article.cip" in result.stderr
    assert "Traceback" not in result.stderr
