"""Every shortcut of the window does one thing: none is taken by two commands."""

from collections import defaultdict

import pytest
from PySide6.QtGui import QAction

pytestmark = pytest.mark.gui


def test_no_two_actions_share_a_shortcut(window):
    owners = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners[sequence.toString()].append(action.text().replace("&", ""))
    clashes = {keys: names for keys, names in owners.items() if len(set(names)) > 1}
    assert clashes == {}
