"""Run the focused crawl of many sites in one Scrapy process.

Sites proceed in parallel (at most ``parallel_sites`` at once); each has its
own crawler, budget and statistics, so one site's failure never stops or
loses another's result. Scrapy's reactor cannot restart: call this once per
process (the CLI does).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from twisted.internet import defer

from crawler import settings as default_settings
from crawler.spiders.agency import AgencySpider


@dataclass
class ScanOptions:
    out_dir: Path
    budget: int = 60
    depth_limit: int = 4
    allow_private: bool = False
    ignore_robots: bool = False
    parallel_sites: int = 8
    timeout: float = 20.0
    log_level: str = "INFO"


@dataclass
class CrawlOutcome:
    url: str
    site_id: str
    snapshot: Path | None
    facts: dict = field(default_factory=dict)
    auth: str | None = None


def site_id_for(url: str, index: int) -> str:
    """A file-name-safe, unique id per target: 'www.example.be-3f2a1c'."""
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", url.split("://", 1)[-1].split("/", 1)[0]).strip("-") or "site"
    digest = hashlib.sha1(f"{index}:{url}".encode()).hexdigest()[:6]
    return f"{host[:60]}-{digest}"


def build_settings(options: ScanOptions) -> Settings:
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.update({
        "SCAN_BUDGET": options.budget,
        "SCAN_DEPTH_LIMIT": options.depth_limit,
        "SCAN_ALLOW_PRIVATE": options.allow_private,
        "SCAN_OUT_DIR": str(options.out_dir),
        "ROBOTSTXT_OBEY": not options.ignore_robots,
        "DOWNLOAD_TIMEOUT": options.timeout,
        "LOG_LEVEL": options.log_level,
        "LOG_FILE": str(options.out_dir / "crawl.log"),
        "LOG_FILE_APPEND": False,
        "LOG_INSTALL_ROOT_HANDLER": True,
    }, priority="cmdline")
    return settings


def crawl_sites(urls: list[tuple[str, str | None]], options: ScanOptions,
                on_event: Callable[[str, str, dict], None] | None = None) -> list[CrawlOutcome]:
    """Crawl every (url, basic auth or None); return one outcome per URL, in the same order."""
    options.out_dir.mkdir(parents=True, exist_ok=True)
    settings = build_settings(options)
    process = CrawlerProcess(settings)
    outcomes = [CrawlOutcome(url, site_id_for(url, i), None, auth=auth) for i, (url, auth) in enumerate(urls)]
    semaphore = defer.DeferredSemaphore(max(1, options.parallel_sites))
    notify = on_event or (lambda *args: None)

    def run_one(outcome: CrawlOutcome):
        crawler = process.create_crawler(AgencySpider)
        if outcome.auth:
            user, _, password = outcome.auth.partition(":")
            crawler.settings.set("HTTPAUTH_USER", user, priority="cmdline")
            crawler.settings.set("HTTPAUTH_PASS", password, priority="cmdline")
            # this host (with its port) and its sub-domains only: never another site of the run
            crawler.settings.set("HTTPAUTH_DOMAIN", urlsplit(outcome.url).netloc.lower(), priority="cmdline")
        crawler.signals.connect(lambda **kw: notify("request", outcome.url, {}),
                                signal=signals.request_reached_downloader, weak=False)
        notify("start", outcome.url, {})
        d = process.crawl(crawler, start_url=outcome.url, site_id=outcome.site_id)

        def finished(result):
            spider = crawler.spider
            outcome.facts = getattr(spider, "final_facts", None) or spider.crawl_facts()
            path = options.out_dir / "snapshots" / f"{outcome.site_id}.warc.gz"
            outcome.snapshot = path if path.exists() else None
            notify("done", outcome.url, outcome.facts)
            return result

        def failed(failure):
            outcome.facts = {"status": "error", "reason": f"crawl failed: {failure.getErrorMessage()}",
                             "requests": crawler.stats.get_value("downloader/request_count") or 0
                             if crawler.stats else 0}
            notify("done", outcome.url, outcome.facts)
            return None

        d.addCallbacks(finished, failed)
        d.addErrback(failed)
        return d

    all_done = defer.DeferredList([semaphore.run(run_one, o) for o in outcomes], consumeErrors=True)
    all_done.addBoth(lambda _: process._stop_reactor())
    process.start(stop_after_crawl=False, install_signal_handlers=True)
    return outcomes

