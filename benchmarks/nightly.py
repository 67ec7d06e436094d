"""One night of ``scrubs nightly`` on a 20,000-post X account that posted 50 new posts.

    python -m benchmarks.nightly [--posts 20000] [--new 50]

Set-up (not timed as the night): a synthetic 20,000-post X archive is scanned into a fresh
store, as the user's one-off clean-up would; a loopback server speaking X API v2 serves the
same account; a first night establishes the API cursor (it fetches the newest 3,200 posts the
timeline allows, all already stored, and merges them). Then 50 new posts appear and the
measured night runs through the real command (``scrubs nightly --config``) in a subprocess:
wall time, peak RSS, what was fetched and scored, and the requests it made. Alerts go to a
real SMTP server on loopback.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; wall seconds, its own peak RSS (MiB) and its stdout."""
    start = time.perf_counter()
    process = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    out = process.stdout.read() if process.stdout else ""
    err = process.stderr.read() if process.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 3):
        raise SystemExit(f"{' '.join(args[:3])} exited {code}: {err[-400:]}")
    return seconds, usage.ru_maxrss / 1024, out


def main(argv: list[str] | None = None) -> int:
    """Build, serve, run two nights, print the second night's figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--new", type=int, default=50)
    args = parser.parse_args(argv)

    from scanner.connectors import open_export
    from tests.builders import build_bench_archive
    from tests.fake_platforms import XWorld, serve_x
    from tests.mail import SmtpServer

    scrubs = str(Path(sys.executable).with_name("scrubs"))
    with tempfile.TemporaryDirectory(prefix="scrubs-nightly-bench-") as tmp:
        work = Path(tmp)
        archive = work / "x.zip"
        build_bench_archive(archive, args.posts, seed=11)
        connector = open_export(archive)
        account = connector.account()
        world = XWorld(
            user={
                "id": account.user_id,
                "username": account.handle,
                "name": account.display_name,
                "description": account.bio,
            }
        )
        for post in connector.iter_posts():
            world.add_tweet(int(post.id), post.text, post.created_at.timestamp())
        connector.source.close()
        newest = max(int(t["id"]) for t in world.tweets)
        server = serve_x(world)
        env = {
            **os.environ,
            "SCRUBS_X_API_BASE": server.url,
            "X_BEARER_TOKEN": "bench",
            "SCRUBS_NO_KEYRING": "1",
            "SCRUBS_DATA_DIR": str(work / "data"),
        }
        with SmtpServer(work, starttls=False) as smtp:
            config = work / "scrubs.toml"
            config.write_text(
                f'db = "{work}/scrubs.db"\nreport = "{work}/latest.html"\n'
                f'[[accounts]]\nx_user = "{account.handle}"\n'
                f'[alerts.email]\nhost = "127.0.0.1"\nport = {smtp.port}\nstarttls = false\n'
                f'to = ["dr@example.org"]\n'
            )
            cleanup, _, _ = _run(
                [
                    scrubs,
                    "scan",
                    str(archive),
                    "--db",
                    f"{work}/scrubs.db",
                    "--json",
                    f"{work}/cleanup.json",
                ],
                env,
            )
            first, _, _ = _run([scrubs, "nightly", "--config", str(config)], env)
            texts = [
                "@kay_runs glad the cast came off ok! see you at clinic thursday",
                "hungover on call again lol",
                "Lovely sunrise on the drive in",
                "Reminder: flu jabs for over 65s at your GP",
                "Proud of the team tonight",
            ]
            base = time.time()
            for i in range(args.new):
                world.add_tweet(newest + 1 + i, texts[i % len(texts)] + f" ({i})", base + i)
            calls_before = len(server.requests_to("/2/"))
            night, rss, output = _run([scrubs, "nightly", "--config", str(config)], env)
            calls = len(server.requests_to("/2/")) - calls_before
            mails = len(smtp.mailbox.messages)
        server.stop()
    print(f"archive clean-up scan of {args.posts} posts: {cleanup:.1f} s")
    print(
        f"first night (API cursor established, newest 3,200 re-fetched and merged): {first:.1f} s"
    )
    print(
        f"night with {args.new} new posts: {night:.1f} s wall, peak RSS {rss:.0f} MiB, "
        f"{calls} API requests, {mails} alert e-mail(s) so far"
    )
    print("  " + "\n  ".join(output.strip().splitlines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
