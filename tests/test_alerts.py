"""Alerts through a real SMTP server on loopback (with STARTTLS) and a real webhook receiver."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from scanner.alerts import (
    Alert,
    AlertItem,
    SmtpSettings,
    body_text,
    send_email,
    send_webhook,
    sign,
)
from scanner.errors import SourceUnavailable
from tests.fake_platforms import FakePlatform
from tests.mail import SmtpServer

ITEM = AlertItem(
    post_key="x:1790000000000000001",
    platform="x",
    account="drsynth",
    created_at="2026-11-22T23:10:00+00:00",
    action="delete",
    categories=("phi",),
    reasons=("Details that together identify a patient",),
    url="https://x.com/drsynth/status/1790000000000000001",
)
ALERT = Alert(
    id="alert-7",
    created_at="2026-11-23T02:00:00+00:00",
    items=(ITEM,),
    report_path="/home/dr/.local/share/scrubs/reports/latest.html",
)


def test_body_names_categories_and_reasons_but_no_text() -> None:
    body = body_text(ALERT)
    assert "DELETE x @drsynth, 2026-11-22 23:10 UTC: phi" in body
    assert "Details that together identify a patient" in body
    assert "file:///home/dr/.local/share/scrubs/reports/latest.html" in body


def test_email_over_starttls(tmp_path) -> None:
    with SmtpServer(tmp_path) as smtp:
        settings = SmtpSettings(
            host="127.0.0.1", port=smtp.port, to=("compliance@example.org",), cafile=smtp.cafile
        )
        send_email(ALERT, settings)
        (message,) = smtp.mailbox.messages
    assert message["Message-ID"] == "<alert-7@scrubs.local>"
    assert message["Subject"] == "scrubs: 1 new post(s) to delete, 0 to review"


def test_smtp_refusal_is_an_error_naming_the_server(tmp_path) -> None:
    with SmtpServer(tmp_path, starttls=False) as smtp:
        smtp.mailbox.refuse = 1
        with pytest.raises(SourceUnavailable, match=f"smtp://127.0.0.1:{smtp.port}"):
            send_email(
                ALERT,
                SmtpSettings(
                    host="127.0.0.1", port=smtp.port, starttls=False, to=("a@example.org",)
                ),
            )


def test_webhook_is_signed_and_carries_the_delivery_id(monkeypatch) -> None:
    monkeypatch.setenv("SCRUBS_WEBHOOK_SECRET", "s3cret")
    receiver = FakePlatform()
    receiver.route("POST", "/hook", lambda r: (204, {}, b""))
    receiver.start()
    try:
        send_webhook(ALERT, receiver.url + "/hook")
    finally:
        receiver.stop()
    (request,) = receiver.log
    expected = "sha256=" + hmac.new(b"s3cret", request.body, hashlib.sha256).hexdigest()
    assert request.headers["x-scrubs-signature"] == expected == sign(request.body, "s3cret")
    assert request.headers["x-scrubs-delivery"] == "alert-7"
    assert json.loads(request.body)["items"][0]["categories"] == ["phi"]


def test_webhook_failure_is_reported() -> None:
    receiver = FakePlatform()
    receiver.route("POST", "/hook", lambda r: (500, {}, {"error": "down"}))
    receiver.start()
    try:
        with pytest.raises(SourceUnavailable, match="500"):
            send_webhook(ALERT, receiver.url + "/hook")
    finally:
        receiver.stop()
