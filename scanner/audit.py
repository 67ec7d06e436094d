"""Institutional audit: many consenting staff accounts, scanned in parallel, resumable.

``run_audit(AuditRequest)`` reads the staff file (``scanner.staff``), opens or resumes the
audit in the state store (``scanner.audit_ledger``), scans every consenting person in a
process pool, and writes into the output folder:

- ``people/<staff_id>/report.html`` and ``results.json``: the person's own full report and
  results (``scanner.pipeline.scan`` for that person's sources only: one run per person);
- ``overview.html``: for the compliance office, per department and role, with **redacted**
  snippets only (``reports.redact``) and the audit trail in its footer;
- ``people.csv``: per-person counts for spreadsheets.

Files are created 0600 and folders 0700: the run sets ``umask 077`` (the workers inherit it).

How it holds together
---------------------
- **One person = one task = one pipeline run.** A worker process loads the scorer (spaCy,
  the ONNX encoder, the head) and the roster once, then scans person after person. Each
  worker has its own connection to the shared SQLite store (WAL, 30 s busy timeout); the
  pipeline writes a batch of posts and verdicts per transaction, so writers hold the lock
  for milliseconds and never across a person.
- **Failures stay with their person.** A bad export, an expired token, anything: the worker
  records one line (``ScrubsError.line()`` or the exception's type, never its message, which
  could quote content) and the pool moves on. A worker process that dies (out of memory) is
  recorded as that person's failure and the pool is rebuilt.
- **Resume.** Status per person is in the store: ``done`` is written in the transaction that
  records the person's counts, after their report file is in place. Running the same staff
  file into the same folder again continues the unfinished audit; ``done`` people whose row
  did not change are not rescanned (their run id stays). ``--max-people K`` stops cleanly
  after K people (for a trial run, and to test resume).
- **What changed.** Each audit keeps the ids of every person's delete/review posts
  (``audit_risky``). The next audit of the same staff file counts per person the *new*
  risky posts and the *resolved* ones (risky before, now gone from the export or kept).
- **Audit trail.** OS user, start and end of each session, tool and model version, SHA-256
  of the staff file, the roster and every export; counts. In the store and the overview.

Scale: 10,000 staff, tens of millions of posts
----------------------------------------------
- *Memory is bounded per worker*: exports are streamed (connectors yield posts), scored in
  batches of 256 and stored per batch; reports and results are written from streaming
  queries. A worker's peak is the models (~300 MB) plus one batch and one person's listed
  (delete/review) posts, whatever the account's size. The parent holds only the staff list
  and per-person status (a few hundred bytes each): 10,000 staff is a few MB.
- *The store is the limit on one machine*: SQLite allows one writer at a time. Scoring is
  ~100x slower than writing a batch, so up to ~16-32 workers the lock is rarely contended;
  every query the audit makes is indexed by run, account or audit id. Tens of millions of
  posts is tens of GB of SQLite: fine on a local SSD.
- *Beyond one machine* the same shape distributes without changing the per-person code:
  (1) the person queue becomes a durable work queue (SQS, RabbitMQ, or a Postgres table
  with ``SELECT ... FOR UPDATE SKIP LOCKED``) holding ``(audit_id, staff_id)``; (2) workers
  become stateless containers that load the models once, pull a person, scan, and commit;
  (3) the store moves to Postgres (same tables; ``runs``/``posts`` partitioned by account,
  per-batch transactions unchanged, the ``audit_people`` status row updated with the
  person's final counts in one transaction, exactly as here); (4) reports and results go
  to encrypted object storage (S3 with SSE-KMS, per-person prefixes, bucket policies in
  place of 0600); (5) the overview is built by one job from ``audit_people`` when the
  queue drains. Exports are read where they are uploaded, never copied between workers.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import multiprocessing as mp
import os
import queue as queue_module
import signal
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from scanner import __version__
from scanner.audit_ledger import RISKY_ACTIONS, AuditLedger
from scanner.config import settings
from scanner.errors import BadConfig, ScrubsError
from scanner.lock import RunLock
from scanner.pipeline import DEFAULT_BATCH_SIZE, file_sha256
from scanner.staff import StaffMember, StaffSource, load_staff
from scanner.store import CATEGORY_COLUMNS, Store, utc_now

log = logging.getLogger(__name__)

HIGHLIGHTS_PER_PERSON = 3
LOCK_NAME = ".audit.lock"
STOP_GRACE_SECONDS = 20.0
MAX_POOL_RESTARTS = 3
STATUSES = ("queued", "scanning", "done", "failed", "skipped")


# -- request, outcome, summary -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditRequest:
    """What to audit and where. ``workers`` defaults to the machine's cores."""

    staff_path: Path
    out_dir: Path
    roster: Path | None = None
    db_path: Path | None = None
    workers: int | None = None
    max_people: int | None = None
    restart: bool = False
    batch_size: int = DEFAULT_BATCH_SIZE
    verbose: bool = False


