"""Scrapy settings for a polite, focused scan of public administrations' sites.

Values a run changes (budget, robots, private targets, auth) are set per crawl
by crawler.runner; everything here is the safe default.
"""

from crawler import __version__

BOT_NAME = "complaint-lint"
SPIDER_MODULES = ["crawler.spiders"]
USER_AGENT = (f"complaint-lint/{__version__} (+https://github.com/complaint-lint/complaint-lint; "
              "checks complaint-management pages of Belgian federal administrations)")

DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/*;q=0.8,*/*;q=0.5",
    # Belgian federal sites are French and Dutch first; a site that negotiates gets one of them.
    "Accept-Language": "fr-BE,fr;q=0.9,nl-BE;q=0.8,nl;q=0.7,de;q=0.6,en;q=0.5",
}
ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 0

DOWNLOAD_TIMEOUT = 20
DNS_TIMEOUT = 10
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
CLOSESPIDER_TIMEOUT = 600  # no site holds a run for more than ten minutes
METAREFRESH_MAXDELAY = 5

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.SiteScopeMiddleware": 50,
    "crawler.middlewares.BudgetMiddleware": 840,
}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
}
ITEM_PIPELINES = {"crawler.pipelines.WarcSnapshotPipeline": 100}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "scrapy.extensions.feedexport.FeedExporter": None,
}

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 0
MEMUSAGE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

# complaint-lint's own
SCAN_BUDGET = 60
SCAN_DEPTH_LIMIT = 4
SCAN_ALLOW_PRIVATE = False
SCAN_OUT_DIR = "."
