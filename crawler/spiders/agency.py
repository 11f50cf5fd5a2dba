"""The focused spider: one administration's site, its language versions, their
contact and complaint pages. It only decides what to fetch next (the Frontier
does the thinking); pages go to the snapshot pipeline as items."""

from __future__ import annotations

import time
from urllib.parse import urlsplit
from datetime import datetime, timezone

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (ConnectError, ConnectionLost, DNSLookupError, TCPTimedOutError,
                                    TimeoutError as TwistedTimeoutError)

from crawler.frontier import Frontier
from crawler.images import contact_page_images
from crawler.middlewares import BudgetExhausted, OffSite, PrivateAddress
from crawler.page import Page
from crawler.urls import SiteScope, canonical

UNREACHABLE = (DNSLookupError, ConnectError, TCPTimedOutError, TwistedTimeoutError, ConnectionLost)
MAX_IN_FLIGHT = 2
SITEMAP_PRIORITY = 40
MAX_IMAGES_PER_PAGE = 8
ERROR_STATUSES = list(range(400, 600))  # answered, not retried-away: redirects still follow


class AgencySpider(scrapy.Spider):
    name = "agency"
    custom_settings: dict = {}

    def __init__(self, start_url: str, site_id: str = "site", **kwargs):
        super().__init__(**kwargs)
        self.start_url = start_url
        self.site_id = site_id
        self.scope = SiteScope(start_url)
        self.status = "ok"
        self.reason: str | None = None
        self.started = time.monotonic()
        self.started_at = datetime.now(timezone.utc)
        self.failures: list[dict] = []
        self.in_flight = 0
        self.sitemap_tried = False
        self.images_seen: set[str] = set()
        self.max_images = MAX_IMAGES_PER_PAGE

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.frontier = Frontier(spider.scope, depth_limit=crawler.settings.getint("SCAN_DEPTH_LIMIT"))
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    async def start(self):
        self.frontier.mark_seen(self.start_url)
        self.in_flight += 1
        yield scrapy.Request(self.start_url, callback=self.parse_start, errback=self.start_failed,
                             meta={"handle_httpstatus_list": ERROR_STATUSES, "path": (), "reason": "start"},
                             dont_filter=True)

    # -- callbacks ---------------------------------------------------------------------
    def parse_start(self, response):
        if response.status >= 400:
            self.status, self.reason = "error", f"the start page answered HTTP {response.status}"
        elif not self.scope.contains(response.url):
            self.status, self.reason = "error", f"the start page moved off the site to {response.url}"
        self.scope.adopt(response.url)  # a redirect to www. or a language host stays in scope
        yield from self.parse_page(response)

    def parse_page(self, response):
        self.in_flight -= 1
        page = self._page(response)
        yield self._item(response, page)
        if self.status == "ok" and response.status < 400:
            roles = self.frontier.observe(page, response.meta.get("path", ()), response.meta.get("language"),
                                          reason=response.meta.get("reason"))
            if "contact" in roles:
                yield from self._image_requests(page, response.meta.get("path", ()))
        yield from self._dispatch()

    def _image_requests(self, page: Page, path: tuple):
        """The images a visitor sees on a contact page, for the logo rules (within the budget)."""
        for url in contact_page_images(page, self.max_images):
            if url in self.images_seen:
                continue
            self.images_seen.add(url)
            self.in_flight += 1
            yield scrapy.Request(url, callback=self.parse_image, errback=self.fetch_failed,
                                 meta={"embedded": True, "reason": "image", "path": path,
                                       "embedded_in": page.url}, priority=10, dont_filter=True)

    def parse_image(self, response):
        self.in_flight -= 1
        yield self._item(response, None)
        yield from self._dispatch()

    def parse_sitemap(self, response):
        self.in_flight -= 1
        yield self._item(response, None)
        if response.status < 400:
            for loc in response.xpath("//*[local-name()='loc']/text()").getall()[:5000]:
                url = canonical(response.urljoin(loc.strip()))
                if url.endswith(".xml") and self.scope.contains(url):
                    continue  # nested sitemaps: the first level is enough to rank URLs
                self.frontier.offer_url_only(url, ((url, "sitemap.xml"),))
        yield from self._dispatch()

    def start_failed(self, failure):
        self.in_flight -= 1
        exc = failure.value
        if failure.check(*UNREACHABLE):
            self.status, self.reason = "unreachable", f"{type(exc).__name__}: {exc}"
        elif failure.check(IgnoreRequest) and "robots.txt" in str(exc):
            self.status, self.reason = "robots_disallowed", "robots.txt forbids the start page"
        elif failure.check(PrivateAddress, OffSite, BudgetExhausted):
            self.status, self.reason = "error", str(exc)
        elif failure.check(HttpError):
            self.status, self.reason = "error", f"the start page answered HTTP {exc.response.status}"
        else:
            self.status, self.reason = "unreachable", f"{type(exc).__name__}: {exc}"

    def fetch_failed(self, failure):
        self.in_flight -= 1
        request = failure.request
        self.failures.append({"url": request.url, "error": type(failure.value).__name__,
                              "detail": str(failure.value)[:300]})
        return self._dispatch()

    # -- scheduling --------------------------------------------------------------------
    def _dispatch(self):
        """The next requests, keeping at most MAX_IN_FLIGHT on the wire."""
        if self.status != "ok":
            return
        while self.in_flight < MAX_IN_FLIGHT and not self.frontier.satisfied():
            candidate = self.frontier.pop()
            if candidate is None:
                break
            self.in_flight += 1
            yield scrapy.Request(candidate.url, callback=self.parse_page, errback=self.fetch_failed,
                                 meta={"path": candidate.path, "reason": candidate.reason,
                                       "language": candidate.language},
                                 dont_filter=True)  # the frontier dedups; a dropped request would stall it

    def on_idle(self):
        # Idle means nothing is scheduled or downloading: whatever the counter says
        # (a request dropped without callback), nothing is in flight.
        self.in_flight = 0
        requests = list(self._dispatch())
        if not requests and self.status == "ok" and not self.sitemap_tried and not self.frontier.satisfied():
            self.sitemap_tried = True
            self.in_flight += 1
            requests.append(scrapy.Request(self.scope_root() + "sitemap.xml", callback=self.parse_sitemap,
                                           errback=self.fetch_failed, meta={"handle_httpstatus_list": ERROR_STATUSES},
                                           priority=SITEMAP_PRIORITY))
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def scope_root(self) -> str:
        parts = urlsplit(self.start_url)
        return f"{parts.scheme}://{parts.netloc}/"

    # -- output ------------------------------------------------------------------------
    def _page(self, response) -> Page:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        return Page(response.url, response.status, ctype, response.body)

    def _item(self, response, page: Page | None) -> dict:
        return {
            "url": response.url,
            "status": response.status,
            "headers": [(k.decode("latin-1"), v.decode("latin-1"))
                        for k, values in response.headers.items() for v in values],
            "body": response.body,
            "request_headers": [(k.decode("latin-1"), v.decode("latin-1"))
                                for k, values in response.request.headers.items() for v in values],
            "meta": {"path": [list(step) for step in response.meta.get("path", ())],
                     "reason": response.meta.get("reason"),
                     "language_hint": response.meta.get("language"),
                     "redirected_from": response.meta.get("redirect_urls", []),
                     **({"embedded_in": response.meta["embedded_in"]} if "embedded_in" in response.meta else {})},
        }

    def crawl_facts(self) -> dict:
        stats = self.crawler.stats
        return {
            "site_id": self.site_id,
            "start_url": self.start_url,
            "status": self.status,
            "reason": self.reason,
            "requests": stats.get_value("downloader/request_count") or 0,
            "responses": stats.get_value("downloader/response_count") or 0,
            "robots_forbidden": stats.get_value("robotstxt/forbidden") or 0,
            "over_budget": stats.get_value("complaint_lint/over_budget") or 0,
            "budget": self.crawler.settings.getint("SCAN_BUDGET"),
            "started_at": self.started_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "duration_s": round(time.monotonic() - self.started, 3),
            "languages": dict(self.frontier.languages),
            "found": self.frontier.found,
            "failures": self.failures[:100],
        }