@dataclass(frozen=True, slots=True)
class PersonOutcome:
    """What a worker reports back for one person (no content)."""

    staff_id: str
    status: str  # done | failed | queued (stopped before finishing)
    reason: str | None = None
    posts: int = 0
    delete: int = 0
    review: int = 0
    run_id: int | None = None
    model_version: str | None = None


@dataclass(frozen=True, slots=True)
class AuditSummary:
    """What an invocation did and where the outputs are."""

    audit_id: int
    resumed: bool
    complete: bool
    people: Mapping[str, int]
    kept: int  # people already done before this invocation (not rescanned)
    scanned_now: int
    posts: int
    by_action: Mapping[str, int]
    previous_audit_id: int | None
    problems: tuple[str, ...]
    outputs: tuple[Path, ...]
    db_path: Path
    out_dir: Path


class AuditProgress(Protocol):
    """Where the audit reports progress (a rich display on a terminal, lines, or nothing)."""

    def begin(self, total: int, done: int) -> None:
        """``total`` people to account for, ``done`` of them already finished."""

    def update(self, staff_id: str, status: str, detail: str = "") -> None:
        """A person changed status (queued, scanning, done, failed, skipped)."""

    def posts(self, staff_id: str, count: int) -> None:
        """``count`` more posts stored for this person."""

    def end(self) -> None:
        """No more updates."""


class NoAuditProgress:
    """Progress that goes nowhere."""

    def begin(self, total: int, done: int) -> None:
        """Ignore."""

    def update(self, staff_id: str, status: str, detail: str = "") -> None:
        """Ignore."""

    def posts(self, staff_id: str, count: int) -> None:
        """Ignore."""

    def end(self) -> None:
        """Ignore."""


# -- the run -------------------------------------------------------------------------------------


