"""Language discovery: every layout leads to every language version's contact and
complaint pages, and both rules are judged per language."""

import pytest

LAYOUTS = {
    "lang-splash": ["fr", "nl", "de", "en"],
    "lang-hreflang": ["fr", "nl", "en"],
    "lang-switcher": ["fr", "nl"],
    "lang-text": ["fr", "nl"],
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_language_version_is_found(sites, cli, name):
    result = cli("scan", sites.urls[name], "--allow-private", "--quiet")
    assert result.returncode == 0, result.stderr
    site = result.site()
    assert site["status"] == "ok"
    assert site["languages"] == LAYOUTS[name]
    for lang in LAYOUTS[name]:
        found = site["pages"][lang]
        assert found["contact"] is not None, (lang, found)
        assert found["complaint"], (lang, found)
        assert found["complaint"][0]["click_path"][0][0] == sites.urls[name]
    for rule_id in ("second-line-ombudsman", "complaint-procedure"):
        assert result.rule(rule_id)["languages"] == dict.fromkeys(LAYOUTS[name], "pass"), rule_id


def test_crawl_is_focused(sites, cli):
    """The splash site has 36 pages; news items are never needed."""
    before = len(sites.requests["lang-splash"])
    result = cli("scan", sites.urls["lang-splash"], "--allow-private", "--quiet")
    fetched = sites.requests["lang-splash"][before:]
    assert not [p for p in fetched if "/news/" in p]
    assert result.site()["requests"] == len(fetched)


def test_sitemap_is_used_when_links_do_not_lead_to_the_complaint_page(sites, cli):
    result = cli("scan", sites.urls["sitemap"], "--allow-private", "--quiet")
    assert "/sitemap.xml" in sites.requests["sitemap"]
    assert result.site()["pages"]["fr"]["complaint"][0]["url"].endswith("/fr/gestion-des-plaintes/")


def test_a_declared_language_that_cannot_be_read_is_reported(sites, cli):
    """robots.txt keeps the Dutch version out of reach: the report says so instead of
    silently judging French only."""
    result = cli("scan", sites.urls["lang-unread"], "--allow-private", "--quiet")
    site = result.site()
    assert site["languages"] == ["fr"]
    assert site["languages_not_read"] == ["nl"]
    assert not [p for p in sites.requests["lang-unread"] if p.startswith("/nl/")]
