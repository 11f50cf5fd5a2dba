"""Accuracy of the text rules, end to end: generated labelled sites -> crawl -> report.json.

    python -m bench.accuracy.run [--seed N] [--sites N] [--keep DIR] [--no-write] [--max-errors N]

1. bench.accuracy.corpus generates the invented agency sites and their labels;
2. examples.siteserver.SiteServer serves every site on its own loopback port;
3. the scan runs as a user runs it, one run for all sites:
   python -m crawler.cli scan --sites <csv> --out <dir> --allow-private --quiet
4. every (site, language, rule) verdict of report.json is compared with its label.

Prints per rule TP/FP/FN/TN (positive = "pass"), the verdicts in "error" (rule not
implemented or crashed: kept apart, left out of precision and recall), the labelled
language versions the report does not have ("unseen", counted as not passing), precision
and recall of "pass", then every error with the finding messages and a diagnosis
(was the page holding the evidence fetched? which non-compliant variant was present?),
then crawl figures. The figures are written into bench/RESULTS.md between
<!-- accuracy:start --> and <!-- accuracy:end --> under the heading "Text-rule accuracy"
(created if missing; nothing else in that file is touched).
Only loopback traffic: the sites are served on 127.0.0.1 and the crawler stays on-site.

The held-out runs (bench/heldout/run.py) share this module's scan_cli, table, machine and
write_section: the same CLI call, per-rule table and RESULTS.md section handling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.accuracy.corpus import DEFAULT_SEED, DEFAULT_SITES, generate
from bench.accuracy.model import RULES
from examples.siteserver import SiteServer

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "RESULTS.md"
START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"
HEADING = "## Text-rule accuracy (`bench/accuracy`)"
RULE_IDS = list(RULES.values())


def machine() -> str:
    """"N CPU (model), Python x.y.z, System" for the RESULTS.md sections."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cpu = cpu or platform.processor() or platform.machine()
    return f"{os.cpu_count()} CPU ({cpu}), Python {platform.python_version()}, {platform.system()}"


def scan_cli(server, listing: Path, out: Path, **run_kw) -> tuple[subprocess.CompletedProcess, float]:
    """Scan every site ``server`` serves in one ``complaint-lint scan`` run, as a user runs it;
    returns the process and its wall-clock seconds. ``run_kw`` goes to subprocess.run."""
    server.write_listing(listing)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "scan", "--sites", str(listing), "--out", str(out),
                           "--allow-private", "--quiet"], cwd=ROOT, **run_kw)
    return proc, time.monotonic() - started


def run_scan(corpus_root: Path, work: Path) -> tuple[dict, dict, dict, float, subprocess.CompletedProcess]:
    out = work / "scan"
    with SiteServer(corpus_root) as server:
        proc, seconds = scan_cli(server, work / "sites.csv", out, capture_output=True, text=True, timeout=900)
        logs = {name: list(log) for name, log in server.requests.items()}
        urls = dict(server.urls)
    report_path = out / "report.json"
    if not report_path.exists():
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"the scan wrote no report.json (exit {proc.returncode})")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    return report, urls, logs, seconds, proc


def _messages(rule: dict | None, lang: str) -> str:
    if not rule:
        return ""
    found = [f for f in rule.get("findings", []) if f.get("language") in (lang, None)]
    parts = []
    for f in found:
        text = (f.get("evidence") or {}).get("text")
        parts.append(f"[{f.get('status')}] {f.get('message')}" + (f" «{text[:120]}»" if text else ""))
    return " | ".join(parts)[:600]


def _holders(rule_id: str, blocks: list) -> list:
    """The blocks that say what ``rule_id`` needs (the procedure rule: also how and what next)."""
    keys = {rule_id} | ({"how", "next"} if rule_id == "complaint-procedure" else set())
    return [b for b in blocks if keys & set(b["says"])]


def _fetched_traps(lang_truth: dict, fetched: set) -> list[str]:
    return [t for t in lang_truth["traps"] if lang_truth["pages"][t] in fetched]


