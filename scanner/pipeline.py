"""The batch pipeline: sources -> store -> classifiers -> results, in flat memory.

``scan(request)`` does, in order:

1. **Check everything before writing anything.** Every export is opened and recognised and
   the roster loaded before the store is touched, so bad input (a missing path, a zip bomb, an
   HTML Facebook export, an unreadable roster) ends the run with nothing written anywhere.
2. **Per source, in batches.** The connector streams posts; each batch of ``batch_size``
   goes through ``Scorer.score(batch, account)`` and is stored with its verdicts, a few
   batches to a transaction (``STORE_GROUP_POSTS``). Nothing holds all posts: memory depends
   on the batch size, not the export.
   Links go through the roster matcher in batches too; only the few matched links are kept
   in memory (their ``patient_ref`` must not go into the store).
3. **Passes over what is stored.** ``Scorer.score`` finds cases spread over a thread only
   among the posts of one batch, and exports are not in thread order, so a thread pass
   re-scores, whole, every self-reply thread whose posts fell into different batches (only
   their ids are tracked while streaming). An account pass
   (``classifiers.account_findings.AccountObserver``, fed every batch) adds account-level
   findings such as a missing disclaimer.
4. **Outputs by streaming queries** ordered by risk: the results JSON, the HTML report and
   the CSV, only those asked for.

Live sources (``ApiConnector``) go through the same steps page by page; each page's posts,
verdicts and cursor are one transaction, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from scanner import __version__, timing
from scanner.config import settings
from scanner.connectors.base import ApiConnector, ArchiveConnector, Cursor
from scanner.errors import BadInput, ScrubsError
from scanner.models import Account, Link, Post
from scanner.store import (
    LinkMatch,
    RunVersions,
    ScoredPost,
    SourceRecord,
    Store,
    iter_batches,
    utc_now,
)

if TYPE_CHECKING:
    from classifiers.engine import Scorer
    from classifiers.findings import PatientMatch, Verdict

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 1024  # posts per scoring batch: long enough for the encoder to group
# posts of one token length (less padding: ~30% less encoder CPU than 256), small in memory
LINK_BATCH_SIZE = 1000
THREAD_BATCH_SIZE = 64
LOOKUP_LIMIT = 1000  # user lookups per live X source and run: 10 billed requests


# -- request and summary -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScanRequest:
    """What to scan and where to write. Paths are as the user gave them.

    ``live`` holds API connectors the CLI built from options such as ``--x-user``; ``scorer``
    lets a caller (benchmarks, tests of a specific recognizer set) bring its own.
    """

    sources: tuple[Path, ...] = ()
    live: tuple[ApiConnector, ...] = ()
    roster: Path | None = None
    json_path: Path | None = None
    report_path: Path | None = None
    csv_path: Path | None = None
    db_path: Path | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    scorer: Scorer | None = None
    redact: bool = False
    patients: Any = None  # a roster already loaded (RosterIndex): the audit loads it once
    keep_going: bool = False  # a live source that fails is recorded; the others still run
    alert_policy: Any = None  # scanner.outbox.AlertPolicy: queue alerts with the verdicts


@dataclass(frozen=True, slots=True)
class AccountSummary:
    """What one source contributed."""

    platform: str
    handle: str
    source: str
    posts: int
    links: int
    matched_links: int
    skipped: Mapping[str, int] = field(default_factory=dict)
    requests: int | None = None  # live sources: API requests made (billed per request on X)


@dataclass(frozen=True, slots=True)
class ScanSummary:
    """What a run did: counts and where its outputs are."""

    run_id: int
    db_path: Path
    accounts: tuple[AccountSummary, ...]
    posts: int
    new_posts: int
    links: int
    matched_links: int
    by_action: Mapping[str, int]
    outputs: tuple[Path, ...]
    notes: tuple[str, ...] = ()
    roster_used: bool = False
    failures: tuple[tuple[str, str], ...] = ()  # (source label, one-line reason), keep_going


class Progress(Protocol):
    """Where the pipeline reports progress (a rich bar on a terminal, nothing otherwise)."""

    def start(self, label: str) -> None:
        """A source begins."""

    def advance(self, posts: int) -> None:
        """``posts`` more posts stored."""

    def finish(self) -> None:
        """The source is done."""


class NoProgress:
    """Progress that goes nowhere: pipes, CI, tests."""

    def start(self, label: str) -> None:
        """Ignore."""

    def advance(self, posts: int) -> None:
        """Ignore."""

    def finish(self) -> None:
        """Ignore."""


# -- the run -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Run:
    """Mutable state of one run: the store, the scorer, the matcher and this run's matches."""

    store: Store
    run_id: int
    scorer: Scorer
    versions: RunVersions
    request: ScanRequest
    progress: Progress
    matcher: Any = None  # classifiers.links.LinkMatcher when a roster is given
    matches: dict[int, PatientMatch] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    accounts: list[AccountSummary] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def scan(request: ScanRequest, progress: Progress | None = None) -> ScanSummary:
    """Scan every source of ``request`` into the store and write the requested outputs."""
    progress = progress or NoProgress()
    if not request.sources and not request.live:
        raise BadInput("nothing to scan: give at least one export (a .zip or folder)")
    _check_outputs(request)
    timing.reset()
    with ExitStack() as stack:
        connectors = [_open(path, stack) for path in request.sources]  # bad input raises here
        roster = request.patients if request.patients is not None else _load_roster(request.roster)
        db_path = Path(request.db_path).absolute() if request.db_path else settings().db_path
        store = stack.enter_context(Store(db_path))
        store.alert_policy = request.alert_policy
        scorer = request.scorer or _default_scorer(roster)
        versions = RunVersions(tool=__version__, model=_model_version(scorer))
        records = [
            _source_record(path, c) for path, c in zip(request.sources, connectors, strict=True)
        ]
        run = _Run(
            store=store,
            run_id=store.start_run(records, versions),
            scorer=scorer,
            versions=versions,
            request=request,
            progress=progress,
            matcher=_link_matcher(roster),
        )
        log.info(
            "run %d started: %d export(s), %d live source(s)",
            run.run_id,
            len(connectors),
            len(request.live),
        )
        try:
            for path, connector in zip(request.sources, connectors, strict=True):
                _scan_archive(run, connector, str(path))
            for live in request.live:
                _scan_live_guarded(run, live)
            outputs, totals = _write_outputs(run, roster_used=roster is not None)
        except ScrubsError as error:
            store.finish_run(run.run_id, status="failed", errors=[error.line()])
            raise
        except BaseException as error:
            store.finish_run(run.run_id, status="failed", errors=[type(error).__name__])
            raise
        summary = ScanSummary(
            run_id=run.run_id,
            db_path=db_path,
            accounts=tuple(run.accounts),
            posts=totals["posts"],
            new_posts=store.new_posts(run.run_id),
            links=totals["links"],
            matched_links=len(run.matches),
            by_action=totals["by_action"],
            outputs=outputs,
            notes=tuple(run.notes),
            roster_used=roster is not None,
            failures=tuple(run.failures),
        )
        log.debug("run %d stage seconds: %s", run.run_id, timing.summary_line())
        counts = {**_counts(summary), "timings": timing.snapshot()["seconds"]}
        store.finish_run(run.run_id, status="done", counts=counts, errors=run.notes)
        log.info("run %d done: %d posts, %d links", run.run_id, summary.posts, summary.links)
        return summary


