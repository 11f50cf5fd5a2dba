"""Item pipeline: every fetched response goes into the site's WARC snapshot."""

from __future__ import annotations

from pathlib import Path

from crawler.snapshot import SnapshotWriter


class WarcSnapshotPipeline:
    """Writes ``<out>/snapshots/<site_id>.warc.gz``; the crawl's facts close it."""

    def __init__(self, out_dir: str):
        self.out_dir = Path(out_dir) / "snapshots"
        self.writer: SnapshotWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.get("SCAN_OUT_DIR"))
        pipeline.crawler = crawler
        return pipeline

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.writer = SnapshotWriter(self.out_dir / f"{spider.site_id}.warc.gz", spider.start_url)

    def process_item(self, item, spider=None):
        self.writer.add_response(item["url"], item["status"], item["headers"], item["body"],
                                 item["request_headers"], item["meta"])
        return item

    def close_spider(self, spider=None):
        spider = self.crawler.spider
        facts = spider.crawl_facts()
        spider.final_facts = facts
        self.writer.close(facts)
