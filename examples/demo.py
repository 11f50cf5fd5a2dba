"""`make demo`: serve the bundled example sites on loopback, scan them all in one
run, and write report.json with the human reports into --out.

    python -m examples.demo --out reports/demo
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from examples.siteserver import SiteServer

SITES = Path(__file__).resolve().parent / "sites"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("reports/demo"))
    parser.add_argument("--sites", type=Path, default=SITES, help="folder of example sites")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with SiteServer(args.sites) as server:
        listing = server.write_listing(args.out / "sites.csv", auth=True)
        print(f"serving {len(server.urls)} example sites on 127.0.0.1; scanning them…", flush=True)
        code = subprocess.call([sys.executable, "-m", "crawler.cli", "scan", "--sites", str(listing),
                                "--out", str(args.out), "--allow-private"])
        print("\nrequests per site (what the crawler fetched / HTML pages the site holds):")
        for name in server.urls:
            pages = sum(1 for p in (args.sites / name).rglob("*.htm*"))
            print(f"  {name:<28} {len(server.requests[name]):>3} requests / {pages:>3} pages")
    print(f"\nreport: {args.out / 'report.json'}; open {args.out / 'index.html'} in a browser")
    return code


if __name__ == "__main__":
    sys.exit(main())
