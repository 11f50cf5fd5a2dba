"""examples.siteserver.SiteServer, plus pages addressed by query string.

A request such as ``/index.php?page=contact&lang=nl`` is answered with the file
``index.php@lang=nl&page=contact.html`` when that file exists (parameters sorted, see
bench.heldout2.build_sites.query_name); otherwise the request is served as SiteServer would
(the query string ignored). Everything else (redirects, site.yml, request log) is SiteServer's.
"""

from __future__ import annotations

import threading
from urllib.parse import unquote, urlsplit

from bench.heldout2.build_sites import query_name
from examples.siteserver import SiteConfig, SiteServer, _handler_for


def _query_handler(config: SiteConfig, log: list[str], lock: threading.Lock):
    base = _handler_for(config, log, lock)

    class QueryHandler(base):
        def _serve(self, head: bool) -> None:
            parts = urlsplit(self.path)
            if parts.query:
                root = config.root.resolve()
                file = (root / query_name(unquote(parts.path), parts.query)).resolve()
                if file.is_file() and root in file.parents:
                    self.path = "/" + file.relative_to(root).as_posix()
            super()._serve(head)

    return QueryHandler


class QuerySiteServer(SiteServer):
    """Every site folder under ``root`` on its own loopback port, query-addressed pages included."""

    handler_factory = staticmethod(_query_handler)