def _open(path: Path, stack: ExitStack) -> ArchiveConnector:
    from scanner.connectors import open_export

    connector = open_export(path)
    stack.callback(connector.source.close)
    return connector


def _check_outputs(request: ScanRequest) -> None:
    """Refuse output paths that cannot be written, before any work is done."""
    for path in (request.json_path, request.report_path, request.csv_path):
        if path is None:
            continue
        if Path(path).is_dir():
            raise BadInput("is a folder; give a file name for this output", path=path)
    inputs = {Path(p).resolve() for p in request.sources}
    for path in (request.json_path, request.report_path, request.csv_path):
        if path is not None and Path(path).resolve() in inputs:
            raise BadInput("output would overwrite an input export", path=path)


def _load_roster(path: Path | None) -> Any:
    if path is None:
        return None
    from classifiers.roster import load_roster

    return load_roster(path)


def _link_matcher(roster: Any) -> Any:
    if roster is None:
        return None
    from classifiers.links import LinkMatcher

    return LinkMatcher(roster)


def _default_scorer(roster: Any) -> Scorer:
    from classifiers.engine import Scorer

    return Scorer(patients=roster)


def _model_version(scorer: Any) -> str | None:
    """Which model scored: the scorer's own word when it has one, else the classifier's name."""
    explicit = getattr(scorer, "model_version", None)
    if isinstance(explicit, str):
        return explicit
    classifier = getattr(scorer, "classifier", None)
    if classifier is None:
        return "heuristics"
    return str(
        getattr(classifier, "version", None)
        or getattr(classifier, "name", None)
        or type(classifier).__name__
    )


