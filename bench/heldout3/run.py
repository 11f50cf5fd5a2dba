"""Held-out set 3 accuracy of the text rules: serve bench/heldout3/sites on loopback, scan them all in one
`complaint-lint scan` run, compare the per-language verdicts with bench/heldout3/labels.json.

    python -m bench.heldout3.run                # prints figures and every error, updates bench/RESULTS.md
    python -m bench.heldout3.run --no-write     # same, RESULTS.md untouched
    python -m bench.heldout3.run --out DIR      # keep the scan output (report.json, snapshots) in DIR

The code is bench/heldout/run.py's (same scoring); the sites are served by
bench.heldout2.server.QuerySiteServer. The figures go to the section "## Held-out set 3" between
<!-- heldout3:start --> and <!-- heldout3:end --> of bench/RESULTS.md; the error list goes to stdout only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.heldout.run import HeldOutSet, main as run_main

HERE = Path(__file__).resolve().parent

SET3 = HeldOutSet(
    set_dir=HERE,
    heading="## Held-out set 3",
    markers=("<!-- heldout3:start -->", "<!-- heldout3:end -->"),
    command="python -m bench.heldout3.run",
    readme="bench/heldout3/README.md",
    loader="bench.heldout3.build_sites",
    server="bench.heldout2.server:QuerySiteServer",
    description=__doc__,
)


def main(argv: list[str] | None = None) -> int:
    return run_main(argv, SET3)


if __name__ == "__main__":
    sys.exit(main())
