"""scrubs.toml: a full example parses; every mistake is one clear BadConfig naming the file."""

from __future__ import annotations

import pytest

from scanner.errors import BadConfig
from scanner.nightly_config import load_config

FULL = """
db = "{tmp}/scrubs.db"
roster = "{tmp}/roster.csv"
report = "{tmp}/latest.html"
[thresholds]
alert_actions = ["delete"]
min_risk = 0.2
[[accounts]]
x_user = "drexample"
[[accounts]]
export_folder = "{tmp}/exports"
[alerts]
weekly_all_clear = true
[alerts.email]
host = "127.0.0.1"
port = 2525
starttls = false
from = "scrubs@example.org"
to = "me@example.org"
[alerts.webhook]
url = "http://127.0.0.1:9/hook"
"""


def write(tmp_path, text: str):
    path = tmp_path / "scrubs.toml"
    path.write_text(text.replace("{tmp}", str(tmp_path)))
    return path


def test_full_example(tmp_path) -> None:
    config = load_config(write(tmp_path, FULL))
    assert [a.label for a in config.accounts] == [
        "x_user=drexample",
        f"export_folder={tmp_path}/exports",
    ]
    assert config.email.port == 2525 and config.email.to == ("me@example.org",)
    assert config.alert_actions == ("delete",) and config.min_risk == 0.2
    assert config.weekly_all_clear and config.webhook_url.endswith("/hook")


# fmt: off
@pytest.mark.parametrize("text, words", [
    ("x = [", "not valid TOML"),
    ("db = 'a.db'", "no \\[\\[accounts\\]\\]"),
    ("[[accounts]]\nx_user = 'a'\nbluesky = 'b'", "exactly one of"),
    ("[[accounts]]\ninstagram = 'a'", "unknown key instagram"),
    ("[[accounts]]\nx_user = 'a'\n[thresholds]\nalert_actions = ['nuke']", "alert_actions"),
    ("[[accounts]]\nx_user = 'a'\n[thresholds]\nmin_risk = 3", "min_risk"),
    ("[[accounts]]\nx_user = 'a'\n[alerts.email]\nport = 25", "needs 'host' and 'to'"),
    ("[[accounts]]\nx_user = 'a'\n[alerts.webhook]\nurl = 'ftp://x'", "http"),
])
# fmt: on
def test_mistakes_are_named(tmp_path, text: str, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(BadConfig, match=words) as caught:
        load_config(path)
    assert str(path) in str(caught.value)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(BadConfig, match="no such config file"):
        load_config(tmp_path / "nope.toml")