def run_audit(request: AuditRequest, progress: AuditProgress | None = None) -> AuditSummary:
    """Audit every consenting person of the staff file; resume an unfinished audit."""
    progress = progress or NoAuditProgress()
    staff = load_staff(request.staff_path)
    roster_sha = _check_roster(request.roster)
    old_umask = os.umask(0o077)
    try:
        out_dir = prepare_folder(Path(request.out_dir))
        db_path = Path(request.db_path) if request.db_path else settings().db_path
        # One audit per output folder at a time: a second one would scan the same people.
        with RunLock(out_dir / LOCK_NAME), Store(db_path) as store:
            ledger = AuditLedger(store)
            identity = ledger.open_audit(
                staff,
                out_dir,
                roster_sha256=roster_sha,
                tool_version=__version__,
                os_user=_os_user(),
                restart=request.restart,
            )
            audit_id = identity.audit_id
            to_scan, kept = ledger.sync_people(audit_id, staff.members, out_dir)
            _remove_stale_reports(
                out_dir, {m.staff_id for m in staff.members if not m.skip_reason()}
            )
            log.info(
                "audit %d %s: %d to scan, %d already done",
                audit_id,
                "resumed" if identity.resumed else "started",
                len(to_scan),
                kept,
            )
            session: dict[str, Any] = {
                "os_user": _os_user(),
                "started_at": utc_now(),
                "workers": 0,
                "resumed": identity.resumed,
            }
            consenting = len(to_scan) + kept
            progress.begin(consenting, kept)
            for person in ledger.people(audit_id):
                if person["status"] == "skipped":
                    progress.update(person["staff_id"], "skipped", person["reason"] or "")
            config = _WorkerConfig(
                audit_id=audit_id,
                previous_audit_id=identity.previous_audit_id,
                db_path=str(db_path),
                out_dir=str(out_dir),
                roster=str(request.roster) if request.roster else None,
                batch_size=request.batch_size,
                verbose=request.verbose,
                workers=_worker_count(request.workers, len(to_scan)),
            )
            session["workers"] = config.workers
            outcomes: list[PersonOutcome] = []
            try:
                outcomes = _scan_people(config, to_scan, ledger, progress, request.max_people)
            except KeyboardInterrupt:
                session.update(finished_at=utc_now(), ended="interrupted")
                ledger.add_session(audit_id, session)
                progress.end()
                raise
            progress.end()
            statuses = ledger.status_counts(audit_id)
            complete = statuses["queued"] == 0 and statuses["scanning"] == 0
            model_version = next((o.model_version for o in outcomes if o.model_version), None)
            counts = audit_counts(ledger.people(audit_id))
            ledger.finish_audit(
                audit_id, complete=complete, counts=counts, model_version=model_version
            )
            session.update(
                finished_at=utc_now(),
                ended="complete" if complete else "stopped",
                scanned=sum(1 for o in outcomes if o.status == "done"),
                failed=sum(1 for o in outcomes if o.status == "failed"),
            )
            ledger.add_session(audit_id, session)
            outputs = write_outputs(ledger, audit_id, out_dir, complete=complete)
            return AuditSummary(
                audit_id=audit_id,
                resumed=identity.resumed,
                complete=complete,
                people=statuses,
                kept=kept,
                scanned_now=sum(1 for o in outcomes if o.status == "done"),
                posts=int(counts["posts"]),
                by_action=counts["by_action"],
                previous_audit_id=identity.previous_audit_id,
                problems=tuple(p.line_text() for p in staff.problems),
                outputs=outputs,
                db_path=db_path,
                out_dir=out_dir,
            )
    finally:
        os.umask(old_umask)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return f"uid {os.getuid()}"


def _check_roster(path: Path | None) -> str | None:
    """Validate the roster once, up front (exit 2 before any work); its SHA-256 for the trail."""
    if path is None:
        return None
    from classifiers.roster import load_roster

    load_roster(path)
    return sha256_of(Path(path))


def prepare_folder(path: Path) -> Path:
    """The output folder, created or tightened to 0700 (it will hold patient data)."""
    if path.exists() and not path.is_dir():
        raise BadConfig("is a file; give a folder for the audit's outputs", path=path)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
        (path / "people").mkdir(exist_ok=True, mode=0o700)
        os.chmod(path / "people", 0o700)
    except PermissionError:
        raise BadConfig("cannot create or write the output folder", path=path) from None
    return path.resolve()


def _remove_stale_reports(out_dir: Path, scanned: set[str]) -> None:
    """Delete the reports of people this audit does not scan (consent withdrawn, left the
    staff file) from an output folder reused across audits: they hold patient data."""
    people = out_dir / "people"
    for folder in people.iterdir() if people.is_dir() else ():
        if not folder.is_dir() or folder.name in scanned:
            continue
        for name in ("report.html", "results.json"):
            (folder / name).unlink(missing_ok=True)
        try:
            folder.rmdir()
        except OSError:  # something else in there: not ours to delete
            log.warning("left %s in place: it holds files scrubs did not write", folder)


def _worker_count(requested: int | None, people: int) -> int:
    cores = os.cpu_count() or 1
    wanted = requested if requested and requested > 0 else cores
    return max(1, min(wanted, max(people, 1)))


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes, or of a folder's sorted (relative path, file digest) list."""
    if path.is_file():
        return file_sha256(path)
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            full = Path(root) / name
            digest.update(full.relative_to(path).as_posix().encode("utf-8") + b"\0")
            digest.update(sha256_of(full).encode("ascii") + b"\n")
    return digest.hexdigest()