def _source_record(path: Path, connector: ArchiveConnector) -> SourceRecord:
    return SourceRecord(label=str(path), kind=connector.name, fingerprint=fingerprint(Path(path)))


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB chunks (exports can be gigabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(path: Path) -> str:
    """Which export this was: sha256 of a file's bytes, or of a folder's names and sizes."""
    if path.is_file():
        return file_sha256(path)
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            full = Path(root) / name
            digest.update(f"{full.relative_to(path).as_posix()}\0{full.stat().st_size}\n".encode())
    return "listing:" + digest.hexdigest()


# -- one archive ---------------------------------------------------------------------------------


def _scan_archive(run: _Run, connector: ArchiveConnector, label: str) -> None:
    account = connector.account()
    account_id = run.store.upsert_account(account, run.run_id)
    run.progress.start(f"{connector.name} @{account.handle}")
    log.info("source %s: account %s, connector %s", label, account.key, connector.name)
    passes = _AccountPasses.start()
    posts = _store_posts(
        run, account, account_id, connector.iter_posts(), passes, seen_in="archive"
    )
    links, matched = _store_links(run, account_id, connector.iter_links())
    run.progress.finish()
    with timing.stage("thread_pass"):
        _thread_pass(run, account, account_id, passes.split_threads)
    with timing.stage("account_pass"):
        _account_pass(run, account, account_id, passes)
    skipped = dict(connector.stats.skipped)
    if skipped:
        note = _skip_note(label, skipped)
        log.warning("%s", note)
        run.notes.append(note)
    run.accounts.append(
        AccountSummary(account.platform, account.handle, label, posts, links, matched, skipped)
    )


def _skip_note(label: str, skipped: Mapping[str, int]) -> str:
    total = sum(skipped.values())
    reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(skipped.items()))
    items = "item" if total == 1 else "items"
    return f"{label}: skipped {total} odd {items} ({reasons}); the rest was scanned"


@dataclass(slots=True)
class _AccountPasses:
    """What the passes after streaming need, gathered while streaming: ids and counts only."""

    observer: Any  # classifiers.account_findings.AccountObserver, or None
    batch_of_thread: dict[str, int] = field(default_factory=dict)
    split_threads: set[str] = field(default_factory=set)
    batches: int = 0

    @classmethod
    def start(cls) -> _AccountPasses:
        try:
            from classifiers.account_findings import AccountObserver
        except ImportError:  # classifiers without account findings: the pass is skipped
            return cls(observer=None)
        return cls(observer=AccountObserver())

    def see(self, posts: Sequence[Post], verdicts: Sequence[Verdict]) -> None:
        """Note which threads this batch touches and let the account observer count."""
        self.batches += 1
        for post in posts:
            if post.thread_id:
                first = self.batch_of_thread.setdefault(post.thread_id, self.batches)
                if first != self.batches:
                    self.split_threads.add(post.thread_id)
        if self.observer is not None:
            self.observer.observe_all(posts, verdicts)


STORE_GROUP_POSTS = 4096  # scored posts written per transaction (see _store_posts)


def _store_posts(
    run: _Run,
    account: Account,
    account_id: int,
    posts: Iterable[Post],
    passes: _AccountPasses,
    *,
    seen_in: str,
) -> int:
    """Score and store ``posts``; how many there were.

    Scored batches are written ``STORE_GROUP_POSTS`` at a time, each group one transaction
    (the first batch at once, so the first verdicts land within seconds). A commit writes
    every page its inserts touched: per batch of 1,024 the commits cost 0.9 of the store's
    3.2 CPU s per 100,000 posts (measured while the indexes were still keyed by date and
    risk, before ``migrations.m006``); in groups of four batches the store took 17% less.
    The lock is not held while the next batches are scored, so audit workers sharing the
    store do not wait on each other's scoring. A crash loses at most the group not yet
    committed: those posts are not in the store, so the next scan reads them as new.
    """
    count = 0
    pending: list[ScoredPost] = []
    # Timed per batch, not per post: two clock reads per post cost ~1 s per 100,000 posts.
    batches = timing.timed_iter(
        _ramped_batches(posts, run.request.batch_size), "read", flush_every=1
    )
    for batch, verdicts in _score_batches(run, batches, account):
        timing.mark("first_scored")
        with timing.stage("account_pass"):  # its per-batch half: threads seen, posts counted
            passes.see(batch, verdicts)
        with timing.stage("store"):
            pending += _scored_all(verdicts)
            if count == 0 or len(pending) >= STORE_GROUP_POSTS:
                _save_group(run, account_id, pending, seen_in)
                pending = []
        count += len(batch)
    if pending:
        with timing.stage("store"):
            _save_group(run, account_id, pending, seen_in)
    return count


def _save_group(run: _Run, account_id: int, scored: list[ScoredPost], seen_in: str) -> None:
    """One transaction of scored posts, then the progress bar moves by as many."""
    run.store.save_scored(account_id, run.run_id, scored, seen_in=seen_in, versions=run.versions)
    run.progress.advance(len(scored))


FIRST_BATCH_SIZE = 64  # the first batch is small so the first verdicts land within seconds


def _ramped_batches(posts: Iterable[Post], size: int) -> Iterator[list[Post]]:
    """One small batch first (quick first results and an early start for the encoder
    thread), then batches of ``size``."""
    iterator = iter(posts)
    first = list(itertools.islice(iterator, min(FIRST_BATCH_SIZE, size)))
    if first:
        yield first
        yield from iter_batches(iterator, size)


def _score_batches(
    run: _Run, batches: Iterable[Sequence[Post]], account: Account
) -> Iterator[tuple[Sequence[Post], Sequence[Verdict]]]:
    """``(batch, verdicts)`` per batch; through ``Scorer.score_stream`` when the scorer has it
    (the encoder then works batches ahead in its own threads), else ``score`` per batch."""
    stream = getattr(run.scorer, "score_stream", None)
    if stream is not None:
        yield from stream(batches, account)
        return
    for batch in batches:
        yield batch, run.scorer.score(batch, account)


def _score(run: _Run, batch: Sequence[Post], account: Account) -> list[ScoredPost]:
    return _scored_all(run.scorer.score(batch, account))


def _scored_all(verdicts: Iterable[Verdict]) -> list[ScoredPost]:
    """Verdicts as the store takes them, findings rendered as contract dicts (one import per
    batch, not per post: 0.05 CPU s per 100,000 posts)."""
    from scanner.results import finding_dict

    return [
        ScoredPost(
            post=verdict.post,
            scores=dict(verdict.scores),
            risk=verdict.risk,
            action=verdict.action,
            findings=tuple(finding_dict(f) for f in verdict.findings),
        )
        for verdict in verdicts
    ]


def _store_links(run: _Run, account_id: int, links: Iterable[Link]) -> tuple[int, int]:
    """Store links, matching each against the roster; returns (stored, matched)."""
    stored = matched = 0
    for batch in iter_batches(links, LINK_BATCH_SIZE):
        pairs = [(link, _match(run, link)) for link in batch]
        rowids = run.store.save_links(
            account_id,
            run.run_id,
            [(link, kept) for link, (kept, _) in pairs],
            roster_used=run.matcher is not None,
        )
        for rowid, (_, (_, match)) in zip(rowids, pairs, strict=True):
            if rowid is None:
                continue
            stored += 1
            if match is not None:
                run.matches[rowid] = match
                matched += 1
    return stored, matched


def _match(run: _Run, link: Link) -> tuple[LinkMatch | None, PatientMatch | None]:
    """The roster match for ``link``: what the store may keep, and the full match for outputs."""
    if run.matcher is None:
        return None, None
    match = run.matcher.match(link)
    if match is None:
        return None, None
    from classifiers.links import match_fingerprint

    kept = LinkMatch(
        fingerprint=match_fingerprint(link, match),
        score=float(match.score),
        matched_on=tuple(match.matched_on),
    )
    return kept, match


# -- passes over what is stored ------------------------------------------------------------------


def _thread_pass(run: _Run, account: Account, account_id: int, split: set[str]) -> None:
    """Re-score, whole, the threads whose posts were scored in different batches.

    A thread is kept in one scoring batch (several small threads may share one), so the
    scorer's case pass sees every post of it; the new verdicts replace the stored ones.
    """
    if not split:
        return
    changed = threads = 0
    pending: list[Post] = []
    for thread in run.store.iter_threads(account_id, run.run_id, thread_ids=split):
        threads += 1
        if pending and len(pending) + len(thread) > run.request.batch_size:
            changed += _rescore(run, pending, account)
            pending = []
        pending.extend(thread)
    if pending:
        changed += _rescore(run, pending, account)
    log.info("thread pass for %s: %d split threads, %d verdicts replaced", account.key, threads,
             changed)  # fmt: skip


def _rescore(run: _Run, posts: Sequence[Post], account: Account) -> int:
    return run.store.replace_verdicts(
        run.run_id, _score(run, posts, account), versions=run.versions
    )


def _account_pass(run: _Run, account: Account, account_id: int, passes: _AccountPasses) -> None:
    """Account-level findings (no disclaimer, mixed use) from what the observer counted."""
    if passes.observer is None:
        return
    from scanner.results import finding_dict

    findings = passes.observer.findings(account)
    run.store.set_account_findings(account_id, [finding_dict(f) for f in findings])


# -- live sources ----------------------------------------------------------------------------------


def live_label(connector: ApiConnector) -> str:
    """``x.api @drexample``: how a live source is named in summaries, history and errors."""
    return f"{connector.name} {getattr(connector, 'label', '')}".strip()


def _scan_live_guarded(run: _Run, connector: ApiConnector) -> None:
    """Scan one live source; with ``keep_going`` its failure is recorded, not raised.

    Pages stored before the failure stay stored with their cursor, so nothing is lost and
    the next run resumes where this one stopped.
    """
    if not run.request.keep_going:
        _scan_live(run, connector)
        return
    try:
        _scan_live(run, connector)
    except ScrubsError as error:
        label = live_label(connector)
        log.warning("%s failed: %s", label, error.line())
        run.failures.append((label, error.line()))
        run.progress.finish()


def _scan_live(run: _Run, connector: ApiConnector) -> None:
    """Fetch pages newer than the stored cursor; each page and its cursor in one transaction."""
    account = connector.account()
    account_id = run.store.upsert_account(account, run.run_id)
    label = live_label(connector)
    run.store.add_run_sources(run.run_id, [SourceRecord(label=label, kind=connector.name)])
    stored_cursor = run.store.cursor(account_id, connector.name)
    run.progress.start(label)
    posts = links = matched = 0
    passes = _AccountPasses.start()
    for page in connector.iter_pages(Cursor(stored_cursor) if stored_cursor else None):
        verdicts = run.scorer.score(page.posts, account) if page.posts else []
        passes.see(page.posts, verdicts)
        scored = _scored_all(verdicts)
        run.store.save_page(
            account_id,
            run.run_id,
            connector.name,
            scored,
            page.cursor.value if page.cursor else None,
            versions=run.versions,
        )
        posts += len(page.posts)
        run.progress.advance(len(page.posts))
        for note in (f"{label}: {note}" for note in page.notes):
            if note not in run.notes:
                log.warning("%s", note)
                run.notes.append(note)
        if page.links:
            page_links, page_matched = _store_links(run, account_id, page.links)
            links, matched = links + page_links, matched + page_matched
    more_links, more_matched = _store_links(run, account_id, connector.iter_links())
    links, matched = links + more_links, matched + more_matched
    matched += _resolve_link_ids(run, connector, account, account_id)
    for note in (f"{label}: {note}" for note in getattr(connector, "notes", ())):
        if note not in run.notes:
            log.warning("%s", note)
            run.notes.append(note)
    run.progress.finish()
    _thread_pass(run, account, account_id, passes.split_threads)
    _account_pass(run, account, account_id, passes)
    run.accounts.append(
        AccountSummary(account.platform, account.handle, label, posts, links, matched,
                       requests=getattr(connector, "requests_made", None))  # fmt: skip
    )


def _resolve_link_ids(run: _Run, connector: ApiConnector, account: Account, account_id: int) -> int:
    """Turn follower/following ids known only from an archive into handles and names.

    X archives list followers by account id alone, which a roster cannot match by name. A
    live connector that can look users up (``lookup_users``, 100 ids per request) fills in
    handle and name, at most ``LOOKUP_LIMIT`` ids per run (reads are billed); the links are
    then matched again. Returns how many newly matched.
    """
    lookup = getattr(connector, "lookup_users", None)
    if lookup is None:
        return 0
    pending = run.store.unresolved_link_ids(account_id, LOOKUP_LIMIT)
    if not pending:
        return 0
    relations: dict[str, list[str]] = {}
    for relation, other_id in pending:
        relations.setdefault(other_id, []).append(relation)
    people = list(lookup(list(relations)))
    found = [
        Link(account.platform, account.handle, relation, person, origin=f"{connector.name}:lookup")  # type: ignore[arg-type]
        for person in people
        for relation in relations.get(person.id or "", [])
    ]
    _, matched = _store_links(run, account_id, found)
    run.store.mark_looked_up(account_id, list(relations))
    log.info("resolved %d of %d link ids through %s", len(people), len(relations), connector.name)
    return matched


# -- outputs ---------------------------------------------------------------------------------------


def _write_outputs(run: _Run, *, roster_used: bool) -> tuple[tuple[Path, ...], dict[str, Any]]:
    """Write the requested outputs; the paths written and the run's totals.

    The results JSON is written in a second thread, on a connection of its own, while this
    one adds up the totals and writes the report: when the encoder has finished, one core is
    otherwise idle, and every second here is a second on the scan's wall clock (the results
    file of a 100,000-post scan costs about 1.1 s, the totals and report about 0.5 s).
    """
    request = run.request
    generated_at = utc_now()
    with ThreadPoolExecutor(1, thread_name_prefix="scrubs-results") as pool:
        results_file = (
            pool.submit(_write_results_file, run, Path(request.json_path), generated_at)
            if request.json_path is not None
            else None
        )
        totals = run.store.run_totals(run.run_id)  # once, for the report and the summary
        written = _write_report(run, totals, generated_at, roster_used=roster_used)
        if results_file is not None:
            written.insert(0, results_file.result())
    return tuple(written), totals


def _write_results_file(run: _Run, path: Path, generated_at: str) -> Path:
    """The results JSON, through its own connection (a ``Store`` serves one thread)."""
    from scanner import results

    with timing.stage("output.json"), Store(run.store.path) as store:
        return results.write_results(
            store, run.run_id, path, matches=run.matches, generated_at=generated_at
        )


def _write_report(
    run: _Run, totals: dict[str, Any], generated_at: str, *, roster_used: bool
) -> list[Path]:
    """The HTML report and the CSV, when asked for."""
    from scanner import results

    request = run.request
    if request.report_path is None and request.csv_path is None:
        return []
    data = results.report_data(
        run.store,
        run.run_id,
        matches=run.matches,
        roster_used=roster_used,
        notes=tuple(run.notes),  # the report itself says when no roster was given
        generated_at=generated_at,
        redact=request.redact,
        totals=totals,
    )
    import reports

    written: list[Path] = []
    if request.report_path is not None:
        Path(request.report_path).parent.mkdir(parents=True, exist_ok=True)
        with timing.stage("output.report"):
            reports.render_report(data, Path(request.report_path))
        written.append(Path(request.report_path))
    if request.csv_path is not None:
        Path(request.csv_path).parent.mkdir(parents=True, exist_ok=True)
        reports.write_csv(data, Path(request.csv_path))
        written.append(Path(request.csv_path))
    return written


def _counts(summary: ScanSummary) -> dict[str, Any]:
    return {
        "posts": summary.posts,
        "new_posts": summary.new_posts,
        "links": summary.links,
        "matched_links": summary.matched_links,
        "by_action": dict(summary.by_action),
        "skipped": {a.source: dict(a.skipped) for a in summary.accounts if a.skipped},
    }
