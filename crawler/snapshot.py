"""Snapshots: what a crawl fetched, stored as WARC, read back for the rules.

A complaint-lint WARC holds one ``response`` record per fetched URL, a
``metadata`` record per page (click path, why it was fetched) and a final
``metadata`` record with the crawl's facts (status, requests, languages).
A WARC made by another tool (``wget --warc-file``) or a folder of HTML files
reads into the same ``Snapshot``; what the crawl would have recorded is then
inferred from the pages.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "index.html").write_text('<a href="/fr/contact.html">Contact</a>')
    >>> snap = read_snapshot(folder)
    >>> [p.url for p in snap.pages]
    ['https://site.invalid/']
    >>> read_snapshot(folder / "missing.warc")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    SnapshotError: no such file or folder
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler import __version__
from crawler.page import Page

PAGE_META_TYPE = "application/vnd.complaint-lint.page+json"
CRAWL_META_TYPE = "application/vnd.complaint-lint.crawl+json"
CRAWL_META_URI = "urn:complaint-lint:crawl"
MAX_RECORD_BYTES = 16 * 1024 * 1024
FOLDER_ORIGIN = "https://site.invalid"
_DROP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


class SnapshotError(Exception):
    """A snapshot that cannot be read (missing, not a WARC, empty)."""


@dataclass
class Snapshot:
    source: str
    start_url: str
    pages: list[Page]
    facts: dict = field(default_factory=dict)

    def page(self, url: str) -> Page | None:
        for page in self.pages:
            if page.url == url:
                return page
        return None


class SnapshotWriter:
    """Appends responses to a gzipped WARC file."""

    def __init__(self, path: Path, start_url: str):
        self.path = Path(path)
        self._fh = open(self.path, "wb")
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(self.path.name, {
            "software": f"complaint-lint/{__version__}", "format": "WARC File Format 1.1",
            "description": f"focused complaint-management crawl of {start_url}",
            "isPartOf": start_url})
        self._writer.write_record(info)

    def add_response(self, url: str, status: int, headers: list[tuple[str, str]], body: bytes,
                     request_headers: list[tuple[str, str]], meta: dict) -> None:
        kept = [(k, v) for k, v in headers if k.lower() not in _DROP_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {_reason(status)}", kept, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                 http_headers=http)
        self._writer.write_record(record)
        payload = json.dumps(meta, ensure_ascii=False).encode()
        self._writer.write_record(self._writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(payload), warc_content_type=PAGE_META_TYPE,
            warc_headers_dict={"WARC-Concurrent-To": record.rec_headers.get_header("WARC-Record-ID")}))

    def close(self, facts: dict) -> None:
        payload = json.dumps(facts, ensure_ascii=False, default=str).encode()
        self._writer.write_record(self._writer.create_warc_record(
            CRAWL_META_URI, "metadata", payload=io.BytesIO(payload), warc_content_type=CRAWL_META_TYPE))
        self._fh.close()


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def read_snapshot(path: str | os.PathLike) -> Snapshot:
    """A WARC (ours or another tool's) or a folder of HTML files."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path)
    if not path.is_file():
        raise SnapshotError(f"no such file or folder: {path}")
    return _read_warc(path)


def _read_warc(path: Path) -> Snapshot:
    pages: list[Page] = []
    metas: dict[str, dict] = {}
    facts: dict = {}
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                kind = record.rec_type
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if kind == "response" and record.http_headers is not None:
                    status = int(record.http_headers.get_statuscode() or 0)
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    body = record.content_stream().read(MAX_RECORD_BYTES)
                    pages.append(Page(uri, status, ctype, body))
                elif kind == "resource" and uri.startswith("http"):
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                    pages.append(Page(uri, 200, ctype, record.content_stream().read(MAX_RECORD_BYTES)))
                elif kind == "metadata":
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                    if ctype == PAGE_META_TYPE:
                        metas[uri] = _json(record.content_stream().read(MAX_RECORD_BYTES))
                    elif ctype == CRAWL_META_TYPE:
                        facts = _json(record.content_stream().read(MAX_RECORD_BYTES))
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        if not pages:
            raise SnapshotError(f"{path} is not a readable WARC file: {exc}") from exc
        facts.setdefault("warnings", []).append(f"the WARC is truncated: {exc}")
    if not pages:
        raise SnapshotError(f"{path} holds no HTTP responses: not a WARC file, or an empty one")
    for page in pages:
        page.meta = metas.get(page.url, {})
    start = facts.get("start_url") or _first_html(pages) or pages[0].url
    return Snapshot(str(path), start, _dedupe(pages), facts)


def _json(data: bytes) -> dict:
    try:
        value = json.loads(data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _first_html(pages: list[Page]) -> str | None:
    for page in pages:
        if page.status == 200 and page.is_html:
            return page.url
    return None


def _dedupe(pages: list[Page]) -> list[Page]:
    """Keep the last good response per URL (a retried or re-fetched page)."""
    best: dict[str, Page] = {}
    for page in pages:
        current = best.get(page.url)
        if current is None or (page.status == 200 or current.status != 200):
            best[page.url] = page
    return list(best.values())


def _read_folder(root: Path) -> Snapshot:
    pages: list[Page] = []
    for file in sorted(root.rglob("*")):
        if not file.is_file() or any(part.startswith(".") for part in file.relative_to(root).parts):
            continue
        rel = file.relative_to(root).as_posix()
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if file.suffix.lower() not in (".html", ".htm", ".xhtml") and not ctype.startswith("image/") \
                and file.suffix.lower() not in (".pdf", ".doc", ".docx", ".odt", ".svg"):
            continue
        if file.stat().st_size > MAX_RECORD_BYTES:
            continue
        if file.name in ("index.html", "index.htm"):
            rel = rel[: -len(file.name)]
        pages.append(Page(f"{FOLDER_ORIGIN}/{rel}", 200, ctype, file.read_bytes()))
    if not any(p.is_html for p in pages):
        raise SnapshotError(f"{root} holds no HTML files")
    urls = {p.url for p in pages}
    start = f"{FOLDER_ORIGIN}/" if f"{FOLDER_ORIGIN}/" in urls else _first_html(pages)
    facts = {"start_url": str(root), "status": "ok", "requests": 0,
             "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
             "source": "folder"}
    pages.sort(key=lambda p: (p.url != start, p.url))
    return Snapshot(str(root), start, pages, facts)
