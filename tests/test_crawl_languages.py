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


def test_choosing_a_language_is_not_a_click_of_the_depth_limit():
    """Splash > Français > À propos > Qualité > Plaintes > Charte is 4 clicks from the French home page."""
    from crawler.frontier import Frontier
    from crawler.urls import SiteScope

    frontier = Frontier(SiteScope("https://x.be/"), depth_limit=4)
    home = ("https://x.be/fr/", "Français")
    frontier.offer(home[0], 95, "language switcher", "fr", (home,))
    steps = [home, ("https://x.be/fr/a-propos", "À propos"), ("https://x.be/fr/a-propos/qualite", "Qualité"),
             ("https://x.be/fr/a-propos/qualite/plaintes", "Plaintes"), ("https://x.be/fr/charte", "Charte")]
    frontier.offer(steps[-1][0], 60, "complaint sub-page", "fr", tuple(steps))
    too_deep = (*steps, ("https://x.be/fr/charte/annexe", "Annexe"))
    frontier.offer(too_deep[-1][0], 60, "complaint sub-page", "fr", too_deep)
    popped = []
    while (candidate := frontier.pop()) is not None:
        popped.append(candidate.url)
    assert popped == ["https://x.be/fr/", "https://x.be/fr/charte"]
