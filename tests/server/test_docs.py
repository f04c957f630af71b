"""docs/server.md documents every setting of the extension, and nothing that is not one."""

from __future__ import annotations

import re
from pathlib import Path

from jupyter_leetarxiv.server.app import LeetArxiv

DOC = Path(__file__).resolve().parents[2] / "docs" / "server.md"


def test_the_settings_table_lists_every_setting() -> None:
    text = DOC.read_text()
    section = text.split("## Settings", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE))
    assert documented == set(LeetArxiv.class_own_traits(config=True))


def test_every_setting_has_help_text() -> None:
    for name, trait in LeetArxiv.class_own_traits(config=True).items():
        assert len(trait.help) > 20, name
