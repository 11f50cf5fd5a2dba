"""The HTML report in a real browser (Debian's chromium, headless, driven over the
DevTools protocol): it opens from disk, loads nothing from any other host, logs no
error, runs none of the scanned content, sorts, filters and switches language with
the keyboard-reachable controls, keeps its layout and its contrast, and is
screenshotted (COMPLAINT_LINT_SCREENSHOTS=DIR keeps the screenshots there).

`make test` installs chromium first (`make browser`); this test is skipped only when
chromium is not installed and could not be.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reports.html import write_html
from reports.json_report import build_report
from tests.reports.chromium_cdp import Chromium, find_chromium

CONTRAST = """(() => {
  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
  const opaque = c => c && c !== "transparent" && !/rgba\\(.*,\\s*0\\)$/.test(c);
  const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; if (opaque(c)) return c; } return "rgb(255, 255, 255)"; };
  const low = [];
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".vh") || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const a = lum(getComputedStyle(el).color), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) low.push(el.tagName + "." + el.className + " " + ratio.toFixed(2));
  }
  return low;
})()"""
PWNED = "typeof window.__pwned === 'undefined'"
NO_OVERFLOW = "document.documentElement.scrollWidth <= window.innerWidth + 1"


@pytest.fixture(scope="module")
def chromium():
    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed and could not be installed on this machine "
                    "(`make browser` runs `apt-get install chromium`): the HTML report was not opened in a browser")
    with Chromium.launch(executable, window=(1280, 900)) as browser:
        yield browser


@pytest.fixture(scope="module")
def browser_run(lint_run, hostile_run, tmp_path_factory):
    """Example sites and the hostile ones in one report, rendered in French."""
    (_, examples), (_, hostile) = lint_run, hostile_run
    out = tmp_path_factory.mktemp("browser-run")
    report = dict(build_report(examples["sites"] + hostile["sites"]), generated_at=examples["generated_at"])
    write_html(report, out, lang="fr")
    return out, report


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return Path(os.environ.get("COMPLAINT_LINT_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))


def _visible_rows(tab) -> list[str]:
    return tab.eval("[...document.querySelectorAll('#grid tbody tr')].filter(r => !r.hidden)"
                    ".map(r => r.dataset.name)")


def _select(tab, element_id: str, value: str) -> None:
    tab.eval(f"(() => {{ const s = document.getElementById({element_id!r}); s.value = {value!r};"
             " s.dispatchEvent(new Event('change')); })()")


def test_network_view_sorts_filters_and_switches_language(chromium, browser_run, shots):
    out, report = browser_run
    tab = chromium.new_page()
    tab.goto((out / "index.html").as_uri())
    assert tab.eval("document.documentElement.lang") == "fr"
    assert tab.eval(PWNED) and tab.eval("document.scripts.length") == 1
    assert tab.eval("document.getElementById('filters').hidden") is False  # the script ran
    total = len(report["sites"])
    assert tab.eval("document.getElementById('shown').textContent") == f"Sites affichés : {total} sur {total}."

    tab.press("Tab", key_code=9)  # the first stop of the keyboard is the skip link
    assert tab.eval("document.activeElement.className") == "skip"

    tab.eval("document.querySelector('button[data-sort=score]').click()")
    scores = [s["score"] for s in report["sites"] if s["score"] is not None]
    first = tab.eval("document.querySelector('#grid tbody tr').dataset.score")
    assert float(first) == max(scores)
    assert tab.eval("document.querySelector('th[data-sort-key=score]').getAttribute('aria-sort')") == "descending"
    tab.eval("document.querySelector('button[data-sort=name]').click()")
    names = tab.eval("[...document.querySelectorAll('#grid tbody tr')].map(r => r.dataset.name)")
    assert names == tab.eval(f"{names!r}.slice().sort((a, b) => a.localeCompare(b))") and len(names) == total

    tab.eval("document.activeElement.blur(); document.querySelector('button[data-sort=score]').click()")
    tab.screenshot(shots / "report-network-fr.png")  # every site, best score first

    _select(tab, "f-failing", "complaint-form")
    failing = [s for s in report["sites"] if any(r["id"] == "complaint-form" and r["status"] in ("fail", "partial")
                                                 for r in s["rules"])]
    assert len(_visible_rows(tab)) == len(failing) < total
    _select(tab, "f-failing", "")
    _select(tab, "f-status", "unreachable")
    assert len(_visible_rows(tab)) == 1
    assert "status=unreachable" in tab.eval("location.hash")
    assert tab.eval(NO_OVERFLOW)
    assert tab.eval(CONTRAST) == []

    tab.follow("document.querySelector('a[hreflang=nl]').click()")  # switch language, keep the filter
    assert tab.eval("document.documentElement.lang") == "nl"
    assert tab.eval("location.pathname").endswith("index.nl.html")
    assert tab.eval("document.getElementById('f-status').value") == "unreachable"
    assert len(_visible_rows(tab)) == 1
    assert tab.eval("document.querySelector('h1').textContent") == "Overzicht van het netwerk"
    _select(tab, "f-status", "")
    tab.screenshot(shots / "report-network-nl.png")

    assert tab.eval(PWNED)
    assert tab.problems() == []
    assert {url.split(":", 1)[0] for url in tab.requested_urls()} <= {"file", "data"}


def test_site_page_with_hostile_content(chromium, browser_run, shots):
    out, _ = browser_run
    tab = chromium.new_page()
    tab.goto((out / "index.fr.html").as_uri())
    tab.follow("document.querySelector('#grid tbody tr[data-name^=javascript] th a').click()")
    assert tab.eval(PWNED)
    assert "<script>window.__pwned=6</script>" in tab.eval("document.querySelector('h1').textContent")
    assert tab.eval("document.querySelectorAll('script').length") == 1
    protocols = tab.eval("[...new Set([...document.links].map(a => a.protocol))]")
    assert set(protocols) <= {"file:", "http:", "https:"}, protocols  # no javascript:, data:, vbscript: link
    tab.eval("document.querySelectorAll('details').forEach(d => d.open = true)")
    images = tab.eval("[...document.images].map(i => [i.getAttribute('src'), i.complete && i.naturalWidth > 0])")
    assert images and all(ok for _, ok in images), images
    assert tab.eval(NO_OVERFLOW)
    assert tab.eval(CONTRAST) == []
    tab.follow("document.querySelector('a[hreflang=en]').click()")
    assert tab.eval("document.documentElement.lang") == "en" and tab.eval(PWNED)
    assert tab.problems() == []
    assert {url.split(":", 1)[0] for url in tab.requested_urls()} <= {"file", "data"}


def test_site_page_of_an_example_site(chromium, browser_run, shots):
    out, report = browser_run
    tab = chromium.new_page()
    index = next(i for i, s in enumerate(report["sites"]) if "federal-mobility" in str(s.get("snapshot")))
    tab.goto((out / "index.en.html").as_uri())
    tab.follow(f"document.querySelectorAll('#grid tbody tr')[{index}].querySelector('td.cell a').click()")
    assert tab.eval("location.hash") == "#rule-logo-on-contact-page"
    assert tab.eval("document.getElementById('rule-logo-on-contact-page').open") is True  # unfolded by the link
    loaded = tab.eval("[...document.querySelectorAll('#rule-logo-on-contact-page img')]"
                      ".map(i => i.complete && i.naturalWidth > 0)")
    assert loaded and all(loaded)
    tab.eval("window.scrollTo(0, 0)")
    tab.screenshot(shots / "report-site-en.png")
    assert tab.problems() == []