# -- the pool ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _WorkerConfig:
    """What every worker needs, picklable."""

    audit_id: int
    previous_audit_id: int | None
    db_path: str
    out_dir: str
    roster: str | None
    batch_size: int
    verbose: bool
    workers: int


@dataclass(slots=True)
class _Pool:
    """A process pool and the channels it reports on."""

    executor: ProcessPoolExecutor
    events: Any
    stop: Any


def _start_pool(config: _WorkerConfig) -> _Pool:
    # spawn, not fork: the workers load ONNX Runtime and spaCy themselves, with no inherited
    # thread state, and behave the same on Linux, macOS and Windows.
    context = mp.get_context("spawn")
    events = context.Queue()
    stop = context.Event()
    slot = context.Value("i", 0)
    executor = ProcessPoolExecutor(
        max_workers=config.workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(config, events, stop, slot),
    )
    return _Pool(executor, events, stop)


def _scan_people(
    config: _WorkerConfig,
    people: Sequence[StaffMember],
    ledger: AuditLedger,
    progress: AuditProgress,
    max_people: int | None,
) -> list[PersonOutcome]:
    """Run every person through the pool; at most ``workers`` in flight at a time."""
    if not people:
        return []
    pending: deque[StaffMember] = deque(people)
    outcomes: list[PersonOutcome] = []
    restarts = 0
    stopping = False
    pool = _start_pool(config)
    running: dict[Future[PersonOutcome], str] = {}
    try:
        while running or (pending and not stopping):
            while pending and not stopping and len(running) < config.workers:
                member = pending.popleft()
                running[pool.executor.submit(_scan_person, member)] = member.staff_id
                progress.update(member.staff_id, "queued")
            done, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
            _drain(pool.events, progress)
            broken = False
            for future in done:
                staff_id = running.pop(future)
                outcome = _outcome_of(future, staff_id, ledger, config.audit_id)
                broken = broken or isinstance(future.exception(), BrokenProcessPool)
                outcomes.append(outcome)
                progress.update(staff_id, outcome.status, _detail(outcome))
                finished = sum(1 for o in outcomes if o.status in ("done", "failed"))
                if max_people is not None and finished >= max_people and not stopping:
                    stopping = True
                    log.info("stopping after %d people (--max-people)", finished)
            if broken:
                restarts += 1
                pool.executor.shutdown(wait=False, cancel_futures=True)
                for future, staff_id in list(running.items()):
                    outcomes.append(_outcome_of(future, staff_id, ledger, config.audit_id))
                running.clear()
                if restarts > MAX_POOL_RESTARTS:
                    log.error("worker processes keep dying; stopping the audit")
                    break
                pool = _start_pool(config)
        _drain(pool.events, progress)
    except KeyboardInterrupt:
        _stop(pool, running)
        raise
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)
    return outcomes


def _outcome_of(
    future: Future[PersonOutcome], staff_id: str, ledger: AuditLedger, audit_id: int
) -> PersonOutcome:
    """The worker's outcome; a dead worker or unexpected error is recorded here instead."""
    try:
        return future.result(timeout=0)
    except BrokenProcessPool:
        reason = "the worker process died (out of memory?); run the audit again to retry"
    except Exception as error:  # the worker records its own failures; this is a last resort
        reason = f"internal error ({type(error).__name__})"
    ledger.mark_failed(audit_id, staff_id, reason)
    return PersonOutcome(staff_id, "failed", reason)


def _detail(outcome: PersonOutcome) -> str:
    if outcome.status == "done":
        return f"{outcome.posts} posts, {outcome.delete} to delete, {outcome.review} to review"
    return outcome.reason or ""


def _drain(events: Any, progress: AuditProgress) -> None:
    """Forward the workers' progress events (staff id, status or post count)."""
    while True:
        try:
            kind, staff_id, value = events.get_nowait()
        except (queue_module.Empty, OSError, EOFError, ValueError):
            return
        if kind == "posts":
            progress.posts(staff_id, int(value))
        else:
            progress.update(staff_id, kind, str(value))