def _pattern(rule_id: str, expected: str, lang_truth: dict, fetched: set, got: str) -> str:
    """A short label to group errors: the crawl, or the variant that fooled the rule."""
    blocks = lang_truth["blocks"]
    if got not in ("pass", "fail"):
        return f"not evaluated ({got})"
    if expected == "pass":
        holders = _holders(rule_id, blocks)
        if any(b["path"] not in fetched for b in holders):
            return "crawl: evidence page not fetched"
        own = [b for b in holders if b["rule"] == rule_id] or holders
        return "missed: " + " / ".join(sorted({b["text"][:48] + "…" for b in own}))
    kinds = sorted({b["kind"] for b in blocks if b["rule"] == rule_id}) or ["absent"]
    traps = _fetched_traps(lang_truth, fetched)
    return "fooled by: " + "+".join(kinds) + (f" (trap pages fetched: {', '.join(traps)})" if traps else "")


def _diagnose(rule_id: str, expected: str, lang_truth: dict, fetched: set) -> str:
    blocks = lang_truth["blocks"]
    if expected == "pass":
        holders = _holders(rule_id, blocks)
        missed = sorted({b["path"] for b in holders if b["path"] not in fetched})
        said = "; ".join(f"{b['rule']}/{b['kind']}@{b['path']}: {b['text'][:90]}" for b in holders)
        crawl = f"NOT FETCHED: {', '.join(missed)}" if missed else "evidence pages fetched"
        return f"{crawl}; evidence: {said}"
    variants = [f"{b['kind']}@{b['path']}: {b['text'][:90]}" for b in blocks if b["rule"] == rule_id]
    traps = [f"{t}@{lang_truth['pages'][t]}" for t in _fetched_traps(lang_truth, fetched)]
    text = "variant: " + ("; ".join(variants) if variants else "absent")
    if traps:
        text += "; trap pages fetched: " + ", ".join(traps)
    return text


def evaluate(report: dict, urls: dict, logs: dict, labels: dict, truth: dict) -> dict:
    by_url = {s["url"]: s for s in report.get("sites", [])}
    counts = {r: Counter() for r in RULE_IDS}
    errors, rule_errors = [], {}
    langs_found = langs_expected = 0
    for name, langs in labels.items():
        site = by_url.get(urls[name])
        fetched = set(logs.get(name, []))
        rules = {r["id"]: r for r in (site or {}).get("rules", [])}
        reported_langs = set((site or {}).get("languages", []))
        for lang, expected_rules in langs.items():
            langs_expected += 1
            langs_found += lang in reported_langs
            for rule_id, expected in expected_rules.items():
                rule = rules.get(rule_id)
                if site is None or site.get("status") != "ok":
                    got = f"site-{(site or {}).get('status', 'missing')}"
                elif rule is None:
                    got = "rule-missing"
                else:
                    got = rule.get("languages", {}).get(lang, "unseen")
                c = counts[rule_id]
                if got == "error":
                    c["error"] += 1
                    rule_errors.setdefault(rule_id, _messages(rule, lang)[:200])
                    continue
                passed = got == "pass"
                if got not in ("pass", "fail"):
                    c["unseen"] += 1
                key = ("TP" if passed else "FN") if expected == "pass" else ("FP" if passed else "TN")
                c[key] += 1
                if key in ("FP", "FN"):
                    lt = truth[name]["languages"][lang]
                    pattern = _pattern(rule_id, expected, lt, fetched, got)
                    if pattern.startswith("crawl") or pattern.startswith("not evaluated"):
                        c["crawl"] += 1
                    errors.append({
                        "site": name, "language": lang, "rule": rule_id, "expected": expected, "got": got,
                        "pattern": pattern, "message": _messages(rule, lang),
                        "diagnosis": _diagnose(rule_id, expected, lt, fetched),
                    })
    return {"counts": counts, "errors": errors, "rule_errors": rule_errors,
            "langs_found": langs_found, "langs_expected": langs_expected}


