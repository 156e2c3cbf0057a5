"""Full text for an event: GPO XML, raw text or a Public Inspection PDF; capped hosts, size, pages, time."""

from __future__ import annotations

import asyncio
import io
import time
from dataclasses import dataclass, field

import structlog
from pypdf import PdfReader

from schemas.events import DocumentSeen
from watcher import metrics
from watcher.fetching import Fetcher, FetchError, RequestBudget, loggable_url
from watcher.settings import WatcherSettings
from watcher.sources.base import PollContext
from watcher.sources.rule_text import RuleTextError, xml_text

log = structlog.get_logger(__name__)

# The Federal Register (API, full text, Public Inspection PDFs) and GPO's govinfo, where its PDFs also live.
DEFAULT_HOSTS = ("federalregister.gov", "govinfo.gov")
# aiokafka refuses a record over max_request_size (1 MiB by default): stay well under it, JSON and all.
MAX_EVENT_BYTES = 900_000


class FullTextError(ValueError):
    """A full text that could not be read; `reason` labels watcher_full_text_failed_total."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class FullText:
    """What a fetched full text gives an event: plain text for `body`, and the XML when it was XML."""

    kind: str
    text: str
    xml: str | None = None


def pdf_text(payload: bytes, max_pages: int, deadline: float | None = None) -> str:
    """The text of a PDF's first max_pages pages, page by page, stopping at `deadline` (time.monotonic)."""
    if not payload.lstrip()[:5].startswith(b"%PDF"):
        raise FullTextError(f"not a PDF: {payload[:40]!r}", "not_pdf")
    try:
        reader = PdfReader(io.BytesIO(payload))
        if reader.is_encrypted:
            raise FullTextError("encrypted PDF", "encrypted_pdf")
        pages = []
        for number, page in enumerate(reader.pages):
            if number >= max_pages:
                log.info("full_text.pdf_pages_capped", pages=len(reader.pages), kept=max_pages)
                break
            if deadline is not None and time.monotonic() > deadline:
                raise FullTextError(f"extraction over its time cap after {number} pages", "timeout")
            pages.append(page.extract_text() or "")
    except FullTextError:
        raise
    except Exception as exc:
        # pypdf raises many types on hostile input (KeyError, ValueError, its own); all mean unreadable.
        message = f"unreadable PDF: {type(exc).__name__}: {str(exc)[:200]}"
        raise FullTextError(message, "malformed_pdf") from exc
    text = "\n".join(pages).strip()
    if not text:
        # A scanned PDF (images only): nothing to read without OCR.
        raise FullTextError("PDF without a text layer", "empty_pdf")
    return text


def read_payload(payload: bytes, max_pages: int, deadline: float | None = None) -> FullText:
    """A fetched payload as FullText, by what it is (PDF, XML, else UTF-8 text); raises FullTextError."""
    head = payload.lstrip()[:5]
    if head.startswith(b"%PDF"):
        return FullText("pdf", pdf_text(payload, max_pages, deadline))
    if head.startswith(b"<"):
        try:
            text = xml_text(payload)
        except RuleTextError as exc:
            raise FullTextError(str(exc), exc.reason) from exc
        # The classifier's parties parser reads the XML's table; the text flattens it.
        return FullText("xml", text, payload.decode("utf-8", "replace"))
    return FullText("text", payload.decode("utf-8", "replace"))


def fit(event: DocumentSeen, max_bytes: int = MAX_EVENT_BYTES) -> DocumentSeen:
    """event small enough for one Kafka record: first without the XML, then with its body cut short."""
    size = len(event.to_bytes())
    if size <= max_bytes:
        return event
    if event.full_text_xml is not None:
        event = event.model_copy(update={"full_text_xml": None})
        size = len(event.to_bytes())
    if size > max_bytes and event.body:
        # Cut the body to the bytes left over, then a little more per round for JSON escapes ("\n" -> 2).
        room = max_bytes - len(event.model_copy(update={"body": None}).to_bytes())
        body = event.body.encode("utf-8")[: max(0, room)].decode("utf-8", "ignore")
        while body and len(event.model_copy(update={"body": body}).to_bytes()) > max_bytes:
            body = body[: int(len(body) * 0.9)]
        event = event.model_copy(update={"body": body or None})
    return event


@dataclass
class FullTextReader:
    """Fetches and reads full texts for one source: allowed hosts only, capped, about one request a second."""

    hosts: tuple[str, ...] = DEFAULT_HOSTS
    max_bytes: int = 2 * 1024 * 1024
    max_pages: int = 300
    max_seconds: float = 20.0
    max_event_bytes: int = MAX_EVENT_BYTES
    budget: RequestBudget = field(default_factory=lambda: RequestBudget(1.0))

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> FullTextReader:
        """The WATCHER_FULL_TEXT_* caps (the poller's shared budget replaces this one's when it has one)."""
        return cls(
            hosts=tuple(settings.full_text_hosts),
            max_bytes=settings.full_text_max_bytes,
            max_pages=settings.full_text_max_pages,
            max_seconds=settings.full_text_timeout_seconds,
            max_event_bytes=settings.max_event_bytes,
            budget=RequestBudget(settings.full_text_requests_per_second),
        )

    async def read(self, ctx: PollContext, event: DocumentSeen, url: str) -> DocumentSeen:
        """event with `body` (and `full_text_xml` for XML) from url; on any failure event as it was."""
        # Its own fetcher: the full-text budget and the host allowlist hold on every hop, redirects too.
        fetcher = Fetcher(
            ctx.fetcher.http,
            ctx.full_text_budget or self.budget,
            ctx.source,
            max_bytes=self.max_bytes,
            sleep=ctx.fetcher.sleep,
            allowed_hosts=self.hosts,
        )
        started = time.monotonic()
        try:
            fetched = await asyncio.wait_for(fetcher.get(url), timeout=self.max_seconds)
            payload = fetched.body or b""
            extract_started = time.monotonic()
            deadline = started + self.max_seconds
            # PDF extraction is CPU-bound: a thread keeps the loop (and the other sources) running.
            full = await asyncio.wait_for(
                asyncio.to_thread(read_payload, payload, self.max_pages, deadline),
                timeout=max(0.1, deadline - extract_started),
            )
            metrics.FULL_TEXT_SECONDS.labels(full.kind).observe(time.monotonic() - extract_started)
        except (FetchError, FullTextError, TimeoutError) as exc:
            reason = exc.reason if isinstance(exc, FetchError | FullTextError) else "timeout"
            metrics.FULL_TEXT_FAILED.labels(ctx.source, reason).inc()
            log.warning(
                "full_text.failed",
                source=ctx.source,
                event_id=event.event_id,
                url=loggable_url(url),
                reason=reason,
                error=str(exc)[:200],
            )
            return event
        finally:
            ctx.fetcher.requests += fetcher.requests
        metrics.FULL_TEXT_FETCHED.labels(ctx.source, full.kind).inc()
        event = event.model_copy(update={"body": full.text, "full_text_xml": full.xml})
        return fit(event, self.max_event_bytes)