def _stop(pool: _Pool, running: Mapping[Future[PersonOutcome], str]) -> None:
    """Ctrl-C: ask workers to stop at their next batch, then end the ones that do not."""
    pool.stop.set()
    wait(list(running), timeout=STOP_GRACE_SECONDS)
    processes = getattr(pool.executor, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()


# -- in the worker -------------------------------------------------------------------------------


@dataclass(slots=True)
class _WorkerState:
    config: _WorkerConfig
    events: Any
    stop: Any
    scorer: Any = None
    roster: Any = None
    ledger: AuditLedger | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_state: _WorkerState | None = None


class AuditStopped(BaseException):  # noqa: N818 - like KeyboardInterrupt, not an error
    """Raised inside a worker between batches when the audit is being stopped."""


def _init_worker(config: _WorkerConfig, events: Any, stop: Any, slot: Any) -> None:
    """Per worker process, once: umask, signals, CPU share, logging. Models load lazily."""
    global _state
    os.umask(0o077)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    with slot.get_lock():
        index = slot.value
        slot.value += 1
    _share_cpus(index, config.workers)
    from scanner.logs import setup_logging

    setup_logging(verbose=config.verbose)
    _state = _WorkerState(config, events, stop)


def _share_cpus(index: int, workers: int) -> None:
    """Give each worker its own slice of the CPUs, so N workers do not each start a thread per
    core in ONNX Runtime (which sizes its pool from the process's CPU affinity)."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux: leave the default
        return
    if workers <= 1 or len(cpus) <= 1:
        return
    per = max(1, len(cpus) // workers)
    start = (index * per) % len(cpus)
    share = {cpus[(start + i) % len(cpus)] for i in range(per)}
    try:
        os.sched_setaffinity(0, share)
    except OSError:
        pass
    os.environ["OMP_NUM_THREADS"] = str(per)


def _loaded(state: _WorkerState) -> _WorkerState:
    """The scorer and roster, loaded on the worker's first person and kept."""
    if state.ledger is None:
        state.ledger = AuditLedger(Store(state.config.db_path))
    if state.scorer is None:
        from classifiers.engine import Scorer

        if state.config.roster:
            from classifiers.roster import load_roster

            state.roster = load_roster(state.config.roster)
            from reports.redact import roster_name_keys

            state.extra["names"] = roster_name_keys(state.roster)
        scorer = Scorer(patients=state.roster)
        scorer.load()
        state.scorer = scorer
    return state


class _EventProgress:
    """Pipeline progress sent to the parent; also where a stop request is noticed."""

    def __init__(self, state: _WorkerState, staff_id: str) -> None:
        self.state = state
        self.staff_id = staff_id

    def start(self, label: str) -> None:
        """A source begins."""
        self._check()

    def advance(self, posts: int) -> None:
        """Posts stored."""
        self.state.events.put(("posts", self.staff_id, posts))
        self._check()

    def finish(self) -> None:
        """A source is done."""

    def _check(self) -> None:
        if self.state.stop.is_set():
            raise AuditStopped


def _scan_person(member: StaffMember) -> PersonOutcome:
    """Scan one person into the store and their folder; record the outcome. Runs in a worker."""
    assert _state is not None, "worker not initialised"  # noqa: S101 - programming error
    state = _state
    config = state.config
    try:
        _loaded(state)
    except ScrubsError as error:  # e.g. the roster became unreadable mid-audit
        return _failed(state, member, error.line(), ())
    ledger = state.ledger
    assert ledger is not None  # noqa: S101
    ledger.mark_scanning(config.audit_id, member.staff_id)
    state.events.put(("scanning", member.staff_id, ""))
    sources: list[dict[str, Any]] = []
    try:
        sources = [_source_entry(s) for s in member.sources]
        outcome = _scan_sources(state, member, sources)
    except AuditStopped:
        _requeue(ledger, config.audit_id, member.staff_id)
        return PersonOutcome(member.staff_id, "queued", "stopped before finishing")
    except ScrubsError as error:
        return _failed(state, member, error.line(), sources)
    except Exception as error:  # anything else: that person fails, the audit goes on
        log.error("person %s: internal error %s", member.staff_id, type(error).__name__)
        return _failed(state, member, f"internal error ({type(error).__name__})", sources)
    return outcome


def _failed(
    state: _WorkerState, member: StaffMember, reason: str, sources: Sequence[Mapping[str, Any]]
) -> PersonOutcome:
    if state.ledger is not None:
        state.ledger.mark_failed(state.config.audit_id, member.staff_id, reason, sources)
    log.info("person %s failed", member.staff_id)
    return PersonOutcome(member.staff_id, "failed", reason)


def _requeue(ledger: AuditLedger, audit_id: int, staff_id: str) -> None:
    with ledger.store.atomic():
        ledger.conn.execute(
            "UPDATE audit_people SET status = 'queued' WHERE audit_id = ? AND staff_id = ?",
            (audit_id, staff_id),
        )


def _source_entry(source: StaffSource) -> dict[str, Any]:
    """The trail's record of a source: label, kind and, for an export, its SHA-256."""
    entry: dict[str, Any] = {"label": source.label, "kind": source.kind}
    if source.kind == "export":
        path = Path(source.value)
        if not path.exists():
            from scanner.errors import MissingPath

            raise MissingPath("export not found", path=path)
        entry["sha256"] = sha256_of(path)
    return entry


def live_connector(source: StaffSource) -> Any:
    """The API connector for a live handle of the staff file (credentials from the env)."""
    if source.kind == "x_user":
        from scanner.connectors.x_api import XApi

        return XApi(source.value)
    if source.kind == "facebook_page":
        from scanner.connectors.facebook_api import FacebookApi

        return FacebookApi(source.value)
    if source.kind == "mastodon_account":
        from scanner.connectors.mastodon_api import MastodonApi

        return MastodonApi(source.value)
    if source.kind == "bluesky_handle":
        from scanner.connectors.bluesky_api import BlueskyApi

        return BlueskyApi(source.value)
    raise BadConfig(f"unknown live source kind {source.kind!r}")


def _scan_sources(
    state: _WorkerState, member: StaffMember, sources: Sequence[Mapping[str, Any]]
) -> PersonOutcome:
    from scanner.pipeline import ScanRequest, scan

    config = state.config
    ledger = state.ledger
    assert ledger is not None  # noqa: S101
    folder = Path(config.out_dir) / "people" / member.staff_id
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    request = ScanRequest(
        sources=member.exports,
        live=tuple(live_connector(s) for s in member.live),
        roster=Path(config.roster) if config.roster else None,
        patients=state.roster,
        json_path=folder / "results.json",
        report_path=folder / "report.html",
        db_path=Path(config.db_path),
        batch_size=config.batch_size,
        scorer=state.scorer,
    )
    summary = scan(request, _EventProgress(state, member.staff_id))
    store = ledger.store
    totals = store.run_totals(summary.run_id)
    risky, highlights = _risky_and_highlights(
        store, summary.run_id, state.extra.get("names", frozenset())
    )
    account_findings = sum(len(a["findings"]) for a in store.run_accounts(summary.run_id))
    model_version = store.run(summary.run_id).get("model_version")
    counts = {
        "posts": totals["posts"],
        "by_action": totals["by_action"],
        "by_category": totals["by_category"],
        "links": totals["links"],
        "patient_links": summary.matched_links,
        "roster_used": summary.roster_used,
        "accounts": [f"{a.platform}:@{a.handle}" for a in summary.accounts],
        "account_findings": account_findings,
        "top_risk": max((h["risk"] for h in highlights), default=0.0),
        "notes": len(summary.notes),
    }
    exported = {str(path) for path in member.exports}
    live_accounts = [
        account_id
        for a in summary.accounts
        if a.source not in exported
        and not any(b.source in exported and b.platform == a.platform for b in summary.accounts)
        and (account_id := store.account_id(a.platform, a.handle)) is not None
    ]
    counts = ledger.mark_done(
        config.audit_id,
        member.staff_id,
        run_id=summary.run_id,
        sources=sources,
        counts=counts,
        highlights=highlights,
        model_version=model_version,
        risky=risky,
        previous_audit_id=config.previous_audit_id,
        live_accounts=live_accounts,
    )
    by_action = totals["by_action"]
    return PersonOutcome(
        member.staff_id,
        "done",
        posts=int(totals["posts"]),
        delete=int(by_action.get("delete", 0)),
        review=int(by_action.get("review", 0)),
        run_id=summary.run_id,
        model_version=model_version,
    )


def _risky_and_highlights(
    store: Store, run_id: int, names: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, str, str, float]], list[dict[str, Any]]]:
    """Every delete/review post id of the run, and the riskiest few as redacted highlights
    (``names``: the roster's name keys, so patients' names are masked in any spelling)."""
    from reports.redact import redact_many

    risky: list[tuple[str, str, str, float]] = []
    top: list[dict[str, Any]] = []
    for row in store.iter_run_posts(run_id, actions=RISKY_ACTIONS):
        risky.append((row["platform"], str(row["post_id"]), row["action"], float(row["risk"])))
        if len(top) < HIGHLIGHTS_PER_PERSON:
            top.append(row)
    findings = [_json_list(row["findings"]) for row in top]
    snippets = redact_many([row["text"] for row in top], findings, names=names)
    highlights = [
        {
            "action": row["action"],
            "risk": round(float(row["risk"]), 4),
            "platform": row["platform"],
            "categories": [c for c in CATEGORY_COLUMNS if float(row[c]) >= 0.5],
            "rules": list(dict.fromkeys(str(f.get("rule", "")) for f in found)),
            "snippet": snippet,
        }
        for row, found, snippet in zip(top, findings, snippets, strict=True)
    ]
    return risky, highlights


