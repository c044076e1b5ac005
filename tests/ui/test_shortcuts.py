"""Every shortcut of the window does one thing: none is taken by two commands."""

from collections import defaultdict

import pytest
from PySide6.QtGui import QAction, QKeySequence

from cipeditor.ui.actions import standard_keys

pytestmark = pytest.mark.gui


def test_no_two_actions_share_a_shortcut(window):
    owners = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners[sequence.toString()].append(action.text().replace("&", ""))
    clashes = {keys: names for keys, names in owners.items() if len(set(names)) > 1}
    assert clashes == {}


def test_replace_has_the_documented_key_where_the_platform_gives_none(window):
    assert "Ctrl+H" in [keys.toString() for keys in window.actions_by_name["replace"].shortcuts()]
    # On X11 Qt binds no key to Replace: the user guide's Ctrl+H must still work there.
    replace = QKeySequence.StandardKey.Replace
    assert [keys.toString() for keys in standard_keys(replace, [])] == ["Ctrl+H"]
    platform = [QKeySequence("Ctrl+R")]
    assert standard_keys(replace, platform) == platform
