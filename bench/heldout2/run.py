"""Held-out set 2 accuracy of the text rules: serve bench/heldout2/sites on loopback, scan them all in one
`complaint-lint scan` run, compare the per-language verdicts with bench/heldout2/labels.json.

    python -m bench.heldout2.run                # prints figures and every error, updates bench/RESULTS.md
    python -m bench.heldout2.run --no-write     # same, RESULTS.md untouched
    python -m bench.heldout2.run --out DIR      # keep the scan output (report.json, snapshots) in DIR

The code is bench/heldout/run.py's (same scoring: positive class "pass", `unseen`, `error`, `of which
crawl`); only the set folder, the site server (bench.heldout2.server.QuerySiteServer, which also serves
pages addressed by ?lang=) and the RESULTS.md section differ. The figures go to the section "## Held-out
set 2" between <!-- heldout2:start --> and <!-- heldout2:end -->; the error list goes to stdout only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.heldout.run import HeldOutSet, main as run_main

HERE = Path(__file__).resolve().parent

SET2 = HeldOutSet(
    set_dir=HERE,
    heading="## Held-out set 2",
    markers=("<!-- heldout2:start -->", "<!-- heldout2:end -->"),
    command="python -m bench.heldout2.run",
    readme="bench/heldout2/README.md",
    loader="bench.heldout2.build_sites",
    server="bench.heldout2.server:QuerySiteServer",
    description=__doc__,
)


def main(argv: list[str] | None = None) -> int:
    return run_main(argv, SET2)


if __name__ == "__main__":
    sys.exit(main())