def _json_list(text: str) -> list[dict[str, Any]]:
    import json

    value = json.loads(text or "[]")
    return value if isinstance(value, list) else []


# -- outputs -------------------------------------------------------------------------------------


def audit_counts(people: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The audit's totals over its people (what the trail records and the overview shows)."""
    by_status = {s: 0 for s in STATUSES}
    by_action = {"delete": 0, "review": 0, "keep": 0}
    posts = patient_links = new_risky = resolved = 0
    for person in people:
        by_status[person["status"]] = by_status.get(person["status"], 0) + 1
        counts = person["counts"] if person["status"] == "done" else {}
        posts += int(counts.get("posts", 0))
        patient_links += int(counts.get("patient_links", 0))
        new_risky += int(counts.get("new_risky", 0))
        resolved += int(counts.get("resolved", 0))
        for action in by_action:
            by_action[action] += int((counts.get("by_action") or {}).get(action, 0))
    return {
        "people": len(people),
        "by_status": by_status,
        "posts": posts,
        "by_action": by_action,
        "patient_links": patient_links,
        "new_risky": new_risky,
        "resolved": resolved,
    }


def write_outputs(
    ledger: AuditLedger, audit_id: int, out_dir: Path, *, complete: bool
) -> tuple[Path, ...]:
    """The overview and the per-person CSV, from the store."""
    from reports.overview import overview_data, render_overview, write_people_csv

    audit = ledger.audit(audit_id)
    previous = ledger.audit(audit["previous_audit_id"]) if audit["previous_audit_id"] else None
    data = overview_data(audit, ledger.people(audit_id), previous=previous, complete=complete)
    overview = out_dir / "overview.html"
    people_csv = out_dir / "people.csv"
    render_overview(data, overview)
    write_people_csv(data, people_csv)
    return overview, people_csv


def iter_report_paths(out_dir: Path) -> Iterator[Path]:
    """Every file the audit wrote under ``out_dir`` (for permission checks and clean-up)."""
    for root, _dirs, files in os.walk(out_dir):
        for name in files:
            yield Path(root) / name
