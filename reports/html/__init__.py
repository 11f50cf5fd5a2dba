"""The static HTML report: ``index.html`` (every site against every criterion) and
one page per site, in French, Dutch and English, with their assets. It opens from
disk and makes no request to any other host.

Layout of the output folder::

    index.html                the network view, in the default language
    index.{fr,nl,en}.html     the same in each interface language
    sites/<site>.<lang>.html  one page per site and language
    assets/                   report.css, report.js, img/ (logo thumbnails, PNG only)

Example::

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> report = {"generated_at": "2026-11-27T03:00:00Z", "tool_version": "0.1.0", "sites": [
    ...     {"url": "https://x.be/", "status": "unreachable", "score": None, "languages": [],
    ...      "requests": 1, "rules": [], "reason": "DNS <b>failure</b>"}]}
    >>> write_html(report, out, lang="fr").name
    'index.html'
    >>> sorted(p.name for p in out.iterdir())
    ['assets', 'index.en.html', 'index.fr.html', 'index.html', 'index.nl.html', 'sites']
    >>> "DNS &lt;b&gt;failure&lt;/b&gt;" in (out / "index.html").read_text()
    True
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from reports.html import thumbnails
from reports.html.i18n import Translator
from reports.html.network_view import network_view
from reports.html.render import render
from reports.html.safety import slug
from reports.html.site_view import site_view
from reports.html.view import UI_LANGUAGES, language_links, report_meta

ASSETS = ("report.css", "report.js")
SITES_DIR = "sites"
ASSETS_DIR = "assets"


def write_html(report: dict, out_dir: Path, run_dir: Path | None = None, lang: str = "en",
               history: dict | None = None) -> Path:
    """Write the HTML report of ``report`` into ``out_dir``; the path of index.html.

    ``run_dir`` holds the snapshots the logo thumbnails are read from (default:
    ``out_dir``). ``history`` maps a site's index to its results history, for the
    site pages' trend section (none yet: the results history comes later).
    """
    out_dir = Path(out_dir)
    run_dir = Path(run_dir) if run_dir is not None else out_dir
    default = Translator(lang).lang
    _copy_assets(out_dir / ASSETS_DIR)
    thumbs = thumbnails.collect(report, run_dir, out_dir / ASSETS_DIR / "img")
    sites = [s for s in report.get("sites") or [] if isinstance(s, dict)]
    taken: set[str] = set()
    slugs = [slug(s.get("url"), taken) for s in sites]
    (out_dir / SITES_DIR).mkdir(parents=True, exist_ok=True)
    written = set()
    for code in UI_LANGUAGES:
        t = Translator(code)
        view = network_view(report, slugs, t)
        page = render("network.html", t=t, root="", view=view, meta=view["meta"],
                      languages=language_links(t, lambda c: f"index.{c}.html"))
        (out_dir / f"index.{code}.html").write_text(page, encoding="utf-8")
        if code == default:
            (out_dir / "index.html").write_text(page, encoding="utf-8")
        for index, (site, name) in enumerate(zip(sites, slugs)):
            view = site_view(site, index, name, thumbs, t, (history or {}).get(index))
            html = render("site.html", t=t, root="../", site=view, meta=report_meta(report),
                          languages=language_links(t, lambda c, n=name: f"{n}.{c}.html"))
            target = out_dir / SITES_DIR / f"{name}.{code}.html"
            target.write_text(html, encoding="utf-8")
            written.add(target.name)
    _remove_stale(out_dir / SITES_DIR, written)
    return out_dir / "index.html"


def _copy_assets(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    static = resources.files("reports").joinpath("static")
    for name in ASSETS:
        with resources.as_file(static.joinpath(name)) as source:
            shutil.copyfile(source, target / name)


def _remove_stale(folder: Path, keep: set[str]) -> None:
    """Site pages of an earlier render of this folder that this report no longer has."""
    for path in folder.glob("*.html"):
        if path.name not in keep:
            path.unlink()
