"""Test set-up: offscreen Qt, and every settings/data folder pointed at a temp dir.

The environment is set before anything imports Qt, so no test ever reads or
writes the user's own settings, recent files or recovery data.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_PAGE = DATA / "seed-page-en.txt"

# Imported both as pytest's conftest and as ``tests.conftest`` by tests that want
# ROOT or DATA: the sandbox must be made once, not once per import.
_SANDBOX = Path(
    os.environ.get("CIPEDITOR_TEST_SANDBOX") or tempfile.mkdtemp(prefix="cipeditor-tests-")
)
os.environ["CIPEDITOR_TEST_SANDBOX"] = str(_SANDBOX)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANGUAGE"] = "en"  # the interface in English whatever the machine's locale
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_STATE_HOME"] = str(_SANDBOX / "state")
os.environ.setdefault("XDG_RUNTIME_DIR", str(_SANDBOX / "runtime"))
(_SANDBOX / "runtime").mkdir(mode=0o700, exist_ok=True)

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run_cipeditor(
    *args: object, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    """``python -m cipeditor ARGS…`` as a user runs it, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "cipeditor", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )
