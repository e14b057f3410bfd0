"""The lint workers: one linter, built and warmed once, used by every request.

The server process builds the :class:`~copylint.engine.Linter` for its configuration and
warms it (word data, dictionaries, compiled rules) before it serves anything. With
``workers=N`` it then forks N worker processes that inherit that linter (copy-on-write:
nothing is built again) and lint in parallel; with ``workers=0`` one thread of the
server process lints, one request at a time (checks need not be thread safe).

Jobs carry only what the request sent; a worker parses, lints and renders the answer,
so the event loop only moves bytes. Admission (the concurrency limit) and the deadline
are the caller's: see :class:`LintService`.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import json
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import OrderedDict
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from copylint.api import parse_document
from copylint.config import Settings
from copylint.document import Document
from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.issue import Issue
from copylint.readers import parse
from copylint.reporters import ReportContext, render
from copylint.server import ltwire
from copylint.server.annotated import annotated_document, parse_annotation
from copylint.server.memo import ServerMemo

#: the linters jobs use, by key (set by :func:`install` before workers are forked, so they inherit them)
_LINTERS: dict[int, Linter] = {}
#: each linter's per-paragraph memo, made in the process that lints (each worker has its own)
_MEMOS: dict[int, ServerMemo] = {}

WARM_UP = (
    "Storm hits the coast\n\n"
    "The council said on Tuesday that the harbour colour scheme was organised in January 2020. "
    "Residents, who had organized a petition, said the the center of town was flooded.\n\n"
    "\u201cWe recieved no warning,\u201d said one. The U.S. embassy's statement followed.\n"
)


def install(linter: Linter) -> int:
    """Register ``linter`` for jobs; the key names it in :func:`run_job`."""
    key = len(_LINTERS) + 1
    _LINTERS[key] = linter
    return key


def warm_up(linter: Linter) -> None:
    """Load everything lazy before the first request (and before workers are forked, so they
    share it): word data, dialect lists, readers, and whatever a rule loads on first use
    (a tagger model, say), by linting every enabled rule's own examples."""
    for dialect in ("en-GB", "en-US", "auto"):
        settings = replace(linter.settings, dialect=dialect)
        for fmt, text in (("txt", WARM_UP), ("md", "# " + WARM_UP), ("html", f"<h1>{WARM_UP}</h1>")):
            linter.lint(parse(text, f"warm-up.{fmt}", fmt), settings)
    enabled = linter.enabled_rules(linter.settings)
    for info in linter.rules.values():
        if info.id not in enabled:
            continue
        for example in (info.bad or info.good)[:1]:  # one each: enough to load what the rule loads
            settings = replace(linter.settings, dialect=example.dialect) if example.dialect else linter.settings
            linter.lint(parse(example.plain(), f"warm-up.{example.format}", example.format), settings)
    if any(rule.startswith("grammar.") for rule in enabled):
        # the examples tag a few words: the tagger's full feature index would otherwise be
        # built in each forked worker, inside whichever request crosses the look-up threshold
        from copylint.grammar.tagging.model import preload

        preload()
    linter.take_failures()


@dataclass(frozen=True)
class CheckJob:
    """``/v2/check``: ``text`` or ``data`` (AnnotatedText JSON), a dialect or None for auto."""

    text: str | None
    data: str | None
    dialect: str | None
    enabled: tuple[str, ...] = ()
    disabled: tuple[str, ...] = ()
    enabled_only: bool = False


@dataclass(frozen=True)
class LintJob:
    """``/api/lint``: an article's bytes, its format and the path it is reported under."""

    body: bytes
    fmt: str
    path: str
    dialect: str | None = None


@dataclass(frozen=True)
class Outcome:
    """A finished job: HTTP status, JSON body, and facts for the access log (never text)."""

    status: int
    body: bytes = b""
    error: str | None = None  # the message of a refused job (status 4xx)
    issues: int = 0
    cpu_ms: float = 0.0
    failures: tuple[str, ...] = ()
    #: None: linted for this request; "in_flight": the answer of an identical request being
    #: linted when it came; "recent": of an identical request answered a moment ago
    shared: str | None = None

    @property
    def reusable(self) -> bool:
        """Whether an identical request may get this answer (a complete one)."""
        return self.status == 200 and not self.failures


def run_job(key: int, job: CheckJob | LintJob, memoise: bool = True) -> Outcome:
    """Parse, lint and render one job (in a worker) with the linter installed as ``key``;
    ``memoise``: reuse (and keep) the results of paragraphs earlier requests had (:mod:`.memo`)."""
    linter = _LINTERS.get(key)
    if linter is None:  # pragma: no cover - install() runs before any job
        return Outcome(503, error="the linter is not ready")
    cpu = time.process_time()
    error = None
    memo = None
    if memoise:
        memo = _MEMOS.get(key) or _MEMOS.setdefault(key, ServerMemo())
    try:
        body, count = _check(linter, job, memo) if isinstance(job, CheckJob) else _lint(linter, job, memo)
        status = 200
    except CopylintError as exc:
        status, body, count, error = 400, b"", 0, str(exc)
    except Exception as exc:  # a bug: answered 500, logged by type and place, never by the request's text
        where = traceback.extract_tb(exc.__traceback__)[-1]
        status, body, count = 500, b"", 0
        error = (f"internal error ({type(exc).__name__} at {os.path.basename(where.filename)}:{where.lineno}); "
                 "the text was not checked")
    failures = tuple(f"{f.check}: {f.error}" for f in linter.take_failures())
    return Outcome(status, body, error, count, (time.process_time() - cpu) * 1000, failures)


def _settings_for(linter: Linter, dialect: str | None) -> Settings:
    return linter.settings if dialect is None else replace(linter.settings, dialect=dialect)


def _lint_with(linter: Linter, doc: Document, settings: Settings, memo: ServerMemo | None) -> list[Issue]:
    """``linter.lint``, with ``memo`` prepared for ``doc`` (:meth:`ServerMemo.prepare`)."""
    return linter.lint(doc, settings) if memo is None else linter.lint(doc, settings, memo=memo)


def _detect_dialect(doc: Document, memo: ServerMemo | None) -> str:
    from copylint.dialect import detect_dialect

    if memo is None:
        return detect_dialect(doc)
    from copylint.tokens import document_memo

    with document_memo(memo.tokens):  # the paragraphs' tokens from the memo, and for the lint after
        return detect_dialect(doc)


_SELECTIONS: dict[tuple[int, Settings, str, tuple[str, ...], tuple[str, ...], bool], ltwire.Selection] = {}


def _selection(linter: Linter, settings: Settings, path: str, job: CheckJob) -> ltwire.Selection:
    """The request's rule selection (worked out once per dialect and selection, not per request)."""
    key = (id(linter), settings, path, job.enabled, job.disabled, job.enabled_only)
    found = _SELECTIONS.get(key)
    if found is None:
        if len(_SELECTIONS) >= 256:
            _SELECTIONS.clear()
        found = _SELECTIONS[key] = ltwire.select_rules(linter, settings, path, job.enabled, job.disabled,
                                                       job.enabled_only)
    return found


def _check(linter: Linter, job: CheckJob, memo: ServerMemo | None = None) -> tuple[bytes, int]:
    path = "request.txt"
    if job.data is not None:
        annotated = parse_annotation(job.data)
        doc = annotated_document(annotated, path)
        plain = ltwire.PlainText(annotated.prose, annotated.prose_offset)
    else:
        doc = parse((job.text or "").removeprefix("\ufeff"), path, "txt")
        plain = ltwire.PlainText(doc.source)
    if memo is not None:
        memo.prepare(doc)
    settings = _settings_for(linter, job.dialect)
    auto = settings.for_path(path).dialect == "auto"
    if auto:
        settings = replace(settings, dialect=_detect_dialect(doc, memo))
    dialect = settings.for_path(path).dialect
    selection = _selection(linter, settings, path, job)
    issues = [i for i in _lint_with(linter, doc, selection.settings, memo) if selection.keeps(i.rule)]
    matches = ltwire.to_matches(issues, doc.source, linter, plain)
    answer = ltwire.check_answer(matches, dialect, dialect, auto, selection.ignored, incomplete=bool(linter.failures))
    return json.dumps(answer, ensure_ascii=False).encode("utf-8"), len(matches)


def _lint(linter: Linter, job: LintJob, memo: ServerMemo | None = None) -> tuple[bytes, int]:
    doc = parse_document(job.path, job.fmt, job.body)
    if memo is not None:
        memo.prepare(doc)
    issues = _lint_with(linter, doc, _settings_for(linter, job.dialect), memo)
    return render("json", issues, ReportContext()).encode("utf-8"), len(issues)


def _worker_init(parent: int | None = None) -> None:
    """Workers leave Ctrl-C to the server, which stops them after the requests in progress,
    and end with it even if it is killed outright (Linux: the parent-death signal)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if parent is not None and os.getppid() != parent:  # it died before the signal was armed
            os._exit(0)


def _spawned_worker_init(key: int, settings: Settings, parent: int) -> None:
    """A replacement worker (started fresh): build and warm its own linter for ``settings``."""
    _worker_init(parent)
    from copylint.api import get_linter

    linter = get_linter(settings)
    warm_up(linter)
    _LINTERS[key] = linter


#: answers kept for identical requests that come soon after: at most this many, of this many bytes
#: (request and answer together) in all
RECENT_ANSWERS = 64
RECENT_BYTES = 16_000_000


def _size(job: CheckJob | LintJob) -> int:
    if isinstance(job, LintJob):
        return len(job.body)
    return len(job.text or "") + len(job.data or "")


@dataclass
class _Pending:
    """A job being linted, and how many requests wait for its answer."""

    future: Future[Outcome]
    executor: Executor
    waiters: int = 0


class Busy(Exception):
    """More requests than the workers and the queue hold: answer 429."""


class DeadlineExceeded(Exception):
    """The request's deadline passed before its lint finished: answer 503."""


class WorkerCrashed(Exception):
    """A worker process died (killed, out of memory): answer 503; the pool is rebuilt."""


class LintService:
    """Runs jobs on the workers, at most ``workers + queue`` at a time.

    Admission is decided at once: a request beyond the limit gets :class:`Busy` without
    waiting. A request whose deadline passes gets :class:`DeadlineExceeded`; its slot is
    freed when the worker actually finishes (or at once if it never started), so the limit
    always counts the work the machine is really doing. A job still running ``reap_after``
    seconds past its deadline is taken to be stuck: the worker processes are stopped and
    replaced (the jobs they held are answered 503, "retry"), so nothing blocks for ever.
    Replacements are started fresh (``spawn``) and build their linter from the settings,
    since forking a process that is already serving is not safe.

    Identical requests are linted once: one that comes while an identical one is being
    linted waits for that answer, and one that comes soon after gets the answer kept from
    it (the last :data:`RECENT_ANSWERS` complete answers, :data:`RECENT_BYTES` at most).
    """

    def __init__(self, linter: Linter, workers: int, queue: int, reap_after: float = 5.0) -> None:
        self.linter = linter
        if workers and "fork" not in multiprocessing.get_all_start_methods():  # Windows: no fork, one thread
            workers = 0
        self.workers = workers
        self.capacity = max(workers, 1) + queue
        self.reap_after = reap_after
        self.in_flight = 0
        self.served = 0
        self.restarts = 0
        self.shared = 0  # requests answered with an identical request's answer
        self._pending: dict[CheckJob | LintJob, _Pending] = {}
        self._recent: OrderedDict[CheckJob | LintJob, Outcome] = OrderedDict()
        self._recent_bytes = 0
        self._closed = False
        self.key = install(linter)
        self._executor = self._first_executor()

    def _first_executor(self) -> Executor:
        if self.workers == 0:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="copylint-lint")
        pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_worker_init, initargs=(os.getpid(),))
        # start every worker now, from the warm linter, before any request or thread exists; objects
        # that exist now are left out of the collector's passes, which would otherwise write to (and
        # so copy) every page of the shared linter in every worker
        gc.freeze()
        for f in [pool.submit(os.getpid) for _ in range(self.workers)]:
            f.result(timeout=120)
        return pool

    def worker_pids(self) -> list[int]:
        procs = getattr(self._executor, "_processes", None) or {}
        return sorted(procs)

    async def run(self, job: CheckJob | LintJob, timeout: float) -> Outcome:
        """The outcome of ``job``, linted once however many identical requests want it: a
        request identical to one in progress waits for its answer (taking no worker and no
        place in the queue), and one identical to a request answered a moment ago gets that
        answer at once (the configuration is fixed for the server's life, so it is the same)."""
        recent = self._recent.get(job)
        if recent is not None:
            self._recent.move_to_end(job)
            self.served += 1
            self.shared += 1
            return replace(recent, cpu_ms=0.0, shared="recent")
        loop = asyncio.get_running_loop()
        pending = self._pending.get(job)
        joined = pending is not None
        if pending is None:
            pending = self._submit(job, loop)
        else:
            self.shared += 1
        cf = pending.future
        pending.waiters += 1
        try:
            outcome = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(cf)), timeout)
        except TimeoutError:
            if pending.waiters == 1:  # nobody else wants it: drop it if it has not started,
                self._forget(job, pending)  # else give it reap_after more seconds, then stop it
                if not cf.cancel() and self.workers:
                    loop.call_later(self.reap_after, self._reap, cf, pending.executor)
            raise DeadlineExceeded(f"the check did not finish within the {timeout:g} s deadline") from None
        except BrokenProcessPool:
            self._replace(pending.executor)
            raise WorkerCrashed("a lint worker stopped; the workers were restarted, retry the request") from None
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if cf.cancelled() and not (task and task.cancelling()):  # the workers were replaced under it
                raise WorkerCrashed("a lint worker stopped; the workers were restarted, retry the request") from None
            raise
        finally:
            pending.waiters -= 1
        if not joined:
            return outcome
        self.served += 1
        return replace(outcome, cpu_ms=0.0, shared="in_flight")

    def _submit(self, job: CheckJob | LintJob, loop: asyncio.AbstractEventLoop) -> _Pending:
        if self.in_flight >= self.capacity:
            raise Busy(f"the server is busy: {self.in_flight} requests in progress (limit {self.capacity}); retry shortly")
        executor = self._executor
        self.in_flight += 1
        try:
            cf: Future[Outcome] = executor.submit(run_job, self.key, job)
        except (BrokenProcessPool, RuntimeError):
            self.in_flight -= 1
            self._replace(executor)
            raise WorkerCrashed("a lint worker stopped; the workers were restarted, retry the request") from None
        pending = self._pending[job] = _Pending(cf, executor)

        def release(_: Future[Outcome]) -> None:
            try:
                loop.call_soon_threadsafe(self._release, job, pending)
            except RuntimeError:  # the loop has stopped (shutdown): nobody else counts any more
                self._release(job, pending)

        cf.add_done_callback(release)
        return pending

    def _forget(self, job: CheckJob | LintJob, pending: _Pending) -> None:
        if self._pending.get(job) is pending:
            del self._pending[job]

    def _release(self, job: CheckJob | LintJob, pending: _Pending) -> None:
        self.in_flight -= 1
        self.served += 1
        self._forget(job, pending)
        cf = pending.future
        if cf.cancelled() or cf.exception() is not None or not cf.result().reusable:
            return
        self._remember(job, cf.result())

    def _remember(self, job: CheckJob | LintJob, outcome: Outcome) -> None:
        size = _size(job) + len(outcome.body)
        if size > RECENT_BYTES // 8:
            return
        old = self._recent.pop(job, None)
        if old is not None:
            self._recent_bytes -= _size(job) + len(old.body)
        self._recent[job] = outcome
        self._recent_bytes += size
        while self._recent_bytes > RECENT_BYTES or len(self._recent) > RECENT_ANSWERS:
            gone, answer = self._recent.popitem(last=False)
            self._recent_bytes -= _size(gone) + len(answer.body)

    def _reap(self, cf: Future[Outcome], executor: Executor) -> None:
        if not cf.done() and executor is self._executor and not self._closed:
            from copylint.server.accesslog import event

            event("worker_stuck", reap_after_s=self.reap_after)
            self._replace(executor, kill=True)

    def _replace(self, executor: Executor, kill: bool = False) -> None:
        """New workers instead of ``executor``'s (once, however many requests saw it fail)."""
        if executor is not self._executor or self._closed:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_spawned_worker_init,
                                             initargs=(self.key, self.linter.settings, os.getpid()))
        self.restarts += 1
        if kill:
            for process in processes:
                process.terminate()
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the workers (after the jobs they hold) and release the linter; twice is harmless."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
        self.linter.close()
