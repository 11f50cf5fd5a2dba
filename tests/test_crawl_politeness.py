"""robots.txt, the request budget, statuses, redirects, auth, private targets, many sites."""

import csv


def test_robots_disallowed_lure_is_never_requested(sites, cli):
    result = cli("scan", sites.urls["robots"], "--allow-private", "--quiet")
    assert result.site()["status"] == "ok"
    assert not [p for p in sites.requests["robots"] if p.startswith("/private/")]
    assert "/robots.txt" in sites.requests["robots"]


def test_ignore_robots_is_for_ones_own_site(sites, cli):
    before = len(sites.requests["robots-all"])
    result = cli("scan", sites.urls["robots-all"], "--allow-private", "--ignore-robots", "--quiet")
    assert result.site()["status"] == "ok"
    assert "/" in sites.requests["robots-all"][before:]


def test_robots_forbidding_the_start_page(sites, cli):
    before = len(sites.requests["robots-all"])
    result = cli("scan", sites.urls["robots-all"], "--allow-private", "--quiet")
    site = result.site()
    assert site["status"] == "robots_disallowed"
    assert site["score"] is None and site["rules"] == []
    assert sites.requests["robots-all"][before:] == ["/robots.txt"]
    assert site["requests"] == 1


def test_budget_bounds_every_request(sites, cli):
    before = len(sites.requests["budget"])
    result = cli("scan", sites.urls["budget"], "--allow-private", "--budget", "10", "--quiet")
    made = len(sites.requests["budget"]) - before
    assert made == 10  # the site has 200 tempting pages: the budget, not the site, stops the crawl
    assert result.site()["requests"] == made
    assert result.site()["crawl"]["over_budget"] >= 1


def test_start_page_error_status(sites, cli):
    result = cli("scan", sites.urls["error500"], "--allow-private", "--quiet")
    site = result.site()
    assert site["status"] == "error" and "500" in site["reason"]
    assert site["score"] is None


def test_unreachable_site(cli, closed_port):
    result = cli("scan", f"http://127.0.0.1:{closed_port}/", "--allow-private", "--quiet")
    assert result.returncode == 0
    site = result.site()
    assert site["status"] == "unreachable"
    assert site["score"] is None


def test_redirect_off_the_site_is_not_followed(sites, cli):
    result = cli("scan", sites.urls["offsite"], "--allow-private", "--quiet")
    site = result.site()
    assert site["status"] == "error"
    assert "off-site" in site["reason"]


def test_basic_auth_for_a_staging_site(sites, cli):
    denied = cli("scan", sites.urls["staging"], "--allow-private", "--quiet")
    assert denied.site()["status"] == "error" and "401" in denied.site()["reason"]
    allowed = cli("scan", sites.urls["staging"], "--allow-private", "--auth", "webmaster:s3cret", "--quiet")
    assert allowed.site()["status"] == "ok"
    assert allowed.rule("second-line-ombudsman")["status"] == "pass"


def test_private_targets_are_refused_by_default(sites, cli):
    result = cli("scan", sites.urls["robots"], "--quiet")
    assert result.returncode == 2
    assert "--allow-private" in result.stderr
    assert not (result.out / "report.json").exists()


def test_many_sites_one_failure_loses_nothing(sites, cli, closed_port, tmp_path):
    listing = tmp_path / "sites.csv"
    with open(listing, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["acronym", "url"])
        writer.writerow(["A", sites.urls["lang-switcher"]])
        writer.writerow(["B", f"http://127.0.0.1:{closed_port}/"])
        writer.writerow(["C", sites.urls["error500"]])
        writer.writerow(["D", sites.urls["lang-splash"]])
    result = cli("scan", "--sites", str(listing), "--allow-private", "--quiet")
    statuses = [(s["url"], s["status"]) for s in result.report["sites"]]
    assert statuses == [(sites.urls["lang-switcher"], "ok"), (f"http://127.0.0.1:{closed_port}/", "unreachable"),
                        (sites.urls["error500"], "error"), (sites.urls["lang-splash"], "ok")]


def test_fail_under_exit_code(sites, cli):
    good = cli("scan", sites.urls["lang-switcher"], "--allow-private", "--quiet", "--fail-under", "1")
    assert good.returncode == 0
    bad = cli("scan", sites.urls["error500"], "--allow-private", "--quiet", "--fail-under", "1")
    assert bad.returncode == 1


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("scan", "--quiet").returncode == 2
    assert cli("scan", "ftp://example.be/", "--quiet").returncode == 2
    no_url = tmp_path / "bad.csv"
    no_url.write_text("name\nx\n")
    result = cli("scan", "--sites", str(no_url), "--quiet")
    assert result.returncode == 2 and "url" in result.stderr
    assert cli("scan", "http://127.0.0.1:1/", "--auth", "nocolon", "--allow-private").returncode == 2


def test_a_bad_csv_row_is_reported_and_the_others_are_scanned(sites, cli, tmp_path):
    listing = tmp_path / "sites.csv"
    listing.write_text(f"url,auth\nftp://files.example.be/,\n{sites.urls['lang-switcher']},\n"
                       f"{sites.urls['staging']},nocolon\n")
    result = cli("scan", "--sites", str(listing), "--allow-private", "--quiet")
    assert result.returncode == 0, result.stderr
    sites_out = result.report["sites"]
    assert [s["status"] for s in sites_out] == ["error", "ok", "error"]
    assert "only http and https" in sites_out[0]["reason"]
    assert "USER:PASSWORD" in sites_out[2]["reason"]