def crawl_figures(report: dict, urls: dict, logs: dict, truth: dict, seconds: float) -> dict:
    by_url = {s["url"]: s for s in report.get("sites", [])}
    requests = [by_url[u].get("requests", 0) for u in urls.values() if u in by_url]
    served = [len(logs[n]) for n in urls]
    durations = [(by_url[u].get("crawl") or {}).get("duration_s") for u in urls.values() if u in by_url]
    durations = [d for d in durations if isinstance(d, (int, float))]
    statuses = Counter(by_url[u]["status"] if u in by_url else "missing" for u in urls.values())
    comp_total = comp_fetched = sub_total = sub_fetched = 0
    for name, t in truth.items():
        fetched = set(logs.get(name, []))
        for lt in t["languages"].values():
            pages = lt["pages"]
            if "complaints" in pages:
                comp_total += 1
                comp_fetched += pages["complaints"] in fetched
            for sub in ("procedure", "faq", "form"):
                if sub in pages:
                    sub_total += 1
                    sub_fetched += pages[sub] in fetched
    return {"seconds": seconds, "sites": len(urls), "statuses": dict(statuses),
            "requests_median": statistics.median(requests) if requests else 0,
            "requests_max": max(requests, default=0), "requests_min": min(requests, default=0),
            "requests_total": sum(requests), "served_total": sum(served),
            "site_seconds_median": statistics.median(durations) if durations else None,
            "site_seconds_max": max(durations, default=None),
            "complaint_pages": (comp_fetched, comp_total), "sub_pages": (sub_fetched, sub_total)}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def table(counts: dict, rules: list[str]) -> list[str]:
    """The per-rule markdown table of TP/FP/FN/crawl/TN/error/unseen counts, precision and recall."""
    lines = ["| rule | TP | FP | FN | of which crawl | TN | error | unseen | precision | recall |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def row(name: str, c) -> str:
        return (f"| {name} | {c['TP']} | {c['FP']} | {c['FN']} | {c['crawl']} | {c['TN']} | {c['error']} | "
                f"{c['unseen']} | {_ratio(c['TP'], c['TP'] + c['FP'])} | {_ratio(c['TP'], c['TP'] + c['FN'])} |")

    total = Counter()
    for rule_id in rules:
        total.update(counts[rule_id])
        lines.append(row(f"`{rule_id}`", counts[rule_id]))
    lines.append(row("**all**", total))
    return lines


def language_counts(labels: dict) -> str:
    """'de 20, en 20, fr 40, nl 40': labelled language versions per language."""
    per_lang = Counter(lang for langs in labels.values() for lang in langs)
    return ", ".join(f"{k} {v}" for k, v in sorted(per_lang.items()))


def results_section(args, labels: dict, ev: dict, crawl: dict) -> str:
    n_versions = sum(len(v) for v in labels.values())
    fp = sum(c["FP"] for c in ev["counts"].values())
    comp, sub = crawl["complaint_pages"], crawl["sub_pages"]
    lines = [
        f"`python -m bench.accuracy.run --seed {args.seed} --sites {args.sites}`: {len(labels)} invented agency "
        f"sites, {n_versions} language versions ({language_counts(labels)}), "
        f"{n_versions * len(RULE_IDS)} labelled (site, language, rule) verdicts, crawled and linted in one "
        f"`complaint-lint scan` run on loopback. Positive class: \"pass\". `error`: the rule reported error "
        f"(not implemented or crashed), left out of precision and recall; `unseen`: the language version is "
        f"missing from the report (counted as not passing); `of which crawl`: missed passes whose evidence "
        f"sits on a page the crawler never requested (or not evaluated at all).",
        "",
        f"Machine: {machine()}; run on {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}.",
        "",
        *table(ev["counts"], RULE_IDS),
        "",
        f"False passes: {fp}. Target per rule: precision and recall ≥ 0.97, no false pass.",
        "",
        f"Crawl: {crawl['seconds']:.1f} s for the whole scan ({crawl['sites']} sites, default --parallel); "
        f"site statuses {crawl['statuses']}; requests per site median {crawl['requests_median']:g}, "
        f"min {crawl['requests_min']}, max {crawl['requests_max']} (total {crawl['requests_total']}); "
        f"per-site crawl time median {crawl['site_seconds_median'] or 0:.2f} s, max {crawl['site_seconds_max'] or 0:.2f} s; "
        f"language versions found {ev['langs_found']}/{ev['langs_expected']}; "
        f"main complaint pages fetched {comp[0]}/{comp[1]}, complaint sub-pages fetched {sub[0]}/{sub[1]}.",
    ]
    return "\n".join(lines)


def write_section(section: str, markers: tuple[str, str], heading: str) -> None:
    """Put ``section`` between ``markers`` in bench/RESULTS.md, under ``heading``: replace what lies
    between the markers (and add the heading above them if it went missing), or append heading and
    marked section at the end. Nothing else in the file is touched. The heading stays outside the
    markers, so tools that replace a section up to the next "## " heading never eat the start marker."""
    start, end = markers
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = f"{start}\n{section.rstrip()}\n{end}"
    if start in text and end in text and text.index(start) < text.index(end):
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        if heading not in before:
            before = before.rstrip("\n") + f"\n\n{heading}\n\n"
        text = before + block + after
    else:
        text = text.rstrip("\n") + f"\n\n{heading}\n\n{block}\n"
    RESULTS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--sites", type=int, default=DEFAULT_SITES)
    parser.add_argument("--keep", type=Path, help="generate and scan in this folder and keep it")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    parser.add_argument("--max-errors", type=int, default=400, help="errors to print (all are in errors.json)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    work = args.keep or Path(tempfile.mkdtemp(prefix="accuracy-bench-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = generate(work / "corpus", args.seed, args.sites)
        n_versions = sum(len(v) for v in corpus.labels.values())
        print(f"corpus: {len(corpus.labels)} sites, {n_versions} language versions, seed {args.seed}", flush=True)
        report, urls, logs, seconds, proc = run_scan(corpus.root, work)
        if proc.returncode not in (0, 1):
            print(f"warning: scan exited {proc.returncode}\n{proc.stderr[-2000:]}", file=sys.stderr)
        ev = evaluate(report, urls, logs, corpus.labels, corpus.truth)
        crawl = crawl_figures(report, urls, logs, corpus.truth, seconds)
        (work / "errors.json").write_text(json.dumps(ev["errors"], indent=1, ensure_ascii=False), encoding="utf-8")

        print()
        print("\n".join(table(ev["counts"], RULE_IDS)))
        if ev["rule_errors"]:
            print("\nrules reporting error (first reason):")
            for rule_id, why in ev["rule_errors"].items():
                print(f"  {rule_id}: {why}")
        errs = ev["errors"]
        print(f"\n{len(errs)} errors (FP = false pass, FN = missed pass):")
        by_rule = defaultdict(list)
        for e in errs:
            by_rule[e["rule"]].append(e)
        shown = 0
        for rule_id in RULE_IDS:
            for e in by_rule.get(rule_id, []):
                if shown >= args.max_errors:
                    break
                shown += 1
                kind = "FP" if e["expected"] == "fail" else "FN"
                print(f"- {kind} {e['rule']} {e['site']} [{e['language']}] expected {e['expected']}, got {e['got']}"
                      f" ({e['pattern']})\n    finding: {e['message'] or '-'}\n    truth: {e['diagnosis']}")
        if shown < len(errs):
            print(f"  ... {len(errs) - shown} more in {work / 'errors.json'}")
        print("\nerror patterns per rule (count, FP/FN, pattern):")
        for rule_id in RULE_IDS:
            pats = Counter(("FP" if e["expected"] == "fail" else "FN", e["pattern"]) for e in by_rule.get(rule_id, []))
            if pats:
                print(f"  {rule_id}:")
                for (kind, pat), n in pats.most_common():
                    print(f"    {n:>3} {kind} {pat}")
        comp, sub = crawl["complaint_pages"], crawl["sub_pages"]
        print(f"\ncrawl: {crawl['seconds']:.1f} s for {crawl['sites']} sites; statuses {crawl['statuses']}; "
              f"requests per site median {crawl['requests_median']:g} (min {crawl['requests_min']}, "
              f"max {crawl['requests_max']}, total {crawl['requests_total']}, server saw {crawl['served_total']}); "
              f"language versions found {ev['langs_found']}/{ev['langs_expected']}; complaint pages fetched "
              f"{comp[0]}/{comp[1]}, sub-pages {sub[0]}/{sub[1]}")
        print(f"total time {time.monotonic() - started:.1f} s")
        if not args.no_write:
            write_section(results_section(args, corpus.labels, ev, crawl), (START, END), HEADING)
            print(f"figures written to {RESULTS}")
        if args.keep:
            print(f"kept: {work} (corpus/, scan/report.json, errors.json)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
