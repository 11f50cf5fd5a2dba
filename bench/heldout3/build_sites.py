"""Write the third held-out set of agency sites (static HTML) and labels.json from bench/heldout3/content.

    python -m bench.heldout3.build_sites         # rewrites bench/heldout3/sites/ and labels.json

Nothing new in the page model: Site, Lang, Page and the label helper `passes` come from
bench.heldout.build_sites, the writer (query-string pages, filler pages, robots.txt, PDF/DOCX/ODT
files) and the five themes (drupal, classic, modern, wp, portal) from bench.heldout2.build_sites.
Only the content folder, the output folder and labels.json differ.
"""

from __future__ import annotations

from pathlib import Path

from bench.heldout.build_sites import Lang, Page, RULES, Site, build, passes, tiny_pdf  # noqa: F401
from bench.heldout.build_sites import load_sites as shared_load_sites
from bench.heldout2.build_sites import tiny_docx, tiny_odt, write_site  # noqa: F401

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
LABELS = HERE / "labels.json"


def load_sites() -> list[Site]:
    return shared_load_sites("bench.heldout3.content")


def main() -> None:
    build(load_sites(), SITES_DIR, LABELS, write_site)


if __name__ == "__main__":
    main()
