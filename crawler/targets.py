"""Scan targets from the command line and from a --sites CSV, checked before any request.

    >>> normalise_target("www.example.be")
    'https://www.example.be/'
    >>> normalise_target("ftp://example.be")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TargetError: ftp://example.be: only http and https URLs can be scanned
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawler.urls import private_reason


class TargetError(ValueError):
    """A target that cannot be scanned as given (a usage error)."""


@dataclass
class Target:
    given: str          # as the user wrote it: report.json's site url
    url: str            # what the crawl starts from
    refused: str | None = None
    auth: str | None = None


def normalise_target(raw: str) -> str:
    raw = raw.strip()
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https"):
        raise TargetError(f"{raw}: only http and https URLs can be scanned")
    if not parts.hostname:
        raise TargetError(f"{raw}: no host name")
    try:
        parts.port
    except ValueError as exc:
        raise TargetError(f"{raw}: {exc}") from None
    return raw if parts.path else raw + "/"


def read_sites_csv(path: Path) -> list[tuple[str, str | None]]:
    """(url, auth) for every row of a CSV with a ``url`` column and an optional
    ``auth`` column (USER:PASSWORD for that site alone); other columns are ignored."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "url" not in [f.strip().lower() for f in reader.fieldnames]:
                raise TargetError(f"{path}: the CSV needs a 'url' column (found: {reader.fieldnames})")
            key = next(f for f in reader.fieldnames if f.strip().lower() == "url")
            auth_key = next((f for f in reader.fieldnames if f.strip().lower() == "auth"), None)
            urls = [(row[key].strip(), (row.get(auth_key) or "").strip() or None if auth_key else None)
                    for row in reader if (row.get(key) or "").strip()]
    except OSError as exc:
        raise TargetError(f"{path}: {exc.strerror}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise TargetError(f"{path}: not a readable CSV file ({exc})") from None
    if not urls:
        raise TargetError(f"{path}: no URL in the 'url' column")
    return urls


def prepare_targets(urls: list[str | tuple[str, str | None]], allow_private: bool,
                    auth: str | None = None) -> list[Target]:
    """Targets in the given order, duplicates dropped, private ones marked refused.

    A URL typed on the command line that cannot be scanned is a usage error; a bad
    row of a --sites CSV (a tuple) is marked refused, so one typo in a monthly list
    of sixty sites does not stop the other fifty-nine.
    """
    targets = []
    seen = set()
    for item in urls:
        from_csv = isinstance(item, tuple)
        raw, own_auth = item if from_csv else (item, None)
        try:
            if own_auth is not None and ":" not in own_auth:
                raise TargetError(f"{raw}: the auth column takes USER:PASSWORD")
            url = normalise_target(raw)
        except TargetError as exc:
            if not from_csv:
                raise
            targets.append(Target(raw, raw, f"not scanned: {exc}"))
            continue
        if url in seen:
            continue
        seen.add(url)
        refused = None
        if not allow_private:
            reason = private_reason(urlsplit(url).hostname or "")
            if reason:
                refused = f"refused: {reason}; scanning internal hosts needs --allow-private"
        targets.append(Target(raw, url, refused, own_auth or auth))
    return targets
