"""The accuracy corpus is complete, well-formed, reachable and reproducible.

    python -m pytest bench/accuracy/test_corpus.py -q
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, deque
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bench.accuracy.corpus import DEFAULT_SEED, DEFAULT_SITES, generate
from bench.accuracy.model import LANGS, RULES, derive

BLOCK = {"p", "ul", "ol", "table", "form", "div", "dl", "section", "details", "fieldset", "h1", "h2", "h3",
         "h4", "h5", "h6", "main", "header", "footer", "nav"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class StrictParser(HTMLParser):
    """Fails on unclosed, mis-nested or stray tags; collects links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("rel") == "alternate" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag in BLOCK and "p" in self.stack:
            self.problems.append(f"<{tag}> inside <p> (a browser would close the paragraph first)")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(data: bytes) -> StrictParser:
    p = StrictParser()
    p.feed(data.decode("utf-8"))
    p.close()
    if p.stack:
        p.problems.append(f"unclosed {p.stack}")
    return p


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("accuracy"), DEFAULT_SEED, DEFAULT_SITES)


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(str(f.relative_to(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def test_labels_cover_every_site_language_and_rule(corpus):
    sites = sorted(p.name for p in corpus.root.iterdir() if p.is_dir())
    assert len(sites) >= 32
    assert sorted(corpus.labels) == sites
    for site, langs in corpus.labels.items():
        assert {"fr", "nl"} <= set(langs) <= set(LANGS), site
        for lang, rules in langs.items():
            assert set(rules) == set(RULES.values()), (site, lang)
            assert set(rules.values()) <= {"pass", "fail"}


def test_every_rule_passes_and_fails_in_every_language(corpus):
    per = Counter()
    for langs in corpus.labels.values():
        for lang, rules in langs.items():
            for rule, label in rules.items():
                per[(rule, lang, label)] += 1
    for rule in RULES.values():
        for lang in LANGS:
            assert per[(rule, lang, "pass")] and per[(rule, lang, "fail")], (rule, lang)
        passed = sum(per[(rule, lang, "pass")] for lang in LANGS)
        total = passed + sum(per[(rule, lang, "fail")] for lang in LANGS)
        assert 0.4 <= passed / total <= 0.6, (rule, passed, total)


def test_labels_follow_from_what_is_written(corpus):
    """Re-derive each language version's labels from the blocks on its pages."""
    for site, t in corpus.truth.items():
        for lang, lt in t["languages"].items():
            said = set()
            for block in lt["blocks"]:
                said |= {next((s for s, r in RULES.items() if r == x), x) for x in block["says"]}
            expected = {RULES[s]: v for s, v in derive(said).items()}
            assert expected == corpus.labels[site][lang], (site, lang)


def test_html_is_well_formed_and_links_resolve(corpus):
    for site_dir in corpus.root.iterdir():
        config = json.loads((site_dir / "site.yml").read_text()) if (site_dir / "site.yml").exists() else {}
        redirects, statuses = config.get("redirects", {}), config.get("status", {})
        for page in site_dir.rglob("*.html"):
            p = parse(page.read_bytes())
            assert not p.problems, (page, p.problems[:3])
            for href in p.links:
                if not href.startswith("/") or href in redirects or href in statuses:
                    continue
                rel = href.lstrip("/")
                candidates = [rel + "index.html"] if href.endswith("/") else [rel, rel + "/index.html"]
                assert any((site_dir / c).is_file() for c in candidates), (page, href)


def test_labelled_pages_are_within_the_default_crawl_depth(corpus):
    """Every page that holds labelled text is at most 4 clicks from the start page."""
    for site, t in corpus.truth.items():
        site_dir = corpus.root / site
        config = json.loads((site_dir / "site.yml").read_text()) if (site_dir / "site.yml").exists() else {}
        redirects = dict(config.get("redirects", {}))
        if config.get("lang_redirect"):
            redirects["/"] = "/fr/"

        def resolve(path: str) -> Path | None:
            path = redirects.get(path, path)
            rel = path.lstrip("/")
            for c in ([rel + "index.html"] if path.endswith("/") else [rel, rel + "/index.html"]):
                if (site_dir / c).is_file():
                    return site_dir / c
            return None

        depth = {"/": 0}
        queue = deque(["/"])
        while queue:
            path = queue.popleft()
            file = resolve(path)
            if file is None or file.suffix != ".html" or depth[path] >= 4:
                continue
            for href in parse(file.read_bytes()).links:
                if href.startswith("/") and href not in depth:
                    depth[href] = depth[path] + 1
                    queue.append(href)
        reached = {redirects.get(p, p): d for p, d in depth.items()}
        for lang, lt in t["languages"].items():
            for block in lt["blocks"]:
                assert block["path"] in reached, (site, lang, block["path"])


def test_generation_is_deterministic_for_a_seed(tmp_path):
    a = generate(tmp_path / "a", 7, 6)
    b = generate(tmp_path / "b", 7, 6)
    c = generate(tmp_path / "c", 8, 6)
    assert _digest(a.root) == _digest(b.root)
    assert a.labels == b.labels
    assert _digest(a.root) != _digest(c.root)


def test_no_unfilled_slots_or_placeholders(corpus):
    for page in corpus.root.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\{[a-z_0-9]+\}", text), page
        assert "\x00" not in text, page
