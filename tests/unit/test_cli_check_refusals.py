"""``cipeditor check`` on damaged or foreign files: exit 2, one line, the file untouched."""

import json
import os
import subprocess
import sys

import pytest

from cipeditor import paths
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def bad_files() -> dict[str, bytes]:
    sample = paths.SAMPLE_ARTICLE.read_bytes()
    newer = json.loads(sample)
    newer["version"] = 999
    return {
        "truncated": sample[: len(sample) // 2],
        "random": os.urandom(2048),
        "version-999": json.dumps(newer).encode("utf-8"),
    }


@pytest.mark.parametrize("kind", ["truncated", "random", "version-999"])
def test_check_refuses_with_one_line_and_leaves_the_file(tmp_path, kind):
    path = tmp_path / "broken.cip"
    data = bad_files()[kind]
    path.write_bytes(data)
    result = subprocess.run(
        [sys.executable, "-m", "cipeditor", "check", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "broken.cip" in lines[0]
    if kind == "version-999":
        assert "newer" in lines[0]
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.cip"]
