"""Downloader middlewares that keep a scan on its site and within its budget."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from crawler.urls import host_of, private_reason


class OffSite(IgnoreRequest):
    """A request (or a redirect) that would leave the scanned site."""


class PrivateAddress(IgnoreRequest):
    """A host on a loopback or private address, refused without --allow-private."""


class BudgetExhausted(IgnoreRequest):
    """The site's request budget is spent."""


class SiteScopeMiddleware:
    """Every request, redirects included, stays on the site and off private networks.

    Runs before robots.txt handling, so not even robots.txt is fetched from a
    host outside the site.
    """

    def __init__(self, crawler, allow_private: bool):
        self.crawler = crawler
        self.allow_private = allow_private
        self._verdicts: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getbool("SCAN_ALLOW_PRIVATE"))

    def process_request(self, request):
        scope = getattr(self.crawler.spider, "scope", None)
        embedded = request.meta.get("embedded")  # an image the page itself shows: a browser fetches it too
        if scope is not None and not embedded and not scope.contains(request.url):
            raise OffSite(f"off-site: {request.url}")
        if not self.allow_private:
            host = host_of(request.url)
            if host not in self._verdicts:
                self._verdicts[host] = private_reason(host)
            if self._verdicts[host]:
                raise PrivateAddress(self._verdicts[host] + " (use --allow-private for a staging site)")
        return None


class BudgetMiddleware:
    """At most SCAN_BUDGET requests per site, robots.txt, retries and images included."""

    def __init__(self, stats, budget: int):
        self.stats = stats
        self.budget = budget

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler.settings.getint("SCAN_BUDGET"))

    def process_request(self, request):
        if (self.stats.get_value("downloader/request_count") or 0) >= self.budget:
            self.stats.inc_value("complaint_lint/over_budget")
            raise BudgetExhausted(f"request budget of {self.budget} spent")
        return None
